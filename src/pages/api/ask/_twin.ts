import type { APIRoute } from 'astro';
import { answer } from './_answer';

export const prerender = false;

/**
 * `<page>.md?ask=` at the twin's own URL, for Netlify only (the markdown-twins integration
 * injects this route on that target). A `_redirects` rewrite sends the question to the
 * function, and Netlify hands the function the URL that was asked for, not the rewrite's
 * target: without this route the function found no page there and answered its HTML 404.
 * The twin itself (no `ask`) is a static file and never reaches the function. The other
 * routes are the forms Netlify's local runtime retries after a 404 (_twin-path.ts).
 */
export const GET: APIRoute = (context) =>
  answer(context, new URL(context.request.url).pathname.replace(/^\/+/, ''));
export const HEAD = GET;
