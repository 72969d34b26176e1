import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from './answer';
import { rankingConfig } from './config';
import { indexOf, SITE } from './fixture';
import { CUE_SECTIONS, PRO } from './fixture-cues';
import { analyse } from './query';
import { rank } from './rank';
import { extract } from './extract';
import { coverage, scoredUnits } from './score';
import { words } from './prepared';
import { support } from './support';
import { verdict } from './verdict';
import type { AskIndex } from './search-index';

let index: AskIndex;
beforeAll(async () => {
  index = await indexOf(CUE_SECTIONS);
});

describe('analyse: a question naming one of the API’s fields is about the API', () => {
  it.each([
    ['what does the fix field hold', true],
    ['field fix: what is in it', true],
    ['what does `fix` say', true],
    ['what does about.stop hold', true],
    ['is about.stop.code set on a lockout', true],
    ['what is the apiKey field', true],
    // The form's fields, named in words every page uses, and a host name.
    ['what goes in the API key field', false],
    ['how do I fix the key field', false],
    ['is status.kraken.com down', false],
    ['how do I fix an invalid nonce', false],
    ['which field takes the range', false],
    // `ip.allowlist` is an id, but "ip" alone is the form's word.
    ['kraken pro ip field - one ip per box?', false],
    ['is ip.allowlist failing', true],
    // Beside a Kraken error pasted from a log, "response" and "JSON" say where it came from...
    ['response: {"error":["EAPI:Invalid key"]} right after I connected the key', false],
    ['kraken json says EAPI:Invalid nonce', false],
    // ...but the check API named, or no error, is about the API.
    ['what does the check api answer for EAPI:Invalid key', true],
    ['which http status for a json body that is too large', true],
  ])('%j → about the API: %s', (question, aboutApi) => {
    expect(analyse(index, question, rankingConfig()).aboutApi).toBe(aboutApi);
  });
});

describe('extract: what one sentence says and the others do not tells them apart', () => {
  const question = 'how many points does the call counter hold for Starter';
  it.each([
    // Every sentence names calls, points or the counter: the one about Starter answers, after
    // the sentence its "It" points back to.
    [
      rankingConfig(),
      'Every key has a call counter, and each call fills the counter. It holds 15 points at the Starter level.',
    ],
    // Counted alike, the sentence with most of the repeated words wins instead.
    [rankingConfig({ unitSpread: 0 }), 'Ledger calls cost 2 points on the counter'],
  ])('unitSpread %#', (config, opens) => {
    const query = analyse(index, question, config);
    expect(extract(index, query, config, 2).text.startsWith(opens)).toBe(true);
  });
});

describe('support: a section headed by an error string is about an error', () => {
  it.each([
    [3, true],
    [4, false],
  ])('"nonce error" in section %i → supported: %s', (id, supported) => {
    const config = rankingConfig();
    const query = analyse(index, 'nonce error', config);
    expect(support(index, query, id) >= config.minSupport).toBe(supported);
  });
});

describe('analyse: numbers, and what is not a word', () => {
  /** Each concept of the question: its first name, and its other names. */
  const concepts = (question: string) =>
    new Map(
      analyse(index, question, rankingConfig()).concepts.map((c) => {
        const [first, ...others] = c.names.map((n) => n.map((t) => t.token).join(' '));
        return [first!, others];
      }),
    );
  it.each([
    // A number in groups is one number, however it is grouped...
    ['accept 2,000,000 please', { '2000000': [] }, ['2', '000']],
    ['accept 2 000 000 please', { '2000000': [] }, ['2', '000']],
    ['accept 2.000.000 please', { '2000000': [] }, ['2', '000']],
    // ...and so is one with a word that scales it, as the checker reads it...
    ['is 2 million enough', { '2000000': [] }, ['2', 'million']],
    ['nonce window 2jt?', { '2000000': [] }, ['2', 'jt']],
    ['set it to 2,5 juta', { '2500000': [] }, ['juta']],
    // ...but a letter alone may be minutes or thousands: as typed.
    ['wait 15m', { '15m': [] }, ['15000000']],
    // ...and an IPv4 address stays an address.
    ['allow 192.168.100.200', {}, ['192168100200']],
    // A small number is also its word; an HTTP status also its class.
    ['7 perms', { '7': ['seven'] }, []],
    ['return a 500', { '500': ['5xx'] }, []],
    ['does it answer 415', { '415': ['4xx'] }, []],
    // A dash or a letter alone is no concept.
    ['checker w/o javascript -', { javascript: [] }, ['w', 'o', '-']],
  ])('%j', (question, present: Record<string, string[]>, absent: string[]) => {
    const read = concepts(question);
    for (const [first, others] of Object.entries(present)) expect(read.get(first)).toEqual(others);
    for (const token of absent) expect(read.has(token), token).toBe(false);
  });
});

