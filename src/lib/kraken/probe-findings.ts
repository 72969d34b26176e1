/**
 * The live checks from the probes' answers, read one by one (when
 * GetApiKeyInfo could not be used), or from the one answer that stopped the
 * check: `live.auth`, `live.nonce`, `live.<permission>`, plus `live.access`
 * when every call was refused and `live.kraken` when Kraken stopped the
 * check. What a probe's answer proves about its permission is data in the
 * profile (`probeAlsoNeeds`, `probeAlsoAllowedBy`). Pure.
 */
import type { GuideForm } from '../guide/links';
import type { LiveCode } from '../messages/en/live';
import type { PermissionName } from '../profile/kraken';
import { LIVE, livePermissionId } from '../rules/live-registry';
import { getPermission, permissionLabel } from '../rules/permissions';
import type { KrakenErrorInfo } from './errors';
import { liveFinding, type LiveFinding } from './live-finding';
import { KEY_INFO_METHOD, LIVE_PERMISSIONS, PROBES, type RelayMethod } from './probes';
import type { Verdict } from './verdicts';

export interface Answered {
  method: RelayMethod;
  verdict: Verdict;
}

export interface ProbeOptions {
  form: GuideForm;
  egressIps: readonly string[];
}

const accepted = (answers: readonly Answered[]): boolean =>
  answers.some((a) => ['allowed', 'denied', 'unclear'].includes(a.verdict.kind));

/** The first answer that stopped the check without judging the key, if any. */
function stoppedBy(answers: readonly Answered[]): KrakenErrorInfo | null {
  const first = answers[0]?.verdict;
  return first?.kind === 'no-answer' && first.error ? first.error : null;
}

export function authCheck(answers: readonly Answered[], form: GuideForm): LiveFinding {
  const id = LIVE.auth.id;
  const refused = answers.find((a) => a.verdict.kind === 'refused')?.verdict;
  if (refused?.kind === 'refused' && refused.error.category === 'invalid-key') {
    return liveFinding(id, 'fail', 'auth.invalid-key', { form }, 'generate', 'invalid-key');
  }
  if (refused?.kind === 'refused' && refused.error.category === 'invalid-signature') {
    return liveFinding(
      id,
      'fail',
      'auth.invalid-signature',
      { form },
      'generate',
      'invalid-signature',
    );
  }
  if (accepted(answers)) return liveFinding(id, 'pass', 'auth.pass', { form });
  const stop = stoppedBy(answers);
  if (stop) return liveFinding(id, 'skip', 'auth.stopped', { form, error: stop.error });
  const code: LiveCode = refused ? 'auth.nonce-first' : 'auth.no-answer';
  return liveFinding(id, 'skip', code, { form }, null, 'kraken-unavailable');
}

export function nonceCheck(answers: readonly Answered[], form: GuideForm): LiveFinding {
  const id = LIVE.nonce.id;
  const index = answers.findIndex(
    (a) => a.verdict.kind === 'refused' && a.verdict.error.category === 'invalid-nonce',
  );
  if (index === 0) {
    return liveFinding(id, 'fail', 'nonce.first-refused', { form }, 'add-key', 'invalid-nonce');
  }
  if (index > 0) {
    return liveFinding(id, 'fail', 'nonce.later-refused', { form }, 'nonce', 'invalid-nonce');
  }
  const refused = answers.some((a) => a.verdict.kind === 'refused');
  if (accepted(answers) && !refused) return liveFinding(id, 'pass', 'nonce.pass', { form });
  const stop = stoppedBy(answers);
  if (stop && !refused)
    return liveFinding(id, 'skip', 'nonce.stopped', { form, error: stop.error });
  return liveFinding(id, 'skip', refused ? 'nonce.key-refused' : 'nonce.no-answer', { form });
}

/** `live.kraken`: what stopped the check, by the kind of Kraken's answer. */
export function krakenCheck(answers: readonly Answered[], form: GuideForm): LiveFinding | null {
  const blocking = answers.find((a) => a.verdict.kind === 'no-answer')?.verdict;
  if (blocking?.kind !== 'no-answer') return null;
  const id = LIVE.kraken.id;
  const error = blocking.error;
  if (!error) {
    return liveFinding(
      id,
      'warn',
      'kraken.no-answer',
      { form, reason: blocking.reason },
      null,
      'kraken-unavailable',
    );
  }
  const values = { form, error: error.error, code: error.code };
  switch (error.category) {
    case 'lockout':
      return liveFinding(id, 'fail', 'kraken.lockout', values, null, 'temporary-lockout');
    case 'account':
      return liveFinding(
        id,
        'fail',
        error.code === 'EAuth:Account unconfirmed'
          ? 'kraken.account-unconfirmed'
          : 'kraken.account-disabled',
        values,
      );
    case 'rate-limited':
      return error.code === 'EService:Throttled'
        ? liveFinding(
            id,
            'warn',
            'kraken.throttled',
            error.until === undefined ? values : { ...values, until: error.until },
            null,
            'rate-limits',
          )
        : liveFinding(id, 'warn', 'kraken.rate-limited', values, null, 'rate-limits');
    default:
      return liveFinding(
        id,
        'warn',
        error.code === 'EGeneral:Internal error' ? 'kraken.internal-error' : 'kraken.unavailable',
        values,
        null,
        'kraken-unavailable',
      );
  }
}

