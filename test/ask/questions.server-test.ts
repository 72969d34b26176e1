/**
 * The three question sets against the index the build wrote (dist/server/ask-index.json, from
 * the built pages), and the ranking configuration shown to be live. Build first
 * (`npm run build`).
 *
 * The targets: development set (tuned on) first source right ≥ 80 %, one of the first three
 * ≥ 95 %; held-out set (never tuned on) first source ≥ 90 %, top-3 ≥ 95 %, the asked value in
 * the answer ≥ 90 %; out-of-scope set ≥ 95 % declined. Each set is held to its targets where
 * they are met and to what the engine reaches where not (FLOORS: the development set's value,
 * which has no target of the issue's, and the held-out value), so that no change makes them
 * worse: raise a floor when the engine gets there.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../src/lib/ask/answer';
import type { RankingConfig } from '../../src/lib/ask/config';
import type { AskIndex } from '../../src/lib/ask/search-index';
import { declineRate, rates, type Miss, type SetRates } from './evaluate';
import { builtIndexes } from './indexes';
import { QUESTIONS } from './questions';
import { PROBES } from './questions-probe';
import { PROBES_2 } from './questions-probe-2';
import { PROBES_3 } from './questions-probe-3';
import { PROBES_4 } from './questions-probe-4';
import { PROBES_5 } from './questions-probe-5';
import { HELDOUT } from './questions-heldout';
import { HELDOUT_2 } from './questions-heldout-2';
import { OUT_OF_SCOPE } from './questions-out-of-scope';

/** The targets. */
const TARGETS = {
  development: { first: 0.8, top3: 0.95, value: 0.9, declined: 0.95 },
  heldout: { first: 0.9, top3: 0.95, value: 0.9 },
  outOfScope: 0.95,
};
/**
 * What the engine reaches today where a target is not met yet (measured, not a target), or
 * the target where it is met.
 */
const FLOORS = {
  development: {
    first: TARGETS.development.first,
    top3: TARGETS.development.top3,
    value: 0.83,
    declined: TARGETS.development.declined,
  },
  heldout: { first: TARGETS.heldout.first, top3: TARGETS.heldout.top3, value: 0.87 },
  outOfScope: TARGETS.outOfScope,
  /** The probe sets, written fresh by others and then tuned on: no target, no regression. */
  probes: { first: 0.89, top3: 0.94, value: 0.8 },
  probes2: { first: 0.85, top3: 0.9, value: 0.7 },
  probes3: { first: 0.78, top3: 0.88, value: 0.7 },
  probes4: { first: 0.83, top3: 0.88, value: 0.74 },
  probes5: { first: 0.78, top3: 0.88, value: 0.63 },
  /** The second held-out set, never tuned on: what it measured when written, as a guard. */
  heldout2: { first: 0.75, top3: 0.88, value: 0.5 },
};

let index: AskIndex;
const asker = (config?: Partial<RankingConfig>) => (q: string, goal?: string) =>
  ask(index, q, { goal: goal ?? '', ...(config ? { config } : {}) });
let dev: SetRates;
let heldout: SetRates;
let out: Awaited<ReturnType<typeof declineRate>>;
let probes: SetRates;
let probes2: SetRates;
let probes3: SetRates;
let probes4: SetRates;
let probes5: SetRates;
let heldout2: SetRates;

