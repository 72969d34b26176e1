import type { APIRoute } from 'astro';

export const prerender = false;

/**
 * Liveness probe for a load balancer, and the benchmarks' floor: the cheapest
 * on-demand answer this server can give.
 */
export const GET: APIRoute = () =>
  new Response('{"ok":true}', {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  });
