/**
 * The offline rules' words in Bahasa Indonesia, in the friendly "Anda"
 * register. Kraken's labels, error strings, 2000000 and the service's message
 * stay exactly as in English (from the profile and words.ts).
 */
import type { GuideForm } from '../../guide/links';
import type { PermissionName } from '../../profile/kraken';
import { EDITIONS } from '../../profile/kraken';
import type {
  BroadEntry,
  EntryProblem,
  ListProblems,
  NonceProblem,
  NotBase64,
  RuleCatalogue,
  Source,
} from '../types';
import {
  SERVICE_PERMISSION_MESSAGE,
  extraOnForm,
  isToggle,
  kraken,
  krakenGroup,
  krakenTitle,
  q,
} from '../words';
import { capitalised } from '../../util/text';
import { angka, daftar } from './format';

const label = (name: PermissionName, form: GuideForm): string =>
  kraken(name, form) ?? `${kraken(name, 'pro') ?? name} (hanya Kraken Pro)`;
const title = (name: PermissionName, form: GuideForm): string =>
  krakenTitle(name, form) ?? label(name, form);

/** "“Query Funds” di bawah “Funds”", or the switch's label alone. */
function where(name: PermissionName, form: GuideForm): string {
  const group = krakenGroup(name, form);
  if (group === null || isToggle(name, form)) return q(label(name, form));
  return `${q(label(name, form))} di bawah ${q(group)}`;
}

const PURPOSE: Partial<Record<PermissionName, string>> = {
  funds_query: 'membaca saldo Anda',
  trades_query_open: 'memantau order yang masih terbuka',
  trades_query_closed: 'melihat order yang sudah terisi dan yang dibatalkan',
  trades_modify: 'memasang order',
  trades_close: 'membatalkan order',
  ledger_query: 'membaca ledger Anda (trade, biaya, transfer)',
  websocket: 'menerima pembaruan langsung melalui WebSocket API',
};

const DANGER: Partial<Record<PermissionName, { on: string; off: string }>> = {
  funds_withdraw: {
    on: 'siapa pun yang mendapatkan key ini dapat menarik (withdraw) dana Anda',
    off: 'key yang bocor tidak dapat memindahkan dana keluar',
  },
  add_withdraw_address: {
    on: 'siapa pun yang mendapatkan key ini dapat menambahkan alamatnya sendiri ke daftar alamat penarikan akun, satu-satunya langkah yang masih dibutuhkan untuk penarikan ke alamat itu (Kraken hanya melakukan penarikan ke alamat yang ada di daftar tersebut)',
    off: 'key yang bocor tidak dapat menambahkan alamat tujuan penarikan',
  },
  update_withdraw_address: {
    on: 'siapa pun yang mendapatkan key ini dapat mengganti salah satu alamat di daftar penarikan akun dengan alamatnya sendiri, satu-satunya langkah yang masih dibutuhkan untuk penarikan ke alamat itu (Kraken hanya melakukan penarikan ke alamat yang ada di daftar tersebut)',
    off: 'key yang bocor tidak dapat mengubah alamat tujuan penarikan',
  },
};
const ANY_DANGER = {
  on: 'siapa pun yang mendapatkan key ini dapat menggunakannya',
  off: 'key yang bocor tidak dapat menggunakannya',
};

const said = (source: Source): string => (source === 'kraken' ? 'Kraken melaporkan bahwa ' : '');
const field = (form: GuideForm, which: 'ipField' | 'nonceField'): string => EDITIONS[form][which];
const ipName = (family: 'ipv4' | 'ipv6') => (family === 'ipv4' ? 'IPv4' : 'IPv6');

