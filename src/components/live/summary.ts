import { countText } from '../../lib/checker/checks';
import type { GuideForm } from '../../lib/guide/links';
import type { KeyInfo } from '../../lib/kraken/key-info';
import { NONCE_WINDOW, type PermissionName } from '../../lib/profile/kraken';
import type { Check } from '../../lib/rules/finding';
import { formatUnixSeconds } from '../../lib/rules/key-config';
import { REQUIRED_PERMISSIONS, permissionLabel } from '../../lib/rules/permissions';
import { formatInteger, listOf } from '../../lib/util/text';
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
    title =
      checks.find((c) => c.id === 'live.access')?.title === 'Access from this site'
        ? 'Kraken does not describe this key to this site'
        : 'Kraken refused every call';
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

/** One row of "what Kraken reports beside what the guide needs". */
export interface ConfigRow {
  setting: string;
  kraken: string;
  guide: string;
}

const none = (value: number | null): string =>
  value === null ? 'not set' : formatUnixSeconds(value);

/** Kraken's report of the key, row by row, beside what the guide asks for. */
export function configurationRows(key: KeyInfo, form: GuideForm): ConfigRow[] {
  const label = (name: PermissionName) => permissionLabel(name, form);
  const permissions = [
    ...key.permissions.map(label),
    ...key.unknownPermissions.map((name) => `${name} (unknown to this guide)`),
  ];
  const allowlist =
    key.ipAllowlistCount === 0
      ? 'none (any address)'
      : key.ipAllowlistCount > key.ipAllowlist.length
        ? `${key.ipAllowlist.slice(0, 20).join(', ')} … (${formatInteger(key.ipAllowlistCount)} entries)`
        : listOf(key.ipAllowlist, 20);
  return [
    {
      setting: 'Permissions',
      kraken: permissions.length > 0 ? permissions.join(', ') : 'none',
      guide: `${REQUIRED_PERMISSIONS.map(label).join(', ')}; nothing else`,
    },
    {
      setting: 'Nonce window',
      kraken: formatInteger(key.nonceWindow),
      guide: formatInteger(NONCE_WINDOW),
    },
    { setting: 'IP allowlist', kraken: allowlist, guide: 'the service’s IP range' },
    { setting: 'Key expiration', kraken: none(key.validUntil), guide: 'not set' },
    {
      setting: 'Query start and end dates',
      kraken:
        key.queryFrom === null && key.queryTo === null
          ? 'not set'
          : `${none(key.queryFrom)} to ${none(key.queryTo)}`,
      guide: 'not set',
    },
  ];
}

/** "not used yet", a date, or that Kraken did not say. */
export function lastUsedText(key: KeyInfo): string {
  if (key.lastUsed === undefined) return 'not reported';
  return key.lastUsed === null ? 'not used yet' : formatUnixSeconds(key.lastUsed);
}
