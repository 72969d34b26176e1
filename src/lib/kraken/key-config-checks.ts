/**
 * The live checks when Kraken reported the key's configuration
 * (GetApiKeyInfo): the guide's own rules, the same functions that judge what
 * the user types, run on what Kraken says. Each field Kraken reported is
 * judged exactly; a check whose field Kraken left out says "not reported by
 * Kraken" (skip), and the rest of the answer still counts.
 */
import type { GuideForm } from '../guide/links';
import type { JudgedField } from './key-info';
import { LIVE_MESSAGES_BY_LANG, MESSAGES } from '../messages';
import { EN_KEY_CONFIG } from '../messages/en/key-config';
import { ID_KEY_CONFIG } from '../messages/id/key-config';
import type { LiveCheckName } from '../messages/live-types';
import { renderFinding } from '../messages/render';
import type {
  Catalogue,
  CodedFinding,
  KeyConfigCatalogue,
  Lang,
  MessageCode,
} from '../messages/types';
import type { Finding } from '../rules/finding';
import { contains } from '../rules/intervals';
import { intervalsOf, parseAddressList } from '../rules/ip';
import { assessIpAllowlist } from '../rules/ip-rule';
import { assessExpiry, assessQueryWindow } from '../rules/key-config';
import { LIVE, LIVE_PREFIX, livePermissionId } from '../rules/live-registry';
import { assessNonceWindow } from '../rules/nonce-rule';
import { assessEveryPermission } from '../rules/permission-rules';
import { PERMISSION_NAMES } from '../profile/kraken';
import type { KeyInfo } from './key-info';
import { liveFinding, type LiveFinding } from './live-finding';

export interface KeyConfigOptions {
  form: GuideForm;
  egressIps: readonly string[];
  serviceRange?: string | undefined;
  now?: number | undefined;
  /** The language of the words; English by default. */
  lang?: Lang | undefined;
}

const KEY_CONFIG: Readonly<Record<Lang, KeyConfigCatalogue>> = {
  en: EN_KEY_CONFIG,
  id: ID_KEY_CONFIG,
};

/** A shared rule's coded result in the request's language. */
function words(coded: CodedFinding, lang: Lang): Finding {
  const every: Catalogue<MessageCode> = { ...MESSAGES[lang].rules, ...KEY_CONFIG[lang] };
  return renderFinding(every, coded);
}

/** A rule's result under its live id, saying that Kraken is the source. */
function reported(coded: CodedFinding, id: string, lang: Lang): Finding {
  const finding = words(coded, lang);
  const detail =
    finding.status === 'skip'
      ? finding.detail
      : LIVE_MESSAGES_BY_LANG[lang].reported(finding.detail);
  return { ...finding, id, detail };
}

function notReported(
  id: string,
  form: GuideForm,
  fields: readonly JudgedField[],
  check: LiveCheckName,
): LiveFinding {
  return liveFinding(id, 'skip', 'not-reported', { form, fields, check });
}

function ipFinding(info: KeyInfo, options: KeyConfigOptions): LiveFinding | Finding {
  const { form, lang = 'en' } = options;
  if (info.ipAllowlist === undefined) {
    return notReported(LIVE.ip.id, form, ['ipAllowlist'], 'ip');
  }
  const allowlist = info.ipAllowlist;
  const range = options.serviceRange?.trim() ?? '';
  if (range === '')
    return liveFinding(LIVE.ip.id, 'skip', 'ip.no-range', { form, allowlist }, 'ip');
  const finding = words(assessIpAllowlist(range, allowlist.join(', '), form), lang);
  // The IP rule's own title, fix and links stay; its detail gets Kraken's allowlist first.
  const live = LIVE_MESSAGES_BY_LANG[lang].messages['ip.reported'];
  const detail = live({ form, allowlist, detail: finding.detail }).detail;
  return { ...finding, id: LIVE.ip.id, detail };
}

/** Every live check from Kraken's report of the key, field by field. */
export function keyInfoFindings(
  info: KeyInfo,
  options: KeyConfigOptions,
): (LiveFinding | Finding)[] {
  const { form, lang = 'en' } = options;
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
      ...assessEveryPermission(info.permissions, {
        form,
        prefix: LIVE_PREFIX,
        source: 'kraken',
      }).map((coded) => words(coded, lang)),
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
      ? notReported(LIVE.nonceWindow.id, form, ['nonceWindow'], 'nonceWindow')
      : reported(assessNonceWindow(info.nonceWindow, form), LIVE.nonceWindow.id, lang),
    ipFinding(info, options),
    info.validUntil === undefined
      ? notReported(LIVE.expiry.id, form, ['validUntil'], 'expiry')
      : reported(assessExpiry(info.validUntil, options.now ?? Date.now()), LIVE.expiry.id, lang),
    queryFinding(info, form, lang),
  );
  // Kraken's answer lists every setting: a link to the guide only where there is something to change.
  return findings.map((f) => (f.status === 'pass' ? { ...f, stepKey: null } : f));
}

/**
 * Query dates: a date Kraken reports fails whatever the other field says; only when
 * neither reported field is set does a missing one leave the check unjudged.
 */
function queryFinding(info: KeyInfo, form: GuideForm, lang: Lang): LiveFinding | Finding {
  const { queryFrom, queryTo } = info;
  const missing = (['queryFrom', 'queryTo'] as const).filter((f) => info[f] === undefined);
  const anySet = (queryFrom ?? null) !== null || (queryTo ?? null) !== null;
  if (missing.length > 0 && !anySet) {
    return notReported(LIVE.queryWindow.id, form, missing, 'queryWindow');
  }
  return reported(assessQueryWindow(queryFrom ?? null, queryTo ?? null), LIVE.queryWindow.id, lang);
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
