import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site';

const twinOf = (path: string) => (path === '/' ? '/index.md' : `${path.replace(/\/$/, '')}.md`);

test('every page has a Markdown twin at its URL plus .md', async ({ request }) => {
  for (const path of await sitemapPaths(request)) {
    const res = await request.get(twinOf(path));
    expect(res.status(), `${twinOf(path)} exists`).toBe(200);
    expect(res.headers()['content-type'], `${twinOf(path)} is Markdown`).toMatch(/^text\/markdown/);
    const md = await res.text();
    expect(md, `${twinOf(path)} starts with its title`).toMatch(/^# \S/);
    expect(md, `${twinOf(path)} has no JSX or import residue`).not.toMatch(
      /^import |<[A-Z][A-Za-z]+[\s/>]|export const|class=|className=/m,
    );
    expect(md, `${twinOf(path)} has no page chrome`).not.toMatch(/Skip to content|Section titled/);
  }
});

test('the Kraken twin holds both guides with every figure and its alt text', async ({
  request,
}) => {
  const md = await (await request.get('/exchange/kraken.md')).text();
  expect(md).toContain('# Kraken');
  expect(md).toContain('## Kraken Pro');
  expect(md).toContain('## Kraken Classic');
  expect(md).toContain('2000000');
  expect(md).toMatch(/API Secret/);
  const images = [...md.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)];
  expect(images, '21 figures').toHaveLength(21);
  for (const [, alt, src] of images) {
    expect(alt!.length, `alt text of ${src}`).toBeGreaterThan(20);
    const img = await request.get(src!);
    expect(img.status(), `${src} is served`).toBe(200);
  }
});

test('llms.txt lists every twin', async ({ request }) => {
  const res = await request.get('/llms.txt');
  expect(res.status()).toBe(200);
  const text = await res.text();
  expect(text).toMatch(/^# /);
  for (const path of await sitemapPaths(request)) {
    expect(text, `llms.txt lists ${twinOf(path)}`).toContain(twinOf(path));
  }
});

test('the twins and llms.txt carry the corrected wording', async ({ request }) => {
  const kraken = await (await request.get('/exchange/kraken.md')).text();
  const quoted = kraken.match(/If you have any error like “Not enough permission for API keys”/g);
  expect(quoted, 'both ATTENTION boxes quote the message exactly').toHaveLength(2);
  expect(kraken).toContain('add each entry on its own row');
  expect(kraken).not.toMatch(/Not enough permissions for API keys|screenshot below|pxf\.io/);
  const trouble = await (await request.get('/exchange/kraken/troubleshooting.md')).text();
  expect(trouble).toContain('## Not enough permission for API keys');
  expect(trouble).toContain('always ends in `==`');
  const llms = await (await request.get('/llms.txt')).text();
  expect(llms).not.toMatch(/screenshot|Not enough permissions for API keys/i);
});
