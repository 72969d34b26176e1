/**
 * Reads a question: typos corrected against the docs' words, the concepts it names (synonym
 * groups, permissions, error strings pasted as they appear, and its other words, each
 * weighed by what it says), the kind of value it asks for, and whether it is about the API.
 */
import type { RankingConfig } from './config';
import {
  holds,
  prepared,
  rarity,
  sectionWords,
  term,
  tokenize,
  tokensOfName,
  type Term,
} from './prepared';
import { numberNames, readQuestion } from './reading';
import type { AskIndex } from './search-index';
import { ERROR_STRINGS, PERMISSION_GROUPS, type ValueKind } from './vocabulary';

export interface Concept {
  /** Alternatives; each is the word list of one name. */
  names: Term[][];
  weight: number;
  /** How rare its rarest word is across the sections (a word the docs lack is rarest). */
  rarity: number;
  /** Says little on its own (a word every page uses, a verb): a section holding only these answers nothing. */
  generic: boolean;
  /** Names a permission by one of its labels. */
  label?: boolean;
  /** How many of the first names are the question's own (the rest are other names for it). */
  asked?: number;
}

/**
 * The question names an error with this concept: pasted, one the docs do not explain, or
 * remembered by its message; each weighs `errorWeight` (a goal's concepts weigh less: an
 * error the goal names is not the question's).
 */
export const isError = (c: Concept, config: RankingConfig): boolean =>
  c.weight === config.errorWeight;

export interface Query {
  /** The question with its typos corrected. */
  text: string;
  concepts: Concept[];
  errors: string[];
  /** Errors in Kraken's categories that the docs do not explain (`EAPI:Feature disabled`). */
  unexplained: string[];
  /**
   * What the question quotes of a screen, three words or more, lower case ("api keys are
   * managed in kraken pro"): a section that shows the same words is about that screen.
   */
  quotes: string[];
  /** What Orama is asked: the question and the other names of what it names. */
  term: string;
  /** The question's words the docs do not have, for a search one typo away. */
  unknown: string[];
  wants: ValueKind | null;
  /** The API's fields, ids and codes it names, lower case (`about.stop`, `fix`). */
  codes: string[];
  /** About the API itself: the reference may come first. */
  aboutApi: boolean;
  /** Asks how to do something or what it takes: only instructions answer it. */
  how: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const phraseIn = (text: string, phrase: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}_])${escapeRegExp(phrase)}($|[^\\p{L}\\p{N}_])`, 'u').test(text);

/** A field name as the API writes it (`ipAllowlist`, `nonceWindow`), in any language. */
const FIELD_NAME = /\b[a-z]+[A-Z][A-Za-z]*\b/;

/**
 * The API's fields, ids and codes the question names (lower case): written as code
 * (`` `fix` ``), as a dotted path (`about.stop`), or beside a word that calls it a field ("the
 * fix field"). A name every page uses ("API key field") is the form's, not the API's.
 */
function apiNames(index: AskIndex, question: string): string[] {
  const { codeNames, codeRoots, generic } = prepared(index);
  const normal = (name: string) => name.toLowerCase().replace(/\.+$/, '');
  const isCode = (name: string, names = codeNames) =>
    names.has(normal(name)) && !generic.has(normal(name));
  const found: string[] = [];
  for (const m of question.matchAll(/`([^`]+)`/g)) if (isCode(m[1]!)) found.push(m[1]!);
  for (const m of question.matchAll(/(?<![\p{L}\p{N}_./])([a-z]\w*(?:\.[a-z]\w*)+)/giu)) {
    // A host name (status.kraken.com) is not a path.
    if (
      !/\.(com|org|net|io|id)$/i.test(m[1]!) &&
      (isCode(m[1]!) || isCode(m[1]!.split('.')[0]!, codeRoots))
    )
      found.push(m[1]!);
  }
  const field = index.language.fieldWords.join('|');
  const beside = new RegExp(
    `(?:^|[^\\p{L}\\p{N}_])([\\p{L}_]+)\\s+(?:${field})(?![\\p{L}])|(?:^|[^\\p{L}])(?:${field})\\s+([\\p{L}_]+)`,
    'giu',
  );
  for (const m of question.matchAll(beside)) if (isCode(m[1] ?? m[2]!)) found.push(m[1] ?? m[2]!);
  return [...new Set(found.map(normal))];
}

