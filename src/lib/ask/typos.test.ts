import { describe, expect, it } from 'vitest';
import { rankingConfig } from './config';
import { indexOf, section } from './fixture';
import { near } from './prepared';
import { analyse } from './query';

describe('near: one typo', () => {
  it.each([
    ['length', 'lenght', true],
    ['nonce', 'nonse', true],
    ['window', 'windw', true],
    ['permission', 'permisison', true],
    ['length', 'length', true],
    // Two swaps, a swap far apart, or a short word: another word, not a typo.
    ['length', 'elngth', true],
    ['length', 'lnegth', true],
    ['length', 'ltngeh', false],
    ['length', 'hengtl', false],
    ['scope', 'scpoe', true],
    ['key', 'kye', false],
    ['nonce', 'nonces', true],
    ['nonce', 'noncesx', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(near(a, b)).toBe(expected);
  });
});

describe('corrected: of two words one typo away, the one the docs use most', () => {
  it('reads "staus" as "status", not "stays"', async () => {
    const docs = await indexOf([
      section('/api/', 'API', 'Limits', 'limits', 'The body stays unread.'),
      section('/api/', 'API', 'Status', 'status', 'Each check has a status. The status is `pass`.'),
    ]);
    expect(analyse(docs, 'which staus code', rankingConfig()).text).toBe('which status code');
  });
  it('reads the words that say how a question is asked too: "ofen" is "often"', async () => {
    const docs = await indexOf([
      section('/api/', 'API', 'Limits', 'limits', 'The body stays unread.'),
    ]);
    expect(analyse(docs, 'how ofen can it run', rankingConfig()).text).toBe('how often can it run');
  });
});

describe('corrected: an adjective the docs write as its adverb', () => {
  it('reads "direct" as "directly", and leaves a word the docs write as it is', async () => {
    const docs = await indexOf([
      section('/pro/', 'Pro', 'Switch', 'switch', 'Or open the app directly. A direct route.'),
      section('/classic/', 'Classic', 'Go', 'go', 'Open the app directly.'),
    ]);
    expect(analyse(docs, 'direct link to the app', rankingConfig()).text).toBe(
      'direct link to the app',
    );
    const adverbOnly = await indexOf([
      section('/pro/', 'Pro', 'Switch', 'switch', 'Or open the app directly.'),
    ]);
    expect(analyse(adverbOnly, 'direct link to the app', rankingConfig()).text).toBe(
      'directly link to the app',
    );
  });
});
