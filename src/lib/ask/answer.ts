/**
 * Answers a question from the docs: retrieval over the section index, then a verdict from the
 * Kraken profile for a yes/no question about a permission or the nonce window, or else the
 * sentences of the best section that answer it. No language model: every word of an answer
 * is the docs' own or the language's phrasing of the profile's facts. When no section holds
 * enough of the question, the answer says so and names the closest pages.
 */
import { guidePath } from '../guide/links';
import { rankingConfig, type RankingConfig } from './config';
import { analyse, isError, type Query } from './query';
import { enough, isReference, lengthFactor, rank, type Ranked } from './rank';
import { extract } from './extract';
import { holds, sectionWords, words } from './prepared';
import { definesIn, writesCode } from './score';
import { support } from './support';
import type { AskIndex } from './search-index';
import { plainText, type Section } from './sections';
import { verdict } from './verdict';

export interface SectionRef {
  heading: string;
  pageTitle: string;
  /** Absolute URL of the section: the page's URL and the heading's anchor. */
  url: string;
}

export interface Excerpt extends SectionRef {
  /** A short passage of the section, in Markdown. */
  passage: string;
}

export interface PageRef {
  title: string;
  description: string;
  url: string;
}

export type AskResult =
  | {
      found: true;
      /** One to three sentences of the docs (or a verdict), in Markdown, links absolute. */
      answer: string;
      source: SectionRef;
      excerpts: Excerpt[];
      sources: string[];
      /**
       * Sure enough to show the answer on its own (the search dialog's box): a verdict from
       * the profile, or a section holding nearly all of the question.
       */
      confident: boolean;
      /** The pages whose sections hold the question, best first (site-relative paths). */
      pages: string[];
    }
  | { found: false; closest: PageRef[]; sources: string[] };

export interface AskOptions {
  /** What the asker is trying to do: it ranks the pages it names first. */
  goal?: string;
  /** Overrides of the ranking configuration's defaults. */
  config?: Partial<RankingConfig>;
}

/** A section's absolute URL. */
function sectionUrl(index: AskIndex, s: Section): string {
  return `${index.site}${s.path}${s.anchor ? `#${s.anchor}` : ''}`;
}

