/**
 * A probe set in Indonesian written fresh from the Indonesian pages, this round, by a writer
 * who saw no question set: the way Indonesian traders type in chat and assistants ask. Written
 * to find where the engine did not generalise, then tuned on: development material now, not a
 * measure. Sections are named by their URLs, as the writer did; the server test checks that
 * each exists.
 */
import type { Question } from './questions';

export const PROBES_ID: Question[] = [
  // --- as traders type in chat ---
  {
    ask: 'nonce window di kraken pro diisi brp sih?',
    expect: [
      '/id/exchange/kraken/pro/#aktifkan-custom-nonce-window',
      '/id/#yang-dibutuhkan-kunci',
      '/id/exchange/kraken/#sebelum-kita-mulai-dengan-api-key',
      '/id/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/id/exchange/kraken/key-checker/#apa-yang-diperiksa',
    ],
    value: '2000000',
  },
  {
    ask: 'EAPI:Invalid nonce terus, udh restart bot tetep aja. knp ya?',
    expect: ['/id/exchange/kraken/troubleshooting/#eapiinvalid-nonce'],
    value: 'hanya itu cara mereset nonce-nya',
  },
  {
    ask: 'perlu gak centang withdraw funds? takut bot nya gak bisa jalan',
    expect: [
      '/id/exchange/kraken/classic/#pilih-izin-permissions',
      '/id/exchange/kraken/pro/#pilih-izin-permissions',
      '/id/#yang-dibutuhkan-kunci',
      '/id/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
      '/id/exchange/kraken/key-checker/#apa-yang-diperiksa',
    ],
    value: 'dapat memindahkan dana Anda',
  },
  {
    ask: 'bikin api key di kraken dmn sih? di app kraken biasa gak nemu menu api nya',
    expect: [
      '/id/exchange/kraken/#sebelum-kita-mulai-dengan-api-key',
      '/id/exchange/kraken/pro/#buka-halaman-settings-dan-klik-create-api-key',
      '/id/exchange/kraken/#kraken-pro',
    ],
    value: 'diminta pindah ke',
  },
  {
    ask: 'private key nya dimasukin ke kolom mana ya? yg api secret kah',
    expect: [
      '/id/exchange/kraken/pro/#hubungkan-kraken-dengan-api-key-yang-telah-dibuat',
      '/id/exchange/kraken/classic/#hubungkan-kraken-dengan-api-key-yang-telah-dibuat',
      '/id/exchange/kraken/troubleshooting/#eapiinvalid-signature',
    ],
    value: 'API Secret',
  },
  {
    ask: 'muncul "Not enough permission for API keys" pas connect, gmn benerinnya??',
    expect: [
      '/id/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
      '/id/exchange/kraken/pro/#pilih-izin-permissions',
      '/id/exchange/kraken/classic/#pilih-izin-permissions',
    ],
    value: 'buat kunci baru',
  },
  {
    ask: 'EAPI:Invalid signature itu apaan? key nya udh bener kok perasaan',
    expect: ['/id/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: 'kedua nilai tertukar kolomnya',
  },
  {
    ask: 'kena EGeneral:Temporary lockout, hrs nunggu brp lama?',
    expect: ['/id/exchange/kraken/troubleshooting/#egeneraltemporary-lockout'],
    value: '15 menit',
  },
  {
    ask: 'ip whitelist di kraken classic bisa langsung paste semua pake koma gak?',
    expect: ['/id/exchange/kraken/classic/#aktifkan-opsi-ip-whitelisting'],
    value: 'satu alamat atau rentang per baris',
  },
  {
    ask: 'di kraken pro ip nya dipisah koma apa enter? ada 4 ip dr layanan',
    expect: [
      '/id/exchange/kraken/pro/#aktifkan-opsi-ip-whitelisting-dan-tambahkan-alamat-ip-yang-di-whitelist',
    ],
    value: 'dipisahkan koma',
  },
  {
    ask: 'query start date sama end date perlu diisi gak? biar aman',
    expect: [
      '/id/exchange/kraken/pro/#jangan-atur-opsi-lain-dan-klik-generate-key',
      '/id/exchange/kraken/classic/#jangan-atur-opsi-lain-dan-klik-generate-key',
      '/id/exchange/kraken/troubleshooting/#egeneralinvalid-arguments',
    ],
    value: 'EGeneral:Invalid arguments',
  },
  {
    ask: 'EAPI:Invalid key pdhl baru aja bikin key nya',
    expect: ['/id/exchange/kraken/troubleshooting/#eapiinvalid-key'],
    value: 'tanpa spasi',
  },
  {
    ask: 'api key kraken futures bisa dipake buat spot gak?',
    expect: ['/id/exchange/kraken/troubleshooting/#eapiinvalid-key'],
    value: 'tidak berfungsi untuk spot',
  },
  {
    ask: 'semua request ditolak EGeneral:Permission denied padahal izin udh dicentang semua',
    expect: [
      '/id/exchange/kraken/troubleshooting/#semua-panggilan-ditolak-pembatasan-ip',
      '/id/exchange/kraken/troubleshooting/#egeneralpermission-denied',
    ],
    value: 'pembatasan IP',
  },
  {
    ask: 'EAPI:Rate limit exceeded mulu, sy pake 1 key buat 2 bot',
    expect: ['/id/exchange/kraken/troubleshooting/#batas-panggilan-rate-limit'],
    value: 'beri setiap bot atau layanan kuncinya sendiri',
  },
  {
    ask: 'dapet EService:Unavailable, key gw yg salah ya?',
    expect: ['/id/exchange/kraken/troubleshooting/#kraken-tidak-menjawab'],
    value: 'Ini tidak menunjukkan apa pun tentang kunci Anda',
  },
  {
    ask: 'EAccount:Invalid permissions artinya apa ya',
    expect: ['/id/exchange/kraken/troubleshooting/#pesan-lain'],
    value: 'tidak diizinkan memperdagangkan aset tersebut dari wilayahnya',
  },
  {
    ask: 'key checker nya nyimpen api key gw gak? aman gak sih',
    expect: ['/id/exchange/kraken/key-checker/#apa-yang-tetap-di-halaman-ini'],
    value: 'Tidak ada yang Anda ketik yang disimpan',
  },
  {
    ask: 'cek di kraken katanya panggilan dtg dr luar IP allowlist, pdhl ip udh sesuai yg dikasih layanan',
    expect: [
      '/id/exchange/kraken/key-checker/#periksa-kunci-di-kraken',
      '/id/exchange/kraken/pro/#hubungkan-kraken-dengan-api-key-yang-telah-dibuat',
      '/id/exchange/kraken/classic/#hubungkan-kraken-dengan-api-key-yang-telah-dibuat',
      '/id/exchange/kraken/troubleshooting/#semua-panggilan-ditolak-pembatasan-ip',
    ],
    value: 'server situs ini',
  },
  {
    ask: 'lupa nyimpen private key, bisa diliat lg gak di kraken?',
    expect: [
      '/id/exchange/kraken/troubleshooting/#eapiinvalid-signature',
      '/id/exchange/kraken/pro/#hubungkan-kraken-dengan-api-key-yang-telah-dibuat',
    ],
    value: 'Kraken hanya menampilkan private key satu kali',
  },
  {
    ask: 'nonce window 2jt itu maksudnya brp lama? 2jt detik?',
    expect: [
      '/id/exchange/kraken/pro/#aktifkan-custom-nonce-window',
      '/id/exchange/kraken/classic/#beri-nama-kunci-anda',
    ],
    value: 'sekitar 33 menit',
  },
  {
    ask: 'websocket hrs dinyalain jg gak?',
    expect: [
      '/id/exchange/kraken/pro/#pilih-izin-permissions',
      '/id/exchange/kraken/classic/#pilih-izin-permissions',
      '/id/#yang-dibutuhkan-kunci',
      '/id/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
    ],
    value: 'WebSocket interface',
  },
  {
    ask: 'cara pindah ke kraken classic gmn',
    expect: [
      '/id/exchange/kraken/classic/#beralih-ke-kraken-classic',
      '/id/exchange/kraken/#sebelum-kita-mulai-dengan-api-key',
    ],
    value: 'menu profil',
  },
  {
    ask: 'blm punya akun kraken, daftar nya dmn?',
    expect: ['/id/exchange/kraken/pro/#buka-kraken', '/id/exchange/kraken/classic/#buka-kraken'],
    value: 'https://www.kraken.com/',
  },
  {
    ask: 'di kraken classic tombol buat bikin key baru yg mana',
    expect: ['/id/exchange/kraken/classic/#klik-add-key'],
    value: 'Add key',
  },
  // --- as an assistant asks on a trader's behalf ---
  {
    ask: 'Bagaimana langkah-langkah membuat API key di Kraken Pro?',
    goal: 'Membuat API key untuk bot trading di Kraken Pro',
    expect: ['/id/exchange/kraken/pro/'],
    value: 'Create API key',
  },
  {
    ask: 'Di mana letak halaman pembuatan API key di Kraken Classic?',
    goal: 'Membuat API key di Kraken Classic untuk layanan trading',
    expect: [
      '/id/exchange/kraken/classic/#buka-halaman-api',
      '/id/exchange/kraken/#kraken-classic',
    ],
    value: 'Security',
  },
  {
    ask: 'Izin apa saja yang harus dicentang pada API key di Kraken Classic?',
    goal: 'Membuat API key di Kraken Classic dengan izin yang benar untuk layanan trading',
    expect: ['/id/exchange/kraken/classic/#pilih-izin-permissions'],
    value: 'Query Ledger Entries',
  },
  {
    ask: 'Apa yang sebaiknya diisi pada kolom "Key name" saat membuat kunci di Kraken Pro?',
    goal: 'Membuat API key untuk bot trading di Kraken Pro',
    expect: ['/id/exchange/kraken/pro/#beri-nama-kunci-anda'],
    value: 'nama yang jelas membantu Anda mengelolanya',
  },
  {
    ask: 'Apa perbedaan antara Kraken Pro dan Kraken Classic dalam hal pembuatan API key?',
    expect: [
      '/id/exchange/kraken/#kraken-pro',
      '/id/exchange/kraken/#kraken-classic',
      '/id/exchange/kraken/#sebelum-kita-mulai-dengan-api-key',
    ],
    value: 'Kedua panduan membuat kunci yang sama',
  },
  {
    ask: 'Apa arti "/24" pada rentang IP yang harus dimasukkan ke whitelist?',
    expect: [
      '/id/exchange/kraken/pro/#aktifkan-opsi-ip-whitelisting-dan-tambahkan-alamat-ip-yang-di-whitelist',
      '/id/exchange/kraken/classic/#aktifkan-opsi-ip-whitelisting',
    ],
    value: '256 alamat',
  },
  {
    ask: 'Apakah API key sebaiknya diberi tanggal kedaluwarsa (Key Expiration)?',
    goal: 'Membuat API key di Kraken Classic untuk layanan trading',
    expect: [
      '/id/exchange/kraken/classic/#jangan-atur-opsi-lain-dan-klik-generate-key',
      '/id/exchange/kraken/pro/#jangan-atur-opsi-lain-dan-klik-generate-key',
    ],
    value: 'tanpa kedaluwarsa',
  },
  {
    ask: 'Setelah kunci dibuat, nilai mana yang dimasukkan ke kolom "API key" dan mana yang ke "API Secret" di layanan trading?',
    goal: 'Menghubungkan akun Kraken ke layanan trading',
    expect: [
      '/id/exchange/kraken/pro/#hubungkan-kraken-dengan-api-key-yang-telah-dibuat',
      '/id/exchange/kraken/classic/#hubungkan-kraken-dengan-api-key-yang-telah-dibuat',
      '/id/exchange/kraken/troubleshooting/#eapiinvalid-signature',
    ],
    value: 'Private key berarti API Secret',
  },
  {
    ask: 'Mengapa panggilan pertama dari program baru langsung ditolak dengan EAPI:Invalid nonce, padahal nonce window sudah 2000000?',
    goal: 'Memperbaiki bot trading yang tidak bisa terhubung ke Kraken',
    expect: ['/id/exchange/kraken/troubleshooting/#eapiinvalid-nonce'],
    value: 'skala lebih besar',
  },
  {
    ask: 'Jam komputer tempat bot dijalankan ternyata lebih cepat dari waktu sebenarnya. Apakah ini memengaruhi API key Kraken?',
    expect: ['/id/exchange/kraken/troubleshooting/#eapiinvalid-nonce'],
    value: 'perbaiki jam komputer itu',
  },
  {
    ask: 'Di mana saya bisa menemukan penjelasan untuk error yang muncul dari Kraken?',
    expect: [
      '/id/exchange/kraken/#jika-terjadi-masalah',
      '/id/exchange/kraken/troubleshooting/',
      '/id/',
    ],
    value: 'Pemecahan masalah',
  },
  {
    ask: 'Apa saja yang diperiksa oleh pemeriksa kunci?',
    goal: 'Memastikan pengaturan API key Kraken sudah benar sebelum dihubungkan ke layanan trading',
    expect: [
      '/id/exchange/kraken/key-checker/#apa-yang-diperiksa',
      '/id/exchange/kraken/key-checker/',
      '/id/',
    ],
    value: 'tepat tujuh izin',
  },
  {
    ask: 'Apakah pemeriksa kunci mengirimkan private key pengguna ke server?',
    expect: [
      '/id/exchange/kraken/key-checker/#apa-yang-tetap-di-halaman-ini',
      '/id/reference/check-api/#why-a-private-key-is-refused',
    ],
    value: 'Private key tidak pernah dikirim',
  },
  {
    ask: 'Apakah pemeriksa kunci dapat membaca pengaturan kunci langsung dari akun Kraken saya?',
    expect: [
      '/id/exchange/kraken/key-checker/#apa-yang-diperiksa',
      '/id/exchange/kraken/key-checker/#periksa-kunci-di-kraken',
    ],
    value: 'Pemeriksaan ini tidak dapat melihat kunci Anda di Kraken',
  },
  {
    ask: 'Bagaimana cara memeriksa konfigurasi API key lewat Check API dari sebuah skrip?',
    goal: 'Mengotomatiskan pemeriksaan pengaturan API key Kraken dari program',
    expect: [
      '/id/reference/check-api/',
      '/id/reference/check-api/#request',
      '/id/reference/check-api/#examples',
    ],
    value: '/api/kraken/check',
  },
  {
    ask: 'Nama mesin apa yang dipakai untuk izin "Query ledger entries" pada field permissions di Check API?',
    goal: 'Mengotomatiskan pemeriksaan pengaturan API key Kraken dari program',
    expect: ['/id/reference/check-api/#request'],
    value: 'ledger_query',
  },
  {
    ask: 'Apa yang terjadi jika private key ikut dikirim dalam body permintaan ke Check API?',
    expect: [
      '/id/reference/check-api/#why-a-private-key-is-refused',
      '/id/reference/check-api/#errors',
    ],
    value: 'private-key-sent',
  },
  {
    ask: 'Bagaimana agar Check API menjawab dalam Bahasa Indonesia?',
    goal: 'Menampilkan hasil pemeriksaan API key dalam Bahasa Indonesia kepada pengguna',
    expect: ['/id/reference/check-api/#language'],
    value: 'Accept-Language: id',
  },
  {
    ask: 'Format penulisan nilai nonceWindow apa saja yang diterima oleh Check API?',
    expect: ['/id/reference/check-api/#request'],
    value: '2 000 000',
  },
  {
    ask: 'Apa arti status "warn" pada hasil Check API, misalnya untuk nonce window di atas 2000000?',
    expect: ['/id/reference/check-api/#response'],
    value: 'A warning is not a failure',
  },
  {
    ask: 'Bagaimana cara kerja pemeriksaan langsung (live check) ke Kraken, dan apakah panggilannya memerlukan izin tertentu?',
    goal: 'Memverifikasi izin API key langsung di Kraken',
    expect: [
      '/id/reference/check-api/#the-live-check',
      '/id/exchange/kraken/troubleshooting/#semua-panggilan-ditolak-pembatasan-ip',
    ],
    value: 'GetApiKeyInfo',
  },
  {
    ask: 'Apakah tersedia versi Markdown dari panduan ini yang bisa dibaca oleh program?',
    goal: 'Asisten AI membaca panduan Kraken dalam format teks',
    expect: ['/id/#untuk-program'],
    value: '/llms.txt',
  },
  {
    ask: 'Pengguna tidak menemukan kolom "Nonce window" di formulir Kraken Pro. Di mana pengaturannya?',
    goal: 'Membuat API key untuk bot trading di Kraken Pro',
    expect: ['/id/exchange/kraken/pro/#aktifkan-custom-nonce-window'],
    value: 'Custom nonce window',
  },
  {
    ask: 'Mengapa izin Add withdrawal addresses dan Earn tidak boleh diaktifkan di Kraken Pro?',
    expect: [
      '/id/exchange/kraken/pro/#pilih-izin-permissions',
      '/id/exchange/kraken/key-checker/#apa-yang-diperiksa',
    ],
    value: 'alamat milik penyerang',
  },
  {
    ask: 'Check API membalas dengan status 415. Apa penyebabnya?',
    goal: 'Memperbaiki integrasi program dengan Check API',
    expect: ['/id/reference/check-api/#errors'],
    value: 'unsupported-media-type',
  },
];
