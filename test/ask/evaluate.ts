/**
 * The question sets' rates, worked out one way for the server tests and the benchmark: the
 * first source right, one of the first three right, the asked value in the answer, and for
 * the out-of-scope set the share declined. `ask` is passed in, so a test can vary the
 * ranking configuration and compare.
 */
import type { AskResult } from '../../src/lib/ask/answer';
import type { AskIndex } from '../../src/lib/ask/search-index';
import type { OutOfScope } from './questions-out-of-scope';
import type { Question } from './questions';

export type Asker = (question: string, goal?: string) => Promise<AskResult>;

export interface Miss {
  ask: string;
  got: string;
}

export interface SetRates {
  /** Questions the docs answer. */
  answerable: number;
  first: number;
  top3: number;
  /** Of the questions with a `value`: the share whose answer holds it. */
  value: number;
  /** Of the questions the set marks `found: false`: the share declined. */
  declined: number;
  misses: { first: Miss[]; top3: Miss[]; value: Miss[]; declined: Miss[] };
}

/** Typographic quotes as plain ones: the site renders "it's" as "it’s". */
const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
const holds = (answer: string, value: string | RegExp) =>
  typeof value === 'string' ? plain(answer).includes(plain(value)) : value.test(answer);

export function matcher(index: AskIndex) {
  const path = (url: string) => url.slice(index.site.length);
  return (q: Question, url: string | undefined) =>
    url !== undefined &&
    q.expect.some(
      (e) =>
        path(url) === e ||
        // `/page/#`: the page's lead, the section without an anchor.
        `${path(url)}#` === e ||
        (!e.includes('#') && path(url).split('#')[0] === e),
    );
}

const share = (misses: number, of: number) => (of === 0 ? 1 : 1 - misses / of);

export async function rates(
  index: AskIndex,
  ask: Asker,
  set: readonly Question[],
): Promise<SetRates> {
  const matches = matcher(index);
  const misses: SetRates['misses'] = { first: [], top3: [], value: [], declined: [] };
  let answerable = 0;
  let valued = 0;
  let unanswerable = 0;
  for (const q of set) {
    const r = await ask(q.ask, q.goal);
    if (q.found === false) {
      unanswerable++;
      if (r.found) misses.declined.push({ ask: q.ask, got: r.source.url });
      continue;
    }
    answerable++;
    const sources = r.found ? r.sources : [];
    const got = sources.slice(0, 3).join(', ') || '(declined)';
    if (!matches(q, sources[0])) misses.first.push({ ask: q.ask, got });
    if (!sources.slice(0, 3).some((s) => matches(q, s))) misses.top3.push({ ask: q.ask, got });
    if (q.value !== undefined) {
      valued++;
      if (!r.found || !holds(r.answer, q.value)) {
        misses.value.push({ ask: q.ask, got: r.found ? r.answer : '(declined)' });
      }
    }
  }
  return {
    answerable,
    first: share(misses.first.length, answerable),
    top3: share(misses.top3.length, answerable),
    value: share(misses.value.length, valued),
    declined: share(misses.declined.length, unanswerable),
    misses,
  };
}

/** The out-of-scope set: the share declined, and what was answered instead. */
export async function declineRate(
  ask: Asker,
  set: readonly OutOfScope[],
): Promise<{ declined: number; answered: Miss[] }> {
  const answered: Miss[] = [];
  for (const q of set) {
    const r = await ask(q.ask, q.goal);
    if (r.found) answered.push({ ask: q.ask, got: `${r.source.url}: ${r.answer}` });
  }
  return { declined: share(answered.length, set.length), answered };
}

const pct = (n: number) => `${(n * 100).toFixed(0)} %`;

/** A set's rates on one line, as the printout and the benchmark show them. */
export const line = (name: string, r: Pick<SetRates, 'answerable' | 'first' | 'top3' | 'value'>) =>
  `${name}: first source ${pct(r.first)}, top-3 ${pct(r.top3)}, value in the answer ${pct(r.value)} (${r.answerable} questions)`;

export const declineLine = (name: string, declined: number) => `${name}: ${pct(declined)} declined`;