/** Relative links made absolute, so an answer works wherever it is read. */
function absolutize(index: AskIndex, s: Section, markdown: string): string {
  return markdown
    .replace(/\]\(\/(?!\/)/g, `](${index.site}/`)
    .replace(/\]\(#/g, `](${index.site}${s.path}#`);
}

function passage(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const cut = text.slice(0, chars);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), chars - 40))} …`;
}

/** Answers `question` from the index, in the index's language. */
export async function ask(
  index: AskIndex,
  question: string,
  goalOrOptions: string | AskOptions = {},
): Promise<AskResult> {
  const options = typeof goalOrOptions === 'string' ? { goal: goalOrOptions } : goalOrOptions;
  const goal = options.goal ?? '';
  const config = rankingConfig(options.config);
  const query = withGoal(analyse(index, question, config), analyse(index, goal, config), config);
  const holdsIt = enough(config, query);
  const { ranked, says } = supportedFirst(
    index,
    query,
    config,
    query.concepts.length > 0 ? await rank(index, query, goal, config) : [],
  );
  const judged = verdict(index, query, goal, config);
  // The answer's section: the verdict's step, or the best of the first sections that hold
  // the question and say it in one place.
  const top = ranked.slice(0, config.supportCandidates).find(says);
  if (!judged && !top) return notFound(index, ranked, query);
  const answerId = judged?.id ?? top!.id;
  // Each section's sentences are picked once: the answer's are its excerpt's too.
  const picked = new Map<number, string>();
  const sentencesOf = (id: number) => {
    let text = picked.get(id);
    if (text === undefined) picked.set(id, (text = extract(index, query, config, id).text));
    return text;
  };
  // A verdict is followed by what its step says of the question, in the docs' own words, where
  // that says more than the verdict does (why, not the same instruction again).
  const extracted = judged?.about
    ? extract(index, query, config, answerId, judged.about).text
    : sentencesOf(answerId);
  const answerText = judged?.text
    ? extracted && !judged.whole && saysMore(index, judged.text, extracted)
      ? `${judged.text} ${extracted}`
      : judged.text
    : extracted;
  if (!answerText) return notFound(index, ranked, query);
  const ref = (s: Section): SectionRef => ({
    heading: s.heading,
    pageTitle: s.pageTitle,
    url: sectionUrl(index, s),
  });
  // The answer's section, the sections that hold the question too, then the next best.
  const others = ranked.filter((r) => r.id !== answerId);
  const holding = others.filter(holdsIt);
  const excerptIds = [
    answerId,
    ...holding.map((r) => r.id),
    ...others.filter((r) => !holdsIt(r)).map((r) => r.id),
  ].slice(0, Math.max(config.minExcerpts, Math.min(config.maxExcerpts, holding.length + 1)));
  const excerpts = excerptIds.map((id) => {
    const section = index.sections[id]!;
    return {
      ...ref(section),
      passage: passage(absolutize(index, section, sentencesOf(id)), config.passageChars),
    };
  });
  const answerSection = index.sections[answerId]!;
  const source = ref(answerSection);
  const answerRanked = ranked.find((r) => r.id === answerId);
  const confident = judged !== null || (answerRanked?.coverage ?? 0) >= config.confidentCoverage;
  const pages = [
    ...new Set([answerId, ...holding.map((r) => r.id)].map((id) => index.sections[id]!.path)),
  ];
  return {
    found: true,
    answer: absolutize(index, answerSection, answerText),
    source,
    excerpts,
    sources: [...new Set([source.url, ...excerpts.map((e) => e.url)])],
    confident,
    pages,
  };
}

/**
 * `more` says something `text` does not: a good part of its words are not in it, and it is no
 * instruction (the verdict already says what to do; the docs' words add why).
 */
function saysMore(index: AskIndex, text: string, more: string): boolean {
  const plain = plainText(more);
  if (index.language.instruction.test(plain)) return false;
  const said = new Set(words(index, plainText(text)).seq);
  const added = words(index, plain).seq;
  return added.filter((w) => !said.has(w)).length > added.length / 3;
}

/**
 * A question is asked in its goal's context ("What value do I enter?" while setting the nonce
 * window): what the goal is about, beyond words every page uses, joins the question at a
 * lower weight, unless the question names it already. What the goal names that the docs lack
 * ("for a trader in Jakarta") says where the asker is, not what the docs should hold.
 */
export function withGoal(query: Query, goal: Query, config: RankingConfig): Query {
  const named = new Set(query.concepts.flatMap((c) => c.names.flat().map((t) => t.token)));
  const added = goal.concepts
    .filter(
      (c) =>
        !c.generic &&
        c.weight !== config.unknownWeight &&
        // Named whole: "addresses" alone does not name the goal's "IP address restriction".
        !c.names.some((name) => name.every((t) => named.has(t.token))),
    )
    .map((c) => ({ ...c, weight: c.weight * config.goalWeight }));
  if (added.length === 0) return query;
  return {
    ...query,
    // A goal about the API makes the question one about the API.
    aboutApi: query.aboutApi || goal.aboutApi,
    concepts: [...query.concepts, ...added],
    term: `${query.term} ${added.flatMap((c) => c.names[0]!.map((t) => t.token)).join(' ')}`,
  };
}

/**
 * Of the first sections, those that say the question in one place come before those that only
 * hold its words here and there (a number asked for, near what it is about), and among them
 * the more of it they say in one place, the better: a long section holds every word of many
 * questions without saying any of them.
 */
function supportedFirst(
  index: AskIndex,
  query: Query,
  config: RankingConfig,
  ranked: Ranked[],
): { ranked: Ranked[]; says: (r: Ranked) => boolean } {
  const holdsIt = enough(config, query);
  const head = ranked.slice(0, config.supportCandidates);
  // Support only where it can matter: a section that does not hold the question answers nothing.
  const reference = (r: Ranked) => isReference(index, config, index.sections[r.id]!.path);
  const supports = new Map(
    head.map((r) => [r, holdsIt(r) ? support(index, query, r.id, reference(r)) : 0]),
  );
  // An error string pasted as Kraken or the service prints it is the question, whatever
  // words come with it ("grid bot log: … (x40)"): a section that names it says it, and so does
  // one that names an error remembered by its message ("too many requests"). So is what
  // the question quotes of a screen, where a section shows the same words, and a field of the
  // API named as code (`about.checkedWith`), where a section writes it as code.
  const remembered = query.concepts.filter((c) => isError(c, config));
  const shows = (r: Ranked) => {
    const section = index.sections[r.id]!;
    const markdown = section.markdown.toLowerCase();
    const text = `${section.heading.toLowerCase()}\n${markdown}`;
    return (
      (query.errors.length > 0 && query.errors.every((e) => text.includes(e.toLowerCase()))) ||
      (remembered.length > 0 &&
        remembered.every((c) => c.names.some((n) => holds(sectionWords(index, r.id), n)))) ||
      (query.quotes.length > 0 && query.quotes.every((q) => text.includes(q))) ||
      (query.codes.length > 0 && query.codes.every((code) => writesCode(markdown, code)))
    );
  };
  const minSupport = config.minSupport * lengthFactor(query, config);
  // Judged once per section: the order below and the answer's choice both ask.
  const saying = new Set(
    head.filter((r) => (holdsIt(r) && supports.get(r)! >= minSupport) || shows(r)),
  );
  const says = (r: Ranked) => saying.has(r);
  // About the API, the section that defines the asked field, method or status answers it; a
  // long one that uses the name throughout only mentions it.
  const defining = new Set(
    query.aboutApi
      ? head.filter((r) => says(r) && definesIn(index, query, r.id)).map((r) => r.id)
      : [],
  );
  // The reference's long sections hold every word of many API questions in some row or other:
  // about the API, saying the question in one place counts for more. Holding all of it counts
  // too, beside a heading that names one word of it.
  const weight = query.aboutApi ? config.apiSupportWeight : config.supportWeight;
  const weigh = (r: Ranked) =>
    r.score *
    (1 - weight + weight * supports.get(r)!) *
    (defining.has(r.id) ? 1 + config.definition : 1) *
    r.coverage ** config.coverageOrder;
  return {
    ranked: [
      ...head.filter(says).sort((a, b) => weigh(b) - weigh(a)),
      ...head.filter((r) => !says(r)),
      ...ranked.slice(config.supportCandidates),
    ],
    says,
  };
}

function notFound(index: AskIndex, ranked: Ranked[], query: Query): AskResult {
  const perPage = new Map<string, number>();
  for (const r of ranked) {
    if (!r.meaningful) continue;
    const path = index.sections[r.id]!.path;
    perPage.set(path, (perPage.get(path) ?? 0) + r.score);
  }
  let paths = [...perPage.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => p);
  // Nothing in the docs is near: the entry pages, shortest path (the home page) first.
  if (paths.length === 0)
    paths = index.twins.map((t) => t.path).sort((a, b) => a.length - b.length);
  // An error the docs do not explain: the page that explains Kraken's errors comes first.
  if (query.unexplained.length > 0) {
    const troubleshooting = guidePath('troubleshooting', index.language.code);
    paths = [troubleshooting, ...paths.filter((p) => p !== troubleshooting)];
  }
  const closest = paths.slice(0, 3).flatMap((path) => {
    const twin = index.twins.find((t) => t.path === path);
    return twin
      ? [{ title: twin.title, description: twin.description, url: `${index.site}${path}` }]
      : [];
  });
  return { found: false, closest, sources: closest.map((c) => c.url) };
}
