/**
 * Ranks the sections for a query: Orama's BM25 (exact and one typo away), how much of the
 * question each section and its heading hold, an error string quoted exactly, the goal's
 * pages first, and the guides before the reference unless the question is about the API.
 */
import { search } from '@orama/orama';
import { guidePath, langPrefix } from '../guide/links';
import type { RankingConfig } from './config';
import { sectionWords, words } from './prepared';
import { unitsOf } from './section-units';
import { analyse, isError, type Query } from './query';
import { coverage, meaningful } from './score';
import type { AskIndex } from './search-index';
import { editionsIn, otherEdition } from './named';

export interface Ranked {
  id: number;
  score: number;
  coverage: number;
  meaningful: boolean;
}

/** How many things a question may name before it counts as long. */
const LONG_QUESTION = 5;

/**
 * A long question (an assistant's, with every detail) is rarely held whole by one section,
 * nor said whole in one place: the share it needs falls with the number of things it names
 * past a few, as (5 / n) to the power `longQuestion`.
 */
export function lengthFactor(query: Query, config: RankingConfig): number {
  const named = query.concepts.filter((c) => !c.generic).length;
  return Math.min(1, (LONG_QUESTION / Math.max(named, 1)) ** config.longQuestion);
}

/** A page of the reference (the API's), in the index's language. */
export const isReference = (index: AskIndex, config: RankingConfig, path: string): boolean =>
  config.referencePaths.some((p) => path.startsWith(`${langPrefix(index.language.code)}${p}`));

/** Holds enough of the question to answer it. */
export const enough = (config: RankingConfig, query: Query) => {
  const min = config.minCoverage * lengthFactor(query, config);
  return (r: Ranked) => r.coverage >= min && r.meaningful;
};

export async function rank(
  index: AskIndex,
  query: Query,
  goal: string,
  config: RankingConfig,
): Promise<Ranked[]> {
  const params = {
    term: query.term,
    properties: ['page', 'heading', 'body'] as ('page' | 'heading' | 'body')[],
    boost: config.boost,
    limit: index.sections.length,
    threshold: 1,
  };
  // One typo away, only for the words the docs do not have: the others are found exactly,
  // and a fuzzy search of the whole question costs ten times the exact one.
  const [exact, fuzzy] = await Promise.all([
    search(index.db, params),
    query.unknown.length > 0
      ? search(index.db, { ...params, term: query.unknown.join(' '), tolerance: 1 })
      : { hits: [] },
  ]);
  const bm25 = new Map<number, number>();
  for (const hit of exact.hits) bm25.set(Number(hit.id), hit.score);
  for (const hit of fuzzy.hits) {
    const id = Number(hit.id);
    bm25.set(id, (bm25.get(id) ?? 0) + hit.score * config.fuzzy);
  }
  const max = Math.max(0, ...bm25.values());
  const pageFactor = goalFactors(index, goal, config);
  // A question that names one form is about that form's guide, not the other's; one that
  // names none, about the form its goal names.
  // One that names both ("without switching to Pro or Classic?") is about neither's alone.
  const inText = editionsIn(query.text.toLowerCase());
  const inGoal = editionsIn(goal.toLowerCase());
  const forms = inText.length > 0 ? inText : inGoal;
  const named = forms.length === 1 ? forms[0]! : null;
  const otherGuide = named === null ? null : guidePath(otherEdition(named), index.language.code);
  const aboutErrors = query.concepts.some((c) => isError(c, config));
  const ranked: Ranked[] = [];
  for (const [id, score] of bm25) {
    const section = index.sections[id]!;
    const raw = `${section.heading}\n${section.markdown}`.toLowerCase();
    // Words of an error string ("method" in `EGeneral:Unknown method`) name the error: they
    // say what a section is about only to a question about an error.
    const text = sectionWords(index, id, aboutErrors);
    const cov = coverage(query, text, raw);
    const heading = section.heading.toLowerCase();
    const exactError =
      (query.errors.some((e) => raw.includes(e.toLowerCase())) ? config.exactError : 0) +
      (query.errors.some((e) => heading.includes(e.toLowerCase())) ? config.exactError : 0) +
      (query.quotes.some((q) => raw.includes(q)) ? config.exactError : 0);
    // What the heading says the section is about counts beyond a mention in passing.
    const headingCov = section.anchor
      ? coverage(query, unitsOf(index, id).heading, heading, true, config.otherName)
      : 0;
    // For the order (not for whether it answers), the question's own words count fully and
    // another name for them a little less.
    const ownCov =
      config.otherName === 1 ? cov : coverage(query, text, raw, false, config.otherName);
    // The guides come first, unless the question is about the API: then its reference does.
    // The paths are the English ones: another language's pages are under its code.
    const reference =
      isReference(index, config, section.path) !== query.aboutApi ? config.referenceFactor : 1;
    ranked.push({
      id,
      coverage: cov,
      meaningful: meaningful(query, text),
      score:
        ((max > 0 ? score / max : 0) * config.bm25 +
          ownCov * config.coverage +
          headingCov * config.headingCoverage +
          exactError) *
        (pageFactor.get(section.path) ?? 1) *
        (section.path === otherGuide ? config.otherForm : 1) *
        reference *
        (section.anchor ? 1 : config.pageLead),
    });
  }
  // Sections that hold most of the question come before those that only rank well.
  const holdsIt = enough(config, query);
  return ranked.sort((a, b) => Number(holdsIt(b)) - Number(holdsIt(a)) || b.score - a.score);
}

/**
 * A goal moves the pages it is about up, judged on each page's title and description: a
 * factor of 1 for none, up to 2 for the pages it names best; squared, so that a page the goal
 * names clearly stands out.
 */
function goalFactors(index: AskIndex, goal: string, config: RankingConfig): Map<string, number> {
  const factors = new Map<string, number>();
  if (!goal.trim()) return factors;
  const analysed = analyse(index, goal, config);
  const query = { ...analysed, concepts: analysed.concepts.filter((c) => !c.generic), errors: [] };
  if (query.concepts.length === 0) return factors;
  // A page whose title the goal names is about it; one whose description names it may only
  // mention it ("on Kraken Pro or Kraken Classic").
  const perPage = index.twins.map(
    (t) =>
      [
        t.path,
        (coverage(query, words(index, t.title), '') +
          coverage(query, words(index, `${t.title} ${t.description}`), '')) /
          2,
      ] as const,
  );
  const max = Math.max(0, ...perPage.map(([, c]) => c));
  for (const [path, c] of perPage) factors.set(path, 1 + (max > 0 ? (c / max) ** 2 : 0));
  return factors;
}
