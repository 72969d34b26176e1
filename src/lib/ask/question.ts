/**
 * Whether a search query reads as a question, so the search dialog asks the docs for a
 * direct answer ("what nonce window do I need?") and leaves keyword searches ("nonce
 * window") to the search results alone. Shared by the dialog and its tests.
 */
import type { LanguageCode } from './vocabulary';

/**
 * How a question starts, per language. Here rather than in vocabulary.ts: the dialog's
 * script imports this module, and the vocabulary would bring the Kraken profile with it.
 */
const QUESTION_START: Readonly<Record<LanguageCode, RegExp>> = {
  // Indonesian asks with a question word anywhere ("nonce window berapa") or a trailing "ga".
  id: /(^|\s)(apa|apakah|apaan|bagaimana|gimana|gmn|berapa|brp|kenapa|mengapa|dimana|dmn|mana|kapan|siapa|perlu|harus|wajib|boleh|bisa|cara)(\s|\?|$)|\s(ga|gak|nggak|ngga|tidak)\??$/i,
  en: /^(what|what's|which|how|why|where|when|who|whose|can|could|do|does|did|is|are|was|were|should|shall|must|will|would|may|might|am|have|has|i|my)\b/i,
};

export const MIN_QUESTION_WORDS = 3;

export function readsAsQuestion(query: string, language: LanguageCode = 'en'): boolean {
  const text = query.trim();
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < MIN_QUESTION_WORDS) return false;
  return text.endsWith('?') || QUESTION_START[language].test(text);
}
