/**
 * Reading the built pages for the Indonesian content tests: each page's <main> (English or
 * Indonesian), its visible text, and the Markdown twins, with quotes and spaces made plain.
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

const parser = unified().use(rehypeParse);
const cache = new Map<string, Root>();

export function plain(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export async function main(key: PageKey, lang: 'en' | 'id' = 'id'): Promise<Element> {
  const file = `${CLIENT}${lang === 'id' ? 'id/' : ''}${PAGES[key]}index.html`;
  let tree = cache.get(file);
  if (!tree) {
    tree = parser.parse(await readFile(file, 'utf8'));
    cache.set(file, tree);
  }
  const found = select('main', tree);
  if (!found) throw new Error(`${file} has no <main>`);
  return found;
}

export async function mainText(key: PageKey, lang: 'en' | 'id' = 'id'): Promise<string> {
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
