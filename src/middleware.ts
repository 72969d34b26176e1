import { defineMiddleware } from 'astro:middleware';
import {
  contentSecurityPolicy,
  inlineScriptHashes,
  NON_PAGE_CSP,
  securityHeaders,
} from './lib/security/headers';

const NON_PAGE_HEADERS = securityHeaders(NON_PAGE_CSP);

/**
 * Security headers on every on-demand response (the endpoints, the no-JavaScript checker
 * result), on any target. Static pages get theirs from `_headers`. An HTML page's policy
 * carries the hashes of exactly the inline scripts it contains.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (context.isPrerendered) return response;
  const isHtml = (response.headers.get('content-type') ?? '').startsWith('text/html');
  if (!isHtml) {
    // The endpoints' own responses take the headers in place; a copy only when the headers
    // are immutable (a Response that came from fetch()).
    try {
      for (const [name, value] of NON_PAGE_HEADERS) response.headers.set(name, value);
      return response;
    } catch {
      // Copied below.
    }
  }
  // A fresh Response: the one from next() may have immutable headers.
  const headers = new Headers(response.headers);
  const init = (body: BodyInit | null) =>
    new Response(body, { status: response.status, statusText: response.statusText, headers });
  if (!isHtml) {
    for (const [name, value] of NON_PAGE_HEADERS) headers.set(name, value);
    return init(response.body);
  }
  const html = await response.text();
  for (const [name, value] of securityHeaders(
    contentSecurityPolicy(await inlineScriptHashes(html)),
  )) {
    headers.set(name, value);
  }
  return init(html);
});
