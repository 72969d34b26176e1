/**
 * What a question asks for, read off its own small docs: a value a table row gives under its
 * column headings, a number of the thing asked about, what it quotes of a screen.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from './answer';
import { rankingConfig } from './config';
import { indexOf, section, SITE } from './fixture';
import { analyse, type Concept, type Query } from './query';
import { extract } from './extract';
import { lengthFactor } from './rank';
import type { AskIndex } from './search-index';
import { support } from './support';

const PRO = '/exchange/kraken/pro/';

describe('support: asked for a value, a table row’s column headings name what it gives', () => {
  let table: AskIndex;
  beforeAll(async () => {
    table = await indexOf([
      section(
        '/reference/check-api/',
        'Check API',
        'Errors',
        'errors',
        [
          '| Status | Code | Meaning |',
          '| --- | --- | --- |',
          '| 413 | `too-large` | The body is larger than 16 KB. |',
          '| 415 | `unsupported-media-type` | The body is not JSON. |',
        ].join('\n'),
      ),
    ]);
  });
  it.each([
    // Asked which status and code: the row under Status and Code says it.
    ['which status and code for a large body', true],
    ['what http status and error code for a body that is too big', true],
    // Not asked for a value: the headings are every row's, and say nothing of this one.
    ['status code table for a large body', false],
  ])('%j → supported: %s', (question, supported) => {
    const config = rankingConfig();
    const query = analyse(table, question, config);
    expect(support(table, query, 0) >= config.minSupport).toBe(supported);
  });
});

describe('extract: asked how many, a number of the thing asked about answers, in words too', () => {
  let steps: AskIndex;
  beforeAll(async () => {
    steps = await indexOf([
      section(
        PRO,
        'Kraken Pro',
        'Select permissions',
        'select-permissions',
        'You must enable exactly these:\n\n- Query\n- Trade (set the window to 2000000 first)\n\nTick exactly these seven permissions.',
      ),
    ]);
  });
  it('"how many permissions do I need" → the sentence that counts them', () => {
    const config = rankingConfig();
    const query = analyse(steps, 'how many permissions do I need', config);
    expect(extract(steps, query, config, 0).text).toMatch(/seven permissions/);
  });
});

describe('ask: what the question quotes of a screen', () => {
  let screens: AskIndex;
  beforeAll(async () => {
    screens = await indexOf([
      section(
        '/exchange/kraken/',
        'Kraken',
        'Kraken Pro',
        'kraken-pro',
        'Kraken Pro is Kraken’s trading interface. Its API keys are created under Settings.',
      ),
      section(
        '/exchange/kraken/',
        'Kraken',
        'Before we start',
        'before-we-start',
        'If you stay on Kraken, you are sent on.\n\n![The API page, showing only "API keys are managed in Kraken Pro".](/a.png)',
      ),
    ]);
  });
  it.each([
    // The section that shows the quoted words, even in a figure's description, is about it.
    ['kraken says "API keys are managed in Kraken Pro" when i make a key', 'before-we-start'],
    ["it shows 'API keys are managed in Kraken Pro', where do i make a key", 'before-we-start'],
  ])('%j → #%s', async (question, anchor) => {
    const r = await ask(screens, question);
    expect(r.found && r.source.url).toBe(`${SITE}/exchange/kraken/#${anchor}`);
  });
});

describe('lengthFactor: a long question needs a smaller share held in one place', () => {
  const config = rankingConfig();
  /** A query naming `named` things and `generic` words every page uses. */
  const queryOf = (named: number, generic = 0) => {
    const concept = (g: boolean): Concept => ({ names: [], weight: 1, rarity: 1, generic: g });
    return {
      concepts: [
        ...Array.from({ length: named }, () => concept(false)),
        ...Array.from({ length: generic }, () => concept(true)),
      ],
    } as unknown as Query;
  };
  it.each([
    // Up to five things named: one bar for all; words every page uses do not count.
    [3, 0, 1],
    [5, 4, 1],
    // More: (5 / n) ** longQuestion.
    [10, 0, 0.5 ** config.longQuestion],
    [20, 2, 0.25 ** config.longQuestion],
  ])('%i named, %i generic → %d', (named, generic, factor) => {
    expect(lengthFactor(queryOf(named, generic), config)).toBeCloseTo(factor, 10);
  });
  it('0 keeps one bar for all', () => {
    expect(lengthFactor(queryOf(20), { ...config, longQuestion: 0 })).toBe(1);
  });
});
