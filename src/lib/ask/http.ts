/**
 * `GET <page>.md?ask=<question>&goal=<end goal>`: the answer in Markdown; and the same answer
 * in JSON for the search dialog. Checks the input, applies the per-address limit, answers.
 * Nothing here logs or keeps a question: it lives in this request only.
 */
import type { RateLimitStore } from '../ratelimit/store';
import { ask } from './answer';
import { answerMarkdown } from './render';
import { languageOfPage, type AskIndex, type AskIndexes } from './search-index';
import { DEFAULT_LANGUAGE, LANGUAGES, type ErrorPhrasing } from './vocabulary';
import type { ClientAddress } from '../security/client-address.js';

export const MAX_QUESTION_CHARS = 500;
/** Questions per client address per minute, unless the server is configured otherwise. */
export const ASK_PER_CLIENT = { limit: 60, windowMs: 60_000 };
/**
 * The path the search dialog asks at (under a language's code for that language:
 * `id/answer.json`); no twin ends in `.json`.
 */
export const JSON_PAGE = 'answer.json';

export interface AskDeps {
  /** Every language's index: a page is answered from its own language's. */
  index: () => Promise<AskIndexes>;
  store: RateLimitStore;
  limit: { limit: number; windowMs: number };
  now?: () => number;
}

export interface AskJson {
  found: boolean;
  /** Sure enough to be shown as the answer, above the search results. */
  confident: boolean;
  /** The pages that hold the question, best first: the source's page first. */
  pages: string[];
  /** One to three sentences, plain text. */
  answer: string | null;
  /** Where the answer comes from; `path` is site-relative, with the anchor. */
  source: { heading: string; pageTitle: string; path: string } | null;
  /** When nothing answers: the closest pages. */
  closest: { title: string; path: string }[];
}

const MARKDOWN = 'text/markdown; charset=utf-8';
/** C0 and C1 control characters, DEL included (line breaks and tabs are among them). */
const hasControl = (value: string) =>
  [...value].some((ch) => {
    const code = ch.codePointAt(0)!;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });

function markdown(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': MARKDOWN,
      // An error may be about this client (its limit, its address) or this moment (no
      // index yet): no cache may keep it and serve it to another.
      'Cache-Control': status >= 400 ? 'no-store' : 'public, max-age=300',
      ...headers,
    },
  });
}

const problem = (status: number, title: string, text: string, headers?: Record<string, string>) =>
  markdown(status, `# ${title}\n\n${text}\n`, headers);

/** Why a parameter cannot be answered, or null when it can. */
function invalid(words: ErrorPhrasing, name: string, value: string): string | null {
  if ([...value].length > MAX_QUESTION_CHARS) {
    return words.tooLong(name, [...value].length, MAX_QUESTION_CHARS);
  }
  if (hasControl(value)) return words.control(name);
  return null;
}

const relative = (site: string, url: string) =>
  url.startsWith(site) ? url.slice(site.length) || '/' : url;

/**
 * Answers one request. `page` is the twin's path without its leading slash
 * (`exchange/kraken.md`), or JSON_PAGE for the dialog's JSON.
 */
export async function handleAsk(
  request: Request,
  page: string,
  client: ClientAddress,
  deps: AskDeps,
): Promise<Response> {
  const head = request.method === 'HEAD';
  const response = await answer(request, page, client, deps);
  return head
    ? new Response(null, { status: response.status, headers: response.headers })
    : response;
}

async function answer(
  request: Request,
  page: string,
  client: ClientAddress,
  deps: AskDeps,
): Promise<Response> {
  const code = languageOfPage(page);
  const words = LANGUAGES[code].phrasing.errors;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return problem(405, words.methodTitle, words.method, { Allow: 'GET, HEAD' });
  }
  const json = page === (code === DEFAULT_LANGUAGE ? JSON_PAGE : `${code}/${JSON_PAGE}`);
  const params = new URL(request.url).searchParams;
  const question = params.get('ask') ?? '';
  const goal = params.get('goal') ?? '';

  if (!client.ok) {
    // Never a shared "unknown" bucket: one client could use it up for everyone.
    return problem(503, words.unavailableTitle, words.noClient);
  }
  const now = deps.now?.() ?? Date.now();
  const hit = await deps.store.hit(
    `ask:${client.bucket}`,
    deps.limit.windowMs,
    deps.limit.limit,
    now,
  );
  if (!hit.allowed) {
    return problem(
      429,
      words.tooManyTitle,
      words.tooMany(deps.limit.limit, deps.limit.windowMs / 1000, hit.retryAfterSeconds),
      { 'Retry-After': String(hit.retryAfterSeconds) },
    );
  }

  let index: AskIndex;
  try {
    index = (await deps.index())[code];
  } catch {
    return problem(503, words.unavailableTitle, words.noIndex);
  }
  const twin = json ? null : index.twins.find((t) => t.twin === `/${page}`);
  if (!json && !twin) {
    // The path is the client's: it is never echoed (it could carry a link or Markdown).
    return problem(
      404,
      words.noPageTitle,
      words.noPage(index.twins.map((t) => `- ${index.site}${t.twin}`).join('\n')),
    );
  }
  if (question.trim() === '') {
    if (twin) return new Response(null, { status: 307, headers: { Location: twin.twin } });
    return problem(400, words.noQuestionTitle, words.noQuestion);
  }
  for (const [name, value] of [
    ['ask', question],
    ['goal', goal],
  ] as const) {
    const why = invalid(words, name, value);
    if (why) return problem(400, words.notAnsweredTitle, why);
  }

  const result = await ask(index, question, goal);
  if (!json) return markdown(200, answerMarkdown(result, code));
  const body: AskJson = result.found
    ? {
        found: true,
        confident: result.confident,
        pages: result.pages,
        answer: plain(result.answer),
        source: {
          heading: result.source.heading,
          pageTitle: result.source.pageTitle,
          path: relative(index.site, result.source.url),
        },
        closest: [],
      }
    : {
        found: false,
        confident: false,
        pages: [],
        answer: null,
        source: null,
        closest: result.closest.map((p) => ({ title: p.title, path: relative(index.site, p.url) })),
      };
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    },
  });
}

/** Markdown to the plain text the dialog shows. */
function plain(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*`]/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
}
