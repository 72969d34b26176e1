import { beforeAll, describe, expect, it } from 'vitest';
import { rankingConfig } from './config';
import { indexOf, section } from './fixture';
import { analyse } from './query';
import { support } from './support';
import type { AskIndex } from './search-index';

/**
 * Support: how much of the question one place of a section holds. Three sections of the same
 * page: a permission step that names withdrawals, a lockout that lasts a number of minutes,
 * and a table whose column headings name status codes while its rows are about other things.
 */
const PRO = '/exchange/kraken/pro/';
const SECTIONS = [
  section(
    PRO,
    'Kraken Pro',
    'Select permissions',
    'select-permissions',
    'A key with **Query** can also read your withdrawal addresses and withdrawal history. It cannot withdraw: that takes **Withdraw**, which stays off.',
  ),
  section(
    PRO,
    'Kraken Pro',
    'Lockouts',
    'lockouts',
    'A lockout lasts about 15 minutes after too many calls.',
  ),
  section(
    PRO,
    'Kraken Pro',
    'Errors the relay answers',
    'errors-the-relay-answers',
    [
      'What the relay answers when the exchange refuses the call.',
      '',
      '| Status code | Body | What to do |',
      '| --- | --- | --- |',
      '| `lockout` | `fail` | Stop every program using the key. |',
      '| `busy` | `warn` | Wait a minute and check again. |',
    ].join('\n'),
  ),
  // A permission's label names a box: it does not say how to add an address.
  section(
    PRO,
    'Kraken Pro',
    'Leave these off',
    'leave-these-off',
    'Leave **Add withdrawal addresses** off.',
  ),
  // An instruction that does.
  section(
    PRO,
    'Kraken Pro',
    'Funding',
    'funding',
    'Kraken sends withdrawals to saved addresses. To add a withdrawal address, open Funding and click New address.',
  ),
  // A code example shows how.
  section(
    PRO,
    'Kraken Pro',
    'Examples',
    'examples',
    'Run it:\n\n```sh\ncurl -sS https://docs.example/api\n```',
  ),
  // 6: what to do, after the sentence that says when (a troubleshooting entry's cause, then
  // its fix list).
  section(
    PRO,
    'Kraken Pro',
    'Refused nonces',
    'refused-nonces',
    [
      'A tool that counts nonces in nanoseconds has used the key.',
      '',
      '**Fix:**',
      '',
      '- Create a new key: that is the only way to reset its nonce.',
    ].join('\n'),
  ),
  // 7: the same, with a sentence about something else between them.
  section(
    PRO,
    'Kraken Pro',
    'Refused nonces, apart',
    'refused-nonces-apart',
    [
      'A tool that counts nonces in nanoseconds has used the key.',
      '',
      'Kraken keeps the last nonce it saw.',
      '',
      '**Fix:**',
      '',
      '- Create a new key: that is the only way to reset its nonce.',
    ].join('\n'),
  ),
  // 8: the reference says what the API does, not what to do.
  section(
    '/reference/check-api/',
    'Check API',
    'Language',
    'language',
    'The checks are in English unless the request’s `Accept-Language` header prefers Indonesian.',
  ),
];

let index: AskIndex;
beforeAll(async () => {
  index = await indexOf(SECTIONS);
});

const supportOf = (question: string, id: number) =>
  support(index, analyse(index, question, rankingConfig()), id);

describe('support: a how-many or how-long question needs a place with a number', () => {
  it.each([
    // The sentence names withdrawals but says nothing of how long one takes.
    ['how long does a withdrawal take', 0, false],
    ['how many withdrawal addresses can a key read', 0, false],
    // The place that holds the number answers.
    ['how long does a lockout last', 1, true],
  ])('%s (section %i) → supported: %s', (question, id, supported) => {
    expect(supportOf(question, id) >= rankingConfig().minSupport).toBe(supported);
  });

  it('a question that asks for no number is judged on its words alone', () => {
    expect(supportOf('can the key read withdrawal addresses', 0)).toBeGreaterThanOrEqual(
      rankingConfig().minSupport,
    );
  });
});

describe('support: column headings are every row’s, not what a row says', () => {
  it.each([
    // Its words are the column headings', in no row's cells: no row answers it.
    ['which status code and body does the relay answer with', false],
    // The row's own cells hold the question.
    ['what to do when the relay answers busy, wait a minute', true],
  ])('%s → supported: %s', (question, supported) => {
    expect(supportOf(question, 2) >= rankingConfig().minSupport).toBe(supported);
  });
});

describe('support: a how-to question needs a place that says what to do', () => {
  it.each([
    // Only the label holds the words.
    ['how do I add a withdrawal address', 3, false],
    // A sentence that only mentions withdrawals, beside one that says how.
    ['how do I add a withdrawal address', 4, true],
    ['what do I need to add a withdrawal address', 4, true],
    // The section names withdrawal addresses, and says nothing of how to read them.
    ['how do I read my withdrawal addresses', 0, false],
    // The code example says how.
    ['how do I use curl', 5, true],
    // Not asked how: the label's words count.
    ['should I leave add withdrawal addresses off', 3, true],
    // The question names the permission itself: its label answers.
    ['how do I set Add withdrawal addresses', 3, true],
    // About the API, what it does says how to use it.
    ['how do I get the check api answers in Indonesian', 8, true],
    ['how do I get the answers in Indonesian', 8, false],
  ])('%s (section %i) → supported: %s', (question, id, supported) => {
    expect(supportOf(question, id) >= rankingConfig().minSupport).toBe(supported);
  });
});

describe('support: asked how, a page of the reference says it by what the API does', () => {
  it.each([
    [true, true],
    [false, false],
  ])('section 8 as a page of the reference: %s → supported: %s', (reference, supported) => {
    const query = analyse(index, 'how do I get the checks in Indonesian', rankingConfig());
    expect(support(index, query, 8, reference) >= rankingConfig().minSupport).toBe(supported);
  });
});

describe('support: asked how, the sentence before an instruction says when it applies', () => {
  it.each([
    // The cause, then the fix: one place.
    ['after a nanosecond tool used my key, how do I reset the nonce', 6, true],
    // Another sentence between them: the fix alone does not name the tool.
    ['after a nanosecond tool used my key, how do I reset the nonce', 7, false],
    // What to do is still needed: the cause alone does not say how.
    ['how do I stop a nanosecond tool', 6, false],
  ])('%s (section %i) → supported: %s', (question, id, supported) => {
    expect(supportOf(question, id) >= rankingConfig().minSupport).toBe(supported);
  });
});
