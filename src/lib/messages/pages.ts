/** The server-rendered helpers' words by language, and a page's language from its path. */
import { EN_PAGE } from './en/page';
import { ID_PAGE } from './id/page';
import type { Lang, PageCatalogue } from './types';

export const PAGE_WORDS: Readonly<Record<Lang, PageCatalogue>> = { en: EN_PAGE, id: ID_PAGE };

/** "/id/exchange/kraken/pro/" → "id"; English at the root. */
export function langOfPath(pathname: string): Lang {
  return /^\/id(\/|$)/.test(pathname) ? 'id' : 'en';
}
