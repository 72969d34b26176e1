import type { Check, CheckStatus } from '../rules/check';
import type { Where } from '../rules/key-checks';
// run.ts, not the rules' index: the index pulls zod into the browser bundle.
import { runChecks } from '../rules/run';
import type { CheckerState, Section } from './state';

/** Which check ids belong to which part of the checker. */
const SECTION_OF: readonly [prefix: string, section: Section][] = [
  ['permission.', 'permissions'],
  ['nonce-window', 'nonce'],
  ['ip.', 'ip'],
  ['key.', 'keys'],
];

export function sectionOf(check: Check): Section | undefined {
  return SECTION_OF.find(([prefix]) => check.id.startsWith(prefix))?.[1];
}

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
    { where },
  );
  return checks.filter((check) => {
    const section = sectionOf(check);
    return section !== undefined && sections.includes(section);
  });
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
