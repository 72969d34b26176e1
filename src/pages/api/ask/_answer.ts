import type { APIContext } from 'astro';
import { ASK_CLIENT_LIMIT, RATE_LIMIT_REDIS_URL, TRUSTED_PROXIES } from 'astro:env/server';
import { ASK_PER_CLIENT, handleAsk } from '../../../lib/ask/http';
import { askIndex } from '../../../lib/ask/load';
import { sharedLimitStore } from '../../../lib/ratelimit/shared';
import { clientOf } from '../../../lib/security/request-client';
import { twinPage } from './_twin-path';

/** In memory for one process; in Redis when several instances must share one limit. */
const store = sharedLimitStore(RATE_LIMIT_REDIS_URL, 'ask', { whenFull: 'oldest' });
const limit = { ...ASK_PER_CLIENT, limit: ASK_CLIENT_LIMIT ?? ASK_PER_CLIENT.limit };

/**
 * Netlify's CDN may keep an answer (it is `Cache-Control: public`): keyed by the question and
 * the goal only, so that other query parameters (`utm_*`, cache busters) neither split the
 * cache nor reach the function more often. Ignored by every other host.
 */
const CDN_VARY = 'query=ask|goal';

/**
 * One question on `page` (a twin's path without its leading slash; the forms Netlify's local
 * runtime retries are folded back, _twin-path.ts), answered by src/lib/ask.
 */
export async function answer(context: APIContext, page: string): Promise<Response> {
  const response = await handleAsk(
    context.request,
    twinPage(page),
    clientOf(context, TRUSTED_PROXIES),
    {
      index: askIndex,
      store,
      limit,
    },
  );
  response.headers.set('Netlify-Vary', CDN_VARY);
  return response;
}
