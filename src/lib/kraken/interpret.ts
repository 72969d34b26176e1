/**
 * Kraken's answers to a live check → the `live.*` checks. When GetApiKeyInfo
 * answered, the guide's own rules judge the configuration Kraken reported
 * (key-config-checks.ts); otherwise the probes' answers are read one by one:
 * `live.auth`, `live.nonce`, `live.<permission>`, plus `live.access` when
 * every call was refused and `live.kraken` when Kraken stopped the check. Pure.
 */
import type { GuideForm, StepKey, TroubleKey } from '../guide/links';
import type { Check, Finding } from '../rules/finding';
import { toCheck } from '../rules/finding';
import { SERVICE_PERMISSION_MESSAGE } from '../rules/permission-checks';
import { permissionLabel, permissionTitle } from '../rules/permissions';
import { explainKrakenError, type KrakenErrorInfo } from './errors';
import type { KeyInfo } from './key-info';
import { accessFinding, keyInfoFindings } from './key-config-checks';
import {
  KEY_INFO_METHOD,
  LIVE_PERMISSIONS,
  PROBES,
  type LivePermission,
  type RelayMethod,
} from './probes';
import type { CallOutcome } from './relay';

export interface InterpretOptions {
  form: GuideForm;
  /** The addresses this check calls Kraken from, when the site publishes them. */
  egressIps: readonly string[];
  /** The service's IP range: configured for the site, or entered on the page. */
  serviceRange?: string | undefined;
  /** The clock, in milliseconds, for judging the key's expiry. */
  now?: number | undefined;
}

/** How the key was checked, and what Kraken said about it besides the checks. */
export interface LiveAbout {
  /** GetApiKeyInfo answered (one call), or the probes ran because it could not be used. */
  checkedWith: 'GetApiKeyInfo' | 'probes';
  /** Why the probes ran instead of GetApiKeyInfo. */
  fallbackReason?: string;
  /** How many calls reached Kraken (or were attempted). */
  calls: number;
  /** The key's configuration as Kraken reported it. */
  key?: KeyInfo;
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

/**
 * AddOrder (validate) and CancelOrder: an order-level answer (`EOrder:…`) comes after
 * Kraken's permission check, so it proves the permission. `EGeneral:Invalid arguments`
 * does not: a key with query start/end dates answers it too.
 */
const ORDER_PROBES: ReadonlySet<RelayMethod> = new Set(['AddOrder', 'CancelOrder']);

function verdictOf(outcome: CallOutcome): Verdict {
  switch (outcome.outcome) {
    case 'ok':
    case 'unusable':
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
          return ORDER_PROBES.has(outcome.method)
            ? { kind: 'allowed', error }
            : { kind: 'unclear', error };
        case 'invalid-arguments':
        case 'unknown-method':
        case 'account-restricted':
        case 'unknown':
          return { kind: 'unclear', error };
      }
    }
  }
}

interface Answered {
  method: RelayMethod;
  verdict: Verdict;
}

const q = (text: string): string => `“${text}”`;

function check(
  id: string,
  title: string,
  status: Finding['status'],
  detail: string,
  fix: string | null,
  stepKey: StepKey | null,
  trouble?: TroubleKey | null,
): Finding {
  const base: Finding = { id, status, title, detail, fix, stepKey };
  return trouble ? { ...base, trouble } : base;
}

