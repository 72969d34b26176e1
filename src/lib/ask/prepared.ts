/**
 * What the engine works out about an index once per process, in one cache per index: the
 * docs' words and tokens, in how many sections each token is, each section's words and
 * answer units, and the docs' words one typo away from a question's token. Everything here
 * depends on the docs only, never on a question (but for the bounded map of question terms).
 */
import { correctionWords, sectionTexts, withParts, wordCounts, WORD_SPLIT } from './doc-texts';
import type { AskIndex } from './search-index';
import { near } from './typos';
import type { SectionUnits } from './section-units';

export { near } from './typos';

/** A text's stemmed words in order (stop words dropped), and as a set. */
export interface Words {
  seq: string[];
  set: Set<string>;
  /**
   * The same words with a hyphenated word or a field name read as its parts ("web sockets"),
   * when there is one: a name is a phrase in either reading, never in a mix of both.
   */
  parts?: string[];
}

/** A word of the question, with the docs' words one typo away from it. */
export interface Term {
  token: string;
  variants: Set<string>;
}

interface Prepared {
  /** Every word of the docs, lower case, as written. */
  words: Set<string>;
  /** How often the docs use each of their words: of two corrections, the commoner wins. */
  counts: Map<string, number>;
  /**
   * The vocabulary's names for things the docs never use (stemmed): words of the language,
   * not typos of the docs' words ("biaya", fee, is not "biasa").
   */
  named: Set<string>;
  /** Every token of the index (stemmed). */
  tokens: Set<string>;
  /** In how many sections each token is. */
  df: Map<string, number>;
  /** Each section's words: page title, heading and text. */
  sections: Words[];
  /** The same, without the error strings Kraken's answers carry (`EGeneral:Unknown method`). */
  withoutErrors: Words[];
  units: Map<number, SectionUnits>;
  terms: Map<string, Term>;
  /** A question's word → the docs' word one typo away (itself when none). */
  corrections: Map<string, string>;
  generic: Set<string>;
  action: Set<string>;
  /** The language's everyday words, stemmed: weak when the docs lack them. */
  weak: Set<string>;
  /** The numbers' one-word names, as tokens, and the number each names ("seven" → 7). */
  numberTokens: Map<string, number>;
  /** The names the docs write as code (`fix`, `about.stop`, `ipAllowlist`), lower case. */
  codeNames: Set<string>;
  /** The hyphenated words the docs write in prose ("read-only"), not only as code (`nonce-window`). */
  hyphenated: Set<string>;
  /** Two words the docs' prose writes in a row ("private key"), lower case. */
  pairs: Set<string>;
  /** The first part of each dotted one (`about`, `ip`): what a path in a question starts with. */
  codeRoots: Set<string>;
}

/** Questions bring words of their own: the map of their terms may not grow without bound. */
const MAX_TERMS = 10_000;
const cache = new WeakMap<AskIndex, Prepared>();

export function tokenize(index: AskIndex, text: string): string[] {
  return index.db.tokenizer.tokenize(text, undefined, '') as string[];
}

const nameTokens = new WeakMap<AskIndex, Map<string, string[]>>();

/**
 * The tokens of one of the vocabulary's names, worked out once per index: every question
 * tries every name, and the names are the vocabulary's, so the map stays small.
 */
export function tokensOfName(index: AskIndex, name: string): string[] {
  let names = nameTokens.get(index);
  if (!names) nameTokens.set(index, (names = new Map()));
  let tokens = names.get(name);
  if (!tokens) names.set(name, (tokens = tokenize(index, name)));
  return tokens;
}

export function words(index: AskIndex, text: string): Words {
  const seq: string[] = [];
  const parts: string[] = [];
  let split = false;
  for (const w of text.split(WORD_SPLIT)) {
    if (!w) continue;
    const [whole, ...rest] = withParts(w.toLowerCase(), w);
    const own = tokenize(index, whole!);
    seq.push(...own);
    if (rest.length === 0) parts.push(...own);
    else {
      split = true;
      parts.push(...rest.flatMap((part) => tokenize(index, part)));
    }
  }
  return split ? { seq, set: new Set([...seq, ...parts]), parts } : { seq, set: new Set(seq) };
}