describe('analyse: typos in short words, and numbers the docs lack', () => {
  const config = rankingConfig();
  it.each([
    // A letter left out inside a four-letter word is a typo...
    ['denied on evry call', 'denied on every call'],
    // ...a shorter form of a longer word is a word of its own.
    ['what does warn mean', 'what does warn mean'],
  ])('%j reads as %j', (question, read) => {
    expect(analyse(index, question, config).text).toBe(read);
  });

  it('a number the docs lack (a timestamp) weighs like a word every page uses', () => {
    const c = analyse(index, 'throttled until 1765000000', config).concepts.find(
      (x) => x.names[0]![0]!.token === '1765000000',
    );
    expect(c).toMatchObject({ weight: config.genericWeight, generic: true });
  });
});

describe('extract: an error pasted alone is answered with what it means, then what to do', () => {
  const config = rankingConfig();
  const answer = (question: string) =>
    extract(index, analyse(index, question, config), config, 5).text;
  it.each([
    [
      'bot log: [kraken] request failed: EAPI:Rate limit exceeded',
      /^\*\*Cause:\*\* the key’s counter is full\. \*\*Fix:\*\* wait/,
    ],
    // An error string's colon does not hide the instruction after it.
    [
      'EGeneral:Internal error again and again',
      /^\*\*Cause:\*\* the key’s counter is full\. If `EGeneral:Internal error` keeps coming back/,
    ],
    // Asked something of it, the sentence that names it answers.
    ['which errors mean the counter is full', /^\*\*What you see:\*\*/],
  ])('%j → %s', (question, opens) => {
    expect(answer(question)).toMatch(opens);
  });
});

describe('extract: asked how long in something, a number of that thing answers', () => {
  const question = '2000000 nonce window = how long in minutes?';
  const scores = (config: ReturnType<typeof rankingConfig>) =>
    new Map(
      scoredUnits(index, analyse(index, question, config), config, 6).map((s) => [
        s.u.markdown.slice(0, 12),
        s.score,
      ]),
    );
  it('a number of minutes gains unitQuantity; a number of nothing asked does not', () => {
    const on = scores(rankingConfig());
    const off = scores(rankingConfig({ unitQuantity: 0 }));
    expect(on.get('Programs cou')! - off.get('Programs cou')!).toBeCloseTo(
      rankingConfig().unitQuantity,
    );
    expect(on.get('Enter `20000')).toBe(off.get('Enter `20000'));
    const config = rankingConfig();
    expect(extract(index, analyse(index, question, config), config, 6).text).toMatch(
      /about 33 minutes late/,
    );
  });
});

describe('verdict: a permission’s machine name, from the profile', () => {
  const judge = (question: string) =>
    verdict(index, analyse(index, question, rankingConfig()), '', rankingConfig());
  it.each([
    ['machine name for the withdraw permission', '**Withdraw** is `funds_withdraw`'],
    ['what is the api name of Access WebSockets API', '**WebSocket interface** is `websocket`'],
    ['Deposit Funds json name?', '**Deposit** is `funds_add`'],
  ])('%j → %j', (question, text) => {
    const v = judge(question);
    expect(v?.text).toContain(text);
    expect(index.sections[v!.id]!.anchor).toBe('request');
  });

  it.each([
    // Two permissions: the list answers.
    'machine names of withdraw and deposit',
    // A name, but of no permission.
    'machine name of the nonce window',
  ])('%j gets no verdict', (question) => {
    expect(judge(question)).toBeNull();
  });
});

