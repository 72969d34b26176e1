import type { APIRoute } from 'astro';
import { ASK_CLIENT_LIMIT, RATE_LIMIT_REDIS_URL } from 'astro:env/server';
import { createStorage } from 'unstorage';
import redisDriver from 'unstorage/drivers/redis';
import { ASK_PER_CLIENT, handleAsk } from '../../../lib/ask/http';
import { askIndex } from '../../../lib/ask/load';
import { createMemoryStore } from '../../../lib/ratelimit/memory';
import { createUnstorageStore } from '../../../lib/ratelimit/unstorage';

export const prerender = false;

/** In memory for one process; in Redis when several instances must share one limit. */
const store = RATE_LIMIT_REDIS_URL
  ? createUnstorageStore(createStorage({ driver: redisDriver({ url: RATE_LIMIT_REDIS_URL }) }))
  : createMemoryStore();
const limit = { ...ASK_PER_CLIENT, limit: ASK_CLIENT_LIMIT ?? ASK_PER_CLIENT.limit };

/**
 * `<page>.md?ask=` (the server routes it here) and `/api/ask/answer.json?ask=` (the search
 * dialog). All logic is in src/lib/ask/http.ts.
 */
export const GET: APIRoute = (context) => {
  let clientAddress = 'unknown';
  try {
    clientAddress = context.clientAddress;
  } catch {
    // The adapter could not tell; every such client shares one limit.
  }
  return handleAsk(context.request, context.params.page ?? '', clientAddress, {
    index: askIndex,
    store,
    limit,
  });
};
export const HEAD = GET;
