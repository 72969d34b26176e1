/**
 * Whether a search query reads as a question, so the search dialog asks the docs for a
 * direct answer ("what nonce window do I need?") and leaves keyword searches ("nonce
 * window") to the search results alone. Shared by the dialog and its tests.
 */
const QUESTION_START =
  /^(what|what's|which|how|why|where|when|who|whose|can|could|do|does|did|is|are|was|were|should|shall|must|will|would|may|might|am|have|has|i|my)\b/i;

export const MIN_QUESTION_WORDS = 3;

export function readsAsQuestion(query: string): boolean {
  const text = query.trim();
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < MIN_QUESTION_WORDS) return false;
  return text.endsWith('?') || QUESTION_START.test(text);
}
