import { beforeAll, describe, expect, it } from 'vitest';
import { ask, withGoal, type AskResult } from './answer';
import { rankingConfig } from './config';
import { analyse } from './query';
import { fixtureIndex, SITE } from './fixture';
import { answerMarkdown } from './render';
import type { AskIndex } from './search-index';

let index: AskIndex;
beforeAll(async () => {
  index = await fixtureIndex();
});

const found = (r: AskResult) => {
  if (!r.found) throw new Error('expected an answer');
  return r;
};
const anchorOf = (url: string) => url.slice(SITE.length);

describe('ask: the section that answers', () => {
  it.each([
    [
      'What nonce window should I set?',
      '/exchange/kraken/pro/#enable-custom-nonce-window',
      '2000000',
    ],
    [
      'Which permissions do I enable on Kraken Pro?',
      '/exchange/kraken/pro/#select-permissions',
      'Query ledger entries',
    ],
    // Synonyms are data: the docs say "Private key" and "API Secret", the question another name.
    [
      'Where does my secret key go?',
      '/exchange/kraken/pro/#connect-kraken-with-created-api-keys',
      'API Secret',
    ],
    [
      'How do I set up the IP allowlist?',
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting',
      'IP address restriction',
    ],
    // Error strings match exactly, whatever else the question says.
    [
      'How do I fix EAPI:Invalid nonce?',
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '2000000',
    ],
    [
      'How long does an EGeneral:Temporary lockout last?',
      '/exchange/kraken/troubleshooting/#egeneraltemporary-lockout',
      '15 minutes',
    ],
    [
      'What does EAccount:Invalid permissions mean?',
      '/exchange/kraken/troubleshooting/#other-messages',
      'EAccount:Invalid permissions',
    ],
    // Typos.
    [
      'what nonse windw should I set',
      '/exchange/kraken/pro/#enable-custom-nonce-window',
      '2000000',
    ],
    [
      'Which permisions do I enable on Kraken Pro?',
      '/exchange/kraken/pro/#select-permissions',
      'Query',
    ],
  ])('%j → %s with %j', async (question, section, value) => {
    const r = found(await ask(index, question));
    expect(anchorOf(r.source.url)).toBe(section);
    expect(r.answer).toContain(value);
    expect(r.sources[0]).toBe(r.source.url);
  });

  it('a nested list keeps its groups: "Group: item, item; Group: item"', async () => {
    const r = found(await ask(index, 'Which permissions do I enable on Kraken Pro?'));
    expect(r.answer).toBe(
      'You must enable exactly these: Funds permissions: Query; Orders and trades: Query open orders & trades, Create & modify orders; Data: Query ledger entries.',
    );
  });

  it.each([
    [
      'Set up a key on Kraken Classic',
      '/exchange/kraken/classic/#select-permissions',
      'Query Funds',
    ],
    [
      'Set up a key on Kraken Pro',
      '/exchange/kraken/pro/#select-permissions',
      'Query ledger entries',
    ],
  ])('the goal %j moves its guide first', async (goal, section, value) => {
    const r = found(await ask(index, 'Which permissions do I enable?', goal));
    expect(anchorOf(r.source.url)).toBe(section);
    expect(r.answer).toContain(value);
  });

  it('gives three to five excerpts with headings, and absolute sources with anchors', async () => {
    const r = found(await ask(index, 'What nonce window should I set?'));
    expect(r.excerpts.length).toBeGreaterThanOrEqual(3);
    expect(r.excerpts.length).toBeLessThanOrEqual(5);
    for (const e of r.excerpts) {
      expect(e.heading).not.toBe('');
      expect(e.url.startsWith(`${SITE}/`)).toBe(true);
      expect(e.passage.length).toBeLessThanOrEqual(330);
    }
    for (const url of r.sources) expect(url).toMatch(/^https:\/\/docs\.example\/.*/);
  });

  it('answers in the words of the docs only', async () => {
    const r = found(await ask(index, 'How long does an EGeneral:Temporary lockout last?'));
    const docs = index.sections.map((s) => `${s.heading} ${s.markdown}`).join('\n');
    for (const sentence of r.answer.split(/(?<=\.)\s+/)) {
      expect(docs.replace(/\s+/g, ' ')).toContain(sentence.replace(/\.$/, '').trim());
    }
  });
});

