/** The guide pages' server-rendered helpers in Bahasa Indonesia. */
import type { PageCatalogue } from '../types';

export const ID_PAGE = {
  copy: {
    button: 'Salin',
    copied: 'Tersalin',
    copiedStatus: 'Sudah disalin ke clipboard.',
    failedStatus: 'Tidak dapat menyalin: pilih nilainya dan salin secara manual.',
    label: (what) => `Salin ${what}`,
  },
  range: {
    intro: (name) => `Rentang IP ${name}:`,
    wholeLabel: 'seluruh rentang IP',
    oneByOne: 'Entri yang sama satu per satu, satu untuk setiap baris:',
    entryLabel: (n, of, entry) => `entri ${n} dari ${of}, ${entry}`,
    whereTitle: 'Di mana menemukan rentang IP',
    where: (name) =>
      `Rentang IP ditampilkan di halaman koneksi Kraken milik ${name}. Salin dari sana persis seperti yang ditampilkan; panduan ini tidak mencantumkannya, agar tidak pernah kedaluwarsa.`,
    classicRows: ' Di Kraken Classic, tambahkan setiap alamat atau rentang di barisnya sendiri.',
    open: 'Buka halaman koneksi',
  },
} as const satisfies PageCatalogue;
