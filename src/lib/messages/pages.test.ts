import { describe, expect, it } from 'vitest';
import { PAGE_WORDS, langOfPath } from './pages';

describe('langOfPath', () => {
  it.each([
    ['/', 'en'],
    ['/exchange/kraken/pro/', 'en'],
    ['/id', 'id'],
    ['/id/', 'id'],
    ['/id/exchange/kraken/pro/', 'id'],
    ['/identity/', 'en'],
    ['/exchange/id/', 'en'],
  ])('%s is %s', (path, lang) => {
    expect(langOfPath(path)).toBe(lang);
  });
});

describe('the page helpers’ words', () => {
  it.each([
    ['en', 'Copy the nonce window', 'entry 2 of 3, 192.0.2.0/24', 'The IP range of Acme:'],
    ['id', 'Salin nonce window', 'entri 2 dari 3, 192.0.2.0/24', 'Rentang IP Acme:'],
  ] as const)('%s fills in its values', (lang, copy, entry, intro) => {
    const words = PAGE_WORDS[lang];
    expect(words.copy.label(lang === 'en' ? 'the nonce window' : 'nonce window')).toBe(copy);
    expect(words.range.entryLabel(2, 3, '192.0.2.0/24')).toBe(entry);
    expect(words.range.intro('Acme')).toBe(intro);
  });
});