export function prepared(index: AskIndex): Prepared {
  let p = cache.get(index);
  if (p) return p;
  const tokens = new Set<string>();
  const df = new Map<string, number>();
  const texts = sectionTexts(index.sections, index.twins);
  const sections = texts.map((text) => words(index, text));
  const errorless = sectionTexts(index.sections, index.twins, true);
  for (const sectionWords of sections) {
    for (const t of sectionWords.set) {
      tokens.add(t);
      df.set(t, (df.get(t) ?? 0) + 1);
    }
  }
  const raw = correctionWords(texts, index.language);
  const codeNames = new Set<string>();
  const codeRoots = new Set<string>();
  const hyphenated = new Set<string>();
  const pairs = new Set<string>();
  for (const s of index.sections) {
    for (const m of s.markdown.matchAll(/`([a-z][A-Za-z_]*(?:\.[a-z][A-Za-z_]*)*)`/g)) {
      const name = m[1]!.toLowerCase();
      codeNames.add(name);
      if (name.includes('.')) codeRoots.add(name.split('.')[0]!);
    }
    const prose = `${s.heading} ${s.markdown}`
      .replace(/`[^`]*`|\]\([^)]*\)/g, ' ')
      .toLowerCase()
      .split(WORD_SPLIT);
    prose.forEach((w, i) => {
      if (/\p{L}-\p{L}/u.test(w)) hyphenated.add(w);
      if (i > 0) pairs.add(`${prose[i - 1]} ${w}`);
    });
  }
  const stems = (list: readonly string[]) => new Set(list.flatMap((w) => tokenize(index, w)));
  p = {
    words: raw,
    counts: wordCounts(texts),
    tokens,
    named: new Set(
      index.language.synonyms
        .flat()
        .flatMap((name) => tokenize(index, name))
        .filter((t) => !tokens.has(t)),
    ),
    df,
    sections,
    withoutErrors: texts.map((text, i) =>
      text === errorless[i] ? sections[i]! : words(index, errorless[i]!),
    ),
    units: new Map(),
    terms: new Map(),
    corrections: new Map(),
    generic: stems(index.language.genericWords),
    action: stems([...index.language.actionWords, ...index.language.valueWords]),
    weak: stems(index.language.weakWords),
    numberTokens: new Map(
      index.language.numberWords.flatMap((w, n) =>
        w.includes(' ') ? [] : tokenize(index, w).map((t) => [t, n] as const),
      ),
    ),
    codeNames,
    hyphenated,
    pairs,
    codeRoots,
  };
  cache.set(index, p);
  return p;
}

export function term(index: AskIndex, token: string): Term {
  const p = prepared(index);
  let t = p.terms.get(token);
  if (!t) {
    const variants = new Set([token]);
    if (token.length >= 5 && !p.named.has(token) && !index.realTokens.has(token))
      for (const v of p.tokens) if (near(v, token)) variants.add(v);
    t = { token, variants };
    if (p.terms.size >= MAX_TERMS) p.terms.clear();
    p.terms.set(token, t);
  }
  return t;
}

/** The docs' word one typo away from `word` (lower case), or `word` itself. */
export function corrected(index: AskIndex, word: string): string {
  const p = prepared(index);
  let c = p.corrections.get(word);
  if (c === undefined) {
    c = correctionOf(index, p, word);
    if (p.corrections.size >= MAX_TERMS) p.corrections.clear();
    p.corrections.set(word, c);
  }
  return c;
}

function correctionOf(index: AskIndex, p: Prepared, word: string): string {
  if (p.words.has(word)) return word;
  // An adjective the docs write as its adverb ("direct link": "open … directly") is that word.
  if (p.words.has(`${word}ly`)) return `${word}ly`;
  if (index.realWords.has(word)) return word;
  // Of the docs' words one typo away, the one they use most ("staus" is "status", not "stays").
  let c = word;
  let best = 0;
  for (const w of p.words) {
    const n = p.counts.get(w) ?? 0;
    if ((c === word || n > best) && near(w, word)) {
      c = w;
      best = n;
    }
  }
  return c;
}

export function has(tokens: Set<string>, t: Term): boolean {
  for (const v of t.variants) if (tokens.has(v)) return true;
  return false;
}

/** A one-word name anywhere; a longer name as a phrase, its words in a row. */
export function holds(text: Words, name: Term[]): boolean {
  if (name.length === 1) return has(text.set, name[0]!);
  if (!name.every((t) => has(text.set, t))) return false;
  return inRow(text.seq, name) || (text.parts !== undefined && inRow(text.parts, name));
}

function inRow(seq: string[], name: Term[]): boolean {
  outer: for (let i = 0; i + name.length <= seq.length; i++) {
    for (let j = 0; j < name.length; j++) {
      if (!name[j]!.variants.has(seq[i + j]!)) continue outer;
    }
    return true;
  }
  return false;
}

/** How rare a token is across sections, 0.5 (everywhere) to 1 (in one section or none). */
export function rarity(index: AskIndex, token: string): number {
  const { df } = prepared(index);
  const n = index.sections.length;
  const idf = Math.log((n + 1) / ((df.get(token) ?? 0) + 1));
  return 0.5 + (0.5 * idf) / Math.log(n + 1);
}

export const sectionWords = (index: AskIndex, id: number, errors = true) =>
  errors ? prepared(index).sections[id]! : prepared(index).withoutErrors[id]!;
