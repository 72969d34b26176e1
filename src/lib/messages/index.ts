/**
 * Every language's messages, for the server (the check API and the result
 * pages answer in the request's language). Islands never import this module:
 * each imports its own language's catalogue only.
 */
import { EN } from './en';
import { EN_LIVE } from './en/live';
import { EN_RESULT } from './en/ui';
import { ID } from './id';
import { ID_LIVE } from './id/live';
import { ID_RESULT } from './id/ui';
import type { LiveCatalogue } from './live-types';
import type { Lang, Messages, ResultWords } from './types';

export const MESSAGES: Readonly<Record<Lang, Messages>> = { en: EN, id: ID };

/** The no-JavaScript result page's own words, per language. */
export const RESULT_WORDS: Readonly<Record<Lang, ResultWords>> = { en: EN_RESULT, id: ID_RESULT };

/** The live check's outcome words, per language (the relay answers in the request's). */
export const LIVE_MESSAGES_BY_LANG: Readonly<Record<Lang, LiveCatalogue>> = {
  en: EN_LIVE,
  id: ID_LIVE,
};

export type * from './types';
export { DEFAULT_LANG, LANGS, isLang } from './types';
