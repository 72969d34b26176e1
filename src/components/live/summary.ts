import { countIn } from '../../lib/checker/run-checks';
import type { GuideForm } from '../../lib/guide/links';
import type { KeyInfo } from '../../lib/kraken/key-info';
import type { LiveAbout } from '../../lib/kraken/live-about';
import type { LiveWords } from '../../lib/messages/live-types';
import type { UiCatalogue } from '../../lib/messages/types';
import { NONCE_WINDOW, type PermissionName } from '../../lib/profile/kraken';
import type { Check } from '../../lib/rules/finding';
import { LIVE } from '../../lib/rules/live-registry';
import { REQUIRED_PERMISSIONS, permissionLabel } from '../../lib/rules/permissions';
import type { LiveOutcome } from './run-live-check';

/** The page's words: the live island's and the checker's (its counts). */
export interface LiveLang {
  words: LiveWords;
  ui: UiCatalogue;
}

export type LiveVerdict = 'fix' | 'attention' | 'ready' | 'no-answer';

export interface LiveSummary {
  verdict: LiveVerdict;
  title: string;
  /** What the polite live region says once the check is done. */
  announcement: string;
}

/**
 * The headline over Kraken's answers: what the person needs to know first. It
 * branches on check ids and on the codes in `about`, never on words.
 */
export function summarizeChecks(
  { words: LIVE_WORDS, ui }: LiveLang,
  checks: readonly Check[],
  about: LiveAbout | null = null,
): LiveSummary {
  const counts = countIn(ui, checks);
  const kraken = checks.find((c) => c.id === LIVE.kraken.id);
  const fails = checks.filter((c) => c.status === 'fail').length;
  let verdict: LiveVerdict;
  let title: string;
  if (kraken && kraken.status !== 'fail') {
    verdict = 'no-answer';
    const stop = about?.stop?.code;
    title =
      stop === undefined || stop === 'no-answer' || stop === 'unavailable'
        ? LIVE_WORDS.noAnswer
        : LIVE_WORDS.stopped;
  } else if (fails > 0) {
    verdict = 'fix';
    title = LIVE_WORDS.fix(fails);
  } else if (checks.some((c) => c.id === LIVE.access.id)) {
    verdict = 'attention';
    // GetApiKeyInfo refused: the allowlist keeps this site out; probes refused: it cannot say.
    title = about?.checkedWith === 'probes' ? LIVE_WORDS.everyCallRefused : LIVE_WORDS.notDescribed;
  } else {
    const warnings = checks.filter((c) => c.status === 'warn').length;
    verdict = 'ready';
    title = warnings === 0 ? LIVE_WORDS.ready : LIVE_WORDS.warnings(warnings);
  }
  return { verdict, title, announcement: LIVE_WORDS.announcement(title, counts) };
}

/** The live region's words for any outcome. */
export function announce(lang: LiveLang, outcome: LiveOutcome): string {
  return outcome.kind === 'checks'
    ? summarizeChecks(lang, outcome.checks, outcome.about).announcement
    : lang.words.ui.announce(outcome.message);
}

/** One row of "what Kraken reports beside what the guide needs". */
export interface ConfigRow {
  setting: string;
  kraken: string;
  guide: string;
}

/** A date, "not set" (null), or that Kraken did not report it (undefined). */
const dateText = (W: LiveWords, value: number | null | undefined): string =>
  value === undefined ? W.notReported : value === null ? W.notSet : W.date(value);

function allowlistText(W: LiveWords, key: KeyInfo): string {
  const { ipAllowlist, ipAllowlistCount = 0 } = key;
  if (ipAllowlist === undefined) return W.notReported;
  if (ipAllowlistCount === 0) return W.anyAddress;
  return ipAllowlistCount > ipAllowlist.length
    ? W.entries(ipAllowlist.slice(0, 20).join(', '), W.integer(ipAllowlistCount))
    : W.list(ipAllowlist, 20);
}

function queryText(W: LiveWords, key: KeyInfo): string {
  const { queryFrom, queryTo } = key;
  if (queryFrom === undefined && queryTo === undefined) return W.notReported;
  if (queryFrom === null && queryTo === null) return W.notSet;
  return W.range(dateText(W, queryFrom), dateText(W, queryTo));
}

/** Kraken's report of the key, row by row, beside what the guide asks for. */
export function configurationRows(W: LiveWords, key: KeyInfo, form: GuideForm): ConfigRow[] {
  const label = (name: PermissionName) => permissionLabel(name, form);
  const permissions =
    key.permissions === undefined
      ? null
      : [...key.permissions.map(label), ...key.unknownPermissions.map(W.unknownName)];
  return [
    {
      setting: W.rows.permissions,
      kraken:
        permissions === null
          ? W.notReported
          : permissions.length > 0
            ? permissions.join(', ')
            : W.none,
      guide: W.guide.permissions(REQUIRED_PERMISSIONS.map(label).join(', ')),
    },
    {
      setting: W.rows.nonceWindow,
      kraken: key.nonceWindow === undefined ? W.notReported : W.integer(key.nonceWindow),
      guide: W.integer(NONCE_WINDOW),
    },
    { setting: W.rows.ipAllowlist, kraken: allowlistText(W, key), guide: W.guide.ipAllowlist },
    { setting: W.rows.expiry, kraken: dateText(W, key.validUntil), guide: W.notSet },
    { setting: W.rows.queryDates, kraken: queryText(W, key), guide: W.notSet },
  ];
}

/** The key's name, dates and last use, as Kraken reported them. */
export interface KeyFacts {
  name: string;
  created: string;
  modified: string;
  lastUsed: string;
}

export function keyFacts(W: LiveWords, key: KeyInfo): KeyFacts {
  return {
    name: key.name === undefined ? W.notReported : key.name === '' ? W.noName : key.name,
    created: dateText(W, key.createdTime),
    modified: dateText(W, key.modifiedTime),
    lastUsed: key.lastUsed === null ? W.notUsed : dateText(W, key.lastUsed),
  };
}

/** The sentence saying how the key was checked. */
export function checkedWithText(W: LiveWords, about: LiveAbout): string {
  const calls = W.calls(about.calls);
  if (about.checkedWith === 'probes') {
    const fallback = about.fallback ?? { code: 'not-asked' as const };
    return W.probed(calls, W.fallback[fallback.code](fallback.error ?? ''));
  }
  return about.key ? W.described(calls, about.key.notReported.length) : W.stoppedThere(calls);
}
