/**
 * Durations and clock directions in English words, for the live island's clock note and
 * the relay's refusals. Apart from the clock (clock.ts), so that a page in another
 * language never loads these words with it.
 */

/** 7_200_000 → "2 hours", 330_000 → "6 minutes", 45_000 → "45 seconds"; days past 48 h. */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  const unit = (value: number, name: string) => `${value} ${name}${value === 1 ? '' : 's'}`;
  if (abs >= 48 * 3_600_000) return unit(Math.round(abs / 86_400_000), 'day');
  if (abs >= 90 * 60_000) return unit(Math.round(abs / 3_600_000), 'hour');
  if (abs >= 90_000) return unit(Math.round(abs / 60_000), 'minute');
  return unit(Math.round(abs / 1000), 'second');
}

/** "ahead" when the local clock is ahead of the server's (a negative offset). */
export function skewDirection(offsetMs: number): 'ahead' | 'behind' {
  return offsetMs < 0 ? 'ahead' : 'behind';
}
