/**
 * The live checks when Kraken reported the key's configuration
 * (GetApiKeyInfo): the guide's own rules, the same functions that judge what
 * the user types, run on what Kraken says. Each field Kraken reported is
 * judged exactly; a check whose field Kraken left out says "not reported by
 * Kraken" (skip), and the rest of the answer still counts.
 */
import type { GuideForm } from '../guide/links';
import type { JudgedField } from './key-info';
import { LIVE_MESSAGES, LIVE_WORDS } from '../messages/en/live';
import type { Finding } from '../rules/finding';
import { checkIpAllowlist } from '../rules/ip-check';
import { contains } from '../rules/intervals';
import { intervalsOf, parseAddressList } from '../rules/ip';
import { checkExpiry, checkQueryWindow } from '../rules/key-config';
import { LIVE, LIVE_PREFIX, livePermissionId } from '../rules/live-registry';
import { checkNonceWindow } from '../rules/nonce';
import { judgeEveryPermission } from '../rules/permission-checks';
import { PERMISSION_NAMES } from '../profile/kraken';
import type { KeyInfo } from './key-info';
import { liveFinding, type LiveFinding } from './live-finding';

export interface KeyConfigOptions {
  form: GuideForm;
  egressIps: readonly string[];
  serviceRange?: string | undefined;
  now?: number | undefined;
}

/** A rule's result under its live id, saying that Kraken is the source. */
function reported(finding: Finding, id: string): Finding {
  const detail = finding.status === 'skip' ? finding.detail : LIVE_WORDS.reported(finding.detail);
  return { ...finding, id, detail };
}

function notReported(
  id: string,
  form: GuideForm,
  fields: readonly JudgedField[],
  name: string,
): LiveFinding {
  return liveFinding(id, 'skip', 'not-reported', { form, fields, name });
}

function ipFinding(info: KeyInfo, options: KeyConfigOptions): LiveFinding | Finding {
  const { form } = options;
  if (info.ipAllowlist === undefined) {
    return notReported(LIVE.ip.id, form, ['ipAllowlist'], 'IP restriction');
  }
  const allowlist = info.ipAllowlist;
  const range = options.serviceRange?.trim() ?? '';
  if (range === '')
    return liveFinding(LIVE.ip.id, 'skip', 'ip.no-range', { form, allowlist }, 'ip');
  const finding = checkIpAllowlist(range, allowlist.join(', '), form);
  // The IP rule's own title, fix and links stay; its detail gets Kraken's allowlist first.
  const detail = LIVE_MESSAGES['ip.reported']({ form, allowlist, detail: finding.detail }).detail;
  return { ...finding, id: LIVE.ip.id, detail };
}

/** Every live check from Kraken's report of the key, field by field. */
export function keyInfoFindings(
  info: KeyInfo,
  options: KeyConfigOptions,
): (LiveFinding | Finding)[] {
  const { form } = options;
  const findings: (LiveFinding | Finding)[] = [
    liveFinding(LIVE.auth.id, 'pass', 'auth.pass-one', { form }),
    liveFinding(LIVE.nonce.id, 'pass', 'nonce.pass-one', { form }),
  ];
  if (info.permissions === undefined) {
    for (const permission of PERMISSION_NAMES) {
      findings.push(
        liveFinding(livePermissionId(permission), 'skip', 'not-reported', {
          form,
          permission,
          fields: ['permissions'],
        }),
      );
    }
  } else {
    findings.push(
      ...judgeEveryPermission(info.permissions, { form, prefix: LIVE_PREFIX, source: 'kraken' }),
    );
  }
  if (info.unknownPermissions.length > 0) {
    findings.push(
      liveFinding(
        LIVE.unknownPermissions.id,
        'warn',
        'unknown-permissions',
        { form, names: info.unknownPermissions },
        'permissions',
      ),
    );
  }
  findings.push(
    info.nonceWindow === undefined
      ? notReported(LIVE.nonceWindow.id, form, ['nonceWindow'], 'Nonce window')
      : reported(checkNonceWindow(info.nonceWindow, form), LIVE.nonceWindow.id),
    ipFinding(info, options),
    info.validUntil === undefined
      ? notReported(LIVE.expiry.id, form, ['validUntil'], 'Key expiry')
      : reported(checkExpiry(info.validUntil, options.now ?? Date.now()), LIVE.expiry.id),
    queryFinding(info, form),
  );
  // Kraken's answer lists every setting: a link to the guide only where there is something to change.
  return findings.map((f) => (f.status === 'pass' ? { ...f, stepKey: null } : f));
}

/**
 * Query dates: a date Kraken reports fails whatever the other field says; only when
 * neither reported field is set does a missing one leave the check unjudged.
 */
function queryFinding(info: KeyInfo, form: GuideForm): LiveFinding | Finding {
  const { queryFrom, queryTo } = info;
  const missing = (['queryFrom', 'queryTo'] as const).filter((f) => info[f] === undefined);
  const anySet = (queryFrom ?? null) !== null || (queryTo ?? null) !== null;
  if (missing.length > 0 && !anySet) {
    return notReported(LIVE.queryWindow.id, form, missing, 'Query start and end dates');
  }
  return reported(checkQueryWindow(queryFrom ?? null, queryTo ?? null), LIVE.queryWindow.id);
}

/** Whether every address the relay calls from lies in the service's range. */
function egressInsideRange(
  egressIps: readonly string[],
  serviceRange: string | undefined,
): boolean {
  if (egressIps.length === 0 || !serviceRange?.trim()) return false;
  const range = parseAddressList(serviceRange);
  const egress = parseAddressList(egressIps.join(', '));
  if (egress.blocks.length === 0 || egress.errors.length > 0) return false;
  return (['ipv4', 'ipv6'] as const).every((family) =>
    contains(intervalsOf(range.blocks, family), intervalsOf(egress.blocks, family)),
  );
}

/**
 * `live.access` when GetApiKeyInfo, which needs no permission, was refused:
 * the call came from outside the key's IP allowlist (or the account is blocked).
 */
export function accessFinding(error: string, options: KeyConfigOptions): LiveFinding {
  const { form, egressIps } = options;
  const id = LIVE.access.id;
  if (egressInsideRange(egressIps, options.serviceRange)) {
    return liveFinding(
      id,
      'fail',
      'access.range-left-out',
      { form, error, egressIps },
      'ip',
      'ip-restriction',
    );
  }
  const outsideRange = egressIps.length > 0 && Boolean(options.serviceRange?.trim());
  return liveFinding(
    id,
    'warn',
    'access.outside-allowlist',
    { form, error, egressIps, outsideRange },
    'connect',
    'ip-restriction',
  );
}
