import type { APIRoute } from 'astro';
import { handleCheck } from '../../../lib/http/check-handler';

export const prerender = false;

/** Every method reaches the handler, which answers 405 to all but POST. */
export const ALL: APIRoute = ({ request }) => handleCheck(request);
