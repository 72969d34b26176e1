/**
 * A second probe set in Indonesian, written fresh from the Indonesian pages by a writer who saw
 * no question set and no engine code: chat Indonesian (gmn, yg, udh, pake), Kraken's labels in
 * English as the pages keep them, some English mixed in. On arrival the engine answered it at
 * 64 % first source, 74 % top-3, 43 % value in the answer. Tuned on since: development
 * material now, not a measure.
 */
import type { Question } from './questions';

export const PROBES_ID_2: Question[] = [
  {
    ask: 'nonce windw classic brp',
    expect: [
      '/id/exchange/kraken/classic/#beri-nama-kunci-anda',
      '/id/exchange/kraken/classic/#pilih-izin-permissions',
      '/id/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/id/#yang-dibutuhkan-kunci',
      '/id/exchange/kraken/#sebelum-kita-mulai-dengan-api-key',
    ],
    value: '2000000',
  },
  {
    ask: 'izin api kraken pro apa aja yg hrs dicentang',
    expect: [
      '/id/exchange/kraken/pro/#pilih-izin-permissions',
      '/id/#yang-dibutuhkan-kunci',
      '/id/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
    ],
    value: 'Create & modify orders',
  },
  {
    ask: 'private key masuk kolom mana',
    expect: [
      '/id/exchange/kraken/pro/#hubungkan-kraken-dengan-api-key-yang-telah-dibuat',
      '/id/exchange/kraken/classic/#hubungkan-kraken-dengan-api-key-yang-telah-dibuat',
      '/id/exchange/kraken/troubleshooting/#eapiinvalid-signature',
    ],
    value: 'API Secret',
  },
  {
    ask: 'ip whitelist classic per baris ato pake koma?',
    expect: ['/id/exchange/kraken/classic/#aktifkan-opsi-ip-whitelisting'],
    value: 'satu alamat atau rentang per baris',
  },
  {
    ask: 'dmn bikin api key di kraken pro',
    expect: [
      '/id/exchange/kraken/pro/#buka-halaman-settings-dan-klik-create-api-key',
      '/id/exchange/kraken/#kraken-pro',
    ],
    value: 'Settings',
  },
  {
    ask: 'query start date diisi gk',
    expect: [
      '/id/exchange/kraken/pro/#jangan-atur-opsi-lain-dan-klik-generate-key',
      '/id/exchange/kraken/classic/#jangan-atur-opsi-lain-dan-klik-generate-key',
      '/id/exchange/kraken/troubleshooting/#egeneralinvalid-arguments',
    ],
    value: 'EGeneral:Invalid arguments',
  },
  {
    ask: 'cidr /24 tu brp ip',
    expect: [
      '/id/exchange/kraken/pro/#aktifkan-opsi-ip-whitelisting-dan-tambahkan-alamat-ip-yang-di-whitelist',
      '/id/exchange/kraken/classic/#aktifkan-opsi-ip-whitelisting',
    ],
    value: '256 alamat',
  },
  {
    ask: 'rate limit kraken akun starter brp poin',
    expect: ['/id/exchange/kraken/troubleshooting/#batas-panggilan-rate-limit'],
    value: '15 poin',
  },
  {
    ask: 'link kraken pro apa ya',
    expect: ['/id/exchange/kraken/pro/#beralih-ke-kraken-pro', '/id/exchange/kraken/#kraken-pro'],
    value: 'pro.kraken.com',
  },
  {
    ask: 'tombol add key classic ga ketemu',
    expect: ['/id/exchange/kraken/classic/#klik-add-key'],
    value: 'Add key',
  },
  {
    ask: 'key name diisi apa? bebas?',
    expect: [
      '/id/exchange/kraken/pro/#beri-nama-kunci-anda',
      '/id/exchange/kraken/classic/#beri-nama-kunci-anda',
    ],
    value: 'Trading bot',
  },
  {
    ask: 'Boleh gak satu API key dipake buat 2 bot sekaligus?',
    expect: [
      '/id/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/id/exchange/kraken/troubleshooting/#batas-panggilan-rate-limit',
    ],
    value: 'jangan dipakai bersama',
  },
  {
    ask: 'di kraken pro key expiration perlu dinyalain gak?',
    expect: ['/id/exchange/kraken/pro/#jangan-atur-opsi-lain-dan-klik-generate-key'],
    value: 'nonaktif',
  },
  {
    ask: 'nonce window aku isi 5000000 aja boleh ga? biar lebih aman',
    expect: [
      '/id/exchange/kraken/key-checker/#apa-yang-diperiksa',
      '/id/reference/check-api/#response',
    ],
    value: 'Nilai yang lebih besar juga berfungsi tetapi mendapat peringatan',
  },
  {
    ask: 'aman gak masukin private key ke pemeriksa kunci? dikirim ke server kalian ga?',
    expect: [
      '/id/exchange/kraken/key-checker/#apa-yang-tetap-di-halaman-ini',
      '/id/reference/check-api/#the-live-check',
      '/id/reference/check-api/#why-a-private-key-is-refused',
    ],
    value: 'tidak pernah private key',
  },
  {
    ask: 'di classic withdraw funds perlu dicentang gak biar profit bisa ditarik?',
    expect: ['/id/exchange/kraken/classic/#pilih-izin-permissions', '/id/#yang-dibutuhkan-kunci'],
    value: 'tidak dicentang',
  },
  {
    ask: 'bisa pake api key kraken futures buat bot spot?',
    expect: ['/id/exchange/kraken/troubleshooting/#eapiinvalid-key'],
    value: 'tidak berfungsi untuk spot',
  },
  {
    ask: 'apa harus pindah ke kraken pro buat bikin api key? aku msh pake classic',
    expect: [
      '/id/exchange/kraken/#sebelum-kita-mulai-dengan-api-key',
      '/id/exchange/kraken/#kraken-classic',
      '/id/exchange/kraken/classic/#',
    ],
    value: 'tidak berubah',
  },
  {
    ask: 'kalo ip restriction dikosongin masih jalan ga keynya?',
    expect: [
      '/id/exchange/kraken/key-checker/#apa-yang-diperiksa',
      '/id/reference/check-api/#response',
    ],
    value: 'kunci tetap berfungsi tetapi mendapat peringatan',
  },
  {
    ask: 'private key ga kesimpen, harus bikin key baru ya?',
    expect: [
      '/id/exchange/kraken/troubleshooting/#eapiinvalid-signature',
      '/id/exchange/kraken/pro/#hubungkan-kraken-dengan-api-key-yang-telah-dibuat',
    ],
    value: 'Kraken hanya menampilkan private key satu kali',
  },
  {
    ask: 'do I need websocket interface juga atau cukup yg orders aja?',
    expect: [
      '/id/exchange/kraken/pro/#pilih-izin-permissions',
      '/id/#yang-dibutuhkan-kunci',
      '/id/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
    ],
    value: 'WebSocket interface',
  },
  {
    ask: 'habis login menu API nya dmn ya di classic?',
    goal: 'Membuat API key untuk bot trading di Kraken Classic',
    expect: [
      '/id/exchange/kraken/classic/#buka-halaman-api',
      '/id/exchange/kraken/#kraken-classic',
    ],
    value: 'Security',
  },
  {
    ask: 'udh di settings, tombol buat key baru dmn?',
    goal: 'Membuat API key di Kraken Pro untuk layanan trading',
    expect: ['/id/exchange/kraken/pro/#buka-halaman-settings-dan-klik-create-api-key'],
    value: 'Create API key',
  },
  {
    ask: 'rentang ip dari layanan ditempel satu2 atau sekaligus di pro?',
    goal: 'Mengisi IP address restriction di Kraken Pro',
    expect: [
      '/id/exchange/kraken/pro/#aktifkan-opsi-ip-whitelisting-dan-tambahkan-alamat-ip-yang-di-whitelist',
    ],
    value: 'dipisahkan koma',
  },
  {
    ask: 'daftar ip yg harus di whitelist ada dimana sih? di panduan kok gak ada',
    goal: 'Mencari rentang IP layanan trading untuk whitelist',
    expect: [
      '/id/exchange/kraken/pro/#aktifkan-opsi-ip-whitelisting-dan-tambahkan-alamat-ip-yang-di-whitelist',
      '/id/exchange/kraken/classic/#aktifkan-opsi-ip-whitelisting',
    ],
    value: 'agar tidak pernah kedaluwarsa',
  },
  {
    ask: 'pemeriksa kunci ngecek apa aja sih?',
    goal: 'Memeriksa key sebelum dihubungkan ke bot',
    expect: [
      '/id/exchange/kraken/key-checker/#apa-yang-diperiksa',
      '/id/exchange/kraken/key-checker/#',
      '/id/#',
    ],
  },
  {
    ask: 'endpoint buat cek key lewat api apa? method nya apa',
    goal: 'Menulis script yang mengecek konfigurasi key lewat API situs ini',
    expect: [
      '/id/reference/check-api/#',
      '/id/reference/check-api/#request',
      '/id/reference/check-api/#examples',
    ],
    value: 'POST /api/kraken/check',
  },
  {
    ask: 'gmn biar hasil check api nya keluar bahasa indonesia?',
    goal: 'Memanggil check API dari bot berbahasa Indonesia',
    expect: ['/id/reference/check-api/#language'],
    value: 'Accept-Language: id',
  },
  {
    ask: 'gmn cara pindah ke kraken classic dari app kraken yg baru?',
    goal: 'Membuat key di Kraken Classic',
    expect: [
      '/id/exchange/kraken/classic/#beralih-ke-kraken-classic',
      '/id/exchange/kraken/#sebelum-kita-mulai-dengan-api-key',
    ],
    value: 'Switch to',
  },
  {
    ask: 'User saya mau connect Kraken tapi bingung pakai Pro atau Classic, apa bedanya?',
    goal: 'Asisten AI membantu trader memilih panduan yang tepat',
    expect: [
      '/id/exchange/kraken/#kraken-pro',
      '/id/exchange/kraken/#kraken-classic',
      '/id/exchange/kraken/#sebelum-kita-mulai-dengan-api-key',
    ],
    value: 'pro.kraken.com',
  },
  {
    ask: '{"error":["EAPI:Invalid nonce"],"result":{}}',
    expect: [
      '/id/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/id/exchange/kraken/pro/#aktifkan-custom-nonce-window',
      '/id/exchange/kraken/classic/#beri-nama-kunci-anda',
    ],
    value: '2000000',
  },
  {
    ask: 'bot error: EAPI:Invalid key. padahal key nya baru bikin',
    expect: ['/id/exchange/kraken/troubleshooting/#eapiinvalid-key'],
    value: 'tanpa spasi',
  },
  {
    ask: '[ERROR] kraken private/Balance -> EAPI:Invalid signature',
    expect: ['/id/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: '88 karakter',
  },
  {
    ask: 'Not enough permission for API keys ini kenapa ya',
    expect: [
      '/id/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
      '/id/exchange/kraken/pro/#pilih-izin-permissions',
      '/id/exchange/kraken/classic/#pilih-izin-permissions',
    ],
    value: 'tujuh izin',
  },
  {
    ask: 'EGeneral:Permission denied di semua call, balance juga',
    expect: [
      '/id/exchange/kraken/troubleshooting/#semua-panggilan-ditolak-pembatasan-ip',
      '/id/exchange/kraken/troubleshooting/#egeneralpermission-denied',
    ],
    value: 'GetApiKeyInfo',
  },
  {
    ask: '{"error":["EGeneral:Temporary lockout"]} brp lama nunggunya',
    expect: [
      '/id/exchange/kraken/troubleshooting/#egeneraltemporary-lockout',
      '/id/reference/check-api/#the-live-check',
    ],
    value: '15 menit',
  },
  {
    ask: 'EService:Throttled: 1733500000 maksudnya apa',
    expect: [
      '/id/exchange/kraken/troubleshooting/#batas-panggilan-rate-limit',
      '/id/reference/check-api/#the-live-check',
    ],
    value: 'penghitung panggilan',
  },
  {
    ask: 'EAccount:Invalid permissions pas mau beli koin',
    expect: ['/id/exchange/kraken/troubleshooting/#pesan-lain'],
    value: 'wilayahnya',
  },
  {
    ask: 'EService:Unavailable trs dari tadi',
    expect: [
      '/id/exchange/kraken/troubleshooting/#kraken-tidak-menjawab',
      '/id/reference/check-api/#the-live-check',
    ],
    value: 'coba lagi nanti',
  },
  {
    ask: 'EGeneral:Invalid arguments:start',
    expect: [
      '/id/exchange/kraken/troubleshooting/#egeneralinvalid-arguments',
      '/id/exchange/kraken/pro/#jangan-atur-opsi-lain-dan-klik-generate-key',
      '/id/exchange/kraken/classic/#jangan-atur-opsi-lain-dan-klik-generate-key',
    ],
    value: 'query start date',
  },
  {
    ask: '{"error":{"status":415,"code":"unsupported-media-type"}} padahal body nya json',
    expect: ['/id/reference/check-api/#errors', '/id/reference/check-api/#request'],
    value: 'application/json',
  },
  {
    ask: 'bot ditolak dari request pertama, nonce udh 2jt. key ini sblmnya dipake bot lain',
    expect: ['/id/exchange/kraken/troubleshooting/#eapiinvalid-nonce'],
    value: 'hanya itu cara mereset nonce-nya',
  },
  {
    ask: 'saldo kebaca tp riwayat order ga pernah muncul di layanan',
    expect: [
      '/id/exchange/kraken/troubleshooting/#egeneralinvalid-arguments',
      '/id/exchange/kraken/pro/#jangan-atur-opsi-lain-dan-klik-generate-key',
      '/id/exchange/kraken/classic/#jangan-atur-opsi-lain-dan-klik-generate-key',
    ],
    value: 'query start date',
  },
  {
    ask: 'cek di kraken bilang panggilan dari luar allowlist, padahal ip nya udh bener. kok gitu',
    expect: [
      '/id/exchange/kraken/key-checker/#periksa-kunci-di-kraken',
      '/id/exchange/kraken/pro/#hubungkan-kraken-dengan-api-key-yang-telah-dibuat',
      '/id/exchange/kraken/classic/#hubungkan-kraken-dengan-api-key-yang-telah-dibuat',
      '/id/exchange/kraken/troubleshooting/#semua-panggilan-ditolak-pembatasan-ip',
    ],
    value: 'server situs ini',
  },
  {
    ask: 'jam vps saya kecepetan kemarin, skrg bot yg jamnya bener malah ditolak terus',
    expect: ['/id/exchange/kraken/troubleshooting/#eapiinvalid-nonce'],
    value: 'perbaiki jam komputer itu',
  },
  {
    ask: 'udh copy paste dua2nya tapi connect gagal terus, jangan2 ketuker?',
    expect: [
      '/id/exchange/kraken/troubleshooting/#eapiinvalid-signature',
      '/id/exchange/kraken/key-checker/#apa-yang-diperiksa',
    ],
    value: 'tertukar',
  },
  {
    ask: 'cek di kraken cuma boleh brp kali? tadi aku pencet berkali2',
    expect: ['/id/exchange/kraken/troubleshooting/#batas-panggilan-rate-limit'],
    value: '30 detik',
  },
  {
    ask: 'kalo js mati pemeriksa kunci ngirim apa ke server?',
    expect: ['/id/exchange/kraken/key-checker/#apa-yang-tetap-di-halaman-ini'],
    value: 'mengirim izin, nonce window, alamat IP, dan API key',
  },
  {
    ask: 'nama field izin create & modify orders di check api apa',
    expect: ['/id/reference/check-api/#request'],
    value: 'trades_modify',
  },
  {
    ask: 'kirim apiSecret ke check api dapet 400 private-key-sent, knp?',
    expect: [
      '/id/reference/check-api/#why-a-private-key-is-refused',
      '/id/reference/check-api/#errors',
    ],
    value: 'private-key-sent',
  },
];
