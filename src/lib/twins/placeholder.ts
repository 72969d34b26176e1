import type { Lang } from '../messages/types';

/**
 * What a twin says where the page has an interactive part, in the page's language: the
 * island has no Markdown form.
 */
export const INTERACTIVE_PLACEHOLDER: Readonly<Record<Lang, string>> = {
  en: 'Interactive check: open this page in a browser to use it.',
  id: 'Pemeriksaan interaktif: buka halaman ini di browser untuk memakainya.',
};
