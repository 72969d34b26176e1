/**
 * Every language's messages, for the server (the check API and the result
 * pages answer in the request's language). Islands never import this module:
 * each imports its own language's catalogue only.
 */
import { EN } from './en';
import { ID } from './id';
import type { Lang, Messages } from './types';

export const MESSAGES: Readonly<Record<Lang, Messages>> = { en: EN, id: ID };

export type * from './types';
export { DEFAULT_LANG, LANGS, isLang } from './types';
