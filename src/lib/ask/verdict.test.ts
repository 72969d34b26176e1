import { beforeAll, describe, expect, it } from 'vitest';
import { stepUrl, type GuideForm, type StepKey } from '../guide/links';
import { rankingConfig } from './config';
import { indexOf, section } from './fixture';
import { analyse } from './query';
import type { AskIndex } from './search-index';
import { verdict } from './verdict';

/** The steps a verdict points to, at the anchors the guides use. */
const STEPS: [GuideForm, StepKey, string][] = [
  ['pro', 'permissions', 'Select permissions'],
  ['pro', 'nonce', 'Enable Custom nonce window'],
  ['pro', 'ip', 'Enable the option for IP Whitelisting'],
  ['classic', 'permissions', 'Select permissions'],
  ['classic', 'nonce', 'Name your key'],
  ['classic', 'ip', 'Enable the option for IP Whitelisting'],
];
const SECTIONS = STEPS.map(([form, step, heading]) => {
  const [path, anchor] = stepUrl(form, step).split('#');
  return section(path!, form === 'pro' ? 'Kraken Pro' : 'Kraken Classic', heading, anchor!, '.');
});

let index: AskIndex;
beforeAll(async () => {
  index = await indexOf(SECTIONS);
});

const judge = (question: string) => verdict(index, analyse(index, question, rankingConfig()), '');
const urlOf = (id: number) => {
  const s = index.sections[id]!;
  return `${s.path}#${s.anchor}`;
};

