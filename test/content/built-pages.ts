/**
 * Reading the built pages for the content tests: each page's <main> (English or Indonesian),
 * its visible text, and the Markdown twins, with quotes and spaces made plain.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLIENT = `${ROOT}dist/client/`;

export const PAGES = {
  home: '',
  overview: 'exchange/kraken/',
  pro: 'exchange/kraken/pro/',
  classic: 'exchange/kraken/classic/',
  troubleshooting: 'exchange/kraken/troubleshooting/',
  checker: 'exchange/kraken/key-checker/',
} as const;
export type PageKey = keyof typeof PAGES;
export const KEYS = Object.keys(PAGES) as PageKey[];
/** Pages in English only (Starlight's fallback notice in the other languages). */
export const ENGLISH_ONLY = { checkApi: 'reference/check-api/' } as const;
export type AnyPage = PageKey | keyof typeof ENGLISH_ONLY;
const pathOf = (key: AnyPage) =>
  key in PAGES ? PAGES[key as PageKey] : ENGLISH_ONLY[key as 'checkApi'];

const parser = unified().use(rehypeParse);
const cache = new Map<string, Root>();

/** Curly quotes and non-breaking spaces as plain ones, whitespace collapsed. */
export function plain(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A built page's whole tree, parsed once. */
export async function page(key: AnyPage, lang: 'en' | 'id' = 'id'): Promise<Root> {
  const file = `${CLIENT}${lang === 'id' ? 'id/' : ''}${pathOf(key)}index.html`;
  let tree = cache.get(file);
  if (!tree) {
    tree = parser.parse(await readFile(file, 'utf8'));
    cache.set(file, tree);
  }
  return tree;
}

export async function main(key: AnyPage, lang: 'en' | 'id' = 'id'): Promise<Element> {
  const found = select('main', await page(key, lang));
  if (!found) throw new Error(`${lang}/${pathOf(key)} has no <main>`);
  return found;
}

/** The visible text of `main`: scripts, styles and templates left out. */
export async function mainText(key: AnyPage, lang: 'en' | 'id' = 'id'): Promise<string> {
  const node = structuredClone(await main(key, lang));
  const strip = (el: Element) => {
    el.children = el.children.filter(
      (c) => c.type !== 'element' || !['script', 'style', 'template'].includes(c.tagName),
    );
    for (const c of el.children) if (c.type === 'element') strip(c);
  };
  strip(node);
  return plain(toString(node));
}

export const twin = async (path: string) => plain(await readFile(`${CLIENT}${path}`, 'utf8'));

/** The English pages' Markdown twins, by page. */
export const TWINS = {
  home: 'index.md',
  overview: 'exchange/kraken.md',
  pro: 'exchange/kraken/pro.md',
  classic: 'exchange/kraken/classic.md',
  troubleshooting: 'exchange/kraken/troubleshooting.md',
  checker: 'exchange/kraken/key-checker.md',
  checkApi: 'reference/check-api.md',
} as const satisfies Record<AnyPage, string>;

/** The message the service shows, exactly as the original page quotes it, in every language. */
export const MESSAGE = 'Not enough permission for API keys';
/** The original page's ATTENTION box, word for word. */
export const ATTENTION = [
  "If you don't check at least one of the permissions, it may result in an error that will block you from further trading!",
  `If you have any error like "${MESSAGE}", please update the API keys permission or create new keys with the correct permissions.`,
];
/** The documentation ranges (RFC 5737, RFC 3849) the figures' example addresses come from. */
export const EXAMPLE_ADDRESSES = ['192.0.2.', '198.51.100.', '203.0.113.', '2001:db8:'];
