/**
 * The real words a typo fix must leave alone: the language's words (from a word list, at build
 * time) that are one typo away from a word of the docs but are not the docs' own. "think" is
 * not a misspelt "thing", nor "prove" a misspelt "probe"; "evry" and "premission" are typos.
 * Only the words near the docs' are kept, so the index carries a few thousand, not the list.
 */
import { near } from './typos';

const WORD = /^\p{Ll}{4,}$/u;

/** The lexicon's words one typo from a word of `docs` (the words corrected to) but not in it. */
export function realWordsNear(docs: ReadonlySet<string>, lexicon: readonly string[]): string[] {
  // Only words of a length within one of each other can be one typo apart.
  const byLength = new Map<number, string[]>();
  for (const w of docs) {
    if (w.length < 4) continue;
    const list = byLength.get(w.length) ?? [];
    list.push(w);
    byLength.set(w.length, list);
  }
  const out = new Set<string>();
  for (const raw of lexicon) {
    const w = raw.toLowerCase();
    if (!WORD.test(w) || docs.has(w) || out.has(w)) continue;
    for (const length of [w.length - 1, w.length, w.length + 1]) {
      if ((byLength.get(length) ?? []).some((d) => near(d, w))) {
        out.add(w);
        break;
      }
    }
  }
  return [...out].sort();
}
