/**
 * The live check's words in Bahasa Indonesia (see en/live.ts): every outcome
 * code, Kraken's errors and the relay's reasons. Kraken's labels, method
 * names, field names and error strings stay verbatim; dates in Indonesian form.
 */
import type { NoAnswerReason } from '../../kraken/reasons';
import { EDITIONS } from '../../profile/kraken';
import { SERVICE_PERMISSION_MESSAGE } from '../../rules/permission-checks';
import { permissionLabel, permissionTitle } from '../../rules/permissions';
import { quote } from '../../util/text';
import type { LiveCatalogue, LiveCheckName, LiveCode, LiveText, LiveValues } from '../live-types';
import { daftar, tanggal } from './format';

const q = (text: string): string => `“${text}”`;
const label = (v: LiveValues, name = v.permission): string =>
  q(name ? permissionLabel(name, v.form) : '');
const title = (v: LiveValues): string =>
  v.permission ? permissionTitle(v.permission, v.form) : '';
const egress = (v: LiveValues): string =>
  (v.egressIps ?? []).length > 0
    ? `Pemeriksaan ini memanggil Kraken dari ${daftar([...(v.egressIps ?? [])])}`
    : 'Situs ini tidak memublikasikan alamat yang digunakannya untuk memanggil Kraken';