function entryProblem(p: EntryProblem): string {
  switch (p.kind) {
    case 'zone':
      return 'indeks zona (%…) tidak dapat dipakai di whitelist';
    case 'not-an-address':
      return 'bukan alamat IPv4 atau IPv6';
    case 'not-four-decimals':
      return 'bukan empat angka desimal (a.b.c.d)';
    case 'too-long':
      return 'terlalu panjang untuk sebuah alamat';
    case 'not-cidr':
      return 'bukan alamat atau blok CIDR';
    case 'range':
      return 'sebuah rentang: tuliskan sebagai blok CIDR (mis. 192.0.2.0/24)';
    case 'no-prefix':
      return 'tidak ada panjang prefix yang valid setelah “/”';
    case 'prefix-too-long':
      return `prefix /${p.prefix} lebih panjang dari ${p.family === 'ipv4' ? 32 : 128} bit alamat ${ipName(p.family)}`;
  }
}

function listProblems(list: ListProblems, name: string): string[] {
  const out: string[] = [];
  if (list.errors.length > 0) {
    const byReason = new Map<string, string[]>();
    for (const { entry, problem } of list.errors) {
      const reason = entryProblem(problem);
      byReason.set(reason, [...(byReason.get(reason) ?? []), q(entry)]);
    }
    const text = [...byReason].map(([r, entries]) => `${daftar(entries, 5)}: ${r}`).join('; ');
    out.push(`Tidak valid di ${name}: ${text}.`);
  }
  if (list.truncated) {
    const max = angka(list.max);
    out.push(
      `${capitalised(name)} berisi lebih dari ${max} entri; hanya ${max} entri pertama yang dibaca.`,
    );
  }
  return out;
}

function describeBroad(b: BroadEntry): string {
  const hostBits = (b.family === 'ipv4' ? 32 : 128) - b.prefix;
  const count =
    b.prefix === 0
      ? `semua alamat ${ipName(b.family)}`
      : b.family === 'ipv4'
        ? `${angka(1n << BigInt(hostBits))} alamat`
        : `2^${hostBits} alamat`;
  return `“${b.block}” mengizinkan ${count}`;
}

const NONCE_PROBLEM: Record<NonceProblem, (typed: string) => string> = {
  ambiguous: (t) => `${t} ambigu: “,” atau “.” di dalamnya bisa memisahkan ribuan atau desimal.`,
  'not-a-number': (t) => `${t} bukan angka.`,
  negative: (t) => `${t} negatif; nonce window bernilai 0 atau lebih.`,
  fraction: (t) => `${t} bukan bilangan bulat.`,
  'too-large': (t) => `${t} terlalu besar untuk nonce window.`,
};

const readAs = (from: string | null) => (from === null ? '' : ` (dibaca dari ${q(from)})`);
const setIt = (form: GuideForm) =>
  `Setel ${field(form, 'nonceField')} pada key ke 2000000 (2 juta)`;

function notBase64(p: NotBase64): string {
  switch (p.kind) {
    case 'foreign':
      return `berisi ${angka(p.count)} karakter yang bukan base64: ${daftar([...p.chars, ...(p.more ? ['lainnya'] : [])])}`;
    case 'padding':
      return 'berisi “=” di tempat yang tidak mungkin dalam base64 (paling banyak dua, di bagian paling akhir)';
    case 'length':
      return 'memiliki panjang yang tidak mungkin untuk teks base64';
  }
}

const RECOPY =
  'Salin lagi dari Kraken: pilih seluruh nilainya, atau gunakan tombol salin di sebelahnya.';
const SWAP_FIX =
  'Masukkan “API key” dari Kraken ke kolom API key dan “Private key” dari Kraken ke kolom yang oleh layanan disebut “API Secret”.';
const EXTRA_TITLE = 'Izin yang tidak dibutuhkan layanan';
const EXTRA_WHY =
  'Layanan tidak menggunakannya, dan sebuah key sebaiknya hanya mengizinkan apa yang dibutuhkan.';
const NOT_GIVEN = 'Belum diperiksa: tidak ada izin yang diberikan.';
const TICK_AS_ON_KRAKEN = 'Centang izin persis seperti yang dicentang di Kraken.';
const IP = 'Pembatasan alamat IP';
const NONCE = 'Nonce window';
const API = 'Format API key';
const PRIVATE = 'Format private key';
const SWAPPED = 'Key di kolom yang benar';
const swapped = (detail: string) => ({ title: SWAPPED, detail, fix: SWAP_FIX });

