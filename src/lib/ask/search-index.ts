/**
 * The search index over every section of the site: Orama (BM25, English stemming, typo
 * tolerance at query time), built once at build time and saved as JSON next to the server
 * build, then loaded once per process.
 */
import { create, insertMultiple, load, save, type Orama, type RawData } from '@orama/orama';
import { plainText, type Section } from './sections';
import { STOP_WORDS } from './vocabulary';

export const SCHEMA = { page: 'string', heading: 'string', body: 'string' } as const;
export type AskDb = Orama<typeof SCHEMA>;

/** The file the build writes into the server build's directory. */
export const INDEX_FILE = 'ask-index.json';
export const INDEX_VERSION = 1;

export interface TwinEntry {
  /** The twin's URL path: `/exchange/kraken/pro.md`. */
  twin: string;
  /** The page it is the twin of: `/exchange/kraken/pro/`. */
  path: string;
  title: string;
  description: string;
}

export interface IndexData {
  version: typeof INDEX_VERSION;
  /** The site's absolute URL at build time, for the answers' links. */
  site: string;
  twins: TwinEntry[];
  sections: Section[];
  orama: RawData;
}

/** The titles of the asides in a section (a blockquote's first line, in bold). */
function asideTitles(markdown: string): string[] {
  return [...markdown.matchAll(/^>\s*\*\*([^*]+)\*\*\s*$/gm)].map((m) => m[1]!.trim());
}

export function createDb(): AskDb {
  return create({
    schema: SCHEMA,
    components: { tokenizer: { stemming: true, stopWords: [...STOP_WORDS] } },
  });
}

/** Builds the index of `sections` and returns what to save. */
export async function buildIndexData(
  site: string,
  twins: TwinEntry[],
  sections: Section[],
): Promise<IndexData> {
  const db = createDb();
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
  return {
    version: INDEX_VERSION,
    site: site.replace(/\/$/, ''),
    twins,
    sections,
    orama: save(db),
  };
}

export interface AskIndex {
  site: string;
  twins: TwinEntry[];
  sections: Section[];
  db: AskDb;
}

export function loadIndexData(data: IndexData): AskIndex {
  if (data.version !== INDEX_VERSION) {
    throw new Error(
      `The question index has version ${data.version}, this server reads ${INDEX_VERSION}: rebuild the site.`,
    );
  }
  const db = createDb();
  load(db, data.orama);
  return { site: data.site, twins: data.twins, sections: data.sections, db };
}
