/** Numbers, lists and dates as Indonesian running text writes them. */

/** 2000000 → "2.000.000" (Indonesian groups thousands with a dot). */
export function angka(value: number | bigint): string {
  const sign = value < 0 ? '-' : '';
  const digits = (value < 0 ? -value : value).toString();
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** ["a", "b", "c"] → "a, b dan c"; at most `max` items, then "dan N lainnya". */
export function daftar(items: readonly string[], max = 10): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} dan ${angka(rest)} lainnya`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} dan ${shown.at(-1) ?? ''}`;
}

const BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** Unix seconds → "1 Maret 2027 12.00 UTC": fixed, independent of the runtime's locale and zone. */
export function tanggal(seconds: number): string {
  const d = new Date(seconds * 1000);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCDate()} ${BULAN[d.getUTCMonth()]} ${d.getUTCFullYear()} ${hh}.${mm} UTC`;
}
