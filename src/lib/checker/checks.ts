/** The checker's checks, and the live region's counts in English for the live check. */
import { EN_UI } from '../messages/en/ui';
import type { Check } from '../rules/finding';
import { countIn } from './run-checks';

export * from './run-checks';

/** `countIn` in English (the live check's summary reads it). */
export function countText(checks: readonly Check[]): string {
  return countIn(EN_UI, checks);
}