export const ID_RULES = {
  'permission.required.pass': ({ name, form, source }) => ({
    title: title(name, form),
    detail: `${said(source)}${q(label(name, form))} aktif.`,
    fix: null,
  }),
  'permission.required.fail': ({ name, form, source }) => ({
    title: title(name, form),
    detail: `${said(source)}${q(label(name, form))} nonaktif. Layanan membutuhkannya untuk ${PURPOSE[name] ?? 'bekerja'}; tanpanya, layanan melaporkan “${SERVICE_PERMISSION_MESSAGE}”.`,
    fix: `${isToggle(name, form) ? 'Aktifkan' : 'Centang'} ${where(name, form)} (ubah key di Kraken, atau buat key baru).`,
  }),
  'permission.forbidden.pass': ({ name, form, source }) => ({
    title: title(name, form),
    detail: `${said(source)}${q(label(name, form))} nonaktif, sehingga ${(DANGER[name] ?? ANY_DANGER).off}.`,
    fix: null,
  }),
  'permission.forbidden.fail': ({ name, form, source }) => ({
    title: title(name, form),
    detail: `${said(source)}${q(label(name, form))} aktif: ${(DANGER[name] ?? ANY_DANGER).on}. Layanan tidak pernah membutuhkannya.`,
    fix: `Hapus centang ${where(name, form)} (ubah key di Kraken, atau buat key baru tanpa izin ini).`,
  }),
  'permission.extra-one.pass': ({ name, form, source }) => ({
    title: title(name, form),
    detail: `${said(source)}${q(label(name, form))} nonaktif.`,
    fix: null,
  }),
  'permission.extra-one.warn': ({ name, form, source }) => ({
    title: title(name, form),
    detail: `${said(source)}${q(label(name, form))} aktif. ${EXTRA_WHY}`,
    fix: `Hapus centang ${where(name, form)}.`,
  }),
  'permission.skip': ({ name, form }) => ({
    title: title(name, form),
    detail: NOT_GIVEN,
    fix: TICK_AS_ON_KRAKEN,
  }),
  'permission.extra.pass': ({ form }) => ({
    title: EXTRA_TITLE,
    detail: `${daftar(extraOnForm(form).map((n) => q(label(n, form))))} nonaktif.`,
    fix: null,
  }),
  'permission.extra.warn': ({ form, on }) => {
    const names = daftar(on.map((n) => q(label(n, form))));
    return {
      title: EXTRA_TITLE,
      detail: `${names} aktif. ${EXTRA_WHY}`,
      fix: `Hapus centang ${names}.`,
    };
  },
  'permission.extra.skip': () => ({
    title: EXTRA_TITLE,
    detail: NOT_GIVEN,
    fix: TICK_AS_ON_KRAKEN,
  }),
  'ip.skip': () => ({
    title: IP,
    detail: 'Belum diperiksa: rentang IP layanan kosong.',
    fix: 'Salin rentang IP dari halaman koneksi Kraken milik layanan ke kolom rentang IP layanan.',
  }),
  'ip.fail': ({ form, service, allowlist, missing }) => {
    const name = field(form, 'ipField');
    const problems = [
      ...listProblems(service, 'rentang IP layanan'),
      ...listProblems(allowlist, name),
    ];
    const fixes: string[] = [];
    if (allowlist.errors.length > 0 || allowlist.truncated)
      fixes.push(`Perbaiki atau hapus entri yang tidak valid di ${name}.`);
    if (service.errors.length > 0 || service.truncated)
      fixes.push(
        'Salin lagi rentang IP layanan, persis seperti yang ditampilkan di halaman koneksinya.',
      );
    if (missing.length > 0) {
      problems.push(
        `Tidak diizinkan oleh ${name}: ${daftar(missing)}. Layanan memanggil Kraken dari alamat tersebut, sehingga Kraken akan menolak panggilan itu (kemungkinan dengan EGeneral:Permission denied; Kraken tidak mendokumentasikan error yang persis).`,
      );
      fixes.push(
        `Tambahkan ${daftar(missing)} ke ${name} pada key, atau tempel seluruh rentang IP layanan di sana.`,
      );
    }
    return { title: IP, detail: problems.join(' '), fix: fixes.join(' ') };
  },
  'ip.empty': ({ form, range }) => ({
    title: IP,
    detail: `${field(form, 'ipField')} kosong: key dapat dipakai dari alamat mana pun, sehingga key yang bocor dapat digunakan dari mana saja.`,
    fix: `Aktifkan ${field(form, 'ipField')} dan masukkan rentang IP layanan: ${daftar(range)}.`,
  }),
  'ip.broad': ({ form, broad, range }) => ({
    title: IP,
    detail: `${field(form, 'ipField')} mengizinkan jauh lebih banyak alamat daripada rentang IP layanan: ${daftar(broad.map(describeBroad))}.`,
    fix: `Ganti ${broad.length === 1 ? 'entri itu' : 'entri-entri itu'} dengan rentang IP layanan: ${daftar(range)}.`,
  }),
  'ip.pass': ({ form }) => ({
    title: IP,
    detail: `Setiap alamat dalam rentang IP layanan diizinkan oleh ${field(form, 'ipField')}.`,
    fix: null,
  }),
  'nonce.skip': ({ form }) => ({
    title: NONCE,
    detail: 'Belum diperiksa: nonce window tidak diisi.',
    fix: `Masukkan nilai ${field(form, 'nonceField')} pada key; panduan meminta 2000000.`,
  }),
  'nonce.empty': ({ form }) => ({
    title: NONCE,
    detail:
      'Nonce window tidak diisi. Nilai default Kraken adalah 0, yang membuat permintaan layanan yang dikirim bersamaan gagal dengan EAPI:Invalid nonce.',
    fix: `Aktifkan ${field(form, 'nonceField')} pada key dan masukkan 2000000.`,
  }),
  'nonce.invalid': ({ form, problem, typed }) => ({
    title: NONCE,
    detail: NONCE_PROBLEM[problem](q(typed)),
    fix: `Ketik nilai ${field(form, 'nonceField')} hanya dengan angka; panduan meminta 2000000.`,
  }),
  'nonce.pass': ({ value, readFrom }) => ({
    title: NONCE,
    detail: `Nonce window bernilai ${angka(value)}${readAs(readFrom)}, sesuai permintaan panduan.`,
    fix: null,
  }),
  'nonce.low': ({ form, value, readFrom }) => ({
    title: NONCE,
    detail: `Nonce window bernilai ${angka(value)}${readAs(readFrom)}${value === 0 ? ', nilai default Kraken' : ''}, di bawah 2.000.000 yang diminta panduan. Layanan mengirim permintaan secara bersamaan; dengan window yang lebih kecil, sebagian tiba tidak berurutan dan Kraken menolaknya dengan EAPI:Invalid nonce.`,
    fix: `${setIt(form)}.`,
  }),
  'nonce.high': ({ form, value, readFrom }) => ({
    title: NONCE,
    detail: `Nonce window bernilai ${angka(value)}${readAs(readFrom)}, lebih dari 2.000.000 yang diminta panduan. Ini tetap berfungsi, tetapi Kraken lalu menerima nonce yang jauh lebih rendah dari nonce tertinggi yang pernah diterimanya, sehingga perlindungannya terhadap permintaan yang diputar ulang (replay) melemah.`,
    fix: `${setIt(form)}, kecuali layanan meminta nilai yang lebih besar.`,
  }),
  'key.api.skip': () => ({
    title: API,
    detail: 'Belum diperiksa: API key belum dimasukkan.',
    fix: 'Tempel “API key” yang ditampilkan Kraken saat Anda membuat key.',
  }),
  'key.api.invalid': ({ problem }) => ({
    title: API,
    detail: `API key ${notBase64(problem)}. API key Kraken hanya memakai huruf, angka, “+”, “/” dan “=”.`,
    fix: RECOPY,
  }),
  'key.api.pass': () => ({
    title: API,
    detail:
      'API key terdiri dari 56 karakter base64, seperti setiap contoh API key Kraken yang dipublikasikan (Kraken tidak mendokumentasikan formatnya).',
    fix: null,
  }),
  'key.api.length': ({ length, privateLength }) => ({
    title: API,
    detail: `API key terdiri dari ${angka(length)} karakter; setiap contoh API key Kraken yang dipublikasikan memiliki 56. Kraken tidak mendokumentasikan formatnya, jadi key ini mungkin tetap berfungsi.${privateLength ? ' Itu panjang sebuah private key (lihat “Key di kolom yang benar”).' : ''}`,
    fix: `Pastikan seluruh “API key” tersalin. ${RECOPY}`,
  }),
  'key.private.server': () => ({
    title: PRIVATE,
    detail:
      'Private key hanya diperiksa di browser Anda: private key tidak boleh dikirim ke server mana pun.',
    fix: 'Periksa private key di halaman pemeriksa kunci, yang tidak pernah mengirimkannya ke mana pun.',
  }),
  'key.private.skip': () => ({
    title: PRIVATE,
    detail: 'Belum diperiksa: private key belum dimasukkan.',
    fix: 'Tempel “Private key” yang ditampilkan Kraken saat Anda membuat key.',
  }),
  'key.private.invalid': ({ problem }) => ({
    title: PRIVATE,
    detail: `Private key ${notBase64(problem)}. Private key Kraken hanya memakai huruf, angka, “+”, “/” dan “=”.`,
    fix: RECOPY,
  }),
  'key.private.pass': () => ({
    title: PRIVATE,
    detail:
      'Private key terdiri dari 88 karakter base64 yang di-decode menjadi 64 byte, seperti private key Kraken.',
    fix: null,
  }),
  'key.private.length': ({ length, bytes, hint }) => {
    const more = {
      padding: ' Private key Kraken selalu diakhiri “==”, dan itu tidak ada.',
      'api-length': ' Itu panjang sebuah API key (lihat “Key di kolom yang benar”).',
      short: ' Sebagian darinya hilang.',
    };
    return {
      title: PRIVATE,
      detail: `Private key terdiri dari ${angka(length)} karakter, yang di-decode menjadi ${angka(bytes)} byte; private key Kraken memiliki 88 karakter yang di-decode menjadi 64 byte.${hint === null ? '' : more[hint]}`,
      fix: `${RECOPY} Kraken hanya menampilkan private key satu kali: jika hilang, buat key baru.`,
    };
  },
  'key.swapped.skip': () => ({
    title: SWAPPED,
    detail: 'Belum diperiksa: belum ada key yang dimasukkan.',
    fix: 'Tempel “API key” dan “Private key” dari Kraken ke kolomnya masing-masing.',
  }),
  'key.swapped.same': () => swapped('Kedua kolom berisi nilai yang sama.'),
  'key.swapped.both': () =>
    swapped('Kolom API key berisi 88 karakter dan kolom private key 56: keduanya tampak tertukar.'),
  'key.swapped.api-private': ({ server }) =>
    swapped(
      `Kolom API key berisi 88 karakter, panjang sebuah private key.${server ? ' Jika itu private key Anda, private key tersebut sudah terkirim ke sebuah server: hapus key di Kraken dan buat key baru.' : ''}`,
    ),
  'key.swapped.private-api': () =>
    swapped('Kolom private key berisi 56 karakter, panjang sebuah API key.'),
  'key.swapped.pass': ({ server, apiLength }) => ({
    title: SWAPPED,
    detail: server
      ? `Kolom API key berisi ${angka(apiLength)} karakter, bukan 88 karakter seperti private key.`
      : 'Tidak ada kolom yang berisi nilai sepanjang nilai untuk kolom lainnya.',
    fix: null,
  }),
} as const satisfies RuleCatalogue;