function rarest(index: AskIndex, names: Term[][]): number {
  return Math.max(
    ...names.flat().map((t) => Math.min(...[...t.variants].map((v) => rarity(index, v)))),
  );
}

/**
 * An error in a category of Kraken's known ones (`EAPI:`, `EGeneral:` …) that is none of them
 * (`EAPI:Feature disabled`), lower case.
 */
const FOREIGN_ERROR = new RegExp(
  `\\b(${[...new Set(ERROR_STRINGS.map((e) => e.split(':')[0]!.toLowerCase()))].join('|')}):[a-z]+(?: [a-z]+){0,3}`,
  'g',
);
const KNOWN_ERRORS = ERROR_STRINGS.map((e) => e.toLowerCase());
function foreignErrors(lower: string): string[] {
  return [...lower.matchAll(FOREIGN_ERROR)]
    .map((m) => m[0])
    .filter((e) => !KNOWN_ERRORS.some((k) => e.startsWith(k) || k.startsWith(e)));
}

/** An error's message without its category: "invalid nonce" for `EAPI:Invalid nonce`. */
const messageOf = (error: string) =>
  error
    .replace(/^E[A-Za-z]+:\s*/, '')
    .replace(/:.*$/, '')
    .toLowerCase()
    .trim();

/** The question says an error's message, or its first three words, as a phrase (two at least). */
function messageIn(text: string, error: string): boolean {
  const words = messageOf(error).split(/\s+/);
  return words.length >= 2 && phraseIn(text, words.slice(0, 3).join(' '));
}

/** A name in more than this share of the sections is one every page talks about. */
const COMMON_SHARE = 0.25;

const shares = new WeakMap<AskIndex, Map<string, number>>();

/** The share of the sections that hold one of `names`. */
function sectionShare(index: AskIndex, names: Term[][]): number {
  let cache = shares.get(index);
  if (!cache) shares.set(index, (cache = new Map()));
  const key = names.map((n) => n.map((t) => t.token).join(' ')).join('|');
  let share = cache.get(key);
  if (share === undefined) {
    const holding = index.sections.filter((_, id) =>
      names.some((name) => holds(sectionWords(index, id), name)),
    ).length;
    share = holding / Math.max(1, index.sections.length);
    cache.set(key, share);
  }
  return share;
}

