/** The key checker's interface in Bahasa Indonesia; Kraken's labels and error strings verbatim. */
import type { ResultWords, UiCatalogue } from '../types';

const COUNTS = {
  fail: 'gagal',
  warn: 'peringatan',
  pass: 'lolos',
  skip: 'belum diperiksa',
} as const;

export const ID_UI = {
  status: { pass: 'Lolos', fail: 'Gagal', warn: 'Peringatan', skip: 'Belum diperiksa' },
  counts: (status, n) => `${n} ${COUNTS[status]}`,
  fix: 'Perbaikan: ',
  forResult: (title) => ` (untuk ${title})`,
  sections: {
    permissions: 'Izin (permission)',
    ip: 'Pembatasan alamat IP',
    nonce: 'Nonce window',
    keys: 'API key',
  },
  topics: {
    permissions: 'izin (permission)',
    ip: 'pembatasan alamat IP',
    nonce: 'nonce window',
    keys: 'API key',
  },
  panelTitle: (topic) => `Periksa ${topic} pada key Anda`,
  panelAnnouncement: (topic) => `Pemeriksaan ${topic} pada key Anda`,
  noScript: {
    before:
      'Pemeriksaan ini berjalan di browser Anda dengan JavaScript. Tanpa JavaScript, gunakan formulir di ',
    link: 'halaman pemeriksa kunci',
    after: '.',
  },
  guideName: { pro: 'Panduan Kraken Pro', classic: 'Panduan Kraken Classic' },
  stepTitles: {
    pro: {
      'add-key': 'langkah 3, Create API key',
      permissions: 'langkah 5, pilih izin (permission)',
      ip: 'langkah 6, whitelist IP',
      nonce: 'langkah 7, Custom nonce window',
      generate: 'langkah 8, Generate key (tanpa opsi lain)',
      connect: 'langkah 9, hubungkan Kraken',
    },
    classic: {
      'add-key': 'langkah 4, Add key',
      nonce: 'langkah 5, beri nama key (Nonce Window)',
      permissions: 'langkah 6, pilih izin (permission)',
      ip: 'langkah 7, whitelist IP',
      generate: 'langkah 8, Generate key (tanpa opsi lain)',
      connect: 'langkah 9, hubungkan Kraken',
    },
  },
  helpTitles: {
    'not-enough-permissions': '“Not enough permission for API keys”',
    'invalid-key': 'EAPI:Invalid key',
    'invalid-signature': 'EAPI:Invalid signature',
    'invalid-nonce': 'EAPI:Invalid nonce',
    'permission-denied': 'EGeneral:Permission denied',
    'temporary-lockout': 'EGeneral:Temporary lockout',
    'rate-limits': 'batas permintaan (rate limit)',
    'kraken-unavailable': 'Kraken tidak menjawab',
    'ip-restriction': 'setiap panggilan ditolak (pembatasan alamat IP)',
  },
  troubleshooting: (title) => `Pemecahan masalah: ${title}`,
  summary: {
    none: 'Belum ada yang diperiksa',
    noneText: {
      before:
        'Isi apa yang Anda lihat di Kraken di bawah ini: setiap bagian menampilkan hasilnya setelah Anda mengisinya, dan ',
      strong: 'Periksa key saya',
      after: ' memeriksa semuanya sekaligus.',
    },
    fix: (n) => `${n} hal yang harus diperbaiki sebelum Anda menghubungkan key`,
    incomplete: 'Sejauh ini tidak ada yang perlu diperbaiki',
    ready: 'Siap dihubungkan',
    readyText:
      'Pengaturan key Anda sesuai dengan panduan: masukkan key tersebut di halaman koneksi Kraken milik layanan.',
    worth: (titles) => `Perlu dicek: ${titles.join(', ')} (ditandai “Peringatan” di bawah).`,
    unchecked: (titles) => `Belum diperiksa: ${titles.join(', ')}.`,
  },
  checker: {
    label: 'Pemeriksa kunci',
    announcement: 'Pemeriksaan key',
    submit: 'Periksa key saya',
  },
  permissions: {
    whichForm: 'Formulir Kraken mana yang sedang Anda lihat?',
    asOn: (formName) => `, seperti di ${formName}`,
    tickExactly: 'Centang persis apa yang dicentang pada key Anda.',
  },
  ip: {
    rangeLabel: 'Rentang IP layanan (dari halaman koneksinya)',
    prefilled: (name) =>
      `Sudah diisi dengan rentang IP ${name}. Ubah hanya jika halaman koneksinya menampilkan rentang lain.`,
    copyRange: (name) => `Salin rentang IP dari halaman koneksi Kraken milik ${name}`,
    openIt: 'buka halaman itu',
    exactly: ', persis seperti yang ditampilkan.',
    allowLabel: 'Apa yang Anda masukkan di kolom pembatasan IP Kraken',
    allowHint: (field) =>
      `Alamat atau blok di kolom ${field} Kraken, dipisahkan dengan koma, spasi, atau baris baru. Biarkan kosong jika Anda tidak memasukkan apa pun.`,
  },
  nonce: {
    label: 'Nonce window pada key Anda',
    hint: (field) =>
      `Apa yang Anda masukkan di kolom ${field} Kraken, ditulis dengan cara apa pun: 2000000, 2 000 000, 2M atau 2 juta.`,
  },
  keys: {
    apiLabel: 'API key',
    apiHint: '“API key” dari Kraken: layanan menyebutnya “API Key”.',
    privateLabel: 'Private key',
    privateHint:
      '“Private key” dari Kraken: layanan menyebutnya “API Secret”. Private key hanya diperiksa di sini, di browser Anda, dan tidak pernah dikirim ke mana pun.',
    privateNote:
      'Private key hanya diperiksa di browser Anda, dengan JavaScript aktif: formulir ini dikirim ke server kami, dan private key tidak boleh dikirim ke server mana pun.',
    show: 'Tampilkan',
  },
} as const satisfies UiCatalogue;

/** The no-JavaScript result page's own words (the server's only; no island imports them). */
export const ID_RESULT = {
  title: 'Hasil pemeriksa kunci',
  description: 'Hasil pemeriksaan pengaturan API key Kraken Anda.',
  intro:
    'Hasil Anda ada di bawah, dengan isian Anda tetap di kolomnya: ubah yang perlu, lalu periksa lagi.',
  startOver: 'Mulai dari awal',
  errors: {
    type: 'Kirim formulir pemeriksa kunci untuk melihat hasilnya.',
    size: 'Formulir itu terlalu besar untuk diperiksa.',
    unreadable: 'Formulir itu tidak dapat dibaca. Silakan isi lagi.',
  },
} as const satisfies ResultWords;