describe('ask: an error pasted with noise around it is still the question', () => {
  it('a section that names the pasted error answers, whatever words come with it', async () => {
    const r = await ask(index, 'grid bot log from the vps: EAPI:Rate limit exceeded (x40)');
    expect(r.found && r.source.url).toBe(`${SITE}${PRO}#rate-limits-2`);
  });
});

describe('ask: a field of the API named as code is the question', () => {
  it.each([
    // Its section writes it as code, whatever else the question asks of it.
    ['about.checkedWith possible values', 'response'],
    ['`checkedWith` values?', 'response'],
  ])('%j → #%s', async (question, anchor) => {
    const r = await ask(index, question);
    expect(r.found && r.source.url).toBe(`${SITE}${PRO}#${anchor}`);
  });
});

describe('coverage: a field of the API named as code counts where it is written as code', () => {
  const config = rankingConfig();
  const cov = (question: string, raw: string) =>
    coverage(analyse(index, question, config), words(index, raw), raw.toLowerCase());
  it.each([
    // Written as code: whole, or by its last part.
    ['does about.stop include the error', 'the `about.stop` error'],
    ['does about.stop include the error', 'the `stop` error'],
  ])('%j: %j holds more than the words alone', (question, raw) => {
    expect(cov(question, raw)).toBeGreaterThan(cov(question, raw.replace(/`[^`]*`/, 'stop')));
  });
  it.each([
    // Another field written as code, or the name as a plain word, is no more than the words.
    ['does about.stop include the error', 'the `fix` stop error'],
    ['does about.stop include the error', 'the about stop error'],
  ])('%j: %j holds only the words', (question, raw) => {
    expect(cov(question, raw)).toBe(cov(question, 'the stop error'));
  });
});

describe('rank: a question naming one form is about that form’s guide', () => {
  const scores = async (question: string, goal: string, otherForm: number) => {
    const config = rankingConfig({ otherForm });
    const ranked = await rank(index, analyse(index, question, config), goal, config);
    return new Map(ranked.map((r) => [r.id, r.score]));
  };
  it.each([
    // The sections here are Kraken Pro's: named Classic, they count otherForm of their score.
    ['how do I fix the nonce window on classic', '', 0.5],
    ['how do I fix the nonce window on kraken pro', '', 1],
    ['how do I fix the nonce window', '', 1],
    // Named by the goal alone, the same; the question's own form comes first.
    ['how do I fix the nonce window', 'Set up a key on Kraken Classic', 0.5],
    ['how do I fix the nonce window on pro', 'Set up a key on Kraken Classic', 1],
    // Naming both, it is about neither's guide alone; nor does the goal then decide.
    ['is the nonce window the same on pro and classic', '', 1],
    ['is the nonce window the same on pro and classic', 'Set up a key on Kraken Classic', 1],
  ])('%j (goal %j) → Pro sections × %s', async (question, goal, factor) => {
    const on = await scores(question, goal, 0.5);
    const off = await scores(question, goal, 1);
    for (const [id, score] of off) {
      if (index.sections[id]!.path === PRO) expect(on.get(id)).toBeCloseTo(score * factor);
    }
  });
});

describe('extract: the sentence that writes the named field as code answers', () => {
  it.each([
    ['what does about.stop hold', 'The live check adds `about`'],
    ['what is the `apiKey` field', '`apiKey`: string'],
  ])('%j → the sentence opening %j gains unitError', (question, opens) => {
    const scoreOf = (config: ReturnType<typeof rankingConfig>) =>
      scoredUnits(index, analyse(index, question, config), config, 0).find((u) =>
        u.u.markdown.startsWith(opens),
      )!.score;
    const config = rankingConfig();
    expect(scoreOf(config) - scoreOf(rankingConfig({ unitError: 0 }))).toBeCloseTo(
      config.unitError,
    );
    expect(extract(index, analyse(index, question, config), config, 0).text).toContain(opens);
  });
});
