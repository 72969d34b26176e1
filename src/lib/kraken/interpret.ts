/**
 * Kraken's answers to the probe batch → checks `live.auth`, `live.nonce`,
 * `live.<permission>` (kraken-api.md §4–§7), plus `live.access` when every
 * call was refused and `live.kraken` when Kraken stopped the check. Pure.
 */
import type { GuideForm } from '../guide/links';
import { stepUrl, troubleUrl } from '../guide/links';
import type { Check } from '../rules/check';
import { permissionLabel, permissionTitle } from '../rules/permissions';
import { explainKrakenError, type KrakenErrorInfo } from './errors';
import { LIVE_PERMISSIONS, PROBES, type LivePermission, type ProbeMethod } from './probes';
import type { CallOutcome } from './relay';

export interface InterpretOptions {
  form: GuideForm;
  /** The addresses this check calls Kraken from, when the site publishes them. */
  egressIps: readonly string[];
}

/** What one answer says about the permission its probe tests. */
type Verdict =
  | { kind: 'allowed'; error: KrakenErrorInfo | null }
  | { kind: 'denied'; error: KrakenErrorInfo }
  /** Kraken answered, but the answer does not say (e.g. a regional restriction). */
  | { kind: 'unclear'; error: KrakenErrorInfo }
  /** The key, signature or nonce was refused. */
  | { kind: 'refused'; error: KrakenErrorInfo }
  /** Kraken did not judge the call: no answer, rate limit, lockout. */
  | { kind: 'no-answer'; reason: string; error: KrakenErrorInfo | null }
  | { kind: 'not-sent'; reason: string };

/** AddOrder (validate) and CancelOrder: any answer but a permission or auth error proves the permission (§4). */
const ORDER_PROBES: ReadonlySet<ProbeMethod> = new Set(['AddOrder', 'CancelOrder']);

function verdictOf(outcome: CallOutcome): Verdict {
  switch (outcome.outcome) {
    case 'ok':
      return { kind: 'allowed', error: null };
    case 'unavailable':
      return { kind: 'no-answer', reason: outcome.reason, error: null };
    case 'skipped':
      return { kind: 'not-sent', reason: outcome.reason };
    case 'error': {
      const infos = outcome.errors.map(explainKrakenError);
      const error = infos.find((info) => info.stops) ?? infos[0] ?? explainKrakenError('');
      switch (error.category) {
        case 'invalid-key':
        case 'invalid-signature':
        case 'invalid-nonce':
          return { kind: 'refused', error };
        case 'permission-denied':
          return { kind: 'denied', error };
        case 'rate-limited':
        case 'lockout':
        case 'unavailable':
          return { kind: 'no-answer', reason: error.meaning, error };
        case 'order':
        case 'invalid-arguments':
          return ORDER_PROBES.has(outcome.method)
            ? { kind: 'allowed', error }
            : { kind: 'unclear', error };
        case 'account-restricted':
        case 'unknown':
          return { kind: 'unclear', error };
      }
    }
  }
}

interface Answered {
  method: ProbeMethod;
  verdict: Verdict;
}

const q = (text: string): string => `“${text}”`;

function check(
  id: string,
  title: string,
  status: Check['status'],
  detail: string,
  fix: string | null,
  step: string | null,
  help?: string | null,
): Check {
  const base: Check = { id, status, title, detail, fix, step };
  return help ? { ...base, help } : base;
}

function authCheck(answers: readonly Answered[], form: GuideForm): Check {
  const title = 'API key and private key';
  const refused = answers.find((a) => a.verdict.kind === 'refused')?.verdict;
  if (refused?.kind === 'refused' && refused.error.category === 'invalid-key') {
    return check(
      'live.auth',
      title,
      'fail',
      'Kraken answered EAPI:Invalid key: it does not know this API key. The key is wrong, deleted, expired or disabled.',
      'Copy the API key again from Kraken (all of it, no spaces), or create a new key.',
      stepUrl(form, 'generate'),
      troubleUrl('invalid-key'),
    );
  }
  if (refused?.kind === 'refused' && refused.error.category === 'invalid-signature') {
    return check(
      'live.auth',
      title,
      'fail',
      'Kraken answered EAPI:Invalid signature: the private key does not belong to this API key.',
      'Copy the private key again (Kraken calls it “Private key”, the service “API Secret”), and check that the two fields are not swapped.',
      stepUrl(form, 'generate'),
      troubleUrl('invalid-signature'),
    );
  }
  const accepted = answers.some((a) => ['allowed', 'denied', 'unclear'].includes(a.verdict.kind));
  if (accepted) {
    return check(
      'live.auth',
      title,
      'pass',
      'Kraken accepted the API key and the signatures made with the private key.',
      null,
      null,
    );
  }
  const first = answers[0]?.verdict;
  const detail =
    first?.kind === 'refused'
      ? 'Not judged: Kraken refused the nonce before it judged the key.'
      : 'Not judged: Kraken did not answer any call.';
  return check('live.auth', title, 'skip', detail, null, null, troubleUrl('kraken-unavailable'));
}

