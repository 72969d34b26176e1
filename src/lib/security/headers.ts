/**
 * The site's security headers, one definition for every target: the build writes them to
 * `_headers` for the static pages (src/integrations/security-headers.ts), the middleware
 * sets them on on-demand responses (src/middleware.ts). Web Crypto only, so the same code
 * runs in Node, in the build and on serverless runtimes.
 *
 * Scripts run only from this origin or by the SHA-256 hash of each inline script: no
 * 'unsafe-inline' for scripts, no third-party origin anywhere.
 */
import { decodeHashes } from './build-hashes-codec';
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)([^>]*)>([\s\S]*?)<\/script>/gi;
const DATA_BLOCK = /\btype\s*=\s*["']?(application\/(ld\+)?json|text\/template)/i;

async function sha256Base64(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** CSP source expressions (`'sha256-…'`) for every inline script of an HTML document. */
export async function inlineScriptHashes(html: string): Promise<string[]> {
  const hashes: string[] = [];
  for (const [, attrs, code] of html.matchAll(INLINE_SCRIPT)) {
    if (DATA_BLOCK.test(attrs ?? '') || !code) continue;
    hashes.push(`'sha256-${await sha256Base64(code)}'`);
  }
  return hashes;
}

export function contentSecurityPolicy(scriptHashes: Iterable<string>): string {
  return [
    "default-src 'self'",
    // Pagefind's search index runs as WebAssembly.
    `script-src 'self' 'wasm-unsafe-eval' ${[...new Set(scriptHashes)].sort().join(' ')}`.trim(),
    // Starlight and Expressive Code set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The inline-script hashes of the built pages, written into the server bundle by the build
 * (build-hashes.ts); null before that (the dev server).
 */
const BUILD_SCRIPT_HASHES = '__BUILD_SCRIPT_HASHES__';

export function builtScriptHashes(): string[] | null {
  return decodeHashes(BUILD_SCRIPT_HASHES);
}

/** For responses that are not pages (JSON): nothing may load or frame them. */
export const NON_PAGE_CSP =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function securityHeaders(csp: string): [string, string][] {
  return [
    ['Content-Security-Policy', csp],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    ['X-Frame-Options', 'DENY'],
    [
      'Permissions-Policy',
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    ],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}
