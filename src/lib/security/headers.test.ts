import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, securityHeaders } from './headers';

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it.each([
    {
      name: 'hashes a plain inline script byte for byte',
      html: '<script>a()</script>',
      expected: [sha('a()')],
    },
    {
      name: 'hashes module and is:inline scripts alike',
      html: '<script type="module">b()</script><script is:inline>\n c() \n</script>',
      expected: [sha('b()'), sha('\n c() \n')],
    },
    {
      name: 'skips external scripts',
      html: '<script type="module" src="/_astro/x.js"></script>',
      expected: [],
    },
    {
      name: 'skips JSON data blocks',
      html: '<script type="application/json">{"a":1}</script><script type="application/ld+json">{}</script>',
      expected: [],
    },
    { name: 'skips empty scripts', html: '<script></script>', expected: [] },
    {
      name: 'finds scripts across lines and attributes',
      html: '<script\n data-x="1">d()</script>',
      expected: [sha('d()')],
    },
  ])('$name', async ({ html, expected }) => {
    expect(await inlineScriptHashes(html)).toEqual(expected);
  });
});

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy([sha('b()'), sha('a()'), sha('a()')]);

  it('allows scripts only from this origin, by hash, and WebAssembly for search', () => {
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src '));
    expect(scriptSrc).toBe(
      `script-src 'self' 'wasm-unsafe-eval' ${[sha('a()'), sha('b()')].sort().join(' ')}`,
    );
    expect(scriptSrc).not.toContain('unsafe-inline');
  });

  it('forbids framing, plugins and other origins', () => {
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('comes with the other security headers', () => {
    const names = securityHeaders(csp).map(([k]) => k);
    expect(names).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'X-Frame-Options',
      'Permissions-Policy',
      'Cross-Origin-Opener-Policy',
    ]);
  });
});
