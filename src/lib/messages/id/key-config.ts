/**
 * The words, in Bahasa Indonesia, of the key settings only Kraken reports (expiry,
 * query dates): the live check's, kept apart so the islands do not ship them.
 */
import type { KeyConfigCatalogue } from '../types';
import { tanggal } from './format';

const EXPIRY = 'Masa berlaku key';
const QUERY = 'Tanggal mulai dan akhir query';

export const ID_KEY_CONFIG = {
  'expiry.pass': () => ({
    title: EXPIRY,
    detail: 'Key tidak memiliki tanggal kedaluwarsa.',
    fix: null,
  }),
  'expiry.fail': ({ date }) => ({
    title: EXPIRY,
    detail: `Key sudah kedaluwarsa pada ${tanggal(date)}: Kraken menolak setiap panggilan yang memakainya.`,
    fix: 'Buat key baru tanpa “Key expiration”, lalu hubungkan ke layanan.',
  }),
  'expiry.warn': ({ date }) => ({
    title: EXPIRY,
    detail: `Key akan kedaluwarsa pada ${tanggal(date)}. Sejak saat itu panggilan layanan ditolak dan layanan berhenti trading.`,
    fix: 'Buat key baru tanpa “Key expiration” (panduan membiarkannya nonaktif), atau ganti key ini sebelum tanggal tersebut.',
  }),
  'query-window.pass': () => ({
    title: QUERY,
    detail: 'Tidak ada tanggal mulai atau akhir query yang disetel.',
    fix: null,
  }),
  'query-window.fail': ({ from, to }) => {
    const set = [
      from === null ? null : `tanggal mulai query (${tanggal(from)})`,
      to === null ? null : `tanggal akhir query (${tanggal(to)})`,
    ].filter((part) => part !== null);
    return {
      title: QUERY,
      detail: `Key memiliki ${set.join(' dan ')}. Layanan membaca riwayat order dan ledger Anda, dan dengan tanggal seperti itu panggilan tersebut gagal dengan EGeneral:Invalid arguments.`,
      fix: 'Buat key baru tanpa tanggal mulai atau akhir query (panduan membiarkannya kosong), lalu hubungkan ke layanan.',
    };
  },
} as const satisfies KeyConfigCatalogue;
