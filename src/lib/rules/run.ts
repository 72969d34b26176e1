/** The offline checks in English unless told otherwise: the server's and the tests' entry. */
import { EN_RULES } from '../messages/en/rules';
import type { Check } from './finding';
import type { RunInput, RunOptions } from './run-in';
import { runChecksIn } from './run-in';

export * from './run-in';

/** `runChecksIn` with English words. */
export function runChecks(input: RunInput, options: RunOptions = {}): Check[] {
  return runChecksIn({ lang: 'en', rules: EN_RULES }, input, options);
}
