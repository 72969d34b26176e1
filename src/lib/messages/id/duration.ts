/** Durations in Indonesian running text, as en/duration.ts does in English. */

/** 7_200_000 → "2 jam", 330_000 → "6 menit", 45_000 → "45 detik"; hari lewat dari 48 jam. */
export function durasi(ms: number): string {
  const abs = Math.abs(ms);
  if (abs >= 48 * 3_600_000) return `${Math.round(abs / 86_400_000)} hari`;
  if (abs >= 90 * 60_000) return `${Math.round(abs / 3_600_000)} jam`;
  if (abs >= 90_000) return `${Math.round(abs / 60_000)} menit`;
  return `${Math.round(abs / 1000)} detik`;
}
