import type { Check, CheckStatus } from '../rules/finding';
import type { Where } from '../rules/module';
// run.ts and registry.ts, not the rules' index: the index pulls zod into the browser bundle.
import { CHECK_MODULES } from '../rules/registry';
import { runChecks } from '../rules/run';
import type { CheckerState, Section } from './state';

/**
 * The shared rules' checks for what the user has entered, limited to the
 * given sections. `where: 'server'` for the no-JavaScript result page.
 */
export function checksFor(
  state: CheckerState,
  sections: readonly Section[],
  where: Where = 'browser',
): Check[] {
  const checks = runChecks(
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
  return checks;
}

const WORDS: Record<CheckStatus, [one: string, many: string]> = {
  fail: ['failed', 'failed'],
  warn: ['warning', 'warnings'],
  pass: ['passed', 'passed'],
  skip: ['not checked', 'not checked'],
};

/** "2 failed, 1 warning, 6 passed": the short text a live region announces. */
export function countText(checks: readonly Check[]): string {
  const parts: string[] = [];
  for (const status of ['fail', 'warn', 'pass', 'skip'] as const) {
    const n = checks.filter((c) => c.status === status).length;
    if (n > 0) parts.push(`${n} ${WORDS[status][n === 1 ? 0 : 1]}`);
  }
  return parts.join(', ');
}
