/**
 * The shape of a message catalogue. Rules return a code and its values
 * (numbers, Kraken's verbatim labels, quoted input); a catalogue per language
 * turns them into words. `RuleCatalogue` is a mapped type over every code, so
 * a catalogue that lacks one fails the typecheck. No zod and no words here:
 * the islands import this module.
 */
import type { GuideForm, StepKey, TroubleKey } from '../guide/links';
import type { PermissionName } from '../profile/kraken';

export const LANGS = ['en', 'id'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'id';
}

/** A finding's words, in one language. */
export interface Words {
  title: string;
  detail: string;
  fix: string | null;
}

/** Who says a permission is on or off: what the user ticked, or Kraken itself. */
export type Source = 'typed' | 'kraken';

/** Why a pasted key is not base64. `chars`: up to three, already quoted or named by code point. */
export type NotBase64 =
  | { kind: 'foreign'; chars: readonly string[]; more: boolean; count: number }
  | { kind: 'padding' }
  | { kind: 'length' };

/** Why one entry of an address list was not read. */
export type EntryProblem =
  | { kind: 'zone' }
  | { kind: 'not-an-address' }
  | { kind: 'not-four-decimals' }
  | { kind: 'too-long' }
  | { kind: 'not-cidr' }
  | { kind: 'range' }
  | { kind: 'no-prefix' }
  | { kind: 'prefix-too-long'; prefix: number; family: Family };

export type Family = 'ipv4' | 'ipv6';

/** The invalid entries of one list, with their problem; `entry` is the input, unquoted. */
export interface ListProblems {
  errors: readonly { entry: string; problem: EntryProblem }[];
  /** More entries than were read; `max` is how many were. */
  truncated: boolean;
  max: number;
}

/** An entry of Kraken's field that admits far more than the service's range. */
export interface BroadEntry {
  block: string;
  family: Family;
  prefix: number;
}

export type NonceProblem = 'ambiguous' | 'not-a-number' | 'negative' | 'fraction' | 'too-large';

interface Perm {
  name: PermissionName;
  form: GuideForm;
  source: Source;
}

/** Every message code with the values its words are made from. */
export interface MessageValues {
  'permission.required.pass': Perm;
  'permission.required.fail': Perm;
  'permission.forbidden.pass': Perm;
  'permission.forbidden.fail': Perm;
  'permission.extra-one.pass': Perm;
  'permission.extra-one.warn': Perm;
  'permission.skip': { name: PermissionName; form: GuideForm };
  'permission.extra.pass': { form: GuideForm };
  'permission.extra.warn': { form: GuideForm; on: readonly PermissionName[] };
  'permission.extra.skip': Record<string, never>;
  'ip.skip': Record<string, never>;
  'ip.fail': {
    form: GuideForm;
    service: ListProblems;
    allowlist: ListProblems;
    /** CIDR blocks of the service's range that the allowlist leaves out. */
    missing: readonly string[];
  };
  'ip.empty': { form: GuideForm; range: readonly string[] };
  'ip.broad': { form: GuideForm; broad: readonly BroadEntry[]; range: readonly string[] };
  'ip.pass': { form: GuideForm };
  'nonce.skip': { form: GuideForm };
  'nonce.empty': { form: GuideForm };
  'nonce.invalid': { form: GuideForm; problem: NonceProblem; typed: string };
  'nonce.pass': { value: number; readFrom: string | null };
  'nonce.low': { form: GuideForm; value: number; readFrom: string | null };
  'nonce.high': { form: GuideForm; value: number; readFrom: string | null };
  'key.api.skip': Record<string, never>;
  'key.api.invalid': { problem: NotBase64 };
  'key.api.pass': Record<string, never>;
  'key.api.length': { length: number; privateLength: boolean };
  'key.private.server': Record<string, never>;
  'key.private.skip': Record<string, never>;
  'key.private.invalid': { problem: NotBase64 };
  'key.private.pass': Record<string, never>;
  'key.private.length': {
    length: number;
    bytes: number;
    hint: 'padding' | 'api-length' | 'short' | null;
  };
  'key.swapped.skip': Record<string, never>;
  'key.swapped.same': Record<string, never>;
  'key.swapped.both': Record<string, never>;
  'key.swapped.api-private': { server: boolean };
  'key.swapped.private-api': Record<string, never>;
  'key.swapped.pass': { server: boolean; apiLength: number };
  'expiry.pass': Record<string, never>;
  'expiry.fail': { date: number };
  'expiry.warn': { date: number };
  'query-window.pass': Record<string, never>;
  'query-window.fail': { from: number | null; to: number | null };
}
export type MessageCode = keyof MessageValues;

