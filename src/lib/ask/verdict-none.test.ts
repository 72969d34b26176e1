import { beforeAll, describe, expect, it } from 'vitest';
import { stepUrl, type GuideForm } from '../guide/links';
import { verdictFixture } from './fixture-verdict';
import type { Verdict } from './verdict';

let judge: (question: string) => Verdict | null;
let urlOf: (id: number) => string;
beforeAll(async () => {
  ({ judge, urlOf } = await verdictFixture());
});

describe('verdict: none where the question is no yes/no about a setting', () => {
  it.each([
    // Two permissions: the extractive answer says which is which.
    'Should I enable Withdraw and Deposit?',
    // Asked how, not whether.
    'How do I enable IP whitelisting?',
    // Two names compared, neither a permission: the docs say what goes where.
    'Is the IP range the same as the allowlist?',
    // Neither a yes/no question nor a name.
    'Which IP addresses do I enter?',
    // "Add" is a verb before it is the first word of a label.
    'can i edit the key later to add a missing permission?',
    // So is "create": creating the key is not Create & modify orders.
    'do I have to leave the Kraken app to create the key?',
    // Withdrawing is not the permission: the docs do not cover how to withdraw.
    'can i make withdrawals to my bank with the key?',
    // A question mark alone makes no yes/no question.
    'tick which boxes?',
    'Withdraw funds, what is it for?',
    // About what the checker does: "No: leave Withdraw off" would read as "it does not fail".
    'does the checker fail if withdraw is on',
    'will the key checker warn me if Export data is ticked?',
    'Is the check API ok with a nonce window of 5000000?',
    // Asked what is wrong with the key, the answer is why, not what to set.
    'the check says my call came from outside the allowlist but the bot works fine. my key is wrong?',
    'is my key broken if the IP whitelist is on?',
    // Asked about what was seen, the settings are the premise: the error's entry answers.
    'can a key with ip whitelist cause permission denied?',
    'Is it normal that a key with IP restriction fails the live check?',
    'is it ok that the check says my IP is not allowed on a key with IP whitelist?',
    'will i get an error if i leave the nonce window empty?',
  ])('%j gets no verdict', (question) => {
    expect(judge(question)).toBeNull();
  });
});

describe('verdict: asked how the addresses are entered', () => {
  it.each([
    ['can i paste all the ips with commas in classic ip whitelist?', 'classic'],
    ['should i put all ip ranges in one box on the ip whitelist?', 'pro'],
    ['is it one ip per box on the kraken pro ip restriction?', 'pro'],
  ])('%j: no yes or no, the %s form’s step answers in its own words', (question, form) => {
    const judged = judge(question)!;
    expect(judged.text).toBe('');
    expect(urlOf(judged.id)).toBe(stepUrl(form as GuideForm, 'ip'));
  });
});
