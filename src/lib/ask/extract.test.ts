import { beforeAll, describe, expect, it } from 'vitest';
import { rankingConfig, type RankingConfig } from './config';
import { indexOf } from './fixture';
import { SECTIONS } from './fixture-extract';
import { analyse } from './query';
import { extract } from './extract';
import type { AskIndex } from './search-index';

let index: AskIndex;
beforeAll(async () => {
  index = await indexOf(SECTIONS);
});

const answerOf = (question: string, id: number, config: RankingConfig = rankingConfig()) =>
  extract(index, analyse(index, question, config), config, id).text;

describe('extract: a question that asks two things takes the sentence that says the second', () => {
  const question =
    'were my requests refused for arriving out of order, and what nonce window fixes it';
  it.each([
    // The cause answers the first part; the fix, two paragraphs on, holds the window asked for.
    [rankingConfig(), true],
    // Without the rule, one of them alone.
    [rankingConfig({ answerComplement: 3 }), false],
    // Nor past four times the short answer's length: a long addition would bury the answer.
    [rankingConfig({ answerChars: 20 }), false],
  ])('answerComplement %#: the answer holds both: %s', (config, both) => {
    const answer = answerOf(question, 0, config);
    expect(answer.includes('out of order') && answer.includes('2000000')).toBe(both);
  });

  it.each([
    // Everything asked is in the first sentence: nothing is added.
    ['why did kraken refuse the late requests', 'out of order'],
    ['what nonce window does the key need', '2000000'],
  ])('%j → one paragraph, the one holding %j', (question, holds) => {
    const answer = answerOf(question, 0);
    expect(answer).toContain(holds);
    expect(answer.split('**').length).toBeLessThanOrEqual(3);
  });
});

describe('extract: the page’s own name says nothing in a sentence of that page', () => {
  it.each([
    // "Kraken Pro" is what every sentence of the Kraken Pro guide is about: the sentence that
    // holds the label answers, not the one that repeats the page's name.
    ['exact label of the range field on kraken pro', 'Comma delimited list'],
    ['what is the field for the range called on kraken pro', 'Comma delimited list'],
  ])('%j → the sentence holding %j', (question, holds) => {
    expect(answerOf(question, 1)).toContain(holds);
  });
});

describe('extract: a field named in a bare list of names is only listed there', () => {
  it.each([
    ['what does the key.swapped check do', 'length of a private key'],
    ['what does `key.swapped` mean', 'length of a private key'],
  ])('%j → the sentence that says what it does', (question, holds) => {
    const answer = answerOf(question, 2);
    expect(answer).toContain(holds);
    expect(answer).not.toContain('`nonce-window`');
  });
});

describe('analyse: asked for a label', () => {
  it.each([
    ['exact label of the ip box on kraken pro', 'label'],
    ['what is the label of the field where the addresses go', 'label'],
    ['the wording of the IP option', 'label'],
    ['which box is the name', 'label'],
    ['which boxes do I tick', 'label'],
    // Put as what a thing is for, but asking what it is labelled.
    ["What is the field for the key's name labelled on Kraken Pro's form?", 'label'],
    ['what is the nonce window for', 'reason'],
    // Not a label: a reason, a number.
    ['why is the label red', 'reason'],
    ['how long is the private key', 'number'],
    // Where a thing comes from, not where it goes.
    ['where do i get the ip range', 'source'],
    ['where does the ip range come from', 'source'],
    ['where do the addresses go', null],
    // How entries are written.
    ['ip whitelist: commas or one per line?', 'format'],
    ['do all the ranges go in one box', 'format'],
    // Many entries at once asks how they are written too.
    ['how do I put all four ip addresses in it', 'format'],
    ['the service shows 4 ip ranges, one per row?', 'format'],
    ['kraken pro ip field, all of them together?', 'format'],
  ])('%j → wants %s', (question, wants) => {
    expect(analyse(index, question, rankingConfig()).wants).toBe(wants);
  });
});

describe('extract: what the asker sees already is no answer', () => {
  const pasted = 'service says "Not enough permission for API keys" right after connecting';
  it.each([
    // The message and when it shows are what the asker reports: the cause and the fix answer.
    [pasted, rankingConfig(), false],
    // Without the rule, the sentence that repeats the question wins.
    [pasted, rankingConfig({ unitSymptom: 0 }), true],
    // Asked what the message is, the sentence that shows it answers.
    ['which error message does the service show when I connect the key', rankingConfig(), true],
  ])('%j (config %#) → the answer opens with what is seen: %s', (question, config, seen) => {
    expect(answerOf(question, 3, config).startsWith('**What you see:**')).toBe(seen);
  });
});

describe('extract: asked how, or for a kind of value, the answer says it', () => {
  it.each([
    // Asked what it means and how to fix it: the cause, then what to do.
    [
      '"Not enough permission for API keys": what does it mean and how do I fix it',
      ['**Cause:**', '**Fix:**'],
    ],
  ])('%j → holds %j', (question, parts) => {
    const answer = answerOf(question, 3);
    for (const part of parts) expect(answer).toContain(part);
    // Without the rule, one of them alone.
    const alone = answerOf(question, 3, rankingConfig({ answerComplement: 3 }));
    expect(parts.filter((part) => alone.includes(part))).toHaveLength(1);
  });
});

