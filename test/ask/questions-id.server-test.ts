/**
 * The Indonesian question sets against the Indonesian index the build wrote
 * (dist/server/ask-index.json), held to the English development set's targets: first source
 * right ≥ 80 %, one of the first three ≥ 95 %, the value ≥ 80 %; the out-of-scope set ≥ 95 %
 * declined. Should a change fall short of a target, hold the set to what it reaches (FLOORS)
 * and say so, rather than lower a target. Build first.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../src/lib/ask/answer';
import type { AskIndex } from '../../src/lib/ask/search-index';
import { declineRate, rates, type Miss, type SetRates } from './evaluate';
import { builtIndexes } from './indexes';
import { QUESTIONS_ID } from './questions-id';
import { PROBES_ID } from './questions-id-probe';
import { PROBES_ID_2 } from './questions-id-probe-2';
import { OUT_OF_SCOPE_ID } from './questions-id-out-of-scope';

/** The English development set's targets. */
const TARGETS = { first: 0.8, top3: 0.95, value: 0.8, outOfScope: 0.95 };
/** The engine meets every target; it is held to what it reaches beyond them. */
const FLOORS = { ...TARGETS, first: 0.9, value: 0.9 };
/** The Indonesian probe set, written fresh by another writer and then tuned on: no regression. */
const PROBE_FLOORS = { first: 0.76, top3: 0.88, value: 0.6 };
/** The second Indonesian probe set, the same way. */
const PROBE_2_FLOORS = { first: 0.68, top3: 0.84, value: 0.49 };

let index: AskIndex;
let set: SetRates;
let out: Awaited<ReturnType<typeof declineRate>>;
const asker = (q: string, goal?: string) => ask(index, q, goal ?? '');

beforeAll(async () => {
  index = builtIndexes().id;
  set = await rates(index, asker, QUESTIONS_ID);
  out = await declineRate(asker, OUT_OF_SCOPE_ID);
});

const list = (misses: Miss[]) => misses.map((m) => `${m.ask} → ${m.got}`).join('\n');

describe('the Indonesian question sets', () => {
  it('have their sizes: ≥ 40 answerable, ≥ 15 out of scope', () => {
    expect(QUESTIONS_ID.filter((q) => q.found !== false).length).toBeGreaterThanOrEqual(40);
    expect(OUT_OF_SCOPE_ID.length).toBeGreaterThanOrEqual(15);
  });

  it('are asked of the Indonesian pages only, and every expected section exists there', () => {
    expect(index.language.code).toBe('id');
    expect(index.sections.length).toBeGreaterThan(0);
    for (const s of index.sections) expect(s.path, s.path).toMatch(/^\/id\//);
    const known = new Set(index.sections.map((s) => `${s.path}${s.anchor ? `#${s.anchor}` : ''}`));
    const pages = new Set(index.sections.map((s) => s.path));
    for (const q of [...QUESTIONS_ID, ...PROBES_ID, ...PROBES_ID_2]) {
      for (const e of q.expect) {
        // `/page/#` is the page's lead, the section without an anchor.
        const ok = e.endsWith('#')
          ? known.has(e.slice(0, -1))
          : e.includes('#')
            ? known.has(e)
            : pages.has(e);
        expect(ok, e).toBe(true);
      }
    }
  });

  it('first source, top-3 and the value: the development targets (or the floor reached)', () => {
    for (const key of ['first', 'top3', 'value'] as const) {
      expect(
        set[key],
        `Indonesian ${key} (target ${TARGETS[key]}), misses:\n${list(set.misses[key])}`,
      ).toBeGreaterThanOrEqual(FLOORS[key]);
    }
  });

  it.each([
    ['the probe set', PROBES_ID, PROBE_FLOORS],
    ['the second probe set', PROBES_ID_2, PROBE_2_FLOORS],
  ] as const)(
    '%s (tuned on): at least what the engine reaches',
    async (name, questions, floors) => {
      const probes = await rates(index, asker, questions);
      for (const key of ['first', 'top3', 'value'] as const) {
        expect(
          probes[key],
          `${name} ${key}, misses:\n${list(probes.misses[key])}`,
        ).toBeGreaterThanOrEqual(floors[key]);
      }
    },
  );

  it('out-of-scope: declined in Indonesian, with the closest Indonesian pages', async () => {
    expect(
      out.declined,
      `declined (target ${TARGETS.outOfScope}), answered:\n${list(out.answered)}`,
    ).toBeGreaterThanOrEqual(FLOORS.outOfScope);
    for (const q of OUT_OF_SCOPE_ID) {
      const r = await ask(index, q.ask, q.goal ?? '');
      if (r.found) continue;
      expect(r.closest.length, q.ask).toBeGreaterThan(0);
      for (const p of r.closest) expect(p.url, q.ask).toContain('/id/');
    }
  });
});
