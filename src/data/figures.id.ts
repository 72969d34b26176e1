/**
 * The figures' words in Indonesian: alt text and caption for every figure in
 * ./figures.ts, same meaning, Kraken's labels kept exactly as the pictures show
 * them. Typed by FigureId, so a figure without its Indonesian words fails the
 * typecheck. Every caption of a figure that shows an IP range says these are
 * example addresses ("alamat contoh").
 */
import type { FigureId, FigureWords } from './figures';

export const FIGURE_WORDS_ID: Record<FigureId, FigureWords> = {
  // Ikhtisar
  'overview-switch': {
    alt: 'Aplikasi Kraken di www.kraken.com dengan menu profil terbuka di kanan atas. Di bawah "Switch to", entri "Kraken Pro" (1) dan "Kraken Classic" (2) diberi garis oranye.',
    caption: 'Buka menu profil di Kraken dan beralih ke Kraken Pro atau Kraken Classic.',
  },
  'overview-prompt-pro': {
    alt: 'Halaman Settings > API di aplikasi Kraken yang hanya menampilkan pemberitahuan "API keys are managed in Kraken Pro", dengan tombol "Go to Kraken Pro" diberi garis oranye (1).',
    caption: 'Di Kraken biasa, halaman API hanya mengarahkan Anda ke Kraken Pro.',
  },
  // Kraken Pro
  'pro-switch': {
    alt: 'Menu profil aplikasi Kraken di kanan atas, dengan entri "Kraken Pro" (pro.kraken.com) diberi garis oranye (1) di bawah "Switch to".',
    caption: 'Beralih ke Kraken Pro, atau buka pro.kraken.com/app secara langsung.',
  },
  'pro-settings-create': {
    alt: 'Halaman Settings Kraken Pro di pro.kraken.com/app/settings/api: "API" dipilih di menu pengaturan sebelah kiri (1), dan tombol ungu "Create API key" di kanan atas daftar API keys diberi garis oranye (2).',
    caption: 'Di Kraken Pro, buka Settings > API dan klik "Create API key".',
  },
  'pro-name-key': {
    alt: 'Bagian atas formulir "Create API key" Kraken Pro. Kolom "Key name", berisi "Trading bot", diberi garis oranye (1); kotak centang izin di bawahnya masih kosong.',
    caption: 'Beri kunci nama yang akan Anda kenali, misalnya "Trading bot".',
  },
  'pro-ip-restriction': {
    alt: 'Formulir "Create API key" Kraken Pro, digulir ke bagian izin: Query di bawah Funds permissions, keempat kotak Orders and trades, dan Query ledger entries di bawah Data dicentang; Deposit, Withdraw, Earn, Add withdrawal addresses, Update withdrawal addresses dan Export data tidak; "WebSocket interface" aktif. Di bawahnya, sakelar "IP address restriction" aktif dan diberi garis (1), dan kolom kosong "Comma delimited list of IPv4 or IPv6 IP addresses or blocks" di bawahnya diberi garis (2).',
    caption: 'Aktifkan "IP address restriction"; alamat-alamatnya dimasukkan ke kolom di bawahnya.',
  },
  'service-ip-range': {
    alt: 'Halaman "Connect exchange" layanan trading dengan Kraken dipilih. Di kotak "IP range to whitelist" di sebelah kanan, daftar 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32 diberi garis oranye (1), dan tombol Copy di bawahnya (2) diberi catatan "Copy all, paste into one field". Ini adalah alamat contoh; layanan Anda menampilkan alamatnya sendiri.',
    caption:
      'Salin seluruh rentang IP dari halaman penghubungan Kraken di layanan: Kraken Pro menerimanya dalam satu kolom. Alamat yang ditampilkan adalah alamat contoh.',
  },
  'pro-nonce-window': {
    alt: 'Formulir "Create API key" Kraken Pro, digulir ke bawah: kolom IP address restriction berisi rentang contoh yang ditempel, 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32; Key expiration, Query start date dan Query end date nonaktif, dan sakelar "Custom nonce window" (1) aktif dengan 2000000 di kolom di bawahnya (2), keduanya diberi garis oranye.',
    caption:
      'Aktifkan "Custom nonce window" dan masukkan 2000000. Alamat IP yang ditampilkan adalah alamat contoh.',
  },
  'pro-generate': {
    alt: 'Bagian bawah formulir "Create API key" Kraken Pro dengan rentang contoh 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32 di bawah IP address restriction, Key expiration, Query start date dan Query end date dibiarkan nonaktif, Custom nonce window diatur ke 2000000, dan tombol ungu "Generate key" di kiri bawah diberi garis oranye (1).',
    caption:
      'Biarkan opsi lain apa adanya dan klik "Generate key". Alamat IP yang ditampilkan adalah alamat contoh.',
  },
  'service-connect-pro': {
    alt: 'Halaman "Connect exchange" layanan trading dengan Kraken dipilih. Kolom "API key" (1) berisi kunci yang ditampilkan Kraken Pro sebagai "API key", dan kolom "API Secret" (2) berisi kunci yang ditampilkannya sebagai "Private key"; kedua kolom diberi garis oranye dengan label-label itu di sampingnya. Di sebelah kanan, kotak "IP range to whitelist" mencantumkan rentang contoh 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32.',
    caption:
      'Tempel kedua nilai ke "API key" dan "API Secret" lalu klik Connect. Alamat IP yang ditampilkan adalah alamat contoh.',
  },
  'pro-key-created': {
    alt: 'Halaman "API key created" Kraken Pro untuk kunci "Trading bot", dengan peringatan bahwa private key tidak akan ditampilkan lagi. Nilai "API key" (1) diberi catatan "paste into API key" dan nilai "Private key" yang lebih panjang (2) diberi catatan "paste into API Secret".',
    caption: '"Private key" di Kraken Pro adalah yang oleh layanan disebut "API Secret".',
  },
  // Kraken Classic
  'classic-switch': {
    alt: 'Menu profil aplikasi Kraken di kanan atas, dengan entri "Kraken Classic" diberi garis oranye (1) di bawah "Switch to".',
    caption: 'Beralih ke Kraken Classic dari menu profil.',
  },
  'classic-security-api': {
    alt: 'Kraken Classic dengan header ungunya: ikon profil di kanan atas (1) diberi garis dan menunya terbuka dengan "Security" diberi garis (2); di halaman Security di bawahnya, tab "API" (3) diberi garis.',
    caption: 'Klik ikon profil di kanan atas, lalu "Security", lalu "API".',
  },
  'classic-add-key': {
    alt: 'Halaman Security > API Kraken Classic dengan tabel API keys yang kosong dan tombol ungu "Add key" di kanan atas tabel diberi garis oranye (1).',
    caption: 'Klik "Add key".',
  },
  'classic-name-key': {
    alt: 'Formulir "Add API key" Kraken Classic: kolom "Key description" di kiri atas, berisi "Trading bot", diberi garis (1), dan kolom "Nonce Window" di bawahnya, diatur ke 2000000, diberi garis (2). Key Permissions di sebelah kanan masih belum dicentang.',
    caption: 'Beri deskripsi kunci dan atur "Nonce Window" ke 2000000.',
  },
  'classic-permissions': {
    alt: 'Kotak "Key Permissions" Kraken Classic di sebelah kanan formulir, diberi garis oranye (1). Dicentang: Query Funds, Query Open Orders & Trades, Query Closed Orders & Trades, Modify Orders, Cancel/Close Orders, Query Ledger Entries dan Access WebSockets API. Tidak dicentang: Deposit Funds, Withdraw Funds dan Export Data.',
    caption:
      'Centang tepat tujuh izin ini; biarkan Deposit Funds, Withdraw Funds dan Export Data tidak dicentang.',
  },
  'classic-ip-whitelisting': {
    alt: 'Bagian bawah formulir "Add API key" Kraken Classic: sakelar "IP whitelisting" aktif dan diberi garis (1), dan tombol "Add an IP address or range" di bawahnya diberi garis (2).',
    caption: 'Aktifkan "IP whitelisting" dan klik "Add an IP address or range".',
  },
  'service-ip-range-classic': {
    alt: 'Halaman "Connect exchange" layanan trading dengan Kraken dipilih. Di kotak "IP range to whitelist" di sebelah kanan, masing-masing dari keempat entri diberi garis sendiri dan nomor, dengan catatan di sampingnya: 192.0.2.0/24 (1, "row 1"), 198.51.100.0/24 (2, "row 2"), 203.0.113.0/24 (3, "row 3") dan 2001:db8::/32 (4, "row 4"). Ini adalah alamat contoh; layanan Anda menampilkan alamatnya sendiri.',
    caption:
      'Salin entri-entri rentang IP layanan satu per satu: di Kraken Classic, setiap entri dimasukkan di barisnya sendiri. Alamat yang ditampilkan adalah alamat contoh.',
  },
  'classic-generate': {
    alt: 'Bagian bawah formulir "Add API key" Kraken Classic: IP whitelisting aktif dengan keempat entri contoh 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 dan 2001:db8::/32 tercantum satu per baris, dan tombol ungu "Generate Key" di kiri bawah diberi garis oranye (1).',
    caption:
      'Biarkan opsi lain apa adanya dan klik "Generate Key". Alamat IP yang ditampilkan adalah alamat contoh.',
  },
  'service-connect-classic': {
    alt: 'Halaman "Connect exchange" layanan trading dengan Kraken dipilih. Kolom "API key" (1) berisi "API Key" dari Kraken Classic, dan kolom "API Secret" (2) berisi "Private Key"-nya; kedua kolom diberi garis oranye dengan label-label itu di sampingnya. Di sebelah kanan, kotak "IP range to whitelist" mencantumkan rentang contoh 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32.',
    caption:
      'Tempel kedua nilai ke "API key" dan "API Secret" lalu klik Connect. Alamat IP yang ditampilkan adalah alamat contoh.',
  },
  'classic-key-created': {
    alt: 'Halaman Kraken Classic untuk kunci baru "Trading bot" (Nonce Window 2000000), dengan pemberitahuan untuk menyimpan Private Key sekarang. Nilai "API Key" (1) diberi catatan "paste into API key" dan nilai "Private Key" yang lebih panjang (2) diberi catatan "paste into API Secret".',
    caption: '"Private Key" di Kraken Classic adalah yang oleh layanan disebut "API Secret".',
  },
};
