import type { Lang } from '../lib/guide/links';

/**
 * The service's name as an Indonesian (or any non-English) page writes it. SERVICE_NAME's
 * default is an English phrase, "the trading service" (astro.config.mjs); left at that
 * default, a page in another language says the same in its own words. A name the
 * deployment set is a proper name and stays as set.
 */
export const DEFAULT_SERVICE_NAMES = {
  en: 'the trading service',
  id: 'layanan trading',
} as const satisfies Record<Lang, string>;

export function serviceNameIn(name: string, lang: Lang): string {
  return name === DEFAULT_SERVICE_NAMES.en ? DEFAULT_SERVICE_NAMES[lang] : name;
}
