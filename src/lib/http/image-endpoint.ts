/**
 * What Astro routes at `/_image` (its on-demand image endpoint), set as
 * `image.endpoint.entrypoint` in astro.config.mjs. Every figure is built with the site, so
 * production needs no image transformed on request, and one AVIF at full quality cost
 * seconds of CPU on the worker pool every other request shares: it refuses, cheaply,
 * whatever is asked. astro.config.mjs routes it in builds only; the dev server, which builds
 * nothing, keeps Astro's own endpoint.
 */
import type { APIRoute } from 'astro';
import { errorResponse } from './json';

export const prerender = false;

export const ALL: APIRoute = () => {
  return errorResponse({
    status: 404,
    code: 'not-found',
    message: 'Images are not transformed on request here: every figure is built with the site.',
  });
};
