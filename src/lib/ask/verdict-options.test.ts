import { beforeAll, describe, expect, it } from 'vitest';
import { stepUrl, type GuideForm } from '../guide/links';
import { KEY_OPTIONS } from '../profile/kraken';
import { verdictFixture } from './fixture-verdict';
import type { Verdict } from './verdict';

let judge: (question: string) => Verdict | null;
let urlOf: (id: number) => string;
beforeAll(async () => {
  ({ judge, urlOf } = await verdictFixture());
});

describe('verdict: the options the guide leaves unset, in each form’s own wording', () => {
  it.each([
    // Pro's switches are off; Classic's expiry menu stays at "no expiration", its boxes unticked.
    [
      'should key expiration be turned on?',
      /^No: leave \*\*Key expiration\*\* off\. A key that expires stops/,
      'pro',
    ],
    [
      'Do I need to set a Key Expiration on Kraken Classic?',
      /^No: leave \*\*Key Expiration\*\* at no expiration\./,
      'classic',
    ],
    [
      'should i set a query start date',
      /^No: leave \*\*Query start date\*\* off\. With a query start or end date, .*`EGeneral:Invalid arguments`/,
      'pro',
    ],
    // Both query dates at once, by their shared name.
    [
      'should I leave the query dates off on classic?',
      /^Yes: leave \*\*Query Start Date\/Time\*\* and \*\*Query End Date\/Time\*\* unticked\./,
      'classic',
    ],
    // The form named by its own label: Pro's labels begin Classic's, the longer one wins.
    [
      'should I tick Query Start Date/Time',
      /^No: leave \*\*Query Start Date\/Time\*\* unticked/,
      'classic',
    ],
    // "No expiration" is Classic's menu value, and asks about leaving it unset.
    [
      'should key expiration be at no expiration?',
      /^Yes: leave \*\*Key Expiration\*\* at no expiration/,
      'classic',
    ],
    // Asked whether it is all right: the same no.
    ['Is it ok to set a key expiration date?', /^No: leave \*\*Key expiration\*\* off/, 'pro'],
  ] as const)('%j → %s', (question, text, form) => {
    const v = judge(question);
    expect(v?.text).toMatch(text);
    expect(urlOf(v!.id)).toBe(stepUrl(form as GuideForm, 'generate'));
  });

  it.each([
    // The key's state, not the option: why it fails answers.
    'my key expired, do I need to set it up again?',
    'will the key expire?',
    // An error beside the option: the error's entry answers.
    'bot says EGeneral:Invalid arguments, should I untick the query start date?',
    // About changing a key that exists: whether it can be edited is the question.
    'do I need to recreate the key to remove the expiry?',
    'can I edit the key to remove the query start date or do I need a new key?',
    'do I need to create a new key to remove withdraw permission?',
    // Beside the nonce window, the question is about more than the options.
    'should I set the nonce window and the key expiration?',
    // What the API reports of it.
    'does the json response have the expiry field?',
  ])('%j gets no verdict', (question) => {
    expect(judge(question)).toBeNull();
  });

  it('each form’s options are the ones its guide step names', () => {
    expect(KEY_OPTIONS.pro.map((o) => o.label)).toEqual([
      'Key expiration',
      'Query start date',
      'Query end date',
    ]);
    expect(KEY_OPTIONS.classic.map((o) => [o.label, o.unset])).toEqual([
      ['Key Expiration', 'no-expiration'],
      ['Query Start Date/Time', 'unticked'],
      ['Query End Date/Time', 'unticked'],
    ]);
  });
});
