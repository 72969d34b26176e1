/**
 * The search index over every section of the site: Orama (BM25, the language's stemming,
 * typo tolerance at query time), built once at build time and saved as JSON next to the
 * server build, then loaded once per process. The index is of one language: its tokenizer
 * comes from that language's data, and questions asked of it are read with the same data.
 */
import { create, insertMultiple, load, save, type Orama, type RawData } from '@orama/orama';
import { correctionWords, sectionTexts } from './doc-texts';
import { realWordsNear } from './real-words';
import { plainText, type Section } from './sections';
import { DEFAULT_LANGUAGE, LANGUAGES, type LanguageCode, type LanguageData } from './vocabulary';

export const SCHEMA = { page: 'string', heading: 'string', body: 'string' } as const;
export type AskDb = Orama<typeof SCHEMA>;

/** The file the build writes into the server build's directory. */
export const INDEX_FILE = 'ask-index.json';
export const INDEX_VERSION = 3;

export interface TwinEntry {
  /** The twin's URL path: `/exchange/kraken/pro.md`. */
  twin: string;
  /** The page it is the twin of: `/exchange/kraken/pro/`. */
  path: string;
  title: string;
  description: string;
}

/** What the build writes: one index per language, each of that language's pages only. */
export interface IndexFile {
  version: typeof INDEX_VERSION;
  indexes: Record<LanguageCode, IndexData>;
}

export interface IndexData {
  /** The language of its pages, and so of its tokenizer. */
  language: LanguageCode;
  /** The site's absolute URL at build time, for the answers' links. */
  site: string;
  twins: TwinEntry[];
  sections: Section[];
  orama: RawData;
  /**
   * The language's real words one typo away from the docs' words: a question's word among
   * them is not corrected (absent when the build had no word list for the language).
   */
  realWords?: string[];
}

/** The titles of the asides in a section (a blockquote's first line, in bold). */
function asideTitles(markdown: string): string[] {
  return [...markdown.matchAll(/^>\s*\*\*([^*]+)\*\*\s*$/gm)].map((m) => m[1]!.trim());
}

export function createDb(language: LanguageData): AskDb {
  const { stemmer, stopWords, language: name } = language.tokenizer;
  return create({
    schema: SCHEMA,
    components: {
      tokenizer: {
        language: name,
        stemming: true,
        ...(stemmer ? { stemmer } : {}),
        stopWords: [...stopWords],
      },
    },
  });
}

/** Builds the index of `sections` and returns what to save. */
export async function buildIndexData(
  site: string,
  twins: TwinEntry[],
  sections: Section[],
  language: LanguageCode = DEFAULT_LANGUAGE,
  /** The language's word list, when there is one: see `realWords`. */
  lexicon: readonly string[] = [],
): Promise<IndexData> {
  const db = createDb(LANGUAGES[language]);
  await insertMultiple(
    db,
    sections.map((s, i) => ({
      id: String(i),
      page: s.pageTitle,
      // Text before the first heading is headed by the page title, which `page` holds already.
      // An aside's title heads its part of the section.
      heading: [s.anchor ? s.heading : '', ...asideTitles(s.markdown)].join(' ').trim(),
      body: plainText(s.markdown),
    })),
  );
  // Near the words a question's word may be corrected to, as the engine reads them.
  const docs = correctionWords(sectionTexts(sections, twins), LANGUAGES[language]);
  return {
    language,
    site: site.replace(/\/$/, ''),
    twins,
    sections,
    orama: save(db),
    ...(lexicon.length > 0 ? { realWords: realWordsNear(docs, lexicon) } : {}),
  };
}

export interface AskIndex {
  site: string;
  twins: TwinEntry[];
  sections: Section[];
  db: AskDb;
  language: LanguageData;
  /** Real words a typo fix leaves alone, as written ("think")... */
  realWords: ReadonlySet<string>;
  /**
   * ...and as tokens, for the search one typo away. Apart: a real word's stem is no real word
   * ("privates" stems to "privat", which is a typo of "private").
   */
  realTokens: ReadonlySet<string>;
}

/** Every language's index, loaded. */
export type AskIndexes = Readonly<Record<LanguageCode, AskIndex>>;

export function loadIndexFile(file: IndexFile): AskIndexes {
  if (file.version !== INDEX_VERSION) {
    throw new Error(
      `The question index has version ${String(file.version)}, this server reads ${INDEX_VERSION}: rebuild the site.`,
    );
  }
  const out: Partial<Record<LanguageCode, AskIndex>> = {};
  for (const code of Object.keys(LANGUAGES) as LanguageCode[]) {
    const data = file.indexes[code];
    if (!data) throw new Error(`The question index has no ${code} index: rebuild the site.`);
    out[code] = loadIndexData(data);
  }
  return out as AskIndexes;
}

/**
 * The language a twin's path (without its leading slash) is in: its first segment's code, or
 * the code alone for that language's home (`id.md`, the twin of `/id/`).
 */
export function languageOfPage(page: string): LanguageCode {
  const code = (Object.keys(LANGUAGES) as LanguageCode[]).find(
    (c) => c !== DEFAULT_LANGUAGE && (page === `${c}.md` || page.startsWith(`${c}/`)),
  );
  return code ?? DEFAULT_LANGUAGE;
}

export function loadIndexData(data: IndexData): AskIndex {
  const language = LANGUAGES[data.language];
  if (!language)
    throw new Error(`The question index is in ${data.language}, which this server does not read.`);
  const db = createDb(language);
  load(db, data.orama);
  const words = data.realWords ?? [];
  const tokens = words.flatMap((w) => db.tokenizer.tokenize(w, undefined, '') as string[]);
  return {
    site: data.site,
    twins: data.twins,
    sections: data.sections,
    db,
    language,
    realWords: new Set(words),
    realTokens: new Set(tokens),
  };
}
