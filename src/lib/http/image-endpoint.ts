/**
 * What Astro routes at `/_image` (its on-demand image endpoint), set as
 * `image.endpoint.entrypoint` in astro.config.mjs. Every figure is built with the site, so
 * production needs no image transformed on request, and one AVIF at full quality cost
 * seconds of CPU on the worker pool every other request shares: in a build it refuses,
 * cheaply, whatever is asked. Only the dev server, which builds nothing, hands the request
 * to Astro's own dev endpoint.
 */
import type { APIRoute } from 'astro';
import { errorResponse } from './json';

export const prerender = false;

export const ALL: APIRoute = async (context) => {
  if (import.meta.env.DEV && context.request.method === 'GET') {
    const dev = await import('astro/assets/endpoint/dev');
    return dev.GET(context);
  }
  return errorResponse({
    status: 404,
    code: 'not-found',
    message: 'Images are not transformed on request here: every figure is built with the site.',
  });
};