beforeAll(async () => {
  index = builtIndexes().en;
  dev = await rates(index, asker(), QUESTIONS);
  heldout = await rates(index, asker(), HELDOUT);
  out = await declineRate(asker(), OUT_OF_SCOPE);
  probes = await rates(index, asker(), PROBES);
  probes2 = await rates(index, asker(), PROBES_2);
  probes3 = await rates(index, asker(), PROBES_3);
  probes4 = await rates(index, asker(), PROBES_4);
  probes5 = await rates(index, asker(), PROBES_5);
  heldout2 = await rates(index, asker(), HELDOUT_2);
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
    for (const q of [
      ...QUESTIONS,
      ...HELDOUT,
      ...HELDOUT_2,
      ...PROBES,
      ...PROBES_2,
      ...PROBES_3,
      ...PROBES_4,
      ...PROBES_5,
    ]) {
      for (const e of q.expect) {
        // `/page/#` is the page's lead, the section without an anchor.
        const lead = e.endsWith('#');
        expect(
          lead ? known.has(e.slice(0, -1)) : e.includes('#') ? known.has(e) : pages.has(e),
          e,
        ).toBe(true);
      }
    }
  });

  it.each([
    ['probe sets (tuned on)', () => probes, FLOORS.probes],
    ['second probe sets (tuned on)', () => probes2, FLOORS.probes2],
    ['third probe sets (tuned on)', () => probes3, FLOORS.probes3],
    ['fourth probe sets (tuned on)', () => probes4, FLOORS.probes4],
    ['fifth probe sets (tuned on)', () => probes5, FLOORS.probes5],
    ['second held-out set (never tuned on)', () => heldout2, FLOORS.heldout2],
  ] as const)('%s: at least what the engine reaches', (name, got, floors) => {
    for (const key of ['first', 'top3', 'value'] as const) {
      expect(
        got()[key],
        `${name} ${key}, misses:\n${list(got().misses[key])}`,
      ).toBeGreaterThanOrEqual(floors[key]);
    }
  });

  it('development set: first ≥ 80 %, top-3 ≥ 95 %, declines ≥ 95 %; value what the engine reaches', () => {
    for (const key of ['first', 'top3', 'value', 'declined'] as const) {
      expect(
        dev[key],
        `development ${key} (target ${TARGETS.development[key]}), misses:\n${list(dev.misses[key])}`,
      ).toBeGreaterThanOrEqual(FLOORS.development[key]);
    }
  });

  it('held-out set: first ≥ 90 %, top-3 ≥ 95 %; value 85 %, what the engine reaches', () => {
    for (const key of ['first', 'top3', 'value'] as const) {
      const misses = heldout.misses[key];
      expect(
        heldout[key],
        `held-out ${key} (target ${TARGETS.heldout[key]}), misses:\n${list(misses)}`,
      ).toBeGreaterThanOrEqual(FLOORS.heldout[key]);
    }
  });

  it('out-of-scope set: ≥ 95 % declined, with the closest pages', async () => {
    expect(
      out.declined,
      `declined (target ${TARGETS.outOfScope}), answered:\n${list(out.answered)}`,
    ).toBeGreaterThanOrEqual(FLOORS.outOfScope);
    for (const q of OUT_OF_SCOPE) {
      const r = await ask(index, q.ask, q.goal ?? '');
      if (!r.found) expect(r.closest.length, q.ask).toBeGreaterThan(0);
    }
  });
});

describe('the ranking configuration', () => {
  it('is live: with no coverage or support required, out-of-scope questions get answers', async () => {
    const loose = await declineRate(asker({ minCoverage: 0, minSupport: 0 }), OUT_OF_SCOPE);
    expect(loose.declined).toBeLessThan(out.declined);
  });

  it('is live: without the goal’s weight, fewer goal questions find their section first', async () => {
    const goals = QUESTIONS.filter((q) => q.goal !== undefined);
    const withGoal = await rates(index, asker(), goals);
    const without = await rates(index, asker({ goalWeight: 0 }), goals);
    expect(without.first).toBeLessThan(withGoal.first);
  });

  it('is live: without the definitions preferred, fewer answers hold the asked value', async () => {
    const plain = await rates(index, asker({ definition: 0, unitDefinition: 0 }), QUESTIONS);
    expect(plain.value).toBeLessThan(dev.value);
  });

  it('is live: with support weighing no more for API questions, fewer land first', async () => {
    const same = await rates(
      index,
      asker({ apiSupportWeight: 0.5, supportWeight: 0.5 }),
      QUESTIONS,
    );
    expect(same.first).toBeLessThan(dev.first);
  });

  it('is live: without the guides-first factor, a guide question lands on the reference', async () => {
    const flat = await rates(index, asker({ referenceFactor: 1 }), QUESTIONS);
    expect(flat.misses.first.some((m) => m.got.includes('/reference/'))).toBe(true);
  });
});
