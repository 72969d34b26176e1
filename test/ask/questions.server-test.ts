/**
 * The three question sets against the index the build wrote (dist/server/ask-index.json, from
 * the built pages), and the ranking configuration shown to be live. Build first
 * (`npm run build`).
 *
 * The targets: development set (tuned on) first source right ≥ 80 %, one of the first three
 * ≥ 95 %; held-out set (never tuned on) first source ≥ 90 %, top-3 ≥ 95 %, the asked value in
 * the answer ≥ 90 %; out-of-scope set ≥ 95 % declined. Each set is held to its targets, and
 * where it has none to what the engine reaches (the floors in test/ask/sets.ts: the
 * development set's value, the probe sets, the second held-out set), so that no change makes
 * them worse: raise a floor when the engine gets further.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../src/lib/ask/answer';
import type { RankingConfig } from '../../src/lib/ask/config';
import type { AskIndex } from '../../src/lib/ask/search-index';
import { declineRate, rates, type SetRates } from './evaluate';
import { builtIndexes } from './indexes';
import { expectFloors, expectSectionsExist, list } from './set-checks';
import { ANSWERABLE_SETS, answerable, declining } from './sets';

const ENGLISH = ANSWERABLE_SETS.filter((s) => s.language === 'en');
const DEVELOPMENT = answerable('dev');
const HELDOUT = answerable('heldout');
const OUT_OF_SCOPE = declining('outOfScope');
/** The development set's questions the docs do not answer: declined, like the out-of-scope. */
const DEVELOPMENT_DECLINES = 0.95;

let index: AskIndex;
const asker = (config?: Partial<RankingConfig>) => (q: string, goal?: string) =>
  ask(index, q, { goal: goal ?? '', ...(config ? { config } : {}) });
const got = new Map<string, SetRates>();
let dev: SetRates;
let out: Awaited<ReturnType<typeof declineRate>>;

beforeAll(async () => {
  index = builtIndexes().en;
  for (const set of ENGLISH) got.set(set.key, await rates(index, asker(), set.questions));
  dev = got.get(DEVELOPMENT.key)!;
  out = await declineRate(asker(), OUT_OF_SCOPE.questions);
});

describe('the question sets', () => {
  it('have their sizes: development ≥ 40 answerable, held-out ≥ 40, out-of-scope ≥ 15', () => {
    expect(DEVELOPMENT.questions.filter((q) => q.found !== false).length).toBeGreaterThanOrEqual(
      40,
    );
    expect(HELDOUT.questions.length).toBeGreaterThanOrEqual(40);
    expect(OUT_OF_SCOPE.questions.length).toBeGreaterThanOrEqual(15);
  });

  it('every expected section exists in the index', () => {
    expectSectionsExist(
      index,
      ENGLISH.flatMap((s) => s.questions),
    );
  });

  // Development: first ≥ 80 %, top-3 ≥ 95 %; held-out: first ≥ 90 %, top-3 ≥ 95 %, value ≥ 90 %;
  // the others at their floors.
  it.each(ENGLISH.map((s) => [s.name, s] as const))(
    '%s: its targets, or at least what the engine reaches',
    (_, set) => expectFloors(set, got.get(set.key)!),
  );

  it('development set: the questions the docs do not answer, ≥ 95 % declined', () => {
    expect(dev.declined, list(dev.misses.declined)).toBeGreaterThanOrEqual(DEVELOPMENT_DECLINES);
  });

  it('out-of-scope set: ≥ 95 % declined, with the closest pages', async () => {
    expect(
      out.declined,
      `declined (target ${OUT_OF_SCOPE.target}), answered:\n${list(out.answered)}`,
    ).toBeGreaterThanOrEqual(OUT_OF_SCOPE.target);
    for (const q of OUT_OF_SCOPE.questions) {
      const r = await ask(index, q.ask, q.goal ?? '');
      if (!r.found) expect(r.closest.length, q.ask).toBeGreaterThan(0);
    }
  });
});

describe('the ranking configuration', () => {
  it('is live: with no coverage or support required, out-of-scope questions get answers', async () => {
    const loose = await declineRate(
      asker({ minCoverage: 0, minSupport: 0 }),
      OUT_OF_SCOPE.questions,
    );
    expect(loose.declined).toBeLessThan(out.declined);
  });

  it('is live: without the goal’s weight, fewer goal questions find their section first', async () => {
    const goals = DEVELOPMENT.questions.filter((q) => q.goal !== undefined);
    const withGoal = await rates(index, asker(), goals);
    const without = await rates(index, asker({ goalWeight: 0 }), goals);
    expect(without.first).toBeLessThan(withGoal.first);
  });

  it('is live: without the definitions preferred, fewer answers hold the asked value', async () => {
    const plain = await rates(
      index,
      asker({ definition: 0, unitDefinition: 0 }),
      DEVELOPMENT.questions,
    );
    expect(plain.value).toBeLessThan(dev.value);
  });

  it('is live: with support weighing no more for API questions, fewer land first', async () => {
    const same = await rates(
      index,
      asker({ apiSupportWeight: 0.5, supportWeight: 0.5 }),
      DEVELOPMENT.questions,
    );
    expect(same.first).toBeLessThan(dev.first);
  });

  it('is live: without the share held counting in the order, fewer of the sixth probes land first', async () => {
    const questions = answerable('probes6').questions;
    const flat = await rates(index, asker({ coverageOrder: 0 }), questions);
    expect(flat.first).toBeLessThan(got.get('probes6')!.first);
  });

  it('is live: with captions counting like the prose, fewer answers hold the asked value', async () => {
    const same = await rates(index, asker({ unitCaption: 0 }), DEVELOPMENT.questions);
    expect(same.value).toBeLessThan(dev.value);
  });

  it('is live: without the guides-first factor, a guide question lands on the reference', async () => {
    const flat = await rates(index, asker({ referenceFactor: 1 }), DEVELOPMENT.questions);
    expect(flat.misses.first.some((m) => m.got.includes('/reference/'))).toBe(true);
  });
});
