import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageToTwin, type PageTwin } from '../lib/twins/html-to-markdown';
import { NETLIFY_TWIN_ROUTES } from '../pages/api/ask/_twin-path';

/**
 * After the build, writes a Markdown twin of every page at its URL plus `.md`
 * (`/exchange/kraken/pro/` → `/exchange/kraken/pro.md`, `/` → `/index.md`)
 * and `/llms.txt`, an index of them. The twin of the Kraken overview holds
 * both guides, like the original page did.
 */
export interface TwinOptions {
  /** Pages whose twin also carries other pages: overview path → appended paths. */
  combine?: Record<string, string[]>;
  /** Site title and summary for llms.txt. */
  title: string;
  summary: string;
  /** Absolute site URL for llms.txt links. */
  site: string;
  /**
   * Languages besides the root one: their path prefix (`id` for /id/…) → the heading of
   * their own list in llms.txt. Pages under no prefix are listed first, under "Pages".
   */
  languages?: Record<string, string>;
}

/** How to ask the docs a question, in the words the original platform used. */
export function askHeader(twinUrl: string): string {
  return [
    "> To query this documentation, perform an HTTP GET request on this page's URL with the `ask` query parameter, and the optional `goal` query parameter:",
    `> \`GET ${twinUrl}?ask=<question>&goal=<endgoal>\`.`,
    '> `ask` is the immediate question: specific, self-contained, written in natural language. `goal` describes the broader end goal you are trying to accomplish; the answer is tailored towards it.',
    '> The response contains a direct answer to the question and relevant excerpts and sources from the documentation.',
  ].join('\n');
}

const twinPath = (pathname: string) => {
  const clean = pathname.replace(/^\/+|\/+$/g, '');
  return clean === '' ? 'index.md' : `${clean}.md`;
};

/** llms.txt's page lists: the root language's pages, then each other language's own. */
function pageLists(
  twins: Map<string, PageTwin>,
  site: string,
  languages: Record<string, string>,
): string[] {
  const langOf = (p: string) => Object.keys(languages).find((l) => p.startsWith(`/${l}/`));
  const list = (lang: string | undefined) =>
    [...twins.entries()]
      .filter(([p]) => langOf(p) === lang)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([p, t]) =>
          `- [${t.title}](${site}/${twinPath(p)})${t.description ? `: ${t.description}` : ''}`,
      );
  return [
    ...['## Pages', '', ...list(undefined), ''],
    ...Object.entries(languages).flatMap(([lang, heading]) => [
      `## ${heading}`,
      '',
      ...list(lang),
      '',
    ]),
  ];
}

export default function markdownTwins(options: TwinOptions): AstroIntegration {
  return {
    name: 'markdown-twins',
    hooks: {
      'astro:config:setup': ({ config, injectRoute }) => {
        // On Netlify a question reaches the function at the twin's own URL (the build's
        // `_redirects` rules send it there; src/pages/api/ask/_twin.ts says why). The Node
        // server rewrites questions to /api/ask/ itself, and never serves these routes.
        if (config.adapter?.name !== '@astrojs/netlify') return;
        for (const pattern of NETLIFY_TWIN_ROUTES) {
          injectRoute({
            pattern,
            entrypoint: new URL('../pages/api/ask/_twin.ts', import.meta.url),
            prerender: false,
          });
        }
      },
      'astro:build:done': async ({ pages, dir, logger }) => {
        const root = fileURLToPath(dir);
        const twins = new Map<string, PageTwin>();
        const site = options.site.replace(/\/$/, '');
        const read = async (pathname: string, headingOffset = 0) => {
          const clean = pathname.replace(/^\/+|\/+$/g, '');
          const file = `${root}${clean === '' ? '' : `${clean}/`}index.html`;
          return pageToTwin(await readFile(file, 'utf8'), { headingOffset });
        };
        const docPages = pages
          .map((p) => `/${p.pathname}`.replace(/\/+/g, '/'))
          .filter((p) => !p.startsWith('/404') && !p.startsWith('/api/') && !p.includes('.'));
        for (const pathname of docPages) {
          let twin = await read(pathname);
          const extra = options.combine?.[pathname.replace(/\/?$/, '/')];
          if (extra) {
            const parts = await Promise.all(extra.map((p) => read(p, 1)));
            twin = {
              ...twin,
              markdown: [twin.markdown, ...parts.map((p) => p.markdown)].join('\n'),
            };
          }
          twins.set(pathname, twin);
          const out = `${root}${twinPath(pathname)}`;
          await mkdir(dirname(out), { recursive: true });
          // The header goes under the title: a twin starts with its title.
          const [title, ...rest] = twin.markdown.split('\n');
          const header = askHeader(`${site}/${twinPath(pathname)}`);
          await writeFile(out, [title, '', header, ...rest].join('\n'));
        }
        const lines = [
          `# ${options.title}`,
          '',
          `> ${options.summary}`,
          '',
          'Every page is available as Markdown at its URL plus `.md`.',
          '',
          '## Querying This Documentation',
          '',
          'If you need information that is not directly available in a page, you can query the documentation dynamically by asking a question.',
          '',
          "Perform an HTTP GET request on a page's Markdown URL with the `ask` query parameter, and the optional `goal` query parameter:",
          '',
          '```',
          `GET ${site}/exchange/kraken.md?ask=<question>&goal=<endgoal>`,
          '```',
          '',
          '`ask` is the immediate question: it should be specific, self-contained, and written in natural language (at most 500 characters).',
          '`goal` is optional and describes the broader end goal you are ultimately trying to accomplish on behalf of the user; it tailors the answer towards what is most useful for that goal.',
          '',
          'The response (Markdown) contains a direct answer to the question and relevant excerpts and sources from the documentation. The answers are taken from the documentation itself, by search: no language model writes them.',
          '',
          'Use this mechanism when the answer is not explicitly present in the current page, you need clarification or additional context, or you want to retrieve related documentation sections.',
          '',
          ...pageLists(twins, site, options.languages ?? {}),
        ];
        await writeFile(`${root}llms.txt`, lines.join('\n'));
        logger.info(`wrote ${twins.size} Markdown twins and llms.txt`);
      },
    },
  };
}