describe('verdict: the options and the names, from the profile', () => {
  it.each([
    // The IP restriction is on, by any of its names, in the form's own label.
    ['Should I enable IP whitelisting?', /^Yes: turn on “IP address restriction”/, 'pro', 'ip'],
    [
      'can I leave IP whitelisting off on classic',
      /^No: turn on “IP whitelisting”/,
      'classic',
      'ip',
    ],
    ['Do I have to whitelist IPs?', /^Yes: turn on “IP address restriction”/, 'pro', 'ip'],
    [
      'Is 1000000 enough for the nonce window?',
      /^No: set the nonce window to 2000000, not 1000000/,
      'pro',
      'nonce',
    ],
    // The nonce window asked about without a value: set, at the guide's value.
    [
      'Should I turn on Custom nonce window?',
      /^Yes: set “Custom nonce window” to 2000000/,
      'pro',
      'nonce',
    ],
    [
      'Do I need to set a nonce window on Kraken Classic?',
      /^Yes: set “Nonce Window” to 2000000/,
      'classic',
      'nonce',
    ],
    // "Access" starts a Classic label, but beside "withdraw" it is a plain word.
    [
      'Should I give the key withdraw access?',
      /^No: leave \*\*Withdraw\*\* off/,
      'pro',
      'permissions',
    ],
    // More than the guide's works: the checker's rule warns, and so does the answer, with
    // neither a yes nor a no, whichever way it is asked.
    [
      'is 5000000 ok for the nonce window or too much',
      /^5000000 works, but it is more than the guide's 2000000/,
      'pro',
      'nonce',
    ],
    [
      'Is a nonce window of 5000000 a problem?',
      /^5000000 works, but it is more than the guide's 2000000/,
      'pro',
      'nonce',
    ],
    // Beside the guide's value, the other number is the one asked about.
    [
      'Is it a problem if I set the nonce window higher than 2000000, like 5000000?',
      /^5000000 works/,
      'pro',
      'nonce',
    ],
    // Asked whether a step can be skipped, the answer to leaving it off.
    ['can i skip ip whitelist', /^No: turn on “IP address restriction”/, 'pro', 'ip'],
    ['can I skip the nonce window', /^No: set “Custom nonce window” to 2000000/, 'pro', 'nonce'],
    ['can I skip withdraw', /^Yes: leave \*\*Withdraw\*\* off/, 'pro', 'permissions'],
    // The guide's value named as a bound asks about the values beyond it, not about it.
    [
      'is a nonce window bigger than 2 million a problem or is more fine',
      /^A larger window works, but it is more than the guide's 2000000/,
      'pro',
      'nonce',
    ],
    [
      'can the nonce window on classic be less than 2000000?',
      /^No: set the nonce window to 2000000, not a smaller one/,
      'classic',
      'nonce',
    ],
    [
      'is a nonce window below 2000000 a problem?',
      /^Yes: set the nonce window to 2000000, not a smaller one/,
      'pro',
      'nonce',
    ],
    // Asked whether it is a problem, yes means the setting is wrong.
    [
      'is a nonce window of 1000000 too low?',
      /^Yes: set the nonce window to 2000000, not 1000000/,
      'pro',
      'nonce',
    ],
    [
      'is a nonce window of 2000000 too high?',
      /^No: 2000000 is the nonce window the guide asks for/,
      'pro',
      'nonce',
    ],
    ['is it a problem if i enable earn?', /^Yes: leave \*\*Earn\*\* off/, 'pro', 'permissions'],
    [
      'is leaving the ip whitelist open to any address a problem?',
      /^Yes: turn on “IP address restriction”/,
      'pro',
      'ip',
    ],
    [
      'Is 2000000 ok for the nonce window?',
      /^Yes: 2000000 is the nonce window the guide asks for/,
      'pro',
      'nonce',
    ],
    // Asked tersely, the way a checklist is read out.
    ['Withdraw needed?', /^No: leave \*\*Withdraw\*\* off/, 'pro', 'permissions'],
    ['tick Export Data on classic?', /^No: leave \*\*Export Data\*\* /, 'classic', 'permissions'],
    // Offered both, the answer says which.
    [
      'WebSocket interface on or off?',
      /^Turn on \*\*WebSocket interface\*\*/,
      'pro',
      'permissions',
    ],
    ['Earn: on or off?', /^Leave \*\*Earn\*\* off/, 'pro', 'permissions'],
    ['ok to leave the ip whitelist empty?', /^No: turn on “IP address restriction”/, 'pro', 'ip'],
    [
      'nonce window 0 ok on classic if i only run 1 bot?',
      /^No: set the nonce window to 2000000, not 0/,
      'classic',
      'nonce',
    ],
    // Open to every address, the key works from anywhere: no.
    [
      'should i just allow 0.0.0.0/0 so it works from anywhere',
      /^No: turn on “IP address restriction”/,
      'pro',
      'ip',
    ],
    ['can I allow any IP on classic?', /^No: turn on “IP whitelisting”/, 'classic', 'ip'],
    // A number with its scale letter, read as the checker reads it.
    [
      'is 2.5m ok for the nonce window',
      /^2500000 works, but it is more than the guide's 2000000/,
      'pro',
      'nonce',
    ],
    // Asked which value, not whether: the value, without a yes.
    ['what nonce window is enough?', /^Set “Custom nonce window” to 2000000\./, 'pro', 'nonce'],
    // A range broader than the service's works, and the checker warns: neither yes nor no.
    [
      'is it fine to allowlist a way bigger range than the service gives, like a whole /8?',
      /^A range broader than the trading service's works, but .* Enter only the service's IP range in “IP address restriction”\.$/,
      'pro',
      'ip',
    ],
    [
      'should i whitelist a /16 on classic',
      /^A range broader .*“IP whitelisting”\.$/,
      'classic',
      'ip',
    ],
    // The whole of the service's range is not a broader one.
    [
      'should I whitelist the whole ip range?',
      /^Yes: turn on “IP address restriction”/,
      'pro',
      'ip',
    ],
    // Asked whether it works without a setting: a required permission, no; the IP
    // restriction, yes, from anywhere.
    [
      'can the bot work without cancel orders permission?',
      /^No: turn on \*\*Cancel & close orders\*\*/,
      'pro',
      'permissions',
    ],
    [
      'does the bot still work if i turn off ip whitelist?',
      /^Yes, the key works without it, but from any address/,
      'pro',
      'ip',
    ],
    // Unticking, not doing, hurting: the same yes or no about a setting.
    ['should I untick query funds?', /^No: turn on \*\*Query Funds\*\*/, 'classic', 'permissions'],
    [
      'is it fine to not restrict the key to ips?',
      /^No: turn on “IP address restriction”/,
      'pro',
      'ip',
    ],
    ['will enabling deposit hurt?', /^Yes: leave \*\*Deposit\*\* off/, 'pro', 'permissions'],
    // An address of one's own beside the service's range makes the allowlist broader.
    [
      'should I whitelist my home ip too?',
      /^A range broader .*“IP address restriction”\.$/,
      'pro',
      'ip',
    ],
    // All of the service's ranges are no "all IPs".
    ['can I allow all ips?', /^No: turn on “IP address restriction”/, 'pro', 'ip'],
    // What a permission is called: the form asked about first.
    [
      'What is WebSocket interface called on Classic?',
      /^On Kraken Classic it is \*\*Access WebSockets API\*\*; on Kraken Pro it is \*\*WebSocket interface\*\*/,
      'classic',
      'permissions',
    ],
    [
      'Is Modify Orders the same as Create & modify orders on Kraken Pro?',
      /^On Kraken Pro it is \*\*Create & modify orders\*\*/,
      'pro',
      'permissions',
    ],
    // What users call a permission beyond Kraken's labels.
    ['withdrawal permission needed?', /^No: leave \*\*Withdraw\*\* off/, 'pro', 'permissions'],
    ['should i allow withdrawals', /^No: leave \*\*Withdraw\*\* off/, 'pro', 'permissions'],
    ['staking permission on or off?', /^Leave \*\*Earn\*\* off/, 'pro', 'permissions'],
    // What the nonce window's or the IP restriction's field is called, from the profile.
    [
      'What is the nonce window called on Kraken Classic?',
      /^On Kraken Classic it is \*\*Nonce Window\*\*; on Kraken Pro it is \*\*Custom nonce window\*\*/,
      'classic',
      'nonce',
    ],
    [
      "what's the toggle called that limits the key to the service's IPs",
      /^On Kraken Pro it is \*\*IP address restriction\*\*; on Kraken Classic it is \*\*IP whitelisting\*\*/,
      'pro',
      'ip',
    ],
  ] as const)('%j → %s', (question, text, form, step) => {
    const v = judge(question);
    expect(v?.text).toMatch(text);
    expect(urlOf(v!.id)).toBe(stepUrl(form, step));
  });

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
