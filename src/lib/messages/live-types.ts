/**
 * The shape of the live check's catalogues, one per language. The server's
 * part (`LiveCatalogue`: every outcome code, Kraken's errors, the relay's
 * reasons) words the checks in the request's language; the island's part
 * (`LiveWords`) holds the page's own words: the headline, how the key was
 * checked, the key's details and the interface. Both are plain interfaces
 * over the English codes, so a language that lacks one fails the typecheck.
 * No zod and no words here: the islands import this module.
 */
import type { GuideForm } from '../guide/links';
import type { JudgedField } from '../kraken/key-info';
import type { NoAnswerReason } from '../kraken/reasons';
import type { PermissionName } from '../profile/kraken';
import type { Lang } from './types';

export interface LiveText {
  title: string;
  detail: string;
  fix: string | null;
}

/** The checks that are not a permission's, when Kraken leaves their field out. */
export type LiveCheckName = 'ip' | 'nonceWindow' | 'expiry' | 'queryWindow';

export interface LiveValues {
  form: GuideForm;
  /** Kraken's error string, verbatim. */
  error?: string;
  /** The code of that error in the error table, e.g. `EService:Throttled`. */
  code?: string;
  method?: string;
  permission?: PermissionName;
  /** Unix seconds. */
  until?: number;
  egressIps?: readonly string[];
  /** Whether the relay's addresses are known to lie outside the service's range. */
  outsideRange?: boolean;
  /** Why the relay has no answer (a code and values). */
  reason?: NoAnswerReason | null;
  names?: readonly string[];
  allowlist?: readonly string[];
  /** The fields of Kraken's answer a check needed and did not get. */
  fields?: readonly JudgedField[];
  /** A shared rule's own words (already in the catalogue's language), reported as Kraken's. */
  detail?: string;
  /** The check that is not a permission's. */
  check?: LiveCheckName;
}

/** Every live outcome code. */
export type LiveCode =
  | 'auth.pass'
  | 'auth.pass-one'
  | 'auth.invalid-key'
  | 'auth.invalid-signature'
  | 'auth.nonce-first'
  | 'auth.stopped'
  | 'auth.no-answer'
  | 'nonce.pass'
  | 'nonce.pass-one'
  | 'nonce.first-refused'
  | 'nonce.later-refused'
  | 'nonce.key-refused'
  | 'nonce.stopped'
  | 'nonce.no-answer'
  | 'access.every-call-denied'
  | 'access.range-left-out'
  | 'access.outside-allowlist'
  | 'kraken.lockout'
  | 'kraken.rate-limited'
  | 'kraken.throttled'
  | 'kraken.account-disabled'
  | 'kraken.account-unconfirmed'
  | 'kraken.unavailable'
  | 'kraken.internal-error'
  | 'kraken.no-answer'
  | 'kraken.unknown-error'
  | 'permission.not-in-batch'
  | 'permission.not-sent'
  | 'permission.key-refused'
  | 'permission.kraken-error'
  | 'permission.no-answer'
  | 'permission.unclear'
  | 'permission.forbidden-on'
  | 'permission.refusal-needs-other'
  | 'permission.forbidden-off'
  | 'permission.required-off'
  | 'permission.other-allows'
  | 'permission.required-on'
  | 'permission.every-call-refused'
  | 'permission.not-described'
  | 'not-reported'
  | 'unknown-permissions'
  | 'ip.no-range'
  | 'ip.reported';

/** The server's live words in one language. */
export interface LiveCatalogue {
  lang: Lang;
  messages: Readonly<Record<LiveCode, (v: LiveValues) => LiveText>>;
  /** A shared rule's detail, said of what Kraken reported. */
  reported: (detail: string) => string;
}

/** Why the probes ran instead of GetApiKeyInfo (LiveAbout's fallback codes). */
export interface FallbackWords {
  'unknown-method': (error: string) => string;
  unreadable: () => string;
  'not-asked': () => string;
}

/** The live island's words in one language. */
export interface LiveWords {
  lang: Lang;
  fix: (fails: number) => string;
  noAnswer: string;
  stopped: string;
  notDescribed: string;
  everyCallRefused: string;
  ready: string;
  warnings: (warnings: number) => string;
  announcement: (title: string, counts: string) => string;
  calls: (calls: number) => string;
  fallback: FallbackWords;
  probed: (calls: string, why: string) => string;
  described: (calls: string, missing: number) => string;
  stoppedThere: (calls: string) => string;
  notReported: string;
  facts: { name: string; created: string; modified: string; lastUsed: string };
  table: { caption: string; setting: string; kraken: string; guide: string };
  notSet: string;
  notUsed: string;
  noName: string;
  rows: {
    permissions: string;
    nonceWindow: string;
    ipAllowlist: string;
    expiry: string;
    queryDates: string;
  };
  guide: { permissions: (labels: string) => string; ipAllowlist: string };
  none: string;
  anyAddress: string;
  unknownName: (name: string) => string;
  entries: (shown: string, count: string) => string;
  range: (from: string, to: string) => string;
  /** Unix seconds as this language writes a date and time. */
  date: (seconds: number) => string;
  integer: (value: number) => string;
  list: (items: readonly string[], max?: number) => string;
  ui: LiveUi;
}

/** The island's interface and the page-side outcomes (run-live-check.ts). */
export interface LiveUi {
  heading: string;
  noScript: { before: string; link: string; after: string };
  what: (probes: number) => string;
  button: string;
  progress: string;
  titles: {
    unreachable: string;
    input: string;
    tooMany: string;
    serverError: string;
    refused: string;
  };
  againAt: (time: string) => string;
  stillTyped: string;
  enterApiKey: string;
  enterPrivateKey: string;
  notPrivateKey: string;
  cannotSign: string;
  late: string;
  unreachable: string;
  notUnderstood: (status: number) => string;
  serverFailed: (status: number) => string;
  /**
   * A refusal of this site's server: `message` is the server's own, in the page's language,
   * or '' when the server answered in another (the site's edge speaks English only).
   */
  refusal: (status: number, code: string, message: string) => string;
  /** The device's clock against the server's; `corrected`: the check signed with the server's time. */
  clock: (offsetMs: number, corrected: boolean) => string;
  announce: (message: string) => string;
}
