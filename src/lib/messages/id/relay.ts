/**
 * The relay's refusals in Bahasa Indonesia (see en/relay.ts). Kraken's method names,
 * parameters and the probe's fixed order id stay verbatim.
 */
import { IMPOSSIBLE_TXID, RELAY_METHODS } from '../../kraken/probes';
import { MAX_BATCH, NONCE_AHEAD_MS } from '../../kraken/relay-policy';
import { INVALID_CREDENTIALS_COST } from '../../ratelimit/probe-limits';
import { quote } from '../../util/text';
import type { RelayWords } from '../relay-types';
import { durasi } from './duration';
import { angka, daftar } from './format';

const menit = (ms: number) => `${angka(ms / 60_000)} menit`;

export const ID_RELAY: RelayWords = {
  refusal: {
    'private-key-sent': () =>
      'Permintaan ini berisi private key. Private key tidak boleh dikirim: halaman menandatangani setiap permintaan di browser Anda dan hanya mengirim tanda tangannya.',
    'private-key-as-api-key': () =>
      'Kolom API key berisi nilai yang bentuknya seperti private key (88 karakter, 64 byte). Private key tidak boleh dikirim; periksa apakah kedua kolom tertukar.',
    'malformed-batch': ({ detail }) => `Isi permintaan bukan batch pemeriksaan: ${detail}.`,
    'malformed-api-key': () =>
      'API key bukan nilai base64 dengan panjang yang masuk akal (setiap contoh API key Kraken yang dipublikasikan panjangnya 56 karakter base64).',
    'empty-batch': () => 'Batch ini tidak berisi permintaan.',
    'batch-too-large': () => `Batch ini berisi lebih dari ${MAX_BATCH} permintaan.`,
    'unknown-method': ({ method }) =>
      `Metode ${quote(method ?? '')} bukan salah satu panggilan baca-saja pemeriksaan langsung; hanya ${daftar(RELAY_METHODS)} yang diteruskan.`,
    'duplicate-method': ({ method }) =>
      `${method} muncul lebih dari sekali; setiap panggilan dikirim sekali per batch.`,
    'malformed-signature': ({ method }) =>
      `${method}: tanda tangannya bukan HMAC-SHA512 dalam base64 (88 karakter, 64 byte).`,
    'malformed-body': ({ method, detail }) =>
      `${method}: isinya bukan form encoding biasa (${detail}).`,
    'nonce-mismatch': ({ method }) =>
      `${method}: nonce di dalam isi permintaan berbeda dari nonce yang dinyatakan.`,
    'add-order-without-validate': () =>
      'AddOrder hanya diteruskan dengan validate=true, sehingga tidak akan pernah memasang order.',
    'cancel-order-other-txid': () =>
      `CancelOrder hanya diteruskan untuk id ${IMPOSSIBLE_TXID}, yang tidak mungkin dimiliki order mana pun.`,
    'params-outside-template': ({ method, detail }) =>
      `${method}: ${detail}; hanya parameter tetap pemeriksaan yang diteruskan.`,
    'nonce-not-milliseconds': ({ method }) =>
      `${method}: nonce-nya bukan waktu sekarang dalam milidetik. Nonce dengan skala lebih besar, seperti mikro- atau nanodetik, akan mengunci setiap klien yang menghitung dalam milidetik, seperti layanan trading Anda, dari key ini untuk selamanya: Kraken tidak pernah mengatur ulang nonce sebuah key.`,
    'nonce-ahead': ({ method, skewMs = 0 }) =>
      `${method}: nonce-nya ${durasi(skewMs)} lebih maju dari jam server ini; paling jauh ${NONCE_AHEAD_MS / 1000} detik di depan yang diteruskan. Jam perangkat Anda kemungkinan sekitar ${durasi(skewMs)} terlalu cepat: nonce sejauh itu di depan akan membuat key Anda menolak permintaan layanan trading Anda sampai waktu sebenarnya menyusul. Tidak ada yang dikirim ke Kraken.`,
    'nonce-behind': ({ method, skewMs = 0 }) =>
      `${method}: nonce-nya ${durasi(skewMs)} tertinggal dari jam server ini; paling jauh sehari di belakang yang diteruskan. Jam perangkat Anda kemungkinan sekitar ${durasi(skewMs)} terlalu lambat. Tidak ada yang dikirim ke Kraken.`,
    'nonce-not-increasing': ({ method }) =>
      `${method}: nonce-nya tidak selalu naik; setiap permintaan harus memiliki nonce yang lebih besar dari permintaan sebelumnya.`,
  },
  limit: {
    key: ({ windowMs, retryAfterSeconds }) =>
      `Key ini baru saja diperiksa (kurang dari ${angka(windowMs / 1000)} detik yang lalu), atau Kraken meminta agar panggilan untuknya diperlambat, dan Kraken membatasi seberapa sering sebuah key boleh memanggil; coba lagi dalam ${angka(retryAfterSeconds)} detik.`,
    client: ({ limit, windowMs, retryAfterSeconds }) =>
      `Alamat ini sudah menjalankan pemeriksaan ${angka(limit)} kali dalam ${menit(windowMs)} (pemeriksaan yang dijawab Kraken dengan “invalid key” atau “invalid signature” dihitung ${INVALID_CREDENTIALS_COST} kali, dan yang dijawab dengan lockout atau rate limit menghabiskan sisanya); coba lagi dalam ${angka(retryAfterSeconds)} detik.`,
    global: ({ limit, windowMs, retryAfterSeconds }) =>
      `Server ini sudah menjalankan ${angka(limit)} pemeriksaan dalam ${menit(windowMs)} terakhir, batasnya untuk semua orang bersama-sama (Kraken melihat semuanya datang dari satu alamat); coba lagi dalam ${angka(retryAfterSeconds)} detik.`,
    busy: ({ limit }) =>
      `Server ini sedang menjalankan ${angka(limit)} pemeriksaan sekaligus, batasnya; coba lagi dalam beberapa detik.`,
  },
  clientUnknown:
    'Server ini tidak dapat mengetahui dari alamat mana permintaan datang, sehingga tidak dapat menerapkan batasnya; pemeriksaan tidak berjalan. Jika ini terus terjadi, situs salah dikonfigurasi di balik proxy-nya.',
  relayFailed: 'Pemeriksaan tidak dapat berjalan; coba lagi dalam satu menit.',
};