function authCheck(answers: readonly Answered[]): Finding {
  const title = 'API key and private key';
  const refused = answers.find((a) => a.verdict.kind === 'refused')?.verdict;
  if (refused?.kind === 'refused' && refused.error.category === 'invalid-key') {
    return check(
      'live.auth',
      title,
      'fail',
      'Kraken answered EAPI:Invalid key: it does not know this API key. The key is wrong, deleted, expired or disabled.',
      'Copy the API key again from Kraken (all of it, no spaces), or create a new key.',
      'generate',
      'invalid-key',
    );
  }
  if (refused?.kind === 'refused' && refused.error.category === 'invalid-signature') {
    return check(
      'live.auth',
      title,
      'fail',
      'Kraken answered EAPI:Invalid signature: the private key does not belong to this API key.',
      'Copy the private key again (Kraken calls it “Private key”, the service “API Secret”), and check that the two fields are not swapped.',
      'generate',
      'invalid-signature',
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
  return check('live.auth', title, 'skip', detail, null, null, 'kraken-unavailable');
}

function nonceCheck(answers: readonly Answered[]): Finding {
  const title = 'Nonce';
  const index = answers.findIndex(
    (a) => a.verdict.kind === 'refused' && a.verdict.error.category === 'invalid-nonce',
  );
  if (index === 0) {
    return check(
      'live.nonce',
      title,
      'fail',
      'Kraken refused the first call with EAPI:Invalid nonce, although its nonce was the current time in milliseconds. Either a client with a larger nonce scale (micro- or nanoseconds) has used this key, and Kraken never lowers a key’s nonce; or a millisecond client whose clock runs ahead has used it.',
      'If a client with a larger nonce scale used the key, create a new key and run the check before connecting it anywhere else. If a program’s clock runs ahead, correct that clock; the key works again once real time passes the nonces it sent.',
      'add-key',
      'invalid-nonce',
    );
  }
  if (index > 0) {
    return check(
      'live.nonce',
      title,
      'fail',
      'Kraken accepted this check’s first nonces but refused a later one with EAPI:Invalid nonce: another program used this key at the same moment with larger nonces.',
      'Give each program its own key, set the nonce window the guide gives, and run the check while nothing else uses the key.',
      'nonce',
      'invalid-nonce',
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

function accessCheck(options: InterpretOptions): Finding {
  const from =
    options.egressIps.length > 0
      ? `This check calls Kraken from ${options.egressIps.join(', ')}.`
      : 'This site does not publish the address it calls Kraken from.';
  return check(
    'live.access',
    'Every call refused',
    'warn',
    `Kraken answered EGeneral:Permission denied to every call. Either the key has no permissions set, or the calls came from outside its IP allowlist: Kraken knows which, but its answer does not say, so a program reading it cannot tell (the exact error for a call from outside the allowlist is undocumented; expect this one). ${from}`,
    'If the key is restricted to your service’s IP range, this is expected: the key can still work for the service. Otherwise tick the permissions the guide lists.',
    'permissions',
    'ip-restriction',
  );
}

function krakenCheck(answers: readonly Answered[]): Finding | null {
  const blocking = answers.find((a) => a.verdict.kind === 'no-answer')?.verdict;
  if (blocking?.kind !== 'no-answer') return null;
  const title = 'Kraken’s answer';
  const category = blocking.error?.category;
  if (category === 'lockout') {
    return check(
      'live.kraken',
      title,
      'fail',
      'Kraken answered EGeneral:Temporary lockout: the account (perhaps only this address) is locked for a while, typically minutes, after repeated failures. The check stopped.',
      'Stop every program that uses this key and run the check again later, after about 15 minutes.',
      null,
      'temporary-lockout',
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
      'rate-limits',
    );
  }
  return check(
    'live.kraken',
    'Kraken did not answer',
    'warn',
    blocking.error
      ? `Kraken answered ${blocking.error.code}: ${blocking.error.meaning} The checks that depend on it were not made.`
      : `No usable answer from Kraken: ${blocking.reason}. The checks that depend on it were not made.`,
    blocking.error?.code === 'EGeneral:Internal error'
      ? 'Run the check again in a few minutes; if Kraken keeps answering this, contact Kraken support.'
      : 'Run the check again in a few minutes; see status.kraken.com.',
    null,
    'kraken-unavailable',
  );
}

function notChecked(id: string, title: string, detail: string): Finding {
  return check(id, title, 'skip', detail, null, null);
}

function permissionCheck(
  permission: LivePermission,
  verdicts: ReadonlyMap<LivePermission, Verdict>,
  form: GuideForm,
): Finding {
  const id = `live.${permission}`;
  const title = permissionTitle(permission, form);
  const label = q(permissionLabel(permission, form));
  const probe = PROBES.find((p) => p.permission === permission);
  const method = probe?.method ?? permission;
  const verdict = verdicts.get(permission);
  const step = 'permissions' as const;

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
        verdict.error?.trouble ?? 'kraken-unavailable',
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
        'permission-denied',
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
      `Kraken refused ${method} with ${verdict.error.code}: ${label} is off. The service needs it; without it, it reports “${SERVICE_PERMISSION_MESSAGE}”.`,
      `Tick ${label} (edit the key on Kraken, or create a new one).`,
      step,
      'permission-denied',
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

/** The probes' answers, judged one by one (when GetApiKeyInfo could not be used). */
function probeFindings(answers: readonly Answered[], options: InterpretOptions): Finding[] {
  const verdicts = new Map<LivePermission, Verdict>();
  for (const answer of answers) {
    const probe = PROBES.find((p) => p.method === answer.method);
    if (probe) verdicts.set(probe.permission, answer.verdict);
  }
  const findings: Finding[] = [authCheck(answers), nonceCheck(answers)];
  const probes = answers.filter((a) => a.method !== KEY_INFO_METHOD);
  const allDenied = probes.length > 1 && probes.every((a) => a.verdict.kind === 'denied');
  if (allDenied) {
    findings.push(accessCheck(options));
    for (const permission of LIVE_PERMISSIONS) {
      if (!verdicts.has(permission)) continue;
      findings.push(
        notChecked(
          `live.${permission}`,
          permissionTitle(permission, options.form),
          'Not judged: every call was refused (see “Every call refused”).',
        ),
      );
    }
    return findings;
  }
  const kraken = krakenCheck(answers);
  if (kraken) findings.push(kraken);
  for (const permission of LIVE_PERMISSIONS) {
    findings.push(permissionCheck(permission, verdicts, options.form));
  }
  return findings;
}

/** Why the probes ran: what GetApiKeyInfo answered instead of the key's configuration. */
function fallbackReason(outcome: CallOutcome | undefined): string | undefined {
  if (outcome === undefined) return 'GetApiKeyInfo was not part of the check.';
  switch (outcome.outcome) {
    case 'unusable':
      return `${outcome.reason}.`;
    case 'error': {
      const info = explainKrakenError(outcome.errors[0] ?? '');
      return info.category === 'unknown-method'
        ? `Kraken does not know GetApiKeyInfo here (${info.code}).`
        : `Kraken answered GetApiKeyInfo with ${info.code}.`;
    }
    default:
      return undefined;
  }
}

/** Turns the relay's per-call outcomes into live checks, and says how the key was checked. */
export function interpretLive(
  outcomes: readonly CallOutcome[],
  options: InterpretOptions,
): { checks: Check[]; about: LiveAbout } {
  const sent = outcomes.filter((o) => o.outcome !== 'skipped').length;
  const finish = (findings: readonly Finding[]): Check[] =>
    findings.map((finding) => toCheck(finding, options.form, 'live'));
  const first = outcomes.find((o) => o.method === KEY_INFO_METHOD);
  if (first?.outcome === 'ok' && first.info) {
    return {
      checks: finish(keyInfoFindings(first.info, options)),
      about: { checkedWith: 'GetApiKeyInfo', calls: sent, key: first.info },
    };
  }
  const answers: Answered[] = outcomes.map((outcome) => ({
    method: outcome.method,
    verdict: verdictOf(outcome),
  }));
  const firstVerdict = first ? verdictOf(first) : undefined;
  if (firstVerdict?.kind === 'denied' && first?.outcome === 'error') {
    // GetApiKeyInfo needs no permission: the call came from outside the key's IP allowlist.
    const findings = [
      authCheck(answers),
      nonceCheck(answers),
      accessFinding(firstVerdict.error.code, options),
      ...LIVE_PERMISSIONS.map((permission) =>
        notChecked(
          `live.${permission}`,
          permissionTitle(permission, options.form),
          'Not judged: Kraken does not describe this key to calls from this site’s address (see “Access from this site”).',
        ),
      ),
    ];
    return { checks: finish(findings), about: { checkedWith: 'GetApiKeyInfo', calls: sent } };
  }
  const probesRan = outcomes.some((o) => o.method !== KEY_INFO_METHOD && o.outcome !== 'skipped');
  const about: LiveAbout = probesRan
    ? { checkedWith: 'probes', calls: sent }
    : { checkedWith: 'GetApiKeyInfo', calls: sent };
  const reason = probesRan ? fallbackReason(first) : undefined;
  if (reason !== undefined) about.fallbackReason = reason;
  return { checks: finish(probeFindings(answers, options)), about };
}

/** The checks alone (see interpretLive). */
export function interpretOutcomes(
  outcomes: readonly CallOutcome[],
  options: InterpretOptions,
): Check[] {
  return interpretLive(outcomes, options).checks;
}
