/**
 * The docs' texts as the engine reads them, before any question: each section's text, the
 * words a question's word may be corrected to, and how often the docs use each. Pure: sections
 * and the language in, texts and words out; the build and the engine's cache both use it.
 */
import type { TwinEntry } from './search-index';
import { figureFocus, plainText, type Section } from './sections';
import type { LanguageData } from './vocabulary';

/** What splits a text into words: a word keeps its hyphens, apostrophes and underscores. */
export const WORD_SPLIT = /[^\p{L}\p{N}_'-]+/u;

/**
 * A hyphenated word ("Cache-Control") or a field name (`ipAllowlist`) is also its parts: a
 * question may ask about either. `original` is the word before lower-casing.
 */
export function withParts(w: string, original = w): string[] {
  const parts = original
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  return parts.length > 1 ? [w, ...parts] : [w];
}

/**
 * Each section's text as the engine reads it: page title, the page's description (it says
 * what every section of the page is about, "… nonce errors"), heading and body.
 */
export function sectionTexts(
  sections: readonly Section[],
  twins: readonly TwinEntry[],
  withoutErrors = false,
): string[] {
  const descriptions = new Map(twins.map((t) => [t.path, t.description]));
  return sections
    .map(({ markdown, ...s }) => ({
      ...s,
      markdown: withoutErrors ? markdown.replace(/`E[A-Z][A-Za-z]*:[^`]*`/g, ' ') : markdown,
    }))
    .map(
      (s) =>
        `${s.pageTitle} ${descriptions.get(s.path) ?? ''} ${s.heading} ${plainText(s.markdown)} ${figureFocus(s.markdown)}`,
    );
}

/**
 * The words a question's word may be corrected to, lower case as written: the docs' words
 * (and a hyphenated word's parts), and the language's own.
 */
export function correctionWords(texts: readonly string[], language: LanguageData): Set<string> {
  const raw = new Set<string>();
  for (const text of texts)
    for (const w of text.toLowerCase().split(WORD_SPLIT))
      if (w) for (const x of withParts(w)) raw.add(x);
  // A misspelt "shoud" is "should": the stop words are words the question may misspell too.
  for (const w of language.tokenizer.stopWords) raw.add(w);
  // So are the vocabulary's names for things: "biaya" (fee) is a word, not a typo of "biasa".
  for (const name of language.synonyms.flat()) for (const w of name.split(' ')) raw.add(w);
  // And the words that say how a question is asked ("often", "running"): "ofen" is "often".
  // (Not a form read as another word: "goes" is read as "go" unless the docs write "goes".)
  for (const list of [language.valueWords, language.weakWords, language.actionWords])
    for (const name of list)
      for (const w of name.split(' ')) if (!Object.hasOwn(language.baseForms, w)) raw.add(w);
  return raw;
}

/** How often the docs use each of their words, lower case as written. */
export function wordCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const w of text.toLowerCase().split(WORD_SPLIT))
      if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}
