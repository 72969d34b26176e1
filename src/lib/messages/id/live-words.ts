/**
 * The live island's words in Bahasa Indonesia (see en/live-words.ts). Kraken's
 * method names and error strings stay verbatim; dates in Indonesian form.
 */
import type { LiveWords } from '../live-types';
import { durasi } from './duration';
import { angka, daftar, tanggal } from './format';

/** What each refusal of this site's server means, by its status. */
const REFUSAL_LEAD: Readonly<Record<number, string>> = {
  400: 'Server situs ini menolak meneruskan pemeriksaan.',
  403: 'Server situs ini hanya menjawab halamannya sendiri; muat ulang halaman dan coba lagi.',
  405: 'Server situs ini menolak permintaan.',
  413: 'Permintaan terlalu besar untuk server situs ini.',
  415: 'Server situs ini tidak menerima format permintaan.',
  429: 'Terlalu banyak pemeriksaan.',
  502: 'Kraken tidak menjawab.',
};

export const ID_LIVE_WORDS: LiveWords = {
  lang: 'id',
  fix: (fails) => `Kraken menunjukkan ${fails} hal yang harus diperbaiki`,
  noAnswer: 'Kraken tidak menjawab',
  stopped: 'Kraken menghentikan pemeriksaan',
  notDescribed: 'Kraken tidak menjelaskan key ini kepada situs ini',
  everyCallRefused: 'Kraken menolak setiap panggilan',
  ready: 'Kraken mengonfirmasi setiap izin (permission) yang dibutuhkan layanan',
  warnings: (warnings) => `Tidak ada yang perlu diperbaiki; ${warnings} peringatan untuk dibaca`,
  announcement: (title, counts) => `Pemeriksaan langsung: ${title}. ${counts}.`,
  calls: (calls) => `${calls} panggilan`,
  fallback: {
    'unknown-method': (error) => `Kraken tidak mengenal GetApiKeyInfo di sini (${error}).`,
    unreadable: () =>
      'Jawaban Kraken untuk GetApiKeyInfo tidak memuat satu pun pengaturan yang dibaca pemeriksaan.',
    'not-asked': () => 'GetApiKeyInfo bukan bagian dari pemeriksaan.',
  },
  probed: (calls, why) => `Diperiksa dengan menguji setiap izin (${calls} ke Kraken): ${why}`,
  described: (calls, missing) =>
    `Diperiksa dengan penjelasan Kraken tentang key ini (GetApiKeyInfo): ${calls} ke Kraken.${missing > 0 ? ` Jawaban Kraken tidak memuat ${missing === 1 ? 'satu pengaturan' : `${missing} pengaturan`}: pemeriksaan yang membutuhkannya menyatakan “Tidak dilaporkan oleh Kraken”.` : ''}`,
  stoppedThere: (calls) =>
    `Kraken diminta menjelaskan key ini (GetApiKeyInfo): ${calls}, dan pemeriksaan berhenti di situ.`,
  notReported: 'tidak dilaporkan oleh Kraken',
  facts: {
    name: 'Nama key',
    created: 'Dibuat',
    modified: 'Terakhir diubah',
    lastUsed: 'Terakhir digunakan',
  },
  table: {
    caption: 'Apa yang dilaporkan Kraken untuk key ini, di samping apa yang dibutuhkan panduan',
    setting: 'Pengaturan',
    kraken: 'Laporan Kraken',
    guide: 'Yang dibutuhkan panduan',
  },
  notSet: 'tidak diatur',
  notUsed: 'belum pernah digunakan',
  noName: '(tanpa nama)',
  rows: {
    permissions: 'Izin (permission)',
    nonceWindow: 'Nonce window',
    ipAllowlist: 'Whitelist IP',
    expiry: 'Masa berlaku key',
    queryDates: 'Tanggal mulai dan akhir query',
  },
  guide: {
    permissions: (labels) => `${labels}; tidak ada yang lain`,
    ipAllowlist: 'rentang IP layanan',
  },
  none: 'tidak ada',
  anyAddress: 'tidak ada (alamat mana pun)',
  unknownName: (name) => `${name} (tidak dikenal panduan ini)`,
  entries: (shown, count) => `${shown} … (${count} entri)`,
  range: (from, to) => `${from} sampai ${to}`,
  date: tanggal,
  integer: angka,
  list: (items, max) => daftar(items, max),
  ui: {
    heading: 'Periksa key Anda di Kraken',
    noScript: {
      before:
        'Pemeriksaan langsung membutuhkan JavaScript: browser Anda menandatangani permintaan ke Kraken dengan private key Anda, sehingga private key tidak pernah perlu meninggalkan halaman ini. Tanpa JavaScript,',
      link: 'halaman pemeriksa kunci',
      after: 'tetap memeriksa apa yang Anda atur di Kraken.',
    },
    what: (probes) =>
      `Browser Anda menandatangani permintaan yang hanya membaca (read-only) dengan private key Anda; hanya API key dan tanda tangan itu yang dikirim ke server situs ini, yang meneruskannya ke Kraken dan mengembalikan jawaban Kraken. Pertama, Kraken diminta menjelaskan key ini (GetApiKeyInfo, yang tidak membutuhkan izin): satu panggilan. Hanya jika tidak bisa, ${probes} probe dikirim, satu per izin. Private key Anda tidak pernah meninggalkan halaman ini, dan kedua key tidak disimpan: server hanya menyimpan sidik jari (fingerprint) API key selama 30 detik, untuk memberi jeda antar pemeriksaan.`,
    button: 'Periksa key saya di Kraken',
    progress:
      'Memeriksa dengan Kraken, satu panggilan setiap kali; ini memakan waktu hingga 30 detik…',
    titles: {
      unreachable: 'Server situs ini tidak dapat dihubungi',
      input: 'Tidak ada yang dikirim',
      tooMany: 'Belum diperiksa',
      serverError: 'Kraken tidak menjawab',
      refused: 'Pemeriksaan tidak berjalan',
    },
    againAt: (time) => `Anda dapat menjalankan pemeriksaan untuk key ini lagi pukul ${time}.`,
    stillTyped: 'Apa yang Anda ketik masih ada di kolom di atas.',
    enterApiKey: 'Masukkan API key terlebih dahulu.',
    enterPrivateKey: 'Masukkan private key terlebih dahulu (“Private key” di Kraken).',
    notPrivateKey:
      'Private key ini bukan private key Kraken (88 karakter base64), sehingga tidak dapat menandatangani permintaan. Salin lagi dari Kraken; tidak ada yang dikirim.',
    cannotSign:
      'Browser Anda tidak dapat menandatangani permintaan (Web Crypto tidak tersedia di sini). Tidak ada yang dikirim.',
    late: 'Server situs ini tidak menjawab tepat waktu. Periksa koneksi Anda dan coba lagi.',
    unreachable: 'Server situs ini tidak dapat dihubungi. Periksa koneksi Anda dan coba lagi.',
    notUnderstood: (status) =>
      `Server situs ini memberi jawaban yang tidak dipahami halaman ini (HTTP ${status}). Coba lagi dalam satu menit.`,
    serverFailed: (status) =>
      `Kraken tidak menjawab: server situs ini tidak dapat menjalankan pemeriksaan (HTTP ${status}). Coba lagi dalam satu menit.`,
    refusal: (status, code, message) => {
      const lead = REFUSAL_LEAD[status] ?? `Server situs ini menolak pemeriksaan (HTTP ${status}).`;
      // The relay's own words come in Indonesian; the edge's English ones are left out.
      return message ? `${lead} ${message}` : `${lead} (kode: ${code})`;
    },
    clock: (offsetMs, corrected) => {
      const arah = offsetMs < 0 ? 'lebih cepat' : 'lebih lambat';
      const what = `Jam perangkat Anda sekitar ${durasi(offsetMs)} ${arah} dari server situs ini.`;
      return corrected
        ? `${what} Pemeriksaan menandatangani permintaannya dengan waktu server, sehingga nonce key Anda tidak terdorong ${offsetMs < 0 ? 'maju' : 'mundur'}. Atur jam perangkat Anda agar diperbarui otomatis.`
        : `${what} Atur jam perangkat Anda agar diperbarui otomatis.`;
    },
    announce: (message) => `Pemeriksaan langsung: ${message}`,
  },
};
