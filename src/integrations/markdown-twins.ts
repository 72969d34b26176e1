import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageToTwin, type PageTwin } from '../lib/twins/html-to-markdown';

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
}

const twinPath = (pathname: string) => {
  const clean = pathname.replace(/^\/+|\/+$/g, '');
  return clean === '' ? 'index.md' : `${clean}.md`;
};

export default function markdownTwins(options: TwinOptions): AstroIntegration {
  return {
    name: 'markdown-twins',
    hooks: {
      'astro:build:done': async ({ pages, dir, logger }) => {
        const root = fileURLToPath(dir);
        const twins = new Map<string, PageTwin>();
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
          await writeFile(out, twin.markdown);
        }
        const site = options.site.replace(/\/$/, '');
        const lines = [
          `# ${options.title}`,
          '',
          `> ${options.summary}`,
          '',
          'Every page is available as Markdown at its URL plus `.md`.',
          '',
          '## Pages',
          '',
          ...[...twins.entries()]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(
              ([p, t]) =>
                `- [${t.title}](${site}/${twinPath(p)})${t.description ? `: ${t.description}` : ''}`,
            ),
          '',
        ];
        await writeFile(`${root}llms.txt`, lines.join('\n'));
        logger.info(`wrote ${twins.size} Markdown twins and llms.txt`);
      },
    },
  };
}
