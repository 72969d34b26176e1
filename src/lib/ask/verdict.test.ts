import { beforeAll, describe, expect, it } from 'vitest';
import { stepUrl } from '../guide/links';
import { verdictFixture } from './fixture-verdict';
import type { Verdict } from './verdict';

let judge: (question: string) => Verdict | null;
let urlOf: (id: number) => string;
beforeAll(async () => {
  ({ judge, urlOf } = await verdictFixture());
});

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
});

describe('verdict: the ones that answer whole, without the step’s sentences after them', () => {
  it.each([
    // What works, what it costs and what to do instead: the step would add its other business.
    ['does the bot still work if i turn off ip whitelist?', true],
    ['should i whitelist a /16 on classic', true],
    ['is 5000000 ok for the nonce window', true],
    // A plain yes or no: why, in the step's words, may follow.
    ['Should I enable IP whitelisting?', false],
    ['Should I give the key withdraw access?', false],
  ])('%j → whole %s', (question, whole) => {
    expect(judge(question)?.whole ?? false).toBe(whole);
  });
});
