/**
 * Before the Netlify-runtime suite (SITE_RUNTIME=netlify): `netlify serve --offline` exactly
 * as a user runs it from the repository, with nothing typed by hand. It builds the site with
 * netlify.toml's settings (the build every test file then serves, through the `prebuilt`
 * context) and must then serve a page, a Markdown twin and a question asked of it; the run
 * stops here, saying why, when it does not.
 */
import { startNetlifySite } from './netlify-site';

export default async function setup(): Promise<void> {
  if (process.env['SITE_RUNTIME'] !== 'netlify') return;
  const site = await startNetlifySite({ asIs: true });
  try {
    const checks: [string, (res: Response, body: string) => boolean][] = [
      ['/', (res) => res.status === 200],
      ['/exchange/kraken.md', (res, body) => res.status === 200 && body.startsWith('# ')],
      [
        '/exchange/kraken.md?ask=What+nonce+window+should+I+set%3F',
        (res, body) =>
          res.status === 200 &&
          (res.headers.get('content-type') ?? '').startsWith('text/markdown') &&
          body.startsWith('# Answer') &&
          body.includes('2000000'),
      ],
    ];
    for (const [path, ok] of checks) {
      const res = await fetch(`${site.url}${path}`);
      const body = await res.text();
      if (!ok(res, body)) {
        throw new Error(
          `netlify serve --offline, as is: ${path} answered ${res.status} ${res.headers.get('content-type')}: ${body.slice(0, 200)}`,
        );
      }
    }
  } finally {
    await site.stop();
  }
}
