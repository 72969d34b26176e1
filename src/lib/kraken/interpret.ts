/**
 * Kraken's answers to a live check → the `live.*` checks and how the key was
 * checked. When GetApiKeyInfo answered, the guide's own rules judge the
 * configuration Kraken reported (key-config-checks.ts), field by field; when
 * it refused the call, the key's allowlist keeps this site out; when Kraken
 * stopped the check (a rate limit, throttle, lockout, account error or
 * outage), its one answer says why; otherwise the probes' answers are read one
 * by one (probe-findings.ts). Pure.
 */
import type { GuideForm } from '../guide/links';
import type { Lang } from '../messages/types';
import type { Check } from '../rules/finding';
import { LIVE, LIVE_PERMISSION_CHECKS } from '../rules/live-registry';
import { HALTING_CATEGORIES, decidingError } from './errors';
import { accessFinding, keyInfoFindings } from './key-config-checks';
import type { LiveAbout, StopCode } from './live-about';
import { liveFinding, toLiveChecks, type LiveFinding } from './live-finding';
import {
  authCheck,
  nonceCheck,
  probeFindings,
  unknownErrorCheck,
  type Answered,
} from './probe-findings';
import { KEY_INFO_METHOD } from './probes';
import type { CallOutcome } from './relay';
import { verdictOf, type Verdict } from './verdicts';

export type { LiveAbout } from './live-about';

export interface InterpretOptions {
  form: GuideForm;
  /** The addresses this check calls Kraken from, when the site publishes them. */
  egressIps: readonly string[];
  /** The service's IP range: configured for the site, or entered on the page. */
  serviceRange?: string | undefined;
  /** The clock, in milliseconds, for judging the key's expiry. */
  now?: number | undefined;
  /** The language of the checks' words (the request's); English by default. */
  lang?: Lang | undefined;
}

/** What stopped the check, from the first answer that did not judge the call. */
function stopOf(answers: readonly Answered[]): LiveAbout['stop'] {
  const blocking = answers.find((a) => a.verdict.kind === 'no-answer')?.verdict;
  if (blocking?.kind !== 'no-answer') return undefined;
  if (!blocking.error) return { code: 'no-answer' };
  const category = blocking.error.category;
  // A rate limit, lockout or account error stopped it; anything else is an outage.
  const code: StopCode = HALTING_CATEGORIES.has(category)
    ? (category as 'rate-limited' | 'lockout' | 'account')
    : 'unavailable';
  return { code, error: blocking.error.error };
}

/** Why the probes ran: what GetApiKeyInfo answered instead of the key's configuration. */
function fallbackOf(outcome: CallOutcome | undefined): LiveAbout['fallback'] {
  if (outcome === undefined) return { code: 'not-asked' };
  if (outcome.outcome === 'unusable') return { code: 'unreadable' };
  if (outcome.outcome === 'error') {
    return { code: 'unknown-method', error: decidingError(outcome.errors).error };
  }
  return undefined;
}

function aboutOf(base: LiveAbout, extra: Partial<LiveAbout>): LiveAbout {
  const about = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    if (value !== undefined) Object.assign(about, { [key]: value });
  }
  return about;
}

/** Turns the relay's per-call outcomes into live checks, and says how the key was checked. */
export function interpretLive(
  outcomes: readonly CallOutcome[],
  options: InterpretOptions,
): { checks: Check[]; about: LiveAbout } {
  const { form, lang = 'en' } = options;
  const calls = outcomes.filter((o) => o.outcome !== 'skipped').length;
  const finish = (findings: Parameters<typeof toLiveChecks>[0]) =>
    toLiveChecks(findings, form, lang);
  const first = outcomes.find((o) => o.method === KEY_INFO_METHOD);
  if (first?.outcome === 'ok' && first.info) {
    return {
      checks: finish(keyInfoFindings(first.info, options)),
      about: { checkedWith: 'GetApiKeyInfo', calls, key: first.info },
    };
  }
  const answers: Answered[] = outcomes.map((outcome) => ({
    method: outcome.method,
    verdict: verdictOf(outcome),
  }));
  const firstVerdict: Verdict | undefined = first ? verdictOf(first) : undefined;
  const skipAll = (code: 'permission.not-described' | 'permission.not-sent'): LiveFinding[] =>
    Object.entries(LIVE_PERMISSION_CHECKS).map(([permission, check]) =>
      liveFinding(check.id, 'skip', code, {
        form,
        permission: permission as keyof typeof LIVE_PERMISSION_CHECKS,
      }),
    );
  if (firstVerdict?.kind === 'denied') {
    // GetApiKeyInfo needs no permission: the call came from outside the key's IP allowlist.
    const findings = [
      authCheck(answers, form),
      nonceCheck(answers, form),
      accessFinding(firstVerdict.error.error, options),
      ...skipAll('permission.not-described'),
    ];
    return { checks: finish(findings), about: { checkedWith: 'GetApiKeyInfo', calls } };
  }
  const probesRan = outcomes.some((o) => o.method !== KEY_INFO_METHOD && o.outcome !== 'skipped');
  if (
    !probesRan &&
    first?.outcome === 'error' &&
    firstVerdict?.kind === 'unclear' &&
    firstVerdict.error.category !== 'unknown-method'
  ) {
    // An answer this checker cannot place: it stopped rather than send calls that may harm.
    const error = firstVerdict.error.error;
    const findings = [
      liveFinding(LIVE.auth.id, 'skip', 'auth.stopped', { form, error }),
      liveFinding(LIVE.nonce.id, 'skip', 'nonce.stopped', { form, error }),
      unknownErrorCheck(firstVerdict.error, form),
      ...skipAll('permission.not-sent'),
    ];
    const stop = { code: 'unknown' as const, error: firstVerdict.error.error };
    return { checks: finish(findings), about: { checkedWith: 'GetApiKeyInfo', calls, stop } };
  }
  const about = aboutOf(
    { checkedWith: probesRan ? 'probes' : 'GetApiKeyInfo', calls },
    { fallback: probesRan ? fallbackOf(first) : undefined, stop: stopOf(answers) },
  );
  return { checks: finish(probeFindings(answers, options)), about };
}

/** The checks alone (see interpretLive). */
export function interpretOutcomes(
  outcomes: readonly CallOutcome[],
  options: InterpretOptions,
): Check[] {
  return interpretLive(outcomes, options).checks;
}