function nonceCheck(answers: readonly Answered[], form: GuideForm): Check {
  const title = 'Nonce';
  const index = answers.findIndex(
    (a) => a.verdict.kind === 'refused' && a.verdict.error.category === 'invalid-nonce',
  );
  if (index === 0) {
    return check(
      'live.nonce',
      title,
      'fail',
      'Kraken refused the first call with EAPI:Invalid nonce, although its nonce was the current time in milliseconds: this key was already used by a client with a larger nonce scale, and Kraken never lowers a key’s nonce.',
      'Create a fresh key and run the check before connecting it anywhere else.',
      stepUrl(form, 'add-key'),
      troubleUrl('invalid-nonce'),
    );
  }
  if (index > 0) {
    return check(
      'live.nonce',
      title,
      'fail',
      'Kraken accepted this check’s first nonces but refused a later one with EAPI:Invalid nonce: another program used this key at the same moment with larger nonces.',
      'Give each program its own key, set the nonce window the guide gives, and run the check while nothing else uses the key.',
      stepUrl(form, 'nonce'),
      troubleUrl('invalid-nonce'),
    );
  }
  const refusedFirst = answers.some((a) => a.verdict.kind === 'refused');
  const accepted = answers.some((a) => ['allowed', 'denied', 'unclear'].includes(a.verdict.kind));
  if (accepted && !refusedFirst) {
    return check(
      'live.nonce',
      title,
      'pass',
      'Kraken accepted the check’s nonces (milliseconds): no client has used this key with a larger nonce scale.',
      null,
      null,
    );
  }
  return check(
    'live.nonce',
    title,
    'skip',
    refusedFirst
      ? 'Not judged: Kraken refused the key first.'
      : 'Not judged: Kraken did not answer any call.',
    null,
    null,
  );
}

function accessCheck(options: InterpretOptions): Check {
  const from =
    options.egressIps.length > 0
      ? `This check calls Kraken from ${options.egressIps.join(', ')}.`
      : 'This site does not publish the address it calls Kraken from.';
  return check(
    'live.access',
    'Every call refused',
    'warn',
    `Kraken answered EGeneral:Permission denied to every call. Either the key has no permissions set, or its IP restriction excludes the address this check calls from; Kraken gives the same answer for both. ${from}`,
    'If the key is restricted to your service’s IP range, this is expected: the key can still work for the service. Otherwise tick the permissions the guide lists.',
    stepUrl(options.form, 'permissions'),
    troubleUrl('ip-restriction'),
  );
}

function krakenCheck(answers: readonly Answered[]): Check | null {
  const blocking = answers.find((a) => a.verdict.kind === 'no-answer')?.verdict;
  if (blocking?.kind !== 'no-answer') return null;
  const title = 'Kraken’s answer';
  const category = blocking.error?.category;
  if (category === 'lockout') {
    return check(
      'live.kraken',
      title,
      'fail',
      'Kraken answered EGeneral:Temporary lockout: it locked this key out for a while after repeated failures. The check stopped.',
      'Stop every program that uses this key and run the check again in about 15 minutes.',
      null,
      troubleUrl('temporary-lockout'),
    );
  }
  if (category === 'rate-limited') {
    return check(
      'live.kraken',
      title,
      'warn',
      `Kraken answered ${blocking.error?.code ?? 'a rate-limit error'}: ${blocking.reason} The check stopped.`,
      'Pause the programs using this key and run the check again in a few minutes.',
      null,
      troubleUrl('rate-limits'),
    );
  }
  return check(
    'live.kraken',
    'Kraken did not answer',
    'warn',
    blocking.error
      ? `Kraken answered ${blocking.error.code}: ${blocking.error.meaning} The checks that depend on it were not made.`
      : `No usable answer from Kraken: ${blocking.reason}. The checks that depend on it were not made.`,
    'Run the check again in a few minutes; see status.kraken.com.',
    null,
    troubleUrl('kraken-unavailable'),
  );
}

function notChecked(id: string, title: string, detail: string): Check {
  return check(id, title, 'skip', detail, null, null);
}

