/**
 * The three question sets against the index the build wrote (dist/server/ask-index.json, from
 * the built pages). Development set (tuned on): first source right ≥ 80 %, one of the first
 * three ≥ 95 %. Held-out set (never tuned on): first source ≥ 90 %, top-3 ≥ 95 %, the asked
 * value in the answer ≥ 90 %. Out-of-scope set: ≥ 95 % declined. And the ranking
 * configuration is live: varying it changes what the sets get. Build first (`npm run build`).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../src/lib/ask/answer';
import type { RankingConfig } from '../../src/lib/ask/config';
import { INDEX_FILE, loadIndexData, type AskIndex } from '../../src/lib/ask/search-index';
import { declineRate, rates, type Miss, type SetRates } from './evaluate';
import { QUESTIONS } from './questions';
import { HELDOUT } from './questions-heldout';
import { OUT_OF_SCOPE } from './questions-out-of-scope';

let index: AskIndex;
const asker = (config?: Partial<RankingConfig>) => (q: string, goal?: string) =>
  ask(index, q, { goal: goal ?? '', ...(config ? { config } : {}) });
let dev: SetRates;
let heldout: SetRates;
let out: Awaited<ReturnType<typeof declineRate>>;

beforeAll(async () => {
  const file = new URL(`../../dist/server/${INDEX_FILE}`, import.meta.url);
  index = loadIndexData(JSON.parse(readFileSync(file, 'utf8')));
  dev = await rates(index, asker(), QUESTIONS);
  heldout = await rates(index, asker(), HELDOUT);
  out = await declineRate(asker(), OUT_OF_SCOPE);
});

const list = (misses: Miss[]) => misses.map((m) => `${m.ask} → ${m.got}`).join('\n');

describe('the question sets', () => {
  it('have their sizes: development ≥ 40 answerable, held-out ≥ 40, out-of-scope ≥ 15', () => {
    expect(QUESTIONS.filter((q) => q.found !== false).length).toBeGreaterThanOrEqual(40);
    expect(HELDOUT.length).toBeGreaterThanOrEqual(40);
    expect(OUT_OF_SCOPE.length).toBeGreaterThanOrEqual(15);
  });

  it('every expected section exists in the index', () => {
    const known = new Set(index.sections.map((s) => `${s.path}${s.anchor ? `#${s.anchor}` : ''}`));
    const pages = new Set(index.sections.map((s) => s.path));
    for (const q of [...QUESTIONS, ...HELDOUT]) {
      for (const e of q.expect) expect(e.includes('#') ? known.has(e) : pages.has(e), e).toBe(true);
    }
  });

  it('development set: first source ≥ 80 %, top-3 ≥ 95 %, every value, every decline', () => {
    expect(dev.first, list(dev.misses.first)).toBeGreaterThanOrEqual(0.8);
    expect(dev.top3, list(dev.misses.top3)).toBeGreaterThanOrEqual(0.95);
    expect(dev.value, list(dev.misses.value)).toBeGreaterThanOrEqual(0.9);
    expect(dev.declined, list(dev.misses.declined)).toBe(1);
  });

  it('held-out set: first source ≥ 90 %, top-3 ≥ 95 %, the asked value ≥ 90 %', () => {
    expect(heldout.first, list(heldout.misses.first)).toBeGreaterThanOrEqual(0.9);
    expect(heldout.top3, list(heldout.misses.top3)).toBeGreaterThanOrEqual(0.95);
    expect(heldout.value, list(heldout.misses.value)).toBeGreaterThanOrEqual(0.9);
  });

  it('out-of-scope set: ≥ 95 % declined, with the closest pages', async () => {
    expect(out.declined, list(out.answered)).toBeGreaterThanOrEqual(0.95);
    for (const q of OUT_OF_SCOPE) {
      const r = await ask(index, q.ask, q.goal ?? '');
      if (!r.found) expect(r.closest.length, q.ask).toBeGreaterThan(0);
    }
  });
});

describe('the ranking configuration', () => {
  it('is live: with no coverage required, out-of-scope questions get answers', async () => {
    const loose = await declineRate(asker({ minCoverage: 0 }), OUT_OF_SCOPE);
    expect(loose.declined).toBeLessThan(out.declined);
  });

  it('is live: without the guides-first factor, a guide question lands on the reference', async () => {
    const flat = await rates(index, asker({ referenceFactor: 1 }), QUESTIONS);
    expect(flat.misses.first.some((m) => m.got.includes('/reference/'))).toBe(true);
  });
});
