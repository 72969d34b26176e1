/**
 * How a question's words are read before its concepts are: in the words the docs would use
 * (turns of phrase, hyphens, informal spellings, irregular forms), with numbers written in
 * groups joined, and a word the docs lack corrected to the docs' word one typo away. Pure
 * functions of the index and the text.
 */
import { MULTIPLIERS, parseNonceWindow } from '../rules/nonce-rule';
import { corrected, prepared } from './prepared';
import type { AskIndex } from './search-index';

/**
 * The question in the words the docs would use: its turns of phrase read as what they say,
 * words hyphenated the docs' way, informal and abbreviated words in their standard form ("brp"
 * → "berapa"), and an irregular form the docs lack in its base form ("gave" → "give"; "sent"
 * stays, the docs write it).
 */
function readPlain(index: AskIndex, question: string): string {
  const { informal, baseForms, phrases, informalEndings, clitics } = index.language;
  const informalWord = (lower: string): string | undefined => {
    if (Object.hasOwn(informal, lower)) return informal[lower]!;
    const clitic = clitics.find(
      (c) => lower.endsWith(c) && Object.hasOwn(informal, lower.slice(0, -c.length)),
    );
    return clitic ? `${informal[lower.slice(0, -clitic.length)]!}${clitic}` : undefined;
  };
  const { words, hyphenated, pairs } = prepared(index);
  let text = question;
  for (const [pattern, replacement] of phrases) text = text.replace(pattern, replacement);
  // Words joined by a hyphen are the words ("nonce-window" is the nonce window, which the
  // docs write as a check's id too), unless the docs join them in prose ("read-only") or only
  // as code (`private-key-sent`), or the question writes them as code.
  text = text.replace(/`[^`]*`|\p{L}+(?:-\p{L}+)+/gu, (joined) => {
    const lower = joined.toLowerCase();
    const spaced = lower.replace(/-/g, ' ');
    const keep =
      joined.startsWith('`') || hyphenated.has(lower) || (words.has(lower) && !pairs.has(spaced));
    return keep ? joined : joined.replace(/-/g, ' ');
  });
  return text.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    const written = informalWord(lower);
    if (written !== undefined) return written;
    if (!words.has(lower)) {
      for (const [informalEnding, written] of informalEndings) {
        const candidate = `${lower.slice(0, -informalEnding.length)}${written}`;
        if (lower.endsWith(informalEnding) && words.has(candidate)) return candidate;
      }
    }
    return Object.hasOwn(baseForms, lower) && !words.has(lower) ? baseForms[lower]! : word;
  });
}

/** A scale word of two letters or more: "5m" and "10k" are as often minutes and thousands. */
const SCALES = [...MULTIPLIERS.keys()].filter((w) => w.length > 1).join('|');
const SCALED = new RegExp(`(?<![\\d.,])\\d+(?:[.,]\\d+)?\\s?(?:${SCALES})\\b`, 'gi');

/**
 * A number written in groups ("2,000,000", "2 000 000", "2.000.000") is one number; four
 * groups joined by dots are an IPv4 address, not a number. A number with a word that scales
 * it ("2 million", "2jt", "2000 rb") is the number it says, read as the checker reads it.
 */
function joinNumbers(question: string): string {
  const scaled = question.replace(SCALED, (m) => {
    const read = parseNonceWindow(m);
    return read.ok ? String(read.value) : m;
  });
  return scaled.replace(
    /(?<![\d.,])\d{1,3}(?:([,.\u00a0\u202f ])\d{3})(?:\1\d{3})*(?![\d]|[.,]\d)/g,
    (m, sep: string) => (sep === '.' && m.split('.').length === 4 ? m : m.split(sep).join('')),
  );
}

/**
 * The other names of a number: its word ("7" and "seven"), and for an HTTP status its class
 * as the docs write it ("500" and "5xx").
 */
export function numberNames(index: AskIndex, token: string): string[] {
  const words = index.language.numberWords;
  const asWord = prepared(index).numberTokens.get(token);
  if (asWord !== undefined) return [String(asWord)];
  if (!/^\d+$/.test(token)) return [];
  const n = Number(token);
  const names = n < words.length ? [words[n]!] : [];
  if (n >= 100 && n <= 599) names.push(`${token[0]}xx`);
  return names;
}

/** Words the docs do not have, replaced by the docs' word one typo away, if there is one. */
function correct(index: AskIndex, question: string): string {
  return question.replace(/\p{L}[\p{L}'-]{3,}/gu, (word) => {
    const lower = word.toLowerCase();
    const c = corrected(index, lower);
    // A four-letter word read as a longer one that starts with it is a word of its own
    // ("mean", not "means"): only a letter left out inside it is a typo ("evry").
    return c === lower || (lower.length === 4 && c.startsWith(lower)) ? word : c;
  });
}

/** The question as the engine reads it: plain words, numbers joined, typos corrected. */
export function readQuestion(index: AskIndex, asked: string): string {
  return correct(index, joinNumbers(readPlain(index, asked)));
}