function permissionCheck(
  permission: LivePermission,
  verdicts: ReadonlyMap<LivePermission, Verdict>,
  form: GuideForm,
): Check {
  const id = `live.${permission}`;
  const title = permissionTitle(permission, form);
  const label = q(permissionLabel(permission, form));
  const probe = PROBES.find((p) => p.permission === permission);
  const method = probe?.method ?? permission;
  const verdict = verdicts.get(permission);
  const step = stepUrl(form, 'permissions');

  if (!verdict) return notChecked(id, title, 'Not checked: this probe was not part of the batch.');
  switch (verdict.kind) {
    case 'not-sent':
      return notChecked(id, title, 'Not checked: the check stopped before this call.');
    case 'refused':
      return notChecked(id, title, 'Not checked: Kraken refused the key (see above).');
    case 'no-answer':
      return check(
        id,
        title,
        'warn',
        verdict.error
          ? `Kraken answered ${method} with ${verdict.error.code}, so ${label} was not checked.`
          : `No usable answer from Kraken to ${method} (${verdict.reason}), so ${label} was not checked.`,
        'Run the check again in a few minutes.',
        null,
        troubleUrl(verdict.error?.trouble ?? 'kraken-unavailable'),
      );
    case 'unclear':
      return check(
        id,
        title,
        'warn',
        `Cannot tell: Kraken answered ${method} with ${verdict.error.code}. ${verdict.error.meaning} That does not show whether ${label} is on.`,
        verdict.error.advice,
        step,
      );
    default:
      break;
  }

  if (permission === 'funds_withdraw') {
    if (verdict.kind === 'allowed') {
      return check(
        id,
        title,
        'fail',
        `Kraken allowed ${method}: ${label} is on. A leaked key with Withdraw can move your funds, and the service never needs it.`,
        `Create a new key without ${label} and delete this one.`,
        step,
        troubleUrl('permission-denied'),
      );
    }
    if (verdicts.get('funds_query')?.kind !== 'allowed') {
      return check(
        id,
        title,
        'warn',
        `Cannot tell: Kraken refused ${method}, but that call needs ${q(permissionLabel('funds_query', form))} as well as ${label}, and the former is not on, so the refusal does not show that ${label} is off.`,
        `Make sure ${label} is not ticked.`,
        step,
      );
    }
    return check(id, title, 'pass', `Kraken refused ${method}: ${label} is off.`, null, null);
  }

  if (verdict.kind === 'denied') {
    return check(
      id,
      title,
      'fail',
      `Kraken refused ${method} with ${verdict.error.code}: ${label} is off. The service needs it; without it, it reports “Not enough permissions for API keys”.`,
      `Tick ${label} (edit the key on Kraken, or create a new one).`,
      step,
      troubleUrl('permission-denied'),
    );
  }

  if (permission === 'trades_close' && verdicts.get('trades_modify')?.kind !== 'denied') {
    const modify = q(permissionLabel('trades_modify', form));
    return check(
      id,
      title,
      'warn',
      `Cannot tell: Kraken allows ${method} with either ${modify} or ${label}, and ${modify} is on (or unknown), so this answer does not show whether ${label} is on.`,
      `Make sure ${label} is ticked in the key’s settings.`,
      step,
    );
  }

  return check(id, title, 'pass', `Kraken allowed ${method}: ${label} is on.`, null, null);
}

/** Turns the relay's per-call outcomes into live checks. */
export function interpretOutcomes(
  outcomes: readonly CallOutcome[],
  options: InterpretOptions,
): Check[] {
  const answers: Answered[] = outcomes.map((outcome) => ({
    method: outcome.method,
    verdict: verdictOf(outcome),
  }));
  const verdicts = new Map<LivePermission, Verdict>();
  for (const answer of answers) {
    const probe = PROBES.find((p) => p.method === answer.method);
    if (probe) verdicts.set(probe.permission, answer.verdict);
  }

  const checks: Check[] = [authCheck(answers, options.form), nonceCheck(answers, options.form)];
  const allDenied = answers.length > 1 && answers.every((a) => a.verdict.kind === 'denied');
  if (allDenied) {
    checks.push(accessCheck(options));
    for (const permission of LIVE_PERMISSIONS) {
      if (!verdicts.has(permission)) continue;
      checks.push(
        notChecked(
          `live.${permission}`,
          permissionTitle(permission, options.form),
          'Not judged: every call was refused (see “Every call refused”).',
        ),
      );
    }
    return checks;
  }
  const kraken = krakenCheck(answers);
  if (kraken) checks.push(kraken);
  for (const permission of LIVE_PERMISSIONS) {
    checks.push(permissionCheck(permission, verdicts, options.form));
  }
  return checks;
}
