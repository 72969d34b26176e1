import { beforeAll, describe, expect, it } from 'vitest';
import { rankingConfig } from './config';
import { indexOf, section } from './fixture';
import { analyse } from './query';
import { extract } from './extract';
import { definesIn } from './score';
import { support } from './support';
import type { AskIndex } from './search-index';

/**
 * A definition: a unit that opens with a short name of a thing and says what it is (a list
 * item's "Method:", a table row's first cell, "A warning is …"). A section that only uses the
 * name throughout, a link card, or a long sentence that merely starts with it defines nothing.
 */
const API = '/reference/relay-api/';
const SECTIONS = [
  section(
    API,
    'Relay API',
    'Request',
    'request',
    [
      '- Method: `POST` only.',
      '- Body: one JSON object of at most 16 KB.',
      '',
      '| Field | Type | Meaning |',
      '| --- | --- | --- |',
      '| `allowlist` | string | The addresses entered on the exchange. |',
    ].join('\n'),
  ),
  section(
    API,
    'Relay API',
    'Outcomes',
    'outcomes',
    [
      'Its refusals (the error body below) are worded in the request language.',
      '',
      '| Exchange answers | Status | What to do |',
      '| --- | --- | --- |',
      '| `busy` | `warn` | Wait a minute and check again. |',
      '| `lockout` | `fail` | Stop every program using the key. |',
    ].join('\n'),
  ),
  section(
    API,
    'Relay API',
    'Statuses',
    'statuses',
    'Each check has a status. A warning is not a failure: the key works, with a risk.',
  ),
  section(
    API,
    'Relay API',
    'More',
    'more',
    '[The allowlist guide](/guide/allowlist/): how to fill the allowlist on the exchange.',
  ),
];

let index: AskIndex;
beforeAll(async () => {
  index = await indexOf(SECTIONS);
});

const query = (question: string) => analyse(index, question, rankingConfig());

describe('a section defines what the question asks about', () => {
  it.each([
    // A list item opens with the name, then says what it is.
    ['which method does the relay take', 0, true],
    // A table row's first cell names what the row defines.
    ['what is the allowlist field', 0, true],
    // A sentence that opens with the name and says what it is.
    ['what does a warning mean', 2, true],
    // Rows that list `warn` among an outcome's columns only mention it.
    ['what does a warning mean', 1, false],
    // A long opening before the verb is a sentence about something else.
    ['what is the error body', 1, false],
    // A link card names the page it points to.
    ['what is the allowlist guide', 3, false],
    // The heading names it already: every sentence below is about it, none defines it.
    ['what are the statuses', 2, false],
  ])('%s (section %i) → %s', (question, id, defined) => {
    expect(definesIn(index, query(question), id)).toBe(defined);
  });

  it.each([
    // Asked how many, the definition must hold a number: the allowlist row does not.
    ['how many addresses can the allowlist field hold', 0, false],
    // Asked how large, the body's definition holds one.
    ['how large can the body be', 0, true],
  ])('with the kind of value asked for: %s (section %i) → %s', (question, id, defined) => {
    expect(definesIn(index, query(question), id)).toBe(defined);
  });
});

describe('the answer prefers the sentence that defines the asked thing', () => {
  it.each([
    ['which method does the relay take', 'Method: `POST` only.'],
    ['what does a warning mean', 'A warning is not a failure'],
  ])('%s → %s', (question, sentence) => {
    const id = question.includes('method') ? 0 : 2;
    expect(extract(index, query(question), rankingConfig(), id).text).toContain(sentence);
  });

  it('without the preference, another sentence can win', () => {
    const plain = rankingConfig({ unitDefinition: 0 });
    const q = query('which method does the relay take');
    expect(extract(index, q, rankingConfig(), 0).score).toBeGreaterThan(
      extract(index, q, plain, 0).score,
    );
  });
});

describe('support: a row says what its first cell is, when the question names that cell', () => {
  it.each([
    // The row `allowlist` under "Field": the allowlist field.
    ['what type is the allowlist field', true],
    // The column headings alone, with no row named, are every row's.
    ['which field has which type', false],
  ])('%s → supported: %s', (question, supported) => {
    expect(support(index, query(question), 0) >= rankingConfig().minSupport).toBe(supported);
  });
});
