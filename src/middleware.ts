import { defineMiddleware } from 'astro:middleware';
import {
  builtScriptHashes,
  contentSecurityPolicy,
  inlineScriptHashes,
  NON_PAGE_CSP,
  securityHeaders,
} from './lib/security/headers';
import { noStoreOnError } from './lib/http/edge';

const NON_PAGE_HEADERS = securityHeaders(NON_PAGE_CSP);

/**
 * The policy of a page rendered on request: the build's own inline-script hashes, the same
 * as the static pages'. Never hashes taken from the rendered page, which would allow any
 * script an injection put there. Only the dev server, which has no build, hashes the page.
 */
const BUILT = builtScriptHashes();
const PAGE_HEADERS = BUILT === null ? null : securityHeaders(contentSecurityPolicy(BUILT));

/**
 * Security headers on every on-demand response (the endpoints, the no-JavaScript checker
 * result), on any target, and `no-store` on every one that is an error, whichever endpoint
 * made it. Static pages get theirs from `_headers`.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = noStoreOnError(await next());
  if (context.isPrerendered) return response;
  const isHtml = (response.headers.get('content-type') ?? '').startsWith('text/html');
  const fixed = isHtml ? PAGE_HEADERS : NON_PAGE_HEADERS;
  if (fixed !== null) {
    // In place; a copy only when the headers are immutable (a Response from fetch()).
    try {
      for (const [name, value] of fixed) response.headers.set(name, value);
      return response;
    } catch {
      const headers = new Headers(response.headers);
      for (const [name, value] of fixed) headers.set(name, value);
      return new Response(response.body, {
        status: response.status,
        statusText: response.statusText,
        headers,
      });
    }
  }
  const headers = new Headers(response.headers);
  const html = await response.text();
  const hashes = import.meta.env.DEV ? await inlineScriptHashes(html) : [];
  for (const [name, value] of securityHeaders(contentSecurityPolicy(hashes))) {
    headers.set(name, value);
  }
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
});