export function analyse(index: AskIndex, asked: string, config: RankingConfig): Query {
  const language = index.language;
  const question = readQuestion(index, asked);
  const { tokens: known, generic: genericStems, action: actionStems, weak } = prepared(index);
  const lower = question.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');
  const asWritten = lower.replace(/\p{L}+/gu, (word) =>
    Object.hasOwn(language.wordVariants, word) ? (language.wordVariants[word] ?? word) : word,
  );
  // As written, or in the messages' form ("permissions" is "permission" in the service's
  // message, but not in `EAccount:Invalid permissions`).
  const errors = ERROR_STRINGS.filter(
    (e) => lower.includes(e.toLowerCase()) || asWritten.includes(e.toLowerCase()),
  );
  // An error remembered by its words, without its category ("invalid nonce", "not enough
  // permission"): one concept whose names are the errors that say so.
  const remembered = ERROR_STRINGS.filter(
    (e) => !errors.some((x) => x.toLowerCase().includes(messageOf(e))) && messageIn(asWritten, e),
  );
  const concepts: Concept[] = [];
  const covered = new Set<string>();
  const expansions: string[] = [];
  const labels = new Set(PERMISSION_GROUPS);
  // A one-word name is named in any of its forms ("returned" names "return"), but for a verb
  // that says what to do ("what does it mean" is not "X means Y") or a word every page uses
  // ("kunci", key, is the stem of "terkunci", locked).
  const asTokens = new Set(tokenize(index, question));
  const says = (name: string) => {
    if (phraseIn(lower, name)) return true;
    const tokens = name.includes(' ') ? [] : tokensOfName(index, name);
    const [t] = tokens;
    return tokens.length === 1 && asTokens.has(t!) && !actionStems.has(t!) && !genericStems.has(t!);
  };
  for (const group of [...language.synonyms, ...PERMISSION_GROUPS]) {
    const named = group.filter(says);
    if (named.length === 0) continue;
    for (const name of named) for (const t of tokensOfName(index, name)) covered.add(t);
    // The names the question used first: they are the closest match, the others stand in.
    const ordered = [...named, ...group.filter((name) => !named.includes(name))];
    const names = ordered
      .map((name) => tokensOfName(index, name).map((t) => term(index, t)))
      .filter((n) => n.length > 0);
    const asked = named.filter((name) => tokensOfName(index, name).length > 0).length;
    // "API key" names a thing every page talks about: it weighs like the words it is made of.
    // "API page", of the same everyday words, is a thing few sections name: it weighs as one.
    const generic =
      named.every((name) => tokensOfName(index, name).every((t) => genericStems.has(t))) &&
      sectionShare(index, names) > COMMON_SHARE;
    concepts.push({
      names,
      weight: generic ? config.genericWeight : config.conceptWeight,
      rarity: rarest(index, names),
      generic,
      asked,
      ...(labels.has(group) ? { label: true } : {}),
    });
    expansions.push(...group.filter((name) => !named.includes(name)));
  }
  for (const error of errors) {
    for (const t of tokenize(index, error)) covered.add(t);
    const names = [tokenize(index, error).map((t) => term(index, t))];
    concepts.push({
      names,
      weight: config.errorWeight,
      rarity: rarest(index, names),
      generic: false,
    });
  }
  // An error shaped like Kraken's that the docs do not explain ("EAPI:Feature disabled") is
  // the question, and no section holds it: the docs do not answer, rather than a section
  // about an error whose words it shares.
  const unexplained = foreignErrors(asWritten);
  for (const unknown of unexplained) {
    const names = [tokenize(index, unknown).map((t) => term(index, t))];
    for (const t of names[0]!) covered.add(t.token);
    concepts.push({ names, weight: config.errorWeight, rarity: 1, generic: false });
  }
  if (remembered.length > 0) {
    for (const e of remembered) for (const t of tokenize(index, messageOf(e))) covered.add(t);
    const names = remembered.map((e) => tokenize(index, e).map((t) => term(index, t)));
    concepts.push({
      names,
      weight: config.errorWeight,
      rarity: rarest(index, names),
      generic: false,
    });
  }
  for (const token of asTokens) {
    // A dash or a letter alone ("w/o", "->") says nothing.
    if (covered.has(token) || !/[\p{L}\p{N}]/u.test(token) || /^\p{L}$/u.test(token)) continue;
    const generic = genericStems.has(token);
    const action = actionStems.has(token);
    const names = [token, ...numberNames(index, token)].map((n) => [term(index, n)]);
    const lacked = !names.some(([t]) => [...t!.variants].some((v) => known.has(v)));
    // A number the docs lack (a timestamp pasted with an error, "x40") says nothing of the topic,
    // and an everyday word says how it is asked, not what about.
    const number = /\d/.test(token) && lacked;
    const everyday = weak.has(token);
    const weight =
      generic || number
        ? config.genericWeight
        : action || everyday
          ? config.actionWeight
          : lacked
            ? config.unknownWeight
            : 1;
    concepts.push({
      names,
      weight,
      rarity: rarest(index, names),
      generic: generic || action || number || everyday,
      ...(names.length > 1 ? { asked: 1 } : {}),
    });
  }
  const wants = language.valueCues.find((cue) => cue.pattern.test(question))?.kind ?? null;
  const codes = apiNames(index, question);
  // Beside a Kraken error, "response" and "JSON" say where the error came from.
  const cued = errors.length > 0 ? question.replace(language.answerWords, ' ') : question;
  const aboutApi = language.apiCue.test(cued) || FIELD_NAME.test(question) || codes.length > 0;
  return {
    text: question,
    concepts,
    errors,
    unexplained,
    quotes: [...lower.matchAll(/(?:^|[\s(:])["“']([^"”']+)["”'](?=$|[\s.,;:!?)])/g)]
      .map((m) => m[1]!.trim())
      .filter(
        (q) => q.split(/\s+/).length >= 3 && !errors.some((e) => q.includes(e.toLowerCase())),
      ),
    term: [question, ...expansions].join(' '),
    unknown: concepts
      .filter((c) => c.names.length === 1 && c.weight === config.unknownWeight)
      .map((c) => c.names[0]![0]!.token),
    wants,
    codes,
    aboutApi,
    how: language.howCue.test(question),
  };
}
