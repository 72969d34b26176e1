/**
 * Every language has every page. The English pages (src/content/docs/, outside the language
 * folders) and each other language's folder (src/content/docs/<lang>/) must hold the same
 * files, except the check API reference, which stays English everywhere (Starlight shows its
 * fallback notice). After the build: every page of every language has its Markdown twin, and
 * llms.txt lists both languages. A new language in LANGS (src/lib/guide/links.ts) makes these
 * tests name every page, twin and UI string it still lacks.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/lib/guide/links';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOCS = `${ROOT}src/content/docs/`;
const CLIENT = `${ROOT}dist/client/`;
const OTHER_LANGS = LANGS.filter((l) => l !== 'en');
/** Pages that stay in English only: the API reference. */
const ENGLISH_ONLY = /^reference\//;

/** What one tree has that the other lacks, each sorted; empty when they match. */
export function treeDifference(
  english: readonly string[],
  translated: readonly string[],
  englishOnly: RegExp,
): { untranslated: string[]; onlyTranslated: string[] } {
  const wanted = english.filter((f) => !englishOnly.test(f));
  const have = new Set(translated);
  const want = new Set(wanted);
  return {
    untranslated: wanted.filter((f) => !have.has(f)).sort(),
    onlyTranslated: translated.filter((f) => !want.has(f)).sort(),
  };
}

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
    .map((e) => relative(dir, `${e.parentPath}/${e.name}`).split('\\').join('/'));
}

async function trees(): Promise<{ english: string[]; byLang: Record<string, string[]> }> {
  const all = await files(DOCS);
  const inLang = (f: string) => OTHER_LANGS.find((l) => f.startsWith(`${l}/`));
  const english = all.filter((f) => !inLang(f));
  const byLang = Object.fromEntries(
    OTHER_LANGS.map((l) => [
      l,
      all.filter((f) => f.startsWith(`${l}/`)).map((f) => f.slice(l.length + 1)),
    ]),
  );
  return { english, byLang };
}

describe('treeDifference', () => {
  it.each([
    {
      name: 'the same pages',
      en: ['index.mdx', 'a/b.mdx', 'reference/x.mdx'],
      other: ['index.mdx', 'a/b.mdx'],
      expected: { untranslated: [], onlyTranslated: [] },
    },
    {
      name: 'a page added in English only',
      en: ['index.mdx', 'a/new.mdx'],
      other: ['index.mdx'],
      expected: { untranslated: ['a/new.mdx'], onlyTranslated: [] },
    },
    {
      name: 'a page added in the translation only',
      en: ['index.mdx'],
      other: ['index.mdx', 'a/extra.mdx'],
      expected: { untranslated: [], onlyTranslated: ['a/extra.mdx'] },
    },
    {
      name: 'a page renamed on one side',
      en: ['a/pro.mdx'],
      other: ['a/pro-guide.mdx'],
      expected: { untranslated: ['a/pro.mdx'], onlyTranslated: ['a/pro-guide.mdx'] },
    },
    {
      name: 'a translated reference page is allowed',
      en: ['reference/x.mdx'],
      other: ['reference/x.mdx'],
      expected: { untranslated: [], onlyTranslated: ['reference/x.mdx'] },
    },
    {
      name: '.md and .mdx are different files',
      en: ['a.mdx'],
      other: ['a.md'],
      expected: { untranslated: ['a.mdx'], onlyTranslated: ['a.md'] },
    },
  ])('$name', ({ en, other, expected }) => {
    expect(treeDifference(en, other, ENGLISH_ONLY)).toEqual(expected);
  });
});

describe('every page in every language', () => {
  it('has at least one other language to compare', () => {
    expect(OTHER_LANGS.length).toBeGreaterThan(0);
  });

  it.each(OTHER_LANGS)('src/content/docs/%s/ holds exactly the English pages', async (lang) => {
    const { english, byLang } = await trees();
    expect(english.length, 'English pages found').toBeGreaterThan(5);
    // A translated reference is welcome: only the API reference may be missing.
    const diff = treeDifference(english, byLang[lang] ?? [], ENGLISH_ONLY);
    expect(
      { ...diff, onlyTranslated: diff.onlyTranslated.filter((f) => !ENGLISH_ONLY.test(f)) },
      `pages missing in ${lang}/, or in ${lang}/ only`,
    ).toEqual({ untranslated: [], onlyTranslated: [] });
  });

  it.each(OTHER_LANGS)(
    'src/content/i18n/%s.json gives every string en.json gives',
    async (lang) => {
      const read = async (l: string) =>
        JSON.parse(await readFile(`${ROOT}src/content/i18n/${l}.json`, 'utf8')) as Record<
          string,
          string
        >;
      const [en, other] = await Promise.all([read('en'), read(lang)]);
      const missing = Object.keys(en).filter((k) => !(k in other));
      expect(missing, `keys missing in ${lang}.json`).toEqual([]);
      const untranslated = Object.keys(en).filter((k) => other[k] === en[k]);
      expect(untranslated, `keys left in English in ${lang}.json`).toEqual([]);
    },
  );
});

describe('the build, in every language', () => {
  const built = existsSync(`${CLIENT}index.html`);
  const pagePath = (file: string) => file.replace(/(^|\/)index\.mdx?$/, '').replace(/\.mdx?$/, '');
  const twinFile = (path: string) => (path === '' ? 'index.md' : `${path}.md`);

  it.runIf(built).each(OTHER_LANGS)('every %s page is built with its language', async (lang) => {
    const { english } = await trees();
    for (const file of english) {
      const path = pagePath(file);
      const html = await readFile(`${CLIENT}${lang}/${path ? `${path}/` : ''}index.html`, 'utf8');
      expect(html, `/${lang}/${path}`).toMatch(new RegExp(`<html lang="${lang}"`));
    }
  });

  it.runIf(built).each(OTHER_LANGS)('every %s page has its Markdown twin', async (lang) => {
    const { english } = await trees();
    const missing: string[] = [];
    for (const file of english) {
      const twin = `${CLIENT}${twinFile(`${lang}${pagePath(file) ? `/${pagePath(file)}` : ''}`)}`;
      if (!existsSync(twin)) missing.push(relative(CLIENT, twin));
    }
    expect(missing).toEqual([]);
  });

  it.runIf(built)(
    'llms.txt lists the pages of both languages, each under its own heading',
    async () => {
      const llms = await readFile(`${CLIENT}llms.txt`, 'utf8');
      const { english } = await trees();
      const pagesAt = llms.indexOf('## Pages');
      const idAt = llms.indexOf('## Halaman dalam Bahasa Indonesia');
      expect(pagesAt, 'the English list').toBeGreaterThan(-1);
      expect(idAt, 'the Indonesian list, after it').toBeGreaterThan(pagesAt);
      for (const file of english) {
        const path = pagePath(file);
        const en = `/${twinFile(path)})`;
        const id = `/${twinFile(`id${path ? `/${path}` : ''}`)})`;
        expect(llms.slice(pagesAt, idAt), `English list has ${en}`).toContain(en);
        expect(llms.slice(idAt), `Indonesian list has ${id}`).toContain(id);
      }
    },
  );
});
