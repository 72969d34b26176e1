import { beforeAll, describe, expect, it } from 'vitest';
import { rankingConfig } from './config';
import { indexOf, section } from './fixture';
import { analyse } from './query';
import { rank } from './rank';
import type { AskIndex } from './search-index';

/**
 * The words of an error string Kraken answers with ("method" in `EGeneral:Unknown method`)
 * name that error: to a question about methods, a table of Kraken's errors is no section about
 * methods; to a question about the error, it is.
 */
const API = '/reference/relay-api/';
const SECTIONS = [
  section(
    API,
    'Relay API',
    'Outcomes',
    'outcomes',
    [
      'What the relay answers when the exchange refuses a call.',
      '',
      '| Exchange answers | Status | What to do |',
      '| --- | --- | --- |',
      '| `EGeneral:Unknown method` | `skip` | Nothing: the probes run instead. |',
      '| `EAPI:Invalid key` | `fail` | Copy the key again. |',
    ].join('\n'),
  ),
  section(
    API,
    'Relay API',
    'Request',
    'request',
    'Send the key as a JSON body. Only `POST` is taken.',
  ),
];

let index: AskIndex;
beforeAll(async () => {
  index = await indexOf(SECTIONS);
});

const coverageOf = async (question: string, anchor: string) => {
  const config = rankingConfig();
  const ranked = await rank(index, analyse(index, question, config), '', config);
  const id = index.sections.findIndex((s) => s.anchor === anchor);
  return ranked.find((r) => r.id === id)?.coverage ?? 0;
};

describe('rank: the words of an error string count only for a question about an error', () => {
  it.each([
    // Not about an error: "method" in `EGeneral:Unknown method` is not said.
    ['which method does the relay take', 'outcomes', 0],
    // About that error, named or remembered: it is.
    ['what does EGeneral:Unknown method mean', 'outcomes', 1],
    ['the relay says unknown method, what now', 'outcomes', 1],
  ])('%j: the share of it %s holds is %d', async (question, anchor, share) => {
    const coverage = await coverageOf(question, anchor);
    if (share === 0) expect(coverage).toBeLessThan(0.5);
    else expect(coverage).toBeGreaterThan(0.5);
  });
});