describe('extract: asked how, what must be is not what to do', () => {
  it.each([
    // "must be larger" says what is required of a number, not what to do: the fix answers.
    [
      '{"error":["EAPI:Invalid nonce"],"result":{}} what does this mean and how to fix',
      ['must be larger', '2000000'],
    ],
    ['EAPI:Invalid nonce, how to fix', ['2000000']],
  ])('%j → holds %j', (question, parts) => {
    const answer = answerOf(question, 4);
    for (const part of parts) expect(answer).toContain(part);
  });
});

describe('extract: an error pasted with a question about it', () => {
  it.each([
    // Asked whether the key is at fault: what the error says of it answers, with the sentence
    // it points back to ("It says …"), not the sentence that shows the error.
    [
      'getting EService:Busy from kraken is my key broken',
      '**Cause:** Kraken is busy or in maintenance. It says nothing about your key.',
    ],
    [
      'EService:Busy, is something wrong with my key?',
      '**Cause:** Kraken is busy or in maintenance. It says nothing about your key.',
    ],
    // Handed the error alone: what it means, then what to do.
    ['EService:Busy', '**Cause:** Kraken is busy or in maintenance. **Fix:** try again later.'],
  ])('%j → %j', (question, answer) => {
    expect(answerOf(question, 5)).toBe(answer);
  });

  it.each([
    // Remembered by its message, the error is handed alone all the same.
    [
      'kraken says too many requests',
      '**Cause:** every key has a call counter. **Fix:** wait a minute before retrying.',
    ],
    [
      'kraken says too many requests, is my key broken?',
      '**Cause:** every key has a call counter.',
    ],
  ])('%j → %j', (question, answer) => {
    expect(answerOf(question, 6)).toBe(answer);
  });

  it.each([
    ['is my key broken', 'reason'],
    ['is the api key wrong?', 'reason'],
    ['something wrong with my key?', 'reason'],
    ['is my key expiring', null],
  ])('%j → wants %s', (question, wants) => {
    expect(analyse(index, question, rankingConfig()).wants).toBe(wants);
  });
});

describe('extract: after a verdict, the sentence about its permission', () => {
  const question = 'should i tick withdraw so the bot can send my profits to my wallet';
  it.each([
    // About Withdraw: the sentence about it alone, and the one that goes on from it.
    [
      'Withdraw',
      'A key with **Withdraw** could move your funds if it ever leaked. It could also empty the account.',
    ],
    // Without it, the words of the question decide: a sentence about sending withdrawals.
    [undefined, 'Kraken sends withdrawals only to saved addresses'],
  ])('about %j → %j', (about, opens) => {
    const config = rankingConfig();
    expect(extract(index, analyse(index, question, config), config, 7, about).text).toMatch(
      new RegExp(`^${opens.replace(/[*.]/g, '\\$&')}`),
    );
  });
});

describe('extract: what joins the answer', () => {
  it('a sentence that points back does not join without the one it leans on', () => {
    // The fix list answers sharing a key; "It also happens …" is about the error, not the key.
    const answer = answerOf('can i share one key between two bots, how do i fix the nonce', 8);
    expect(answer).toMatch(/^\*\*Fix:\*\* use one key per bot/);
    expect(answer).not.toContain('It also happens');
  });
});

describe('extract: an error pasted alone, from a log line whose words the cause shares', () => {
  it('takes the fix after the cause', () => {
    expect(answerOf('ERROR requests refused, arrived out of order: EAPI:Invalid nonce', 0)).toBe(
      '**Cause:** several requests arrived out of order, and Kraken refused the late ones. **Fix:** raise the nonce window of the key to 2000000.',
    );
  });
});

describe('extract: another error named in an aside or a link', () => {
  it('does not make the sentence about that error: handed this one alone, its fix answers', () => {
    expect(answerOf('EGeneral:Permission denied', 10)).toMatch(
      /^\*\*Cause:\*\* the key lacks a permission .*\*\*Fix:\*\* enable the missing permission/,
    );
  });
});

describe('extract: asked where a thing comes from', () => {
  it('the sentence that says where it is shown answers, not the one that says where it goes', () => {
    expect(answerOf('where do i get the ip range', 12)).toMatch(/^The IP range is shown on/);
    expect(answerOf('where does the ip range go', 12)).toMatch(/^Turn on "IP address restriction"/);
  });
});

describe('extract: a list no sentence introduces', () => {
  it('answers item by item what its heading names', () => {
    expect(answerOf('what does the key checker check', 13)).toBe(
      '**Permissions**: exactly the seven the service needs are on. **IP restriction**: the service’s range is allowed. **Nonce window**: it is 2000000.',
    );
  });
  it('an item that says more of the question answers alone', () => {
    expect(answerOf('what does the key checker check about the nonce window', 13)).toBe(
      '**Nonce window**: it is 2000000.',
    );
  });
});

describe('extract: a colon whose figure is not in the answer', () => {
  it('ends its sentence with a stop', () => {
    expect(answerOf('what nonce window do i set', 11)).toBe(
      'Enter `2000000` (2 million). Turn on "Custom nonce window" and enter 2000000.',
    );
  });
});

describe('extract: a sentence that points back', () => {
  it('takes the one it leans on, unless that one points back too', () => {
    expect(answerOf('what is about.fallback', 9)).toMatch(/^It answers with `about\.fallback`/);
  });
});
