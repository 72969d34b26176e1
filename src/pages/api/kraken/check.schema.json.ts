import type { APIRoute } from 'astro';
import { checkApiJsonSchema } from '../../../lib/http/check-schema';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(checkApiJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
