/**
 * What a page's JavaScript is made of, from the build: the eager scripts (module scripts
 * with their static imports, and inline scripts) and the islands' code (each island's
 * component and renderer with everything they import), gzip-sized like page-weight.mjs.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';

const gz = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;
const IMPORTS =
  /(?:^|[;}\s,])(?:import|export)\s*(?:[^"'();]*?from\s*)?["']\.\/([^"']+\.js)["']|import\(\s*["']\.\/([^"']+\.js)["']\s*\)/g;

/** Every module `entries` load, with their text (imports resolved within /_astro/). */
export async function moduleClosure(
  request: APIRequestContext,
  entries: readonly string[],
): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const todo = [...entries];
  while (todo.length > 0) {
    const url = todo.pop() ?? '';
    if (seen.has(url)) continue;
    const response = await request.get(url);
    if (!response.ok()) throw new Error(`${url}: ${response.status()}`);
    const text = await response.text();
    seen.set(url, text);
    const base = url.slice(0, url.lastIndexOf('/') + 1);
    for (const m of text.matchAll(IMPORTS)) todo.push(base + (m[1] ?? m[2]));
  }
  return seen;
}

/** The islands' code on the page as it is now: component and renderer URLs of each island. */
export async function islandCode(page: Page): Promise<Map<string, string>> {
  const urls = await page.evaluate(() =>
    [...document.querySelectorAll('astro-island')].flatMap((island) =>
      ['component-url', 'renderer-url'].map((a) => island.getAttribute(a) ?? ''),
    ),
  );
  return moduleClosure(page.request, [...new Set(urls.filter(Boolean))]);
}

export function gzipTotal(modules: Map<string, string>): number {
  let total = 0;
  for (const text of modules.values()) total += gz(text);
  return total;
}

/** JavaScript text with its \u escapes read, so non-ASCII words can be searched in it. */
export function readable(modules: Map<string, string>): string {
  return [...modules.values()]
    .join('\n')
    .replace(/\\u\{([0-9a-f]+)\}|\\u([0-9a-f]{4})/gi, (_, a: string, b: string) =>
      String.fromCodePoint(parseInt(a ?? b, 16)),
    );
}
