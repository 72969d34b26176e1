import { describe, expect, it } from 'vitest';
import { readsAsQuestion } from './question';

describe('readsAsQuestion', () => {
  it.each([
    ['What nonce window should I set?', true],
    ['what nonce window do I need', true],
    ['Which permissions does the key need', true],
    ['how do I fix EAPI:Invalid nonce', true],
    ['nonce window on classic?', true],
    ['Is the private key the API Secret', true],
    ["what's the nonce window", true],
    ['  Where is the Add key button?  ', true],
  ])('%j reads as a question', (query, expected) => {
    expect(readsAsQuestion(query)).toBe(expected);
  });

  it.each([
    ['nonce window', false],
    ['IP whitelisting', false],
    ['EAPI:Invalid nonce', false],
    ['API Secret', false],
    ['lockout', false],
    ['', false],
    ['   ', false],
    ['what?', false],
    ['how come?', false],
    ['nonce window 2000000 classic', false],
  ])('%j is a keyword search', (query, expected) => {
    expect(readsAsQuestion(query)).toBe(expected);
  });
});
