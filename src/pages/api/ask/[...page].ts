import type { APIRoute } from 'astro';
import { answer } from './_answer';

export const prerender = false;

/**
 * `<page>.md?ask=` (the Node server routes it here, Netlify's `_redirects` too) and
 * `/api/ask/answer.json?ask=` (the search dialog). All logic is in src/lib/ask/http.ts.
 */
export const GET: APIRoute = (context) => answer(context, context.params.page ?? '');
export const HEAD = GET;
