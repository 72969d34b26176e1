/**
 * The question set against the index the build wrote (dist/server/ask-index.json, from the
 * built pages): the first source is right for at least 80 % of the questions, one of the
 * first three for at least 95 %, and where a question asks for a value, the answer holds it.
 * Questions the docs do not answer must say so. Build first (`npm run build`).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ask, type AskResult } from '../../src/lib/ask/answer';
import { INDEX_FILE, loadIndexData, type AskIndex } from '../../src/lib/ask/search-index';
import { QUESTIONS, type Question } from './questions';

let index: AskIndex;
const results = new Map<Question, AskResult>();

beforeAll(async () => {
  const file = new URL(`../../dist/server/${INDEX_FILE}`, import.meta.url);
  index = loadIndexData(JSON.parse(readFileSync(file, 'utf8')));
  for (const q of QUESTIONS) results.set(q, await ask(index, q.ask, q.goal));
});

const path = (url: string) => url.slice(index.site.length);
const matches = (q: Question, url: string) =>
  q.expect.some((e) => path(url) === e || (!e.includes('#') && path(url).split('#')[0] === e));

describe('the question set', () => {
  it('has at least 40 questions, each with its sections or marked unanswerable', () => {
    expect(QUESTIONS.filter((q) => q.found !== false).length).toBeGreaterThanOrEqual(40);
    for (const q of QUESTIONS) expect(q.found === false || q.expect.length > 0).toBe(true);
  });

  it('every expected section exists in the index', () => {
    const known = new Set(index.sections.map((s) => `${s.path}${s.anchor ? `#${s.anchor}` : ''}`));
    const pages = new Set(index.sections.map((s) => s.path));
    for (const q of QUESTIONS) {
      for (const e of q.expect) expect(e.includes('#') ? known.has(e) : pages.has(e), e).toBe(true);
    }
  });

  it('the first source is right for at least 80 %, one of the first three for at least 95 %', () => {
    const answerable = QUESTIONS.filter((q) => q.found !== false);
    const wrongFirst: string[] = [];
    const wrongTop3: string[] = [];
    for (const q of answerable) {
      const r = results.get(q)!;
      const sources = r.found ? r.sources : [];
      if (!sources[0] || !matches(q, sources[0])) wrongFirst.push(`${q.ask} → ${sources[0]}`);
      if (!sources.slice(0, 3).some((s) => matches(q, s))) {
        wrongTop3.push(`${q.ask} → ${sources.slice(0, 3).join(', ')}`);
      }
    }
    const first = 1 - wrongFirst.length / answerable.length;
    const top3 = 1 - wrongTop3.length / answerable.length;
    expect(first, `first source wrong for:\n${wrongFirst.join('\n')}`).toBeGreaterThanOrEqual(0.8);
    expect(
      top3,
      `no right source in the first three for:\n${wrongTop3.join('\n')}`,
    ).toBeGreaterThanOrEqual(0.95);
  });

  it.each(QUESTIONS.filter((q) => q.value).map((q) => [q.ask, q] as const))(
    '%j: the answer holds the value asked for',
    (_ask, q) => {
      const r = results.get(q)!;
      expect(r.found).toBe(true);
      if (r.found) expect(r.answer).toContain(q.value);
    },
  );

  it.each(QUESTIONS.filter((q) => q.found === false).map((q) => [q.ask, q] as const))(
    '%j: says the docs do not answer it',
    (_ask, q) => {
      expect(results.get(q)!.found).toBe(false);
    },
  );
});
