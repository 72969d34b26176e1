import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../profile/kraken';
import { MESSAGE_CODES, OFFLINE_CODES } from './codes';
import { EN_KEY_CONFIG } from './en/key-config';
import { EN_RULES } from './en/rules';
import { ID_KEY_CONFIG } from './id/key-config';
import { ID_RULES } from './id/rules';
import { MESSAGES } from './index';
import { wordsOf } from './render';
import { SAMPLES } from './samples';
import type { Catalogue, Coded, MessageCode, RuleCatalogue, Words } from './types';
import { LANGS } from './types';
import { SERVICE_PERMISSION_MESSAGE } from './words';

/** Each language's words for every code: the offline rules' and the live check's key settings. */
const EN: Catalogue<MessageCode> = { ...EN_RULES, ...EN_KEY_CONFIG };
const ID: Catalogue<MessageCode> = { ...ID_RULES, ...ID_KEY_CONFIG };

const text = (w: Words) => [w.title, w.detail, w.fix ?? ''].join(' ');

/** Every sample of every code, in every language. */
const cases = MESSAGE_CODES.flatMap((code) =>
  (SAMPLES[code] as readonly { values: unknown; shown: readonly string[] }[]).map((sample, i) => ({
    name: `${code} #${i + 1}`,
    coded: { code, values: sample.values } as Coded,
    shown: sample.shown,
  })),
);

/** Strings Kraken shows, or the service says, that a translation keeps exactly. */
const VERBATIM = [
  SERVICE_PERMISSION_MESSAGE,
  '2000000',
  'EAPI:Invalid nonce',
  'EGeneral:Permission denied',
  'EGeneral:Invalid arguments',
  '“API Secret”',
  '“Key expiration”',
  ...PERMISSIONS.flatMap((p) => [p.pro, p.classic].flatMap((e) => (e ? [`“${e.label}”`] : []))),
];

describe('the message catalogues', () => {
  it('have the same codes in every language, each with samples', () => {
    for (const lang of LANGS) {
      expect(Object.keys(MESSAGES[lang].rules).sort(), lang).toEqual([...OFFLINE_CODES].sort());
    }
    for (const code of MESSAGE_CODES) expect(SAMPLES[code].length, code).toBeGreaterThan(0);
  });

  it.each(cases)('$name has words in both languages, with its values', ({ coded, shown }) => {
    const en = wordsOf(EN, coded);
    const id = wordsOf(ID, coded);
    for (const [lang, words] of [
      ['en', en],
      ['id', id],
    ] as const) {
      expect(words.title.trim(), `${lang} title`).not.toBe('');
      expect(words.detail.trim(), `${lang} detail`).not.toBe('');
      expect(words.fix === null || words.fix.trim() !== '', `${lang} fix`).toBe(true);
      for (const value of shown) expect(text(words), `${lang} shows ${value}`).toContain(value);
      expect(text(words), `${lang} has no unfilled value`).not.toMatch(/undefined|NaN|\[object/);
    }
    // A fix in one language is a fix in the other; the Indonesian is a translation, not a copy.
    expect(id.fix === null).toBe(en.fix === null);
    expect(id.detail).not.toBe(en.detail);
    // Whatever Kraken shows (labels, errors, 2000000) stays exactly as in English.
    for (const token of VERBATIM) {
      if (text(en).includes(token)) expect(text(id), `keeps ${token}`).toContain(token);
    }
  });

  it.each([
    ['nonce.pass', { value: 2000000, readFrom: null }, '2,000,000', '2.000.000'],
    ['nonce.high', { form: 'pro', value: 12345678, readFrom: null }, '12,345,678', '12.345.678'],
    [
      'key.api.length',
      { length: 1234, privateLength: false },
      '1,234 characters',
      '1.234 karakter',
    ],
    ['expiry.warn', { date: 1_900_000_000 }, '2030-03-17 17:46 UTC', '17 Maret 2030 17.46 UTC'],
  ] as const)('%s writes numbers and dates as each language does', (code, values, en, id) => {
    const coded = { code, values } as Coded;
    expect(wordsOf(EN, coded).detail).toContain(en);
    expect(wordsOf(ID, coded).detail).toContain(id);
  });

  it('fails the typecheck when a language lacks a code', () => {
    const { 'ip.pass': _dropped, ...rest } = ID_RULES;
    // @ts-expect-error: a catalogue without 'ip.pass' is not a RuleCatalogue.
    const incomplete: RuleCatalogue = rest;
    expect(Object.keys(incomplete)).not.toContain('ip.pass' satisfies MessageCode);
  });
});