describe('ask: when the docs do not answer', () => {
  it.each([
    'How do I bake sourdough bread?',
    'What is the weather in Paris tomorrow?',
    'kraken key',
    '???',
    'the and of',
  ])('%j says so and lists the closest pages', async (question) => {
    const r = await ask(index, question);
    expect(r.found).toBe(false);
    if (r.found) return;
    expect(r.closest.length).toBeGreaterThan(0);
    expect(r.closest.length).toBeLessThanOrEqual(3);
    const md = answerMarkdown(r);
    expect(md).toMatch(/^# Answer\n\nThe documentation does not answer this\./);
    expect(md).toContain('## Sources');
  });

  it.each([
    // An error in Kraken's categories that the docs do not explain, alone or with words of
    // an error they do explain: the troubleshooting page first, not a section about another.
    'EAPI:Feature disabled',
    'bot log: EGeneral:Unknown asset pair on every call (nonce fine)',
  ])('%j: an error the docs do not explain', async (question) => {
    const r = await ask(index, question);
    expect(r.found).toBe(false);
    if (r.found) return;
    expect(r.closest[0]!.url).toBe(`${SITE}/exchange/kraken/troubleshooting/`);
  });

  it.each(['EGeneral:Invalid arguments:nonce', 'EAPI:Invalid nonce again'])(
    '%j: a known error, with what Kraken adds to it, is answered',
    async (question) => {
      expect((await ask(index, question)).found).toBe(true);
    },
  );
});

describe('answerMarkdown', () => {
  it('has the answer, its link, the excerpts and the sources, in that order', async () => {
    const md = answerMarkdown(found(await ask(index, 'What nonce window should I set?')));
    const at = [
      '# Answer',
      '2000000',
      `(${SITE}/exchange/kraken/pro/#enable-custom-nonce-window)`,
      '## Excerpts',
      '### [',
      '## Sources',
    ].map((s) => md.indexOf(s));
    for (const i of at) expect(i).toBeGreaterThanOrEqual(0);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('never repeats the question', async () => {
    const question = 'What nonce window should I set for zebra-unicorn?';
    expect(answerMarkdown(await ask(index, question))).not.toContain('zebra-unicorn');
  });
});

describe('ask: any input', () => {
  it('answers or says it cannot, never throws, for any string up to 500 characters', async () => {
    const fc = await import('fast-check');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 500 }),
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc
            .array(
              fc.constantFrom(
                'nonce',
                'window',
                'EAPI:Invalid',
                'key',
                '?',
                'ß',
                '🙂',
                '\\',
                '*',
                '[',
                '](',
                '`',
              ),
              {
                maxLength: 30,
              },
            )
            .map((w) => w.join(' ')),
        ),
        fc.string({ maxLength: 100 }),
        async (question, goal) => {
          const r = await ask(index, question, goal);
          expect(typeof r.found).toBe('boolean');
          expect(answerMarkdown(r)).toMatch(/^# Answer\n/);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('ask: a one-word label others start with is a plain word', () => {
  it.each(['Should I set a query start date?', 'Do I need the query end date?'])(
    '%j gets no verdict about the Query permission',
    async (question) => {
      const r = await ask(index, question);
      if (r.found) expect(r.answer).not.toMatch(/^(Yes|No): .*\*\*Query\*\*/);
    },
  );
});

describe('ask: a question in its goal’s context', () => {
  const goal = 'Set the nonce window on Kraken Pro';

  it.each([
    // What the goal names joins the question: the Pro step, not the Classic one that also says "value".
    [0.8, '/exchange/kraken/pro/#enable-custom-nonce-window'],
    // Without its weight, the goal only orders the pages: the word "value" decides.
    [0, '/exchange/kraken/classic/#name-your-key'],
  ])('goalWeight %d → %s', async (goalWeight, anchor) => {
    const r = found(await ask(index, 'What value do I enter?', { goal, config: { goalWeight } }));
    expect(anchorOf(r.source.url)).toBe(anchor);
    expect(r.answer).toContain('2000000');
  });
});

describe('withGoal: what the goal names that the docs lack is no part of the question', () => {
  it.each([
    // "Jakarta" and "Binance" say where the trader is, not what the docs should hold.
    [
      'What value do I enter?',
      'Set the nonce window on Kraken Pro for a trader in Jakarta',
      'jakarta',
    ],
    ['which permissions?', 'Move the trading bot from Binance to Kraken Pro', 'binanc'],
  ])('%j with goal %j leaves out %j', (question, goal, lacked) => {
    const config = rankingConfig();
    const query = withGoal(analyse(index, question, config), analyse(index, goal, config), config);
    const tokens = query.concepts.flatMap((c) => c.names.flat().map((t) => t.token));
    expect(tokens).not.toContain(lacked);
    // What the docs have of the goal still joins it.
    expect(tokens).toContain('pro');
  });
});

describe('withGoal: a goal’s concept joins unless the question names it whole', () => {
  it.each([
    // "addresses" is one word of "IP address": the goal's IP restriction still joins.
    ['Where do the addresses go?', 'Restrict my Kraken Classic key to the IP range', true],
    // Named whole by the question, it is there already, at the question's weight.
    ['Where does the IP range go?', 'Restrict my Kraken Classic key to the IP range', false],
  ])('%j with goal %j: the goal adds it: %s', (question, goal, added) => {
    const config = rankingConfig();
    const asked = analyse(index, question, config);
    const query = withGoal(asked, analyse(index, goal, config), config);
    const ip = (c: (typeof query.concepts)[number]) =>
      c.names.some((n) => n.map((t) => t.token).join(' ') === 'ip rang');
    expect(query.concepts.filter(ip).length - asked.concepts.filter(ip).length).toBe(added ? 1 : 0);
  });
});

describe('ask: a verdict, then why in the docs’ words', () => {
  it.each([
    // The step says why Withdraw stays off: it follows the verdict.
    [
      'Should I tick Withdraw, could it move my funds if the key leaked?',
      /^No: leave \*\*Withdraw\*\* off\. .*\. A key with \*\*Withdraw\*\* could move your funds if it ever leaked\.$/,
    ],
    // The step's best sentence says again what to do: the verdict alone.
    ['Should I tick Withdraw on Kraken Pro?', /^No: leave \*\*Withdraw\*\* off\. [^.]*\.$/],
    [
      'Should I set a nonce window on Kraken Pro?',
      /^Yes: set “Custom nonce window” to 2000000\. [^.]*`EAPI:Invalid nonce`\.$/,
    ],
  ])('%j → %s', async (question, answer) => {
    expect(found(await ask(index, question)).answer).toMatch(answer);
  });
});
