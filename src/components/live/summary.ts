import { countText } from '../../lib/checker/checks';
import type { Check } from '../../lib/rules/check';
import type { LiveOutcome } from './run-live-check';

export type LiveVerdict = 'fix' | 'attention' | 'ready' | 'no-answer';

export interface LiveSummary {
  verdict: LiveVerdict;
  title: string;
  /** What the polite live region says once the check is done. */
  announcement: string;
}

/** The headline over Kraken's answers: what the person needs to know first. */
export function summarizeChecks(checks: readonly Check[]): LiveSummary {
  const counts = countText(checks);
  const kraken = checks.find((c) => c.id === 'live.kraken');
  const fails = checks.filter((c) => c.status === 'fail').length;
  let verdict: LiveVerdict;
  let title: string;
  if (kraken && kraken.status !== 'fail') {
    verdict = 'no-answer';
    title = kraken.title === 'Kraken did not answer' ? kraken.title : 'Kraken stopped the check';
  } else if (fails > 0) {
    verdict = 'fix';
    title = fails === 1 ? 'Kraken shows 1 thing to fix' : `Kraken shows ${fails} things to fix`;
  } else if (checks.some((c) => c.id === 'live.access')) {
    verdict = 'attention';
    title = 'Kraken refused every call';
  } else {
    const warnings = checks.filter((c) => c.status === 'warn').length;
    verdict = 'ready';
    title =
      warnings === 0
        ? 'Kraken confirms every permission the service needs'
        : `Nothing to fix; ${warnings === 1 ? '1 warning' : `${warnings} warnings`} to read`;
  }
  return { verdict, title, announcement: `Live check: ${title}. ${counts}.` };
}

/** The live region's words for any outcome. */
export function announce(outcome: LiveOutcome): string {
  return outcome.kind === 'checks'
    ? summarizeChecks(outcome.checks).announcement
    : `Live check: ${outcome.message}`;
}
