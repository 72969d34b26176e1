/**
 * What the server tests check of every question set, in both languages: that each expected
 * section exists in the index asked, and that a set's rates reach its floors (its targets,
 * where it has them and meets them). Assertions, so only the tests import this.
 */
import { expect } from 'vitest';
import type { AskIndex } from '../../src/lib/ask/search-index';
import type { Miss, SetRates } from './evaluate';
import type { Question } from './questions';
import type { AnswerableSet } from './sets';

export const list = (misses: readonly Miss[]) =>
  misses.map((m) => `${m.ask} → ${m.got}`).join('\n');

/** Every `expect` of the questions names a section (or a page) the index holds. */
export function expectSectionsExist(index: AskIndex, questions: readonly Question[]): void {
  const known = new Set(index.sections.map((s) => `${s.path}${s.anchor ? `#${s.anchor}` : ''}`));
  const pages = new Set(index.sections.map((s) => s.path));
  for (const q of questions) {
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
}

/** The set's first source, top-3 and value rates reach its floors; a miss lists what failed. */
export function expectFloors(set: AnswerableSet, r: SetRates): void {
  for (const key of ['first', 'top3', 'value'] as const) {
    const target = set.targets?.[key];
    expect(
      r[key],
      `${set.name} ${key}${target ? ` (target ${target})` : ''}, misses:\n${list(r.misses[key])}`,
    ).toBeGreaterThanOrEqual(set.floors[key]);
  }
}