/** The codes only the live check meets: settings Kraken reports and no one types. */
export type KeyConfigCode =
  'expiry.pass' | 'expiry.fail' | 'expiry.warn' | 'query-window.pass' | 'query-window.fail';
/** The codes of the offline checks, the ones the islands render. */
export type OfflineCode = Exclude<MessageCode, KeyConfigCode>;

/** A code with its values, checked together. */
export type Coded<C extends MessageCode = MessageCode> = {
  [K in C]: { code: K; values: MessageValues[K] };
}[C];

/** A rule's result before it has words: its code and values, its guide step and troubleshooting entry. */
export type CodedFinding<C extends MessageCode = MessageCode> = Coded<C> & {
  id: string;
  status: 'pass' | 'fail' | 'warn' | 'skip';
  /** The guide step that fixes it; null when none. */
  stepKey: StepKey | null;
  /** A troubleshooting entry with more background. */
  trouble?: TroubleKey | undefined;
};
export type OfflineFinding = CodedFinding<OfflineCode>;

/** The words of some codes in one language: a mapped type, so a missing code fails the typecheck. */
export type Catalogue<C extends MessageCode> = {
  readonly [K in C]: (values: MessageValues[K]) => Words;
};
/** The offline rules' words: what an island ships. */
export type RuleCatalogue = Catalogue<OfflineCode>;
/** The words of the key settings only Kraken reports (expiry, query dates). */
export type KeyConfigCatalogue = Catalogue<KeyConfigCode>;

/** Text around a link: `before` + link text + `after`. */
export interface Linked {
  before: string;
  link: string;
  after: string;
}

/** Every string of the checker's islands, in one language (the result page's own: ResultWords). */
export interface UiCatalogue {
  status: Record<'pass' | 'fail' | 'warn' | 'skip', string>;
  /** For the live region: "2 failed, 1 warning". */
  counts: (status: 'pass' | 'fail' | 'warn' | 'skip', n: number) => string;
  fix: string;
  /** Screen-reader context after a result's link: " (for Nonce window)". */
  forResult: (title: string) => string;
  sections: Record<'permissions' | 'ip' | 'nonce' | 'keys', string>;
  /** Completes "Check your key’s …" on a guide page's island. */
  topics: Record<'permissions' | 'ip' | 'nonce' | 'keys', string>;
  panelTitle: (topic: string) => string;
  panelAnnouncement: (topic: string) => string;
  noScript: Linked;
  guideName: Record<GuideForm, string>;
  stepTitles: Record<GuideForm, Partial<Record<StepKey, string>>>;
  helpTitles: Record<TroubleKey, string>;
  troubleshooting: (title: string) => string;
  summary: {
    none: string;
    /** "Fill in …, and <strong>Check my key</strong> checks everything at once." */
    noneText: { before: string; strong: string; after: string };
    fix: (n: number) => string;
    incomplete: string;
    ready: string;
    readyText: string;
    worth: (titles: readonly string[]) => string;
    unchecked: (titles: readonly string[]) => string;
  };
  checker: {
    label: string;
    announcement: string;
    submit: string;
  };
  permissions: {
    whichForm: string;
    asOn: (formName: string) => string;
    tickExactly: string;
  };
  ip: {
    rangeLabel: string;
    prefilled: (serviceName: string) => string;
    /** "Copy the range from X’s Kraken connection page" + " (open it)" + ", exactly as shown." */
    copyRange: (serviceName: string) => string;
    openIt: string;
    exactly: string;
    allowLabel: string;
    allowHint: (field: string) => string;
  };
  nonce: { label: string; hint: (field: string) => string };
  keys: {
    apiLabel: string;
    apiHint: string;
    privateLabel: string;
    privateHint: string;
    privateNote: string;
    show: string;
  };
}

/**
 * The no-JavaScript result page's own words. Apart from the islands' (UiCatalogue): only the
 * server renders them, so no page's JavaScript carries them.
 */
export interface ResultWords {
  title: string;
  description: string;
  intro: string;
  startOver: string;
  errors: Record<'type' | 'size' | 'unreadable', string>;
}

/** One language's messages: what a page ships for its checker. */
export interface Messages {
  lang: Lang;
  rules: RuleCatalogue;
  ui: UiCatalogue;
}
