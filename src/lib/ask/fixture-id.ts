/**
 * The Indonesian half of the test docs site: a few sections written like the Indonesian
 * guides (Kraken's labels in English inside Indonesian sentences), and both languages'
 * indexes written and read as the build and the server do.
 */
import { stepUrl, troubleUrl } from '../guide/links';
import { section, SECTIONS, SITE, TWINS } from './fixture';
import {
  buildIndexData,
  INDEX_VERSION,
  loadIndexFile,
  type AskIndexes,
  type IndexFile,
  type TwinEntry,
} from './search-index';

export const TWINS_ID: TwinEntry[] = [
  {
    twin: '/id/exchange/kraken/pro.md',
    path: '/id/exchange/kraken/pro/',
    title: 'Kraken Pro',
    description: 'Buat API key Kraken Pro.',
  },
  {
    twin: '/id/exchange/kraken/troubleshooting.md',
    path: '/id/exchange/kraken/troubleshooting/',
    title: 'Pemecahan masalah',
    description: 'Arti setiap error Kraken.',
  },
];

const anchor = (url: string) => url.split('#')[1]!;
const PRO = '/id/exchange/kraken/pro/';
const TROUBLE = '/id/exchange/kraken/troubleshooting/';

export const SECTIONS_ID = [
  section(
    PRO,
    'Kraken Pro',
    'Pilih izin (permissions)',
    anchor(stepUrl('pro', 'permissions', 'id')),
    'Anda harus mengaktifkan tepat izin-izin berikut: **Query** (Funds permissions), **Query open orders & trades**, **Query closed orders & trades**, **Create & modify orders**, **Cancel & close orders**, **Query ledger entries**. Aktifkan **WebSocket interface.**\n\nTidak ada yang lain: biarkan **Deposit**, **Withdraw**, **Earn** dan **Export data** nonaktif. Kunci dengan **Withdraw** dapat memindahkan dana Anda jika suatu saat bocor.',
  ),
  section(
    PRO,
    'Kraken Pro',
    'Aktifkan opsi IP Whitelisting dan tambahkan alamat IP yang di-whitelist',
    anchor(stepUrl('pro', 'ip', 'id')),
    'Aktifkan opsi **IP address restriction**. Salin rentang IP layanan ke kolom "Comma delimited list of IPv4 or IPv6 IP addresses or blocks", dengan entri-entrinya dipisahkan koma.',
  ),
  section(
    PRO,
    'Kraken Pro',
    'Aktifkan Custom nonce window',
    anchor(stepUrl('pro', 'nonce', 'id')),
    'Masukkan `2000000` (2 juta). Nonce window menyatakan seberapa jauh panggilan boleh tiba tidak berurutan dan tetap diterima.',
  ),
  section(
    PRO,
    'Kraken Pro',
    'Jangan atur opsi lain dan klik Generate key',
    anchor(stepUrl('pro', 'generate', 'id')),
    'Biarkan **Key expiration**, **Query start date** dan **Query end date** nonaktif. Dengan query start date atau query end date, kueri layanan atas riwayat order dan trade Anda gagal dengan `EGeneral:Invalid arguments`.',
  ),
  section(
    PRO,
    'Kraken Pro',
    'Hubungkan Kraken dengan API key yang telah dibuat',
    anchor(stepUrl('pro', 'connect', 'id')),
    '> **Private key berarti API Secret**\n>\n> **Private key** pada gambar mengacu pada kolom **API Secret** di halaman penghubungan exchange.',
  ),
  section(
    TROUBLE,
    'Pemecahan masalah',
    '`EGeneral:Temporary lockout`',
    anchor(troubleUrl('temporary-lockout', 'id')),
    '**Penyebab:** terlalu banyak panggilan gagal berturut-turut.\n\n**Perbaikan:** hentikan setiap program yang memakai kunci tersebut agar penguncian tidak berulang, dan tunggu sekitar 15 menit sebelum mencoba lagi.',
  ),
];

/** Both languages' indexes, through JSON, as the build writes them and the server reads them. */
export async function fixtureIndexes(): Promise<AskIndexes> {
  const file: IndexFile = {
    version: INDEX_VERSION,
    indexes: {
      en: await buildIndexData(SITE, TWINS, SECTIONS, 'en'),
      id: await buildIndexData(SITE, TWINS_ID, SECTIONS_ID, 'id'),
    },
  };
  return loadIndexFile(JSON.parse(JSON.stringify(file)) as IndexFile);
}
