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

describe('readsAsQuestion in Indonesian', () => {
  it.each([
    ['nonce window isi berapa', true],
    ['perlu nggak aktifin earn?', true],
    ['harus centang apa aja', true],
    ['bikin api key di kraken pro dimana', true],
    ['withdraw perlu diaktifkan gak', true],
    ['export data boleh aktif', true],
    ['EAPI:Invalid nonce terus?', true],
  ])('%j reads as a question', (query, expected) => {
    expect(readsAsQuestion(query, 'id')).toBe(expected);
  });

  it.each([
    ['nonce window', false],
    ['pembatasan IP kraken', false],
    ['EAPI:Invalid nonce', false],
    ['berapa?', false],
    ['panduan kraken pro classic', false],
  ])('%j is a keyword search', (query, expected) => {
    expect(readsAsQuestion(query, 'id')).toBe(expected);
  });
});