/** ["a", "b"] → "a atau b". */
const atau = (items: readonly string[]): string =>
  items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} atau ${items.at(-1) ?? ''}`;

/** What each of Kraken's errors means and what to do, by code (the same codes as in English). */
export const ID_KRAKEN_ERROR_TEXT: Readonly<Record<string, { meaning: string; advice: string }>> = {
  'EAPI:Invalid key': {
    meaning:
      'Kraken tidak mengenal API key ini: key salah, dihapus, kedaluwarsa, atau dinonaktifkan.',
    advice: 'Salin lagi API key dari Kraken, atau buat key baru.',
  },
  'EAPI:Invalid signature': {
    meaning: 'Permintaan ditandatangani dengan private key yang bukan milik API key ini.',
    advice:
      'Salin lagi private key (“API Secret” di layanan); pastikan kedua kolom tidak tertukar.',
  },
  'EAPI:Invalid nonce': {
    meaning:
      'Kraken menolak nonce: nonce tidak lebih besar dari nonce tertinggi yang pernah dilihat key ini.',
    advice:
      'Satu key per program. Skala nonce lebih besar: buat key baru. Jam yang terlalu cepat: perbaiki.',
  },
  'EGeneral:Permission denied': {
    meaning:
      'Izin (permission) nonaktif, atau panggilan datang dari luar whitelist IP key: jawabannya tidak menyebut yang mana.',
    advice: 'Aktifkan izin di pengaturan key, atau buat key baru dengan izin itu.',
  },
  'EAPI:Permission denied': {
    meaning:
      'Izin (permission) nonaktif, atau panggilan datang dari luar whitelist IP key: jawabannya tidak menyebut yang mana.',
    advice: 'Aktifkan izin di pengaturan key, atau buat key baru dengan izin itu.',
  },
  'EAccount:Invalid permissions': {
    meaning: 'Akun tidak boleh melakukan ini, sering kali karena pembatasan wilayah.',
    advice: 'Pastikan akun terverifikasi untuk trading pasangan ini di wilayah Anda.',
  },
  'EAuth:Account temporary disabled': {
    meaning:
      'Kraken menangguhkan akun untuk sementara: tidak ada panggilan dengan key-nya yang bisa berhasil.',
    advice: 'Hubungi dukungan Kraken; tidak ada perubahan pada key yang bisa memperbaiki ini.',
  },
  'EAuth:Account unconfirmed': {
    meaning: 'Alamat email akun belum diverifikasi.',
    advice:
      'Verifikasi alamat email dengan tautan yang dikirim Kraken, lalu jalankan pemeriksaan lagi.',
  },
  'EGeneral:Invalid arguments': {
    meaning: 'Panggilan yang salah bentuk, atau key dengan tanggal mulai atau akhir query.',
    advice:
      'Key dengan tanggal query: buat key baru tanpa tanggal itu. Selain itu, laporkan jika terus terjadi.',
  },
  'EAuth:Rate limit exceeded': {
    meaning: 'Terlalu banyak percobaan autentikasi dalam waktu singkat.',
    advice: 'Hentikan setiap program yang memakai key ini dan jalankan pemeriksaan lagi nanti.',
  },
  'EAuth:Too many requests': {
    meaning: 'Terlalu banyak percobaan autentikasi dalam waktu singkat.',
    advice: 'Hentikan setiap program yang memakai key ini dan jalankan pemeriksaan lagi nanti.',
  },
  'EAPI:Rate limit exceeded': {
    meaning: 'Penghitung panggilan key ini penuh.',
    advice: 'Tunggu satu menit lalu jalankan pemeriksaan lagi; jeda layanan selama pemeriksaan.',
  },
  'EService:Throttled': {
    meaning: 'Kraken membatasi (throttle) key ini sampai waktu yang disebutkan.',
    advice: 'Tunggu sampai waktu itu lalu jalankan pemeriksaan lagi.',
  },
  'EGeneral:Too many requests': {
    meaning: 'Terlalu banyak permintaan dikirim dalam waktu singkat.',
    advice: 'Tunggu satu menit lalu jalankan pemeriksaan lagi.',
  },
  'EGeneral:Temporary lockout': {
    meaning:
      'Akun (mungkin hanya alamat ini) dikunci untuk sementara, biasanya beberapa menit, setelah kegagalan.',
    advice: 'Hentikan setiap program yang memakai key ini dan coba lagi setelah sekitar 15 menit.',
  },
  'EService:Unavailable': {
    meaning: 'Kraken tidak tersedia.',
    advice: 'Coba lagi nanti; lihat status.kraken.com.',
  },
  'EService:Busy': {
    meaning: 'Kraken terlalu sibuk untuk menjawab.',
    advice: 'Coba lagi dalam beberapa menit.',
  },
  'EService:Deadline elapsed': {
    meaning: 'Permintaan kehabisan waktu di dalam Kraken.',
    advice: 'Coba lagi dalam beberapa menit.',
  },
  'EGeneral:Internal error': {
    meaning: 'Kraken mengalami kesalahan internal.',
    advice: 'Coba lagi; jika terus terjadi, hubungi dukungan Kraken.',
  },
  'EGeneral:Unknown method': {
    meaning: 'Kraken tidak mengenal method ini.',
    advice: 'Key tidak bermasalah: pemeriksaan beralih ke menguji setiap izin satu per satu.',
  },
  'EOrder:Unknown order': {
    meaning: 'Tidak ada order dengan id ini.',
    advice: 'Tidak ada yang perlu diubah: pemeriksaan memakai id yang tidak mungkin ada.',
  },
  'EOrder:Invalid order': {
    meaning: 'Id order atau order tersebut tidak valid.',
    advice: 'Tidak ada yang perlu diubah: pemeriksaan memakai id yang tidak mungkin ada.',
  },
  'EOrder:Rate limit exceeded': {
    meaning:
      'Batas order (rate limit) key ini tercapai: ini tidak menunjukkan apa pun tentang izinnya.',
    advice: 'Jeda program yang memakai key ini dan jalankan pemeriksaan lagi dalam beberapa menit.',
  },
  'EOrder:Orders limit exceeded': {
    meaning:
      'Akun memiliki terlalu banyak order terbuka: ini tidak menunjukkan apa pun tentang izin key.',
    advice:
      'Tidak ada yang perlu diubah untuk pemeriksaan; layanan mungkin perlu lebih sedikit order terbuka.',
  },
  'EOrder:Domain rate limit exceeded': {
    meaning:
      'Batas order (rate limit) Kraken tercapai: ini tidak menunjukkan apa pun tentang izin key.',
    advice: 'Jalankan pemeriksaan lagi dalam beberapa menit.',
  },
};

const UNKNOWN_ORDER = {
  meaning: 'Kraken menilai order itu sendiri, setelah memeriksa izinnya.',
  advice: 'Key tidak bermasalah.',
};
const UNKNOWN = {
  meaning: 'Kraken menjawab dengan error yang tidak dikenal pemeriksa ini.',
  advice: 'Jalankan pemeriksaan lagi nanti; jika terus terjadi, cari error itu di dukungan Kraken.',
};

function errorText(code: string): { meaning: string; advice: string } {
  return ID_KRAKEN_ERROR_TEXT[code] ?? (code.startsWith('EOrder:') ? UNKNOWN_ORDER : UNKNOWN);
}
const meaning = (v: LiveValues): string => errorText(v.code ?? '').meaning;
const advice = (v: LiveValues): string => errorText(v.code ?? '').advice;

/** Why the relay has no answer, in words. */
function alasan(reason: NoAnswerReason | null | undefined): string {
  if (!reason) return '';
  switch (reason.code) {
    case 'http-status':
      return `Kraken menjawab HTTP ${reason.status}`;
    case 'too-large':
      return `Kraken menjawab HTTP ${reason.status} dengan lebih dari 1 MB`;
    case 'html':
      return `Kraken menjawab HTTP ${reason.status} dengan halaman HTML`;
    case 'not-json':
      return `Kraken menjawab HTTP ${reason.status} dengan sesuatu yang bukan JSON`;
    case 'not-kraken':
      return `Kraken menjawab HTTP ${reason.status} dengan JSON yang bukan jawaban Kraken`;
    case 'timeout':
      return `tidak ada jawaban dalam ${reason.seconds} detik`;
    case 'out-of-time':
      return 'pemeriksaan kehabisan waktu';
    case 'connection':
      return 'koneksi gagal atau terputus';
    case 'page-closed':
      return 'halaman menutup koneksi';
  }
}

/** Kraken's own field names, verbatim. */
const fields = (v: LiveValues): string => daftar((v.fields ?? []).map((f) => `“${f}”`));

const CHECK_NAMES: Record<LiveCheckName, string> = {
  ip: 'Pembatasan alamat IP',
  nonceWindow: 'Nonce window',
  expiry: 'Masa berlaku key',
  queryWindow: 'Tanggal mulai dan akhir query',
};

const AUTH = 'API key dan private key';
const NONCE = 'Nonce';
const KRAKEN = 'Jawaban Kraken';
const NO_ANSWER = 'Kraken tidak menjawab';
const STOPPED = 'Pemeriksaan berhenti: tidak ada lagi yang dikirim untuk key ini';
const WORSE = 'karena panggilan tambahan hanya memperburuknya';

/** Every live outcome, by code. */
const MESSAGES: Record<LiveCode, (v: LiveValues) => LiveText> = {
  'auth.pass': () => ({
    title: AUTH,
    detail: 'Kraken menerima API key dan tanda tangan yang dibuat dengan private key.',
    fix: null,
  }),
  'auth.pass-one': () => ({
    title: AUTH,
    detail: 'Kraken menerima API key dan tanda tangan yang dibuat dengan private key.',
    fix: null,
  }),
  'auth.invalid-key': () => ({
    title: AUTH,
    detail:
      'Kraken menjawab EAPI:Invalid key: Kraken tidak mengenal API key ini. Key salah, dihapus, kedaluwarsa, atau dinonaktifkan.',
    fix: 'Salin lagi API key dari Kraken (seluruhnya, tanpa spasi), atau buat key baru.',
  }),
  'auth.invalid-signature': () => ({
    title: AUTH,
    detail: 'Kraken menjawab EAPI:Invalid signature: private key ini bukan milik API key ini.',
    fix: 'Salin lagi private key (Kraken menyebutnya “Private key”, layanan menyebutnya “API Secret”), dan pastikan kedua kolom tidak tertukar.',
  }),
  'auth.nonce-first': () => ({
    title: AUTH,
    detail: 'Tidak dinilai: Kraken menolak nonce sebelum menilai key.',
    fix: null,
  }),
  'auth.stopped': (v) => ({
    title: AUTH,
    detail: `Tidak dinilai: Kraken menjawab ${v.error ?? ''} dan pemeriksaan berhenti (lihat “${KRAKEN}”).`,
    fix: null,
  }),
  'auth.no-answer': () => ({
    title: AUTH,
    detail: 'Tidak dinilai: Kraken tidak menjawab satu panggilan pun.',
    fix: null,
  }),
  'nonce.pass': () => ({
    title: NONCE,
    detail:
      'Kraken menerima nonce pemeriksaan ini (milidetik): tidak ada klien yang memakai key ini dengan skala nonce yang lebih besar.',
    fix: null,
  }),
  'nonce.pass-one': () => ({
    title: NONCE,
    detail:
      'Kraken menerima nonce pemeriksaan ini (milidetik): tidak ada klien yang memakai key ini dengan skala nonce yang lebih besar.',
    fix: null,
  }),
  'nonce.first-refused': () => ({
    title: NONCE,
    detail:
      'Kraken menolak panggilan pertama dengan EAPI:Invalid nonce, padahal nonce-nya adalah waktu saat ini dalam milidetik. Entah klien dengan skala nonce yang lebih besar (mikro- atau nanodetik) pernah memakai key ini, dan Kraken tidak pernah menurunkan nonce sebuah key; atau klien milidetik yang jamnya terlalu cepat pernah memakainya.',
    fix: 'Jika klien dengan skala nonce lebih besar memakai key ini, buat key baru dan jalankan pemeriksaan sebelum menghubungkannya ke tempat lain. Jika jam sebuah program terlalu cepat, perbaiki jam itu; key berfungsi lagi setelah waktu sebenarnya melewati nonce yang dikirimnya.',
  }),
  'nonce.later-refused': () => ({
    title: NONCE,
    detail:
      'Kraken menerima nonce pertama pemeriksaan ini tetapi menolak nonce berikutnya dengan EAPI:Invalid nonce: program lain memakai key ini pada saat yang sama dengan nonce yang lebih besar.',
    fix: 'Beri setiap program key-nya sendiri, atur nonce window sesuai panduan, dan jalankan pemeriksaan saat tidak ada yang lain memakai key ini.',
  }),
  'nonce.key-refused': () => ({
    title: NONCE,
    detail: 'Tidak dinilai: Kraken lebih dulu menolak key.',
    fix: null,
  }),
  'nonce.stopped': (v) => ({
    title: NONCE,
    detail: `Tidak dinilai: Kraken menjawab ${v.error ?? ''} dan pemeriksaan berhenti.`,
    fix: null,
  }),
  'nonce.no-answer': () => ({
    title: NONCE,
    detail: 'Tidak dinilai: Kraken tidak menjawab satu panggilan pun.',
    fix: null,
  }),
  'access.every-call-denied': (v) => ({
    title: 'Setiap panggilan ditolak',
    detail: `Kraken menjawab EGeneral:Permission denied untuk setiap panggilan. Entah key tidak memiliki izin (permission) apa pun, atau panggilan datang dari luar whitelist IP-nya: Kraken tahu yang mana, tetapi jawabannya tidak menyebutkannya, sehingga program yang membacanya tidak dapat membedakan (error yang tepat untuk panggilan dari luar whitelist tidak didokumentasikan; perkirakan error ini). ${egress(v)}.`,
    fix: 'Jika key dibatasi ke rentang IP layanan Anda, ini memang diharapkan: key tetap dapat berfungsi untuk layanan. Jika tidak, centang izin yang tercantum di panduan.',
  }),
  'access.range-left-out': (v) => ({
    title: 'Akses dari situs ini',
    detail: `Kraken menjawab GetApiKeyInfo dengan ${v.error ?? ''}. Panggilan itu tidak membutuhkan izin, jadi panggilan datang dari luar whitelist IP key (atau, kecil kemungkinannya, akun diblokir). ${egress(v)}, yang berada di dalam rentang layanan: whitelist key tidak mencakup sebagian rentang layanan itu sendiri, sehingga sebagian panggilan layanan juga akan ditolak.`,
    fix: `Masukkan seluruh rentang layanan di ${EDITIONS[v.form].ipField} pada key (atau buat key baru dengan rentang itu).`,
  }),
  'access.outside-allowlist': (v) => ({
    title: 'Akses dari situs ini',
    detail: `Kraken menjawab GetApiKeyInfo dengan ${v.error ?? ''}. Panggilan itu tidak membutuhkan izin, jadi panggilan datang dari luar whitelist IP key (atau, kecil kemungkinannya, akun diblokir). ${egress(v)}${v.outsideRange ? ', di luar rentang layanan' : ''}. Beginilah key yang dibatasi ke rentang layanan, seperti yang diminta panduan, terlihat dari sini: izin dan pengaturan lainnya tidak dapat dibaca dari alamat situs ini.`,
    fix: `Tidak ada yang perlu diubah jika ${EDITIONS[v.form].ipField} berisi rentang layanan. Tes koneksi layanan itu sendiri akan menunjukkannya: jika terhubung tanpa “${SERVICE_PERMISSION_MESSAGE}”, key berfungsi.`,
  }),
  'kraken.lockout': (v) => ({
    title: KRAKEN,
    detail: `Kraken menjawab ${v.error ?? ''}: akun (mungkin hanya alamat ini) dikunci untuk sementara, biasanya beberapa menit, setelah kegagalan berulang. ${STOPPED}.`,
    fix: 'Hentikan setiap program yang memakai key ini dan jalankan pemeriksaan lagi nanti, setelah sekitar 15 menit.',
  }),
  'kraken.rate-limited': (v) => ({
    title: KRAKEN,
    detail: `Kraken menjawab ${v.error ?? ''}: ${meaning(v)} ${STOPPED}, ${WORSE}.`,
    fix: advice(v),
  }),
  'kraken.throttled': (v) => ({
    title: KRAKEN,
    detail: `Kraken menjawab ${v.error ?? ''}: Kraken membatasi (throttle) key ini${v.until !== undefined ? ` sampai ${tanggal(v.until)}` : ''}. ${STOPPED}, ${WORSE}.`,
    fix:
      v.until !== undefined
        ? `Tunggu sampai ${tanggal(v.until)}, jeda program yang memakai key ini, lalu jalankan pemeriksaan lagi.`
        : 'Jeda program yang memakai key ini dan jalankan pemeriksaan lagi dalam beberapa menit.',
  }),
  'kraken.account-disabled': (v) => ({
    title: KRAKEN,
    detail: `Kraken menjawab ${v.error ?? ''}: ${meaning(v)} Pemeriksaan berhenti: tidak ada lagi yang dikirim.`,
    fix: advice(v),
  }),
  'kraken.account-unconfirmed': (v) => ({
    title: KRAKEN,
    detail: `Kraken menjawab ${v.error ?? ''}: ${meaning(v)} Sampai diverifikasi, tidak ada key akun ini yang berfungsi. Pemeriksaan berhenti: tidak ada lagi yang dikirim.`,
    fix: advice(v),
  }),
  'kraken.unavailable': (v) => ({
    title: NO_ANSWER,
    detail: `Kraken menjawab ${v.error ?? ''}: ${meaning(v)} Pemeriksaan yang bergantung padanya tidak dilakukan.`,
    fix: 'Jalankan pemeriksaan lagi dalam beberapa menit; lihat status.kraken.com.',
  }),
  'kraken.internal-error': (v) => ({
    title: NO_ANSWER,
    detail: `Kraken menjawab ${v.error ?? ''}: ${meaning(v)} Pemeriksaan yang bergantung padanya tidak dilakukan.`,
    fix: 'Jalankan pemeriksaan lagi dalam beberapa menit; jika Kraken terus menjawab seperti ini, hubungi dukungan Kraken.',
  }),
  'kraken.no-answer': (v) => ({
    title: NO_ANSWER,
    detail: `Tidak ada jawaban yang dapat digunakan dari Kraken: ${alasan(v.reason)}. Pemeriksaan yang bergantung padanya tidak dilakukan.`,
    fix: 'Jalankan pemeriksaan lagi dalam beberapa menit; lihat status.kraken.com.',
  }),
  'kraken.unknown-error': (v) => ({
    title: KRAKEN,
    detail: `Kraken menjawab GetApiKeyInfo dengan ${v.error ?? ''}, error yang tidak dikenal pemeriksa ini; pemeriksaan berhenti daripada mengirim panggilan lain yang mungkin memperburuknya.`,
    fix: 'Jalankan pemeriksaan lagi nanti; jika terus terjadi, cari error itu di dukungan Kraken.',
  }),
  'permission.not-in-batch': (v) => ({
    title: title(v),
    detail: 'Belum diperiksa: probe ini bukan bagian dari batch.',
    fix: null,
  }),
  'permission.not-sent': (v) => ({
    title: title(v),
    detail: 'Belum diperiksa: pemeriksaan berhenti sebelum panggilan ini.',
    fix: null,
  }),
  'permission.key-refused': (v) => ({
    title: title(v),
    detail: 'Belum diperiksa: Kraken menolak key (lihat di atas).',
    fix: null,
  }),
  'permission.kraken-error': (v) => ({
    title: title(v),
    detail: `Kraken menjawab ${v.method ?? ''} dengan ${v.error ?? ''}, sehingga ${label(v)} belum diperiksa.`,
    fix: 'Jalankan pemeriksaan lagi dalam beberapa menit.',
  }),
  'permission.no-answer': (v) => ({
    title: title(v),
    detail: `Tidak ada jawaban yang dapat digunakan dari Kraken untuk ${v.method ?? ''} (${alasan(v.reason)}), sehingga ${label(v)} belum diperiksa.`,
    fix: 'Jalankan pemeriksaan lagi dalam beberapa menit.',
  }),
  'permission.unclear': (v) => ({
    title: title(v),
    detail: `Tidak dapat dipastikan: Kraken menjawab ${v.method ?? ''} dengan ${v.error ?? ''}. ${meaning(v)} Itu tidak menunjukkan apakah ${label(v)} aktif.`,
    fix: advice(v),
  }),
  'permission.forbidden-on': (v) => ({
    title: title(v),
    detail: `Kraken mengizinkan ${v.method ?? ''}: ${label(v)} aktif. Key yang bocor dengan Withdraw dapat memindahkan dana Anda, dan layanan tidak pernah membutuhkannya.`,
    fix: `Buat key baru tanpa ${label(v)} dan hapus key ini.`,
  }),
  'permission.refusal-needs-other': (v) => ({
    title: title(v),
    detail: `Tidak dapat dipastikan: Kraken menolak ${v.method ?? ''}, tetapi panggilan itu membutuhkan ${daftar((v.names ?? []).map((n) => q(n)))} selain ${label(v)}, dan yang pertama tidak aktif, sehingga penolakan itu tidak menunjukkan bahwa ${label(v)} nonaktif.`,
    fix: `Pastikan ${label(v)} tidak dicentang.`,
  }),
  'permission.forbidden-off': (v) => ({
    title: title(v),
    detail: `Kraken menolak ${v.method ?? ''}: ${label(v)} nonaktif.`,
    fix: null,
  }),
  'permission.required-off': (v) => ({
    title: title(v),
    detail: `Kraken menolak ${v.method ?? ''} dengan ${v.error ?? ''}: ${label(v)} nonaktif. Layanan membutuhkannya; tanpa izin itu, layanan melaporkan “${SERVICE_PERMISSION_MESSAGE}”.`,
    fix: `Centang ${label(v)} (edit key di Kraken, atau buat key baru).`,
  }),
  'permission.other-allows': (v) => ({
    title: title(v),
    detail: `Tidak dapat dipastikan: Kraken mengizinkan ${v.method ?? ''} dengan ${atau((v.names ?? []).map((n) => q(n)))} atau ${label(v)}, dan ${daftar((v.names ?? []).map((n) => q(n)))} aktif (atau tidak diketahui), sehingga jawaban ini tidak menunjukkan apakah ${label(v)} aktif.`,
    fix: `Pastikan ${label(v)} dicentang di pengaturan key.`,
  }),
  'permission.required-on': (v) => ({
    title: title(v),
    detail: `Kraken mengizinkan ${v.method ?? ''}: ${label(v)} aktif.`,
    fix: null,
  }),
  'permission.every-call-refused': (v) => ({
    title: title(v),
    detail: 'Tidak dinilai: setiap panggilan ditolak (lihat “Setiap panggilan ditolak”).',
    fix: null,
  }),
  'permission.not-described': (v) => ({
    title: title(v),
    detail:
      'Tidak dinilai: Kraken tidak menjelaskan key ini kepada panggilan dari alamat situs ini (lihat “Akses dari situs ini”).',
    fix: null,
  }),
  'not-reported': (v) => ({
    title: v.permission ? title(v) : v.check ? CHECK_NAMES[v.check] : '',
    detail: `Tidak dilaporkan oleh Kraken: jawabannya tidak memuat ${fields(v)} (atau mengirimnya dalam bentuk yang tidak dapat dibaca halaman ini), sehingga ini belum diperiksa. Setiap pengaturan yang dilaporkan Kraken sudah dinilai.`,
    fix: 'Lihat key di Kraken dan bandingkan dengan panduan; jalankan pemeriksaan lagi nanti.',
  }),
  'unknown-permissions': (v) => ({
    title: 'Izin yang tidak dikenal panduan ini',
    detail: `Kraken melaporkan izin yang tidak dikenal panduan ini: ${daftar((v.names ?? []).map((n) => quote(n)))}. Halaman ini tidak dapat menjelaskan apa yang diizinkannya; layanan hanya membutuhkan izin yang tercantum di panduan.`,
    fix: 'Lihat key di Kraken; hapus centang apa pun yang tidak tercantum di panduan.',
  }),
  'ip.no-range': (v) => ({
    title: CHECK_NAMES.ip,
    detail: `Belum diperiksa: situs ini tidak memiliki rentang IP layanan yang dikonfigurasi, dan tidak ada yang dimasukkan di halaman ini, sehingga whitelist Kraken (${whitelist(v.allowlist ?? [])}) tidak dapat dibandingkan dengannya.`,
    fix: 'Masukkan rentang IP layanan di pemeriksaan pembatasan alamat IP di atas, lalu jalankan pemeriksaan ini lagi.',
  }),
  'ip.reported': (v) => ({
    title: CHECK_NAMES.ip,
    detail: `Kraken melaporkan whitelist ${whitelist(v.allowlist ?? [])}. ${v.detail ?? ''}`,
    fix: null,
  }),
};

function whitelist(entries: readonly string[]): string {
  return entries.length === 0
    ? 'tidak ada'
    : daftar(
        entries.map((e) => quote(e)),
        5,
      );
}

export const ID_LIVE: LiveCatalogue = {
  lang: 'id',
  messages: MESSAGES,
  reported: (detail) => `Kraken melaporkan: ${detail}`,
};
