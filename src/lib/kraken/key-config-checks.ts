/**
 * The live checks when Kraken reported the key's configuration
 * (GetApiKeyInfo): the guide's own rules, the same functions that judge what
 * the user types, run on what Kraken says.
 */
import type { GuideForm } from '../guide/links';
import type { Finding } from '../rules/finding';
import { checkIpAllowlist } from '../rules/ip-check';
import { contains } from '../rules/intervals';
import { intervalsOf, parseAddressList } from '../rules/ip';
import { checkExpiry, checkQueryWindow } from '../rules/key-config';
import { checkNonceWindow } from '../rules/nonce';
import { SERVICE_PERMISSION_MESSAGE, judgeEveryPermission } from '../rules/permission-checks';
import { listOf, quote } from '../util/text';
import type { KeyInfo } from './key-info';
import { EDITIONS } from '../profile/kraken';

export interface KeyConfigOptions {
  form: GuideForm;
  egressIps: readonly string[];
  serviceRange?: string | undefined;
  now?: number | undefined;
}

/** A rule's result under its live id, saying that Kraken is the source. */
function reported(finding: Finding, id: string): Finding {
  const detail = finding.status === 'skip' ? finding.detail : `Kraken reports: ${finding.detail}`;
  return { ...finding, id, detail };
}

function unknownPermissions(names: readonly string[]): Finding | null {
  if (names.length === 0) return null;
  return {
    id: 'live.unknown-permissions',
    status: 'warn',
    title: 'Permissions unknown to this guide',
    detail: `Kraken reports permissions unknown to this guide: ${listOf(names.map((n) => quote(n)))}. This page cannot say what they allow; the service needs only the permissions listed in the guide.`,
    fix: 'Look the key up on Kraken; untick anything the guide does not list.',
    stepKey: 'permissions',
  };
}

function ipFinding(info: KeyInfo, options: KeyConfigOptions): Finding {
  const range = options.serviceRange?.trim() ?? '';
  const allowlist =
    info.ipAllowlist.length === 0
      ? 'none'
      : listOf(
          info.ipAllowlist.map((e) => quote(e)),
          5,
        );
  if (range === '') {
    return {
      id: 'live.ip',
      status: 'skip',
      title: 'IP restriction',
      detail: `Not checked: this site has no service IP range configured, and none was entered on this page, so Kraken’s allowlist (${allowlist}) cannot be compared with it.`,
      fix: 'Enter the service’s IP range in the IP restriction check above, then run this check again.',
      stepKey: 'ip',
    };
  }
  const finding = checkIpAllowlist(range, info.ipAllowlist.join(', '), options.form);
  const detail = `Kraken reports the allowlist ${allowlist}. ${finding.detail}`;
  return { ...finding, id: 'live.ip', detail };
}

/** Every live check from Kraken's report of the key. */
export function keyInfoFindings(info: KeyInfo, options: KeyConfigOptions): Finding[] {
  const { form } = options;
  const findings: Finding[] = [
    {
      id: 'live.auth',
      status: 'pass',
      title: 'API key and private key',
      detail: 'Kraken accepted the API key and the signature made with the private key.',
      fix: null,
      stepKey: null,
    },
    {
      id: 'live.nonce',
      status: 'pass',
      title: 'Nonce',
      detail:
        'Kraken accepted the check’s nonce (milliseconds): no client has used this key with a larger nonce scale.',
      fix: null,
      stepKey: null,
    },
    ...judgeEveryPermission(info.permissions, { form, prefix: 'live.', source: 'kraken' }),
  ];
  const unknown = unknownPermissions(info.unknownPermissions);
  if (unknown) findings.push(unknown);
  findings.push(
    reported(checkNonceWindow(info.nonceWindow, form), 'live.nonce-window'),
    ipFinding(info, options),
    reported(checkExpiry(info.validUntil, options.now ?? Date.now()), 'live.expiry'),
    reported(checkQueryWindow(info.queryFrom, info.queryTo), 'live.query-window'),
  );
  // Kraken's answer lists every setting: a link to the guide only where there is something to change.
  return findings.map((f) => (f.status === 'pass' ? { ...f, stepKey: null } : f));
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
export function accessFinding(code: string, options: KeyConfigOptions): Finding {
  const field = EDITIONS[options.form].ipField;
  const from =
    options.egressIps.length > 0
      ? `This check calls Kraken from ${listOf(options.egressIps.map((ip) => ip))}`
      : 'This site does not publish the address it calls Kraken from';
  const why = `Kraken answered GetApiKeyInfo with ${code}. That call needs no permission, so the call came from outside the key’s IP allowlist (or, less likely, that the account is blocked).`;
  if (egressInsideRange(options.egressIps, options.serviceRange)) {
    return {
      id: 'live.access',
      status: 'fail',
      title: 'Access from this site',
      detail: `${why} ${from}, which is inside the service’s range: the key’s allowlist leaves out part of the service’s own range, so some of the service’s calls would be refused too.`,
      fix: `Put the service’s whole range in ${field} on the key (or create a new key with it).`,
      stepKey: 'ip',
      trouble: 'ip-restriction',
    };
  }
  const outside =
    options.egressIps.length > 0 && options.serviceRange?.trim()
      ? ', outside the service’s range'
      : '';
  return {
    id: 'live.access',
    status: 'warn',
    title: 'Access from this site',
    detail: `${why} ${from}${outside}. This is what a key restricted to the service’s range, as the guide asks, looks like from here: its permissions and other settings cannot be read from this site’s address.`,
    fix: `Nothing to change if ${field} holds the service’s range. The service’s own connection test will tell: if it connects without “${SERVICE_PERMISSION_MESSAGE}”, the key works.`,
    stepKey: 'connect',
    trouble: 'ip-restriction',
  };
}
