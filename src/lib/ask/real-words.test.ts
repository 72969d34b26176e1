import { describe, expect, it } from 'vitest';
import { rankingConfig } from './config';
import { indexOf, section } from './fixture';
import { analyse } from './query';
import { realWordsNear } from './real-words';

const DOCS = new Set([
  'each',
  'thing',
  'the',
  'probe',
  'checks',
  'is',
  'shown',
  'with',
  'every',
  'permission',
]);

describe('realWordsNear: the words a typo fix must leave alone', () => {
  it.each([
    // A real word one typo away from a docs word: kept.
    ['think', true],
    ['prove', true],
    // The docs' own word, and a word far from every docs word: not kept.
    ['thing', false],
    ['elephant', false],
    // Too short to be corrected anyway, or not a plain word.
    ['thin', true],
    ['the', false],
    ["can't", false],
  ])('%j → %s', (word, kept) => {
    expect(realWordsNear(DOCS, [word]).includes(word)).toBe(kept);
  });
});

describe('a question’s real words are not corrected into the docs’ words', () => {
  const index = (lexicon: string[]) =>
    indexOf(
      [section('/', 'Home', 'Checks', 'checks', 'Each thing the private probe checks is shown.')],
      lexicon,
    );
  it.each([
    // Without a word list, a word one typo from the docs' is read as theirs.
    [[], 'it should prove it', 'it should probe it'],
    // With one, real words stay; misspellings are still corrected.
    [['prove'], 'it should prove it', 'it should prove it'],
    [['think', 'prove'], 'evry thnig', 'every thing'],
    // A real word's stem is no real word: "privates" stems to "privat", a typo of "private".
    [['privates'], 'the privat probe', 'the private probe'],
  ])('word list %j: %j reads as %j', async (lexicon, question, read) => {
    expect(analyse(await index(lexicon), question, rankingConfig()).text).toBe(read);
  });
});
