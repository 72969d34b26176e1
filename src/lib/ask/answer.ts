/**
 * Answers a question from the docs: retrieval over the section index, then extraction of the
 * sentences that answer it. No language model: every word of an answer is the docs' own.
 */
import { search } from '@orama/orama';
import type { AskIndex } from './search-index';
import { plainText, type Section } from './sections';
import {
  ACTION_WORDS,
  ERROR_STRINGS,
  GENERIC_WORDS,
  PERMISSION_GROUPS,
  SYNONYM_GROUPS,
  VALUE_CUES,
  VALUE_PATTERNS,
  WORD_VARIANTS,
  type ValueKind,
} from './vocabulary';

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
      /** One to three sentences of the docs, in Markdown, links absolute. */
      answer: string;
      source: SectionRef;
      excerpts: Excerpt[];
      sources: string[];
    }
  | { found: false; closest: PageRef[]; sources: string[] };

/** Below this share of the question's meaning found in the best section, there is no answer. */
const MIN_COVERAGE = 0.5;
const MAX_EXCERPTS = 5;
const MIN_EXCERPTS = 3;
const PASSAGE_CHARS = 320;

const VOCABULARY = [...SYNONYM_GROUPS, ...PERMISSION_GROUPS];

/** A word of the question, with the docs' words one typo away from it. */
interface Term {
  token: string;
  variants: Set<string>;
}

interface Concept {
  /** Alternatives; each is the word list of one name. */
  names: Term[][];
  weight: number;
  generic: boolean;
}