/** `live.kraken` for an error on GetApiKeyInfo this checker does not know: the check stopped. */
export function unknownErrorCheck(error: KrakenErrorInfo, form: GuideForm): LiveFinding {
  return liveFinding(LIVE.kraken.id, 'warn', 'kraken.unknown-error', { form, error: error.error });
}

function permissionCheck(
  permission: PermissionName,
  verdicts: ReadonlyMap<PermissionName, Verdict>,
  form: GuideForm,
): LiveFinding {
  const id = livePermissionId(permission);
  const facts = getPermission(permission);
  const method = PROBES.find((p) => p.permission === permission)?.method ?? permission;
  const values = { form, permission, method };
  const verdict = verdicts.get(permission);
  const skip = (code: LiveCode) => liveFinding(id, 'skip', code, values);
  if (!verdict) return skip('permission.not-in-batch');
  switch (verdict.kind) {
    case 'not-sent':
      return skip('permission.not-sent');
    case 'refused':
      return skip('permission.key-refused');
    case 'no-answer':
      return verdict.error
        ? liveFinding(
            id,
            'warn',
            'permission.kraken-error',
            { ...values, error: verdict.error.error },
            null,
            verdict.error.trouble ?? 'kraken-unavailable',
          )
        : liveFinding(
            id,
            'warn',
            'permission.no-answer',
            { ...values, reason: verdict.reason },
            null,
            'kraken-unavailable',
          );
    case 'unclear':
      return liveFinding(
        id,
        'warn',
        'permission.unclear',
        { ...values, error: verdict.error.error, code: verdict.error.code },
        'permissions',
      );
    default:
      break;
  }
  const names = (list: readonly PermissionName[]) => list.map((n) => permissionLabel(n, form));
  if (facts.requirement === 'forbidden') {
    if (verdict.kind === 'allowed') {
      return liveFinding(
        id,
        'fail',
        'permission.forbidden-on',
        values,
        'permissions',
        'permission-denied',
      );
    }
    const needs = facts.probeAlsoNeeds ?? [];
    if (needs.some((other) => verdicts.get(other)?.kind !== 'allowed')) {
      return liveFinding(
        id,
        'warn',
        'permission.refusal-needs-other',
        { ...values, names: names(needs) },
        'permissions',
      );
    }
    return liveFinding(id, 'pass', 'permission.forbidden-off', values);
  }
  if (verdict.kind === 'denied') {
    return liveFinding(
      id,
      'fail',
      'permission.required-off',
      { ...values, error: verdict.error.error },
      'permissions',
      'permission-denied',
    );
  }
  const others = facts.probeAlsoAllowedBy ?? [];
  if (others.some((other) => verdicts.get(other)?.kind !== 'denied')) {
    return liveFinding(
      id,
      'warn',
      'permission.other-allows',
      { ...values, names: names(others) },
      'permissions',
    );
  }
  return liveFinding(id, 'pass', 'permission.required-on', values);
}

/** The probes' answers, judged one by one (when GetApiKeyInfo could not be used). */
export function probeFindings(answers: readonly Answered[], options: ProbeOptions): LiveFinding[] {
  const { form } = options;
  const verdicts = new Map<PermissionName, Verdict>();
  for (const answer of answers) {
    const probe = PROBES.find((p) => p.method === answer.method);
    if (probe) verdicts.set(probe.permission, answer.verdict);
  }
  const findings: LiveFinding[] = [authCheck(answers, form), nonceCheck(answers, form)];
  const probes = answers.filter((a) => a.method !== KEY_INFO_METHOD);
  const allDenied = probes.length > 1 && probes.every((a) => a.verdict.kind === 'denied');
  if (allDenied) {
    findings.push(
      liveFinding(
        LIVE.access.id,
        'warn',
        'access.every-call-denied',
        { form, egressIps: options.egressIps },
        'permissions',
        'ip-restriction',
      ),
    );
    for (const permission of LIVE_PERMISSIONS) {
      if (!verdicts.has(permission)) continue;
      findings.push(
        liveFinding(livePermissionId(permission), 'skip', 'permission.every-call-refused', {
          form,
          permission,
        }),
      );
    }
    return findings;
  }
  const kraken = krakenCheck(answers, form);
  if (kraken) findings.push(kraken);
  for (const permission of LIVE_PERMISSIONS) {
    findings.push(permissionCheck(permission, verdicts, form));
  }
  return findings;
}
