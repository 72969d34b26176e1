import { defineMiddleware } from 'astro:middleware';
import {
  contentSecurityPolicy,
  inlineScriptHashes,
  NON_PAGE_CSP,
  securityHeaders,
} from './lib/security/headers';

/**
 * Security headers on every on-demand response (the endpoints, the no-JavaScript checker
 * result), on any target. Static pages get theirs from `_headers`. An HTML page's policy
 * carries the hashes of exactly the inline scripts it contains.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (context.isPrerendered) return response;
  const isHtml = (response.headers.get('content-type') ?? '').startsWith('text/html');
  // A fresh Response: the one from next() may have immutable headers.
  const headers = new Headers(response.headers);
  const init = (body: BodyInit | null) =>
    new Response(body, { status: response.status, statusText: response.statusText, headers });
  if (!isHtml) {
    for (const [name, value] of securityHeaders(NON_PAGE_CSP)) headers.set(name, value);
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