interface Query {
  concepts: Concept[];
  errors: string[];
  term: string;
  wants: ValueKind | null;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const phraseIn = (text: string, phrase: string) =>
  new RegExp(`(^|[^a-z0-9_])${escapeRegExp(phrase)}($|[^a-z0-9_])`).test(text);

function tokenize(index: AskIndex, text: string): string[] {
  return index.db.tokenizer.tokenize(text, undefined, '') as string[];
}

interface Vocabulary {
  /** Every word of the docs, lower case, as written. */
  words: Set<string>;
  /** Every token of the index (stemmed). */
  tokens: Set<string>;
  /** In how many sections each token is. */
  df: Map<string, number>;
  /** Each section's words: page title, heading and text. */
  sections: Words[];
}

const vocabularies = new WeakMap<AskIndex, Vocabulary>();

const sectionWords = (index: AskIndex, id: number) => vocabulary(index).sections[id]!;

function vocabulary(index: AskIndex): Vocabulary {
  let v = vocabularies.get(index);
  if (!v) {
    const raw = new Set<string>();
    const tokens = new Set<string>();
    const df = new Map<string, number>();
    const sections: Words[] = [];
    for (const s of index.sections) {
      const text = `${s.pageTitle} ${s.heading} ${plainText(s.markdown)}`;
      sections.push(words(index, text));
      for (const w of text.toLowerCase().split(/[^a-z0-9_'-]+/)) if (w) raw.add(w);
      for (const t of new Set(tokenize(index, text))) {
        tokens.add(t);
        df.set(t, (df.get(t) ?? 0) + 1);
      }
    }
    v = { words: raw, tokens, df, sections };
    vocabularies.set(index, v);
  }
  return v;
}

/** Words the docs do not have, replaced by the docs' word one typo away, if there is one. */
function correct(index: AskIndex, question: string): string {
  const { words } = vocabulary(index);
  return question.replace(/[A-Za-z][A-Za-z'-]{4,}/g, (word) => {
    const lower = word.toLowerCase();
    if (words.has(lower)) return word;
    for (const w of words) if (near(w, lower)) return w;
    return word;
  });
}

function analyse(index: AskIndex, asked: string): Query {
  const question = correct(index, asked);
  const known = vocabulary(index).tokens;
  const genericStems = new Set(GENERIC_WORDS.flatMap((w) => tokenize(index, w)));
  const actionStems = new Set(ACTION_WORDS.flatMap((w) => tokenize(index, w)));
  const lower = question.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');
  const asWritten = lower.replace(/[a-z]+/g, (word) =>
    Object.hasOwn(WORD_VARIANTS, word) ? (WORD_VARIANTS[word] ?? word) : word,
  );
  const errors = ERROR_STRINGS.filter((e) => asWritten.includes(e.toLowerCase()));
  const concepts: Concept[] = [];
  const covered = new Set<string>();
  const expansions: string[] = [];
  for (const group of VOCABULARY) {
    const named = group.filter((name) => phraseIn(lower, name));
    if (named.length === 0) continue;
    for (const name of named) for (const t of tokenize(index, name)) covered.add(t);
    const names = group
      .map((name) => tokenize(index, name).map((t) => term(index, t)))
      .filter((n) => n.length > 0);
    // "API key" names a thing every page talks about: it weighs like the words it is made of.
    const generic = named.every((name) => tokenize(index, name).every((t) => genericStems.has(t)));
    concepts.push({ names, weight: generic ? 0.25 : 1.5, generic });
    expansions.push(...group.filter((name) => !named.includes(name)));
  }
  for (const error of errors) {
    for (const t of tokenize(index, error)) covered.add(t);
    concepts.push({
      names: [tokenize(index, error).map((t) => term(index, t))],
      weight: 3,
      generic: false,
    });
  }
  for (const token of new Set(tokenize(index, question))) {
    if (covered.has(token)) continue;
    const generic = genericStems.has(token);
    const action = actionStems.has(token);
    const weight = generic ? 0.25 : action ? 0.5 : known.has(token) ? 1 : 0.3;
    concepts.push({ names: [[term(index, token)]], weight, generic: generic || action });
  }
  const wants = VALUE_CUES.find((cue) => cue.pattern.test(question))?.kind ?? null;
  return { concepts, errors, term: [question, ...expansions].join(' '), wants };
}

/** Within one edit, for words long enough that one edit is a typo and not another word. */
function near(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** A text's stemmed words in order (stop words dropped), and as a set. */
interface Words {
  seq: string[];
  set: Set<string>;
}

function words(index: AskIndex, text: string): Words {
  const seq = text
    .toLowerCase()
    .split(/[^a-z0-9_'-]+/)
    .flatMap((w) => (w ? tokenize(index, w) : []));
  return { seq, set: new Set(seq) };
}

/** A one-word name anywhere; a longer name as a phrase, its words in a row. */
function holds(text: Words, name: Term[]): boolean {
  if (name.length === 1) return has(text.set, name[0]!);
  if (!name.every((t) => has(text.set, t))) return false;
  outer: for (let i = 0; i + name.length <= text.seq.length; i++) {
    for (let j = 0; j < name.length; j++) {
      if (!name[j]!.variants.has(text.seq[i + j]!)) continue outer;
    }
    return true;
  }
  return false;
}

function has(tokens: Set<string>, term: Term): boolean {
  for (const v of term.variants) if (tokens.has(v)) return true;
  return false;
}

/** Terms are kept per index: the docs' words near a token depend on the docs only. */
const terms = new WeakMap<AskIndex, Map<string, Term>>();
const MAX_TERMS = 10_000;

function term(index: AskIndex, token: string): Term {
  let cache = terms.get(index);
  if (!cache) terms.set(index, (cache = new Map()));
  let t = cache.get(token);
  if (!t) {
    const variants = new Set([token]);
    if (token.length >= 5)
      for (const v of vocabulary(index).tokens) if (near(v, token)) variants.add(v);
    t = { token, variants };
    // Questions bring words of their own: the cache may not grow without bound.
    if (cache.size >= MAX_TERMS) cache.clear();
    cache.set(token, t);
  }
  return t;
}

/** The weighted share of the question's concepts a text holds. */
function coverage(query: Query, text: Words, raw: string): number {
  let total = 0;
  let found = 0;
  for (const c of query.concepts) {
    total += c.weight;
    if (c.names.some((name) => holds(text, name))) found += c.weight;
  }
  for (const e of query.errors) {
    if (raw.includes(e.toLowerCase())) found += 1;
    total += 1;
  }
  return total === 0 ? 0 : found / total;
}

function meaningful(query: Query, text: Words): boolean {
  return query.concepts.some((c) => !c.generic && c.names.some((name) => holds(text, name)));
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

interface Unit {
  markdown: string;
  /** Its words, filled in once (a section's units are the same for every question). */
  words?: Words;
  /** A paragraph's sentences share a block; list items are their own. */
  block: number;
  /** A sentence that introduces a list, with the list. */
  list?: boolean;
  /** A table row's column headings: they are what the row's cells answer, so they count when it is scored. */
  columns?: string;
}

const SKIP_LINE = /^(!\[|\*Interactive check|\*\*[^*]+\*\*$)/;

/** A section's answerable pieces: sentences, list items (an intro keeps its list), table rows. */
function units(markdown: string): Unit[] {
  const out: Unit[] = [];
  let block = 0;
  let paragraph: string[] = [];
  let fence = false;
  let lastIntro: Unit | null = null;
  let listIndent: number | undefined;
  let nested = false;
  let header: string[] | null = null;
  const flush = () => {
    if (paragraph.length === 0) return;
    const text = paragraph.join(' ');
    block++;
    for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z`*"“(])/)) {
      out.push({ markdown: sentence.trim(), block });
    }
    const last = out.at(-1);
    lastIntro = last && /:$/.test(last.markdown) ? last : null;
    listIndent = undefined;
    nested = false;
    paragraph = [];
  };
  for (const raw of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      flush();
      fence = !fence;
      continue;
    }
    if (fence) continue;
    // A figure's caption is a sentence of the docs like any other.
    const line = raw
      .replace(/^\s*>\s?/, '')
      .trim()
      .replace(/^\*([^*].*)\*$/, '$1');
    if (line === '' || SKIP_LINE.test(line)) {
      flush();
      if (line === '' && header === null) continue;
      continue;
    }
    if (/^\|/.test(line)) {
      flush();
      lastIntro = null;
      const cells = line
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim());
      if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
      if (header === null) {
        header = cells;
        continue;
      }
      out.push({
        markdown: `${cells[0]}: ${cells.slice(1).join('; ')}`,
        block: ++block,
        columns: header.join(' '),
      });
      continue;
    }
    header = null;
    const item = /^(\s*)(?:[-*+]|\d+\.)\s+(.*)$/.exec(raw.replace(/^\s*>\s?/, ''));
    if (item) {
      flush();
      const intro = lastIntro as Unit | null;
      if (intro) {
        // A nested item belongs to the item above it: "Funds permissions: Query".
        const indent = item[1]!.length;
        listIndent ??= indent;
        const text = item[2]!.trim();
        const separator = intro.markdown.endsWith(':')
          ? ' '
          : indent > listIndent
            ? nested
              ? ', '
              : ': '
            : '; ';
        nested = indent > listIndent;
        intro.markdown += `${separator}${text}`;
        intro.list = true;
        continue;
      }
      out.push({ markdown: item[2]!.trim(), block: ++block });
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return out.filter((u) => plainText(u.markdown).length > 2);
}

/** How rare a token is across sections, 0.5 (everywhere) to 1 (in one section). */
function rarity(index: AskIndex, token: string): number {
  const { df } = vocabulary(index);
  const n = index.sections.length;
  const idf = Math.log((n + 1) / ((df.get(token) ?? 0) + 1));
  return 0.5 + (0.5 * idf) / Math.log(n + 1);
}

function unitScore(
  index: AskIndex,
  query: Query,
  unit: Unit,
  context: Concept[] = [],
  contextErrors: string[] = [],
): number {
  const text = (unit.words ??= words(
    index,
    plainText(unit.columns ? `${unit.columns} ${unit.markdown}` : unit.markdown),
  ));
  let score = 0;
  for (const c of query.concepts) {
    if (context.includes(c)) continue;
    const name = c.names.find((n) => holds(text, n));
    if (name) score += c.weight * Math.max(...name.map((t) => rarity(index, t.token)));
  }
  // A link card points elsewhere: the page it points to answers better.
  if (/^\[[^\]]+\]\([^)]+\):/.test(unit.markdown)) score -= 1;
  const lower = unit.markdown.toLowerCase();
  for (const e of query.errors) {
    if (!contextErrors.includes(e) && lower.includes(e.toLowerCase())) score += 2;
  }
  if (query.wants && VALUE_PATTERNS[query.wants].test(unit.markdown)) score += 1.5;
  // Asked which boxes or options: a list of them answers better than a sentence naming one.
  if (query.wants === 'label' && unit.list) score += 2;
  return score;
}

/** The best one to three sentences of a section for the question. */
/** Each section's units and heading words, worked out once per process. */
const sectionUnits = new WeakMap<Section, { all: Unit[]; heading: Words }>();

function unitsOf(index: AskIndex, section: Section): { all: Unit[]; heading: Words } {
  let cached = sectionUnits.get(section);
  if (!cached) {
    const all = units(section.markdown);
    // A step's heading is often its instruction ("Do not configure any other options").
    if (section.anchor) all.unshift({ markdown: `${section.heading}.`, block: 0 });
    cached = { all, heading: words(index, section.heading) };
    sectionUnits.set(section, cached);
  }
  return cached;
}

function extract(index: AskIndex, query: Query, section: Section): { text: string; score: number } {
  const { all, heading: headingWords } = unitsOf(index, section);
  if (all.length === 0) return { text: '', score: 0 };
  // What the heading names is the context of every sentence below it: the sentences are
  // judged on the rest of the question (and on holding the value asked for).
  const context = section.anchor
    ? query.concepts.filter((c) => c.names.some((n) => holds(headingWords, n)))
    : [];
  const contextErrors = query.errors.filter((e) =>
    section.heading.toLowerCase().includes(e.toLowerCase()),
  );
  // The heading only when the body has nothing better.
  const scored = all.map((u, i) => ({
    u,
    i,
    score: unitScore(index, query, u, context, contextErrors) - (u.block === 0 ? 0.5 : 0),
  }));
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  const picked = [best.u.markdown];
  // A heading alone says little: its first sentence follows.
  if (best.u.block === 0 && all[1]) picked.push(all[1].markdown);
  // A short sentence takes its neighbours in the same paragraph, up to three sentences.
  for (let k = best.i + 1; k < all.length && picked.length < 3; k++) {
    const next = all[k]!;
    if (best.u.block === 0 || next.block !== best.u.block || picked.join(' ').length > 160) break;
    picked.push(next.markdown);
  }
  let text = picked.join(' ').replace(/:$/, '.');
  if (!/[.!?)]$/.test(text)) text += '.';
  return { text, score: best.score };
}

function passage(text: string): string {
  if (text.length <= PASSAGE_CHARS) return text;
  const cut = text.slice(0, PASSAGE_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), PASSAGE_CHARS - 40))} …`;
}

interface Ranked {
  section: Section;
  score: number;
  coverage: number;
  meaningful: boolean;
}

async function rank(index: AskIndex, query: Query, goal: string): Promise<Ranked[]> {
  const params = {
    term: query.term,
    properties: ['page', 'heading', 'body'] as ('page' | 'heading' | 'body')[],
    boost: { heading: 2, page: 1.5 },
    limit: index.sections.length,
    threshold: 1,
  };
  const [exact, fuzzy] = await Promise.all([
    search(index.db, params),
    search(index.db, { ...params, tolerance: 1 }),
  ]);
  const bm25 = new Map<number, number>();
  for (const hit of exact.hits) bm25.set(Number(hit.id), hit.score);
  for (const hit of fuzzy.hits) {
    const id = Number(hit.id);
    bm25.set(id, (bm25.get(id) ?? 0) + hit.score * 0.5);
  }
  const max = Math.max(0, ...bm25.values());
  const pageFactor = goalFactors(index, goal);
  const ranked: Ranked[] = [];
  for (const [id, score] of bm25) {
    const section = index.sections[id]!;
    const raw = `${section.heading}\n${section.markdown}`.toLowerCase();
    const text = sectionWords(index, id);
    const cov = coverage(query, text, raw);
    const heading = section.heading.toLowerCase();
    const exactError =
      (query.errors.some((e) => raw.includes(e.toLowerCase())) ? 0.3 : 0) +
      (query.errors.some((e) => heading.includes(e.toLowerCase())) ? 0.3 : 0);
    // What the heading says the section is about counts beyond a mention in passing.
    const headingCov = section.anchor
      ? coverage(query, unitsOf(index, section).heading, heading)
      : 0;
    ranked.push({
      section,
      coverage: cov,
      meaningful: meaningful(query, text),
      score:
        ((max > 0 ? score / max : 0) * 0.3 + cov * 0.55 + headingCov * 0.3 + exactError) *
        (pageFactor.get(section.path) ?? 1),
    });
  }
  // Sections that hold most of the question come before those that only rank well.
  const enough = (r: Ranked) => r.coverage >= MIN_COVERAGE && r.meaningful;
  return ranked.sort((a, b) => Number(enough(b)) - Number(enough(a)) || b.score - a.score);
}

/**
 * A goal moves the pages it is about up, judged on each page's title and description: a
 * factor of 1 for none, up to 2 for the pages it names best; squared, so that a page the goal
 * names clearly stands out.
 */
function goalFactors(index: AskIndex, goal: string): Map<string, number> {
  const factors = new Map<string, number>();
  if (!goal.trim()) return factors;
  const analysed = analyse(index, goal);
  const query = { ...analysed, concepts: analysed.concepts.filter((c) => !c.generic), errors: [] };
  if (query.concepts.length === 0) return factors;
  const perPage = index.twins.map(
    (t) => [t.path, coverage(query, words(index, `${t.title} ${t.description}`), '')] as const,
  );
  const max = Math.max(0, ...perPage.map(([, c]) => c));
  for (const [path, c] of perPage) factors.set(path, 1 + (max > 0 ? (c / max) ** 2 : 0));
  return factors;
}

/** Answers `question` from the index; `goal` (optional) is what the asker is trying to do. */
export async function ask(index: AskIndex, question: string, goal = ''): Promise<AskResult> {
  const query = analyse(index, question);
  const ranked = query.concepts.length > 0 ? await rank(index, query, goal) : [];
  const top = ranked[0];
  if (!top || top.coverage < MIN_COVERAGE || !top.meaningful) {
    return notFound(index, ranked);
  }
  // The answer comes from the best section.
  const answerFrom = top;
  const extracted = extract(index, query, top.section);
  if (!extracted.text) return notFound(index, ranked);
  const ref = (s: Section): SectionRef => ({
    heading: s.heading,
    pageTitle: s.pageTitle,
    url: sectionUrl(index, s),
  });
  // Sections that hold the question too, then the next best, for three to five excerpts.
  const enough = ranked.filter((r) => r.coverage >= MIN_COVERAGE && r.meaningful);
  const excerptSections = [
    ...enough.slice(0, MAX_EXCERPTS),
    ...ranked
      .filter((r) => !enough.includes(r))
      .slice(0, Math.max(0, MIN_EXCERPTS - enough.length)),
  ];
  const excerpts = excerptSections.slice(0, MAX_EXCERPTS).map(({ section }) => ({
    ...ref(section),
    passage: passage(absolutize(index, section, extract(index, query, section).text)),
  }));
  const source = ref(answerFrom.section);
  return {
    found: true,
    answer: absolutize(index, answerFrom.section, extracted.text),
    source,
    excerpts,
    sources: [...new Set([source.url, ...excerpts.map((e) => e.url)])],
  };
}

function notFound(index: AskIndex, ranked: Ranked[]): AskResult {
  const perPage = new Map<string, number>();
  for (const r of ranked) {
    if (r.meaningful) perPage.set(r.section.path, (perPage.get(r.section.path) ?? 0) + r.score);
  }
  let paths = [...perPage.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => p);
  // Nothing in the docs is near: the entry pages, shortest path (the home page) first.
  if (paths.length === 0)
    paths = index.twins.map((t) => t.path).sort((a, b) => a.length - b.length);
  const closest = paths.slice(0, 3).flatMap((path) => {
    const twin = index.twins.find((t) => t.path === path);
    return twin
      ? [{ title: twin.title, description: twin.description, url: `${index.site}${path}` }]
      : [];
  });
  return { found: false, closest, sources: closest.map((c) => c.url) };
}
