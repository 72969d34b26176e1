/** The checks an island shows, in its page's language (the English summary helper is in checks.ts). */
import type { UiCatalogue } from '../messages/types';
import type { Check } from '../rules/finding';
import type { Where } from '../rules/module';
// run.ts and registry.ts, not the rules' index: the index pulls zod into the browser bundle.
import { CHECK_MODULES } from '../rules/registry';
import type { RunWords } from '../rules/run-in';
import { runChecksIn } from '../rules/run-in';
import type { CheckerState, Section } from './state';

/**
 * The shared rules' checks for what the user has entered, limited to the
 * given sections, in `words`' language. `where: 'server'` for the
 * no-JavaScript result page.
 */
export function checksFor(
  state: CheckerState,
  sections: readonly Section[],
  words: RunWords,
  where: Where = 'browser',
): Check[] {
  return runChecksIn(
    words,
    {
      form: state.form,
      permissions: state.permissions ? [...state.permissions] : undefined,
      nonceWindow: state.nonceWindow,
      serviceRange: state.ipRange,
      ipAllowlist: state.ipAllowlist,
      apiKey: state.apiKey,
      privateKey: where === 'browser' ? state.privateKey : undefined,
    },
    { where, modules: CHECK_MODULES.filter((module) => sections.includes(module.section)) },
  );
}

/** "2 failed, 1 warning, 6 passed": the short text a live region announces, in `ui`'s language. */
export function countIn(ui: UiCatalogue, checks: readonly Check[]): string {
  const parts: string[] = [];
  for (const status of ['fail', 'warn', 'pass', 'skip'] as const) {
    const n = checks.filter((c) => c.status === status).length;
    if (n > 0) parts.push(ui.counts(status, n));
  }
  return parts.join(', ');
}
