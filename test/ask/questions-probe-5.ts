/**
 * Four more probe sets, written fresh from the pages by four writers who saw no question set,
 * no engine code and not each other's set: short facts and troubleshooting told by what the
 * bot shows; a guide followed step by step, with "why" and "what happens if"; an assistant
 * acting for a trader, with comparisons; and yes/no and phone-typed questions of a few words.
 * On arrival the engine answered the first two at 71 % first source, 81 % top-3, 56 % value in
 * the answer, and the last two (written after this round's first changes) at 73 / 82 / 58 %.
 * Tuned on since, like the other probe sets: development material now.
 */
import type { Question } from './questions';

export const PROBES_5: Question[] = [
  // First writer: short facts and troubleshooting.
  {
    ask: 'nonce windw kraken clasic',
    expect: [
      '/exchange/kraken/classic/#name-your-key',
      '/exchange/kraken/classic/#select-permissions',
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/#what-the-key-needs',
      '/exchange/kraken/#before-we-start-with-api-keys',
    ],
    value: '2000000',
  },
  {
    ask: 'wher is the api page on kraken clasic',
    expect: [
      '/exchange/kraken/classic/#follow-to-the-api-page',
      '/exchange/kraken/#kraken-classic',
    ],
    value: 'Security',
  },
  {
    ask: 'kraken pro create key button where??',
    expect: [
      '/exchange/kraken/pro/#go-to-the-settings-page-and-click-create-api-key',
      '/exchange/kraken/#kraken-pro',
    ],
    value: 'Create API key',
  },
  {
    ask: 'how to swich to kraken classic',
    expect: [
      '/exchange/kraken/classic/#switch-to-kraken-classic',
      '/exchange/kraken/#before-we-start-with-api-keys',
    ],
    value: 'profile menu',
  },
  {
    ask: 'classic ip whitelist all in one line with commas or seperate?',
    expect: ['/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting'],
    value: 'its own row',
  },
  {
    ask: 'classic key expiraton what do i pick',
    expect: ['/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key'],
    value: 'no expiration',
  },
  {
    ask: 'add key btn classic',
    expect: ['/exchange/kraken/classic/#click-on-add-key'],
    value: 'Add key',
  },
  { ask: 'pro key name field', expect: ['/exchange/kraken/pro/#name-your-key'], value: 'Key name' },
  {
    ask: 'Should I enable Withdraw Funds so the bot can move profits out for me?',
    expect: [
      '/exchange/kraken/classic/#select-permissions',
      '/exchange/kraken/pro/#select-permissions',
      '/#what-the-key-needs',
    ],
    value: 'could move your funds',
  },
  {
    ask: 'Do I need to switch on the WebSocket thing on Kraken Pro?',
    expect: [
      '/exchange/kraken/pro/#select-permissions',
      '/#what-the-key-needs',
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
    ],
    value: 'WebSocket interface',
  },
  {
    ask: 'is it ok to use the same api key for 2 bots',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/exchange/kraken/troubleshooting/#rate-limits',
    ],
    value: 'do not share it',
  },
  {
    ask: 'Does the key checker send my private key to your server?',
    expect: [
      '/exchange/kraken/key-checker/#what-stays-on-this-page',
      '/reference/check-api/#the-live-check',
    ],
    value: 'never the private key',
  },
  {
    ask: 'is a nonce window bigger than 2 million a problem or is more fine',
    expect: ['/reference/check-api/#response'],
    value: 'above 2,000,000 works',
  },
  {
    ask: 'can i use my kraken futures api key for this',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-key'],
    value: 'Kraken Futures keys are a different system',
  },
  {
    ask: 'Do I have to use Kraken Pro now or can I still make keys on Classic?',
    expect: ['/exchange/kraken/#before-we-start-with-api-keys', '/exchange/kraken/'],
    value: 'has not changed',
  },
  {
    ask: 'Is Query Funds risky? I read it can see my withdrawal addresses',
    expect: [
      '/exchange/kraken/classic/#select-permissions',
      '/exchange/kraken/pro/#select-permissions',
    ],
    value: 'It cannot withdraw',
  },
  {
    ask: 'Where do I type the nonce window on the Pro form?',
    goal: 'Create the key for the trading bot on Kraken Pro',
    expect: ['/exchange/kraken/pro/#enable-custom-nonce-window'],
    value: 'Custom nonce window',
  },
  {
    ask: 'Kraken Pro only has one box for IPs, how do I put all four ranges in it?',
    goal: 'Restrict the Kraken Pro key to the trading service’s IP range',
    expect: [
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
    ],
    value: 'separated by commas',
  },
  {
    ask: 'Which of the two strings Kraken showed me goes into API Secret?',
    goal: 'Connect a freshly made Kraken Classic key to the trading service',
    expect: [
      '/exchange/kraken/classic/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/troubleshooting/#eapiinvalid-signature',
    ],
    value: 'Private Key',
  },
  {
    ask: 'what is the name box called on classic?',
    goal: 'Create the key for the trading bot on Kraken Classic',
    expect: ['/exchange/kraken/classic/#name-your-key'],
    value: 'Key description',
  },
  {
    ask: 'Apart from Withdraw, which Kraken Pro permissions have to stay off?',
    goal: 'Set up a Kraken Pro key for a client’s bot with the least access',
    expect: [
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/key-checker/#what-is-checked',
    ],
    value: 'Add withdrawal addresses',
  },
  {
    ask: 'What URL and HTTP method do I call?',
    goal: 'Write a script that validates customers’ key settings against the check API',
    expect: ['/reference/check-api/#', '/reference/check-api/#request'],
    value: 'POST /api/kraken/check',
  },
  {
    ask: 'The check says the call came from outside my IP allowlist. Is my key broken?',
    goal: 'Verify my Kraken key with the live check before connecting it',
    expect: [
      '/exchange/kraken/key-checker/#check-the-key-on-kraken',
      '/exchange/kraken/pro/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/classic/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
    ],
    value: 'correctly restricted key',
  },
  {
    ask: 'how do i get from normal kraken to kraken pro?',
    goal: 'Create the key for the trading bot on Kraken Pro',
    expect: [
      '/exchange/kraken/pro/#switch-to-kraken-pro',
      '/exchange/kraken/#before-we-start-with-api-keys',
    ],
    value: 'pro.kraken.com/app',
  },
  {
    ask: 'How do I get the check messages in Indonesian?',
    goal: 'Integrate the check API into an app for Indonesian traders',
    expect: ['/reference/check-api/#language'],
    value: 'Accept-Language: id',
  },
  {
    ask: 'Is there a plain text version of these guides my assistant can read?',
    goal: 'Let my AI assistant set up the Kraken key for me',
    expect: ['/#for-programs'],
    value: 'llms.txt',
  },
  {
    ask: '[2026-12-05 14:02:11] ERROR kraken AddOrder failed: EAPI:Invalid nonce',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/exchange/kraken/pro/#enable-custom-nonce-window',
      '/exchange/kraken/classic/#name-your-key',
    ],
    value: '2000000',
  },
  {
    ask: '{"error":["EAPI:Invalid signature"],"result":{}}',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: 'wrong or truncated',
  },
  {
    ask: 'service says "Not enough permission for API keys" what now',
    expect: [
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: 'edit the key (or create a new one)',
  },
  {
    ask: 'EGeneral:Permission denied on every call, even just reading balance',
    expect: [
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
      '/exchange/kraken/troubleshooting/#egeneralpermission-denied',
    ],
    value: 'IP restriction',
  },
  {
    ask: 'kraken.exceptions.KrakenAPIError: EAPI:Invalid key',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-key'],
    value: 'no spaces',
  },
  {
    ask: 'EService:Unavailable is my key bad?',
    expect: ['/exchange/kraken/troubleshooting/#kraken-did-not-answer'],
    value: 'says nothing about your key',
  },
  {
    ask: '{"error":["EAccount:Invalid permissions"]} when the bot tries to buy',
    expect: ['/exchange/kraken/troubleshooting/#other-messages'],
    value: 'from its region',
  },
  {
    ask: 'EService:Throttled: 1796540000',
    expect: [
      '/exchange/kraken/troubleshooting/#rate-limits',
      '/reference/check-api/#the-live-check',
    ],
    value: 'its own key',
  },
  {
    ask: 'got EGeneral:Temporary lockout after restarting the bot a bunch of times',
    expect: [
      '/exchange/kraken/troubleshooting/#egeneraltemporary-lockout',
      '/reference/check-api/#the-live-check',
    ],
    value: '15 minutes',
  },
  {
    ask: '{"error":{"status":400,"code":"private-key-sent"}} but I only sent apiKey??',
    expect: [
      '/reference/check-api/#errors',
      '/reference/check-api/#why-a-private-key-is-refused',
      '/reference/check-api/#response',
    ],
    value: '88 base64 characters',
  },
  {
    ask: 'EGeneral:Invalid arguments:start when loading closed orders',
    expect: [
      '/exchange/kraken/troubleshooting/#egeneralinvalid-arguments',
      '/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key',
      '/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key',
    ],
    value: 'query start or end date',
  },
  {
    ask: 'My bot was fine until I tried another script with the same Kraken key, now even the bot’s very first request gets refused. Do I need a new key?',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-nonce'],
    value: 'the only way to reset its nonce',
  },
  {
    ask: 'some of the bot’s calls go through and some get denied, like only some of the service servers work with my key',
    expect: [
      '/exchange/kraken/troubleshooting/#egeneralpermission-denied',
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
      '/exchange/kraken/key-checker/#what-is-checked',
    ],
    value: 'whole range',
  },
  {
    ask: 'I closed the Kraken page and lost the private key, can I see it again somewhere?',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: 'only once',
  },
  {
    ask: 'on normal kraken the api page only has a button sending me somewhere else',
    expect: ['/exchange/kraken/#before-we-start-with-api-keys'],
    value: 'Go to Kraken Pro',
  },
  {
    ask: 'does the key checker still work with javascript turned off',
    expect: ['/exchange/kraken/key-checker/#what-stays-on-this-page'],
    value: 'Check my key',
  },
  {
    ask: 'can the checker tell if my key really works on kraken or just what i type in',
    expect: [
      '/exchange/kraken/key-checker/#what-is-checked',
      '/exchange/kraken/key-checker/#check-the-key-on-kraken',
    ],
    value: 'cannot see your key on Kraken',
  },
  {
    ask: 'how often can i run the check on kraken for one key',
    expect: ['/exchange/kraken/troubleshooting/#rate-limits'],
    value: 'every 30 seconds',
  },
  {
    ask: 'check api max body size',
    expect: ['/reference/check-api/#request', '/reference/check-api/#errors'],
    value: '16 KB',
  },
  {
    ask: 'GET on /api/kraken/check gives 405, what does it want',
    expect: ['/reference/check-api/#errors', '/reference/check-api/#request'],
    value: 'Allow: POST',
  },
  {
    ask: 'what does status "skip" mean in the checks?',
    expect: ['/reference/check-api/#response'],
    value: 'not checked, for want of input',
  },
  {
    ask: 'where is the json schema for the check endpoint',
    expect: ['/reference/check-api/#', '/reference/check-api/#examples'],
    value: '/api/kraken/check.schema.json',
  },
  {
    ask: 'live check endpoint path?',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'POST /api/kraken/probe',
  },
  {
    ask: 'how many addresses can ipAllowlist have before the check api refuses it',
    expect: ['/reference/check-api/#errors', '/reference/check-api/#examples'],
    value: '256',
  },
  // Second writer: a guide followed step by step.
  {
    ask: 'wher do i find api keys on kraken clasic',
    expect: [
      '/exchange/kraken/classic/#follow-to-the-api-page',
      '/exchange/kraken/#kraken-classic',
    ],
    value: 'Security',
  },
  {
    ask: 'kraken pro where create api key',
    expect: [
      '/exchange/kraken/pro/#go-to-the-settings-page-and-click-create-api-key',
      '/exchange/kraken/#kraken-pro',
    ],
    value: 'Settings',
  },
  {
    ask: 'nonce windw classic default??',
    expect: [
      '/exchange/kraken/classic/#name-your-key',
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
    ],
    value: 'default is 0',
  },
  {
    ask: 'ip whitelist classic one per line or comma sep',
    expect: ['/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting'],
    value: 'one address or range per row',
  },
  {
    ask: 'rate limit starter lvl how many points',
    expect: ['/exchange/kraken/troubleshooting/#rate-limits'],
    value: '15 points',
  },
  {
    ask: 'futures api key work for this?',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-key'],
    value: 'Kraken Futures keys are a different system',
  },
  {
    ask: 'wat does the /24 mean at end of the ip',
    expect: [
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
      '/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting',
    ],
    value: '256 addresses',
  },
  {
    ask: 'dont have kraken acct yet',
    expect: ['/exchange/kraken/pro/#go-to-kraken', '/exchange/kraken/classic/#go-to-kraken'],
    value: 'create a new account',
  },
  {
    ask: 'direct link kraken pro app',
    expect: ['/exchange/kraken/pro/#switch-to-kraken-pro'],
    value: 'pro.kraken.com/app',
  },
  {
    ask: 'Should I enable Withdraw Funds so the bot can move profits out for me?',
    expect: [
      '/exchange/kraken/classic/#select-permissions',
      '/exchange/kraken/pro/#select-permissions',
    ],
    value: 'could move your funds if it ever leaked',
  },
  {
    ask: 'Do I need to set an expiry date on the key for safety?',
    expect: [
      '/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key',
      '/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key',
    ],
  },
  {
    ask: 'can I put 5000000 as nonce window instead, bigger is better right?',
    expect: ['/reference/check-api/#response'],
    value: 'a nonce window above 2,000,000 works',
  },
  {
    ask: 'how do i get to kraken classic from the new kraken app',
    expect: [
      '/exchange/kraken/classic/#switch-to-kraken-classic',
      '/exchange/kraken/#before-we-start-with-api-keys',
    ],
    value: 'profile menu',
  },
  {
    ask: 'Can I just create the key on the normal kraken.com app without switching to Pro or Classic?',
    expect: ['/exchange/kraken/#before-we-start-with-api-keys'],
    value: 'prompted to move to',
  },
  {
    ask: 'is it safe to type my private key into the key checker page?',
    expect: [
      '/exchange/kraken/key-checker/#what-stays-on-this-page',
      '/reference/check-api/#why-a-private-key-is-refused',
    ],
    value: 'in your browser',
  },
  {
    ask: 'Can I include apiSecret in the body of /api/kraken/check so it validates the secret too?',
    expect: ['/reference/check-api/#why-a-private-key-is-refused', '/reference/check-api/#errors'],
    value: '400',
  },
  {
    ask: 'should the live check pass if my key is locked to the service ips?',
    expect: [
      '/exchange/kraken/key-checker/#check-the-key-on-kraken',
      '/exchange/kraken/pro/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/classic/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
    ],
    value: 'outside the key’s IP allowlist',
  },
  {
    ask: "I've named the key. What do I tick under Orders and trades?",
    goal: 'Create the key for the trading bot on Kraken Pro',
    expect: ['/exchange/kraken/pro/#select-permissions'],
    value: 'Cancel & close orders',
  },
  {
    ask: 'There is a Nonce Window box under the description field. What number goes in it?',
    goal: 'Create the key for the trading bot on Kraken Classic',
    expect: [
      '/exchange/kraken/classic/#name-your-key',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: '2000000',
  },
  {
    ask: 'I clicked Generate key and it shows me two long strings. What do I do with them?',
    goal: 'Create the key for the trading bot on Kraken Pro',
    expect: ['/exchange/kraken/pro/#connect-kraken-with-created-api-keys'],
    value: 'API Secret',
  },
  {
    ask: 'Where do I get the IP addresses that go under IP whitelisting?',
    goal: 'Create the key for the trading bot on Kraken Classic',
    expect: [
      '/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting',
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
    ],
    value: 'Kraken connection page of the trading service',
  },
  {
    ask: 'The service shows four IP ranges. Do I add them one at a time on Pro?',
    goal: 'Create the key for the trading bot on Kraken Pro',
    expect: [
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
    ],
    value: 'separated by commas',
  },
  {
    ask: 'Which of the two Kraken versions should the trader use? Does the key come out different?',
    goal: 'An assistant helping a trader connect Kraken to the trading service; the trader is not sure which Kraken they have',
    expect: ['/exchange/kraken/#before-we-start-with-api-keys'],
    value: 'the same key',
  },
  {
    ask: 'List the exact permission checkboxes to tick on the Classic form, using the labels Kraken Classic shows.',
    goal: 'An AI assistant creating a Kraken Classic key on behalf of a trader',
    expect: ['/exchange/kraken/classic/#select-permissions'],
    value: 'Access WebSockets API',
  },
  {
    ask: "I'm on the Security page on Classic, what next?",
    goal: 'Create the key for the trading bot on Kraken Classic',
    expect: [
      '/exchange/kraken/classic/#follow-to-the-api-page',
      '/exchange/kraken/classic/#click-on-add-key',
    ],
    value: 'Add key',
  },
  {
    ask: '{"error":["EAPI:Invalid nonce"],"result":{}}',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/exchange/kraken/pro/#enable-custom-nonce-window',
      '/exchange/kraken/classic/#name-your-key',
    ],
    value: '2000000',
  },
  {
    ask: 'kraken.exceptions.KrakenAPIError: EAPI:Invalid signature -- bot dies on startup',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: 'each other’s fields',
  },
  {
    ask: 'getting EGeneral:Invalid arguments every time the bot loads trade history',
    expect: [
      '/exchange/kraken/troubleshooting/#egeneralinvalid-arguments',
      '/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key',
      '/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key',
    ],
    value: 'query start',
  },
  {
    ask: '[2026-03-02 10:14:07] ERROR kraken: EGeneral:Temporary lockout',
    expect: ['/exchange/kraken/troubleshooting/#egeneraltemporary-lockout'],
    value: '15 minutes',
  },
  {
    ask: 'EAPI:Invalid key what now',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-key'],
    value: 'whole, with no spaces',
  },
  {
    ask: 'EAccount:Invalid permissions when buying XRP, the other pairs trade fine',
    expect: ['/exchange/kraken/troubleshooting/#other-messages'],
    value: 'region',
  },
  {
    ask: 'EService:Unavailable — is my key broken?',
    expect: ['/exchange/kraken/troubleshooting/#kraken-did-not-answer'],
    value: 'It says nothing about your key',
  },
  {
    ask: '{"error":["EGeneral:Permission denied"]} on every single call, even the balance',
    expect: [
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
      '/exchange/kraken/troubleshooting/#egeneralpermission-denied',
    ],
    value: 'IP restriction',
  },
  {
    ask: 'another app used my key before, now even the very first request from the trading service is rejected over the nonce, and raising the window did nothing',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-nonce'],
    value: 'create a new key',
  },
  {
    ask: "my private key doesn't end with == is it broken?",
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: '88 characters of base64',
  },
  {
    ask: "I closed the page and lost the private key, Kraken won't show it again. What now?",
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: 'Kraken shows the private key only once',
  },
  {
    ask: 'My laptop clock was a few minutes fast when I tested the bot; now the service on a server with the right time keeps getting refused',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-nonce'],
    value: 'once the real time has passed the nonces it sent',
  },
  {
    ask: 'I run 3 bots off one key and they keep stalling with too many requests',
    expect: ['/exchange/kraken/troubleshooting/#rate-limits'],
    value: 'its own key',
  },
  {
    ask: 'what exactly does the key checker look at?',
    expect: ['/exchange/kraken/key-checker/#what-is-checked'],
    value: 'Nonce window',
  },
  {
    ask: 'does the key checker save what I type anywhere — cookies, logs, the URL?',
    expect: ['/exchange/kraken/key-checker/#what-stays-on-this-page'],
    value: 'Nothing you type is stored',
  },
  {
    ask: 'with javascript off, what does the checker send to your server?',
    expect: ['/exchange/kraken/key-checker/#what-stays-on-this-page'],
    value: 'the permissions, nonce window, IP addresses and API key',
  },
  {
    ask: 'check api content type? got 415',
    expect: ['/reference/check-api/#errors', '/reference/check-api/#request'],
    value: 'application/json',
  },
  {
    ask: 'how do I get the check results in Indonesian',
    expect: ['/reference/check-api/#language'],
    value: 'Accept-Language: id',
  },
  {
    ask: 'what does status "skip" mean in the checks array?',
    expect: ['/reference/check-api/#response'],
    value: 'not checked, for want of input',
  },
  {
    ask: 'The live check answered with about.checkedWith "probes". Why did it not just use GetApiKeyInfo?',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'fallback',
  },
  {
    ask: 'Does the /api/kraken/check endpoint contact Kraken with my key?',
    expect: ['/reference/check-api/#'],
    value: 'It never calls Kraken',
  },
  {
    ask: 'why 2000000 of all numbers, what does the nonce window actually do?',
    expect: [
      '/exchange/kraken/pro/#enable-custom-nonce-window',
      '/exchange/kraken/classic/#name-your-key',
    ],
    value: '33 minutes',
  },
  {
    ask: 'Why keep "Add withdrawal addresses" off if Withdraw is already off?',
    expect: ['/exchange/kraken/pro/#select-permissions'],
    value: 'the step before a withdrawal to an attacker’s address',
  },
  {
    ask: 'What happens if I forget the WebSocket interface switch on Pro?',
    expect: [
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
    ],
    value: 'Not enough permission for API keys',
  },
  {
    ask: 'is there a plain text / markdown version of these docs I can give my AI assistant?',
    expect: ['/#for-programs'],
    value: '/llms.txt',
  },
  // Third writer: an assistant acting for a trader.
  {
    ask: 'whats the nonce numbr for classic',
    expect: [
      '/exchange/kraken/classic/#name-your-key',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: '2000000',
  },
  {
    ask: 'where is api page on classic',
    expect: [
      '/exchange/kraken/classic/#follow-to-the-api-page',
      '/exchange/kraken/#kraken-classic',
    ],
    value: 'Security',
  },
  {
    ask: 'ip whitelist classic one per line or comma sep??',
    expect: ['/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting'],
    value: 'one address or range per row',
  },
  {
    ask: 'eaccount invalid permisions??',
    expect: ['/exchange/kraken/troubleshooting/#other-messages'],
    value: 'not allowed to trade that asset from its region',
  },
  {
    ask: 'pro form no "access websockets api" box?? where is it',
    expect: ['/exchange/kraken/pro/#select-permissions'],
    value: 'WebSocket interface',
  },
  {
    ask: 'kraken pro direct link',
    expect: ['/exchange/kraken/pro/#switch-to-kraken-pro', '/exchange/kraken/#kraken-pro'],
    value: 'pro.kraken.com/app',
  },
  { ask: 'md version of docs for my llm?', expect: ['/#for-programs'], value: '/llms.txt' },
  {
    ask: 'Should I turn on Withdraw Funds so the bot can move my profits out to my own wallet?',
    expect: [
      '/exchange/kraken/classic/#select-permissions',
      '/exchange/kraken/pro/#select-permissions',
      '/#what-the-key-needs',
    ],
    value: 'could move your funds if it ever leaked',
  },
  {
    ask: 'Is it ok to use the same API key for my two bots at the same time?',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/exchange/kraken/troubleshooting/#rate-limits',
    ],
    value: 'Use one key per bot or service',
  },
  {
    ask: 'Do I need Kraken Pro to make an API key, or can I just do it on the normal Kraken app?',
    expect: ['/exchange/kraken/#before-we-start-with-api-keys'],
    value: 'prompted to move to',
  },
  {
    ask: 'I typed 3000000 as the nonce window instead of 2000000, is that a problem?',
    expect: ['/exchange/kraken/key-checker/#what-is-checked', '/reference/check-api/#response'],
    value: 'A larger window works too but gets a warning',
  },
  {
    ask: 'Can I use my Kraken Futures API key with the trading service?',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-key'],
    value: 'Kraken Futures keys are a different system',
  },
  {
    ask: 'Should I set a Query start date on the Kraken Pro key so the bot only sees trades from today on?',
    goal: 'Create the key for the trading bot on Kraken Pro',
    expect: [
      '/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key',
      '/exchange/kraken/troubleshooting/#egeneralinvalid-arguments',
    ],
    value: 'EGeneral:Invalid arguments',
  },
  {
    ask: 'classic key expiration - shld i set one for safety?',
    expect: ['/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key'],
    value: 'no expiration',
  },
  {
    ask: 'I am setting up a Kraken Pro API key on behalf of my user. Once they are on Kraken Pro, where exactly do I click to start creating the key?',
    goal: 'Create the key for the trading bot on Kraken Pro',
    expect: ['/exchange/kraken/pro/#go-to-the-settings-page-and-click-create-api-key'],
    value: 'Create API key',
  },
  {
    ask: 'The trading service lists four IP ranges for Kraken. On Kraken Pro, do I add them one at a time or all together, and how should they be separated?',
    goal: 'Restrict the Kraken Pro key to the trading service',
    expect: [
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
    ],
    value: 'separated by commas',
  },
  {
    ask: 'What is the difference between making the key on Kraken Pro and on Kraken Classic? Does the trading service end up with the same kind of key either way?',
    goal: 'Decide which Kraken guide to follow',
    expect: ['/exchange/kraken/#before-we-start-with-api-keys'],
    value: 'Both guides create the same key',
  },
  {
    ask: 'Kraken Classic showed me an "API Key" and a "Private Key", but the trading service asks for "API key" and "API Secret". Which value goes in which field?',
    goal: 'Connect a newly created Kraken Classic key to the trading service',
    expect: ['/exchange/kraken/classic/#connect-kraken-with-created-api-keys'],
    value: 'Private key means API Secret',
  },
  {
    ask: 'Where do I set the nonce window on Kraken Pro compared with Kraken Classic, and what does Classic use if I leave it alone?',
    goal: 'Create the key for the trading bot on Kraken Classic',
    expect: [
      '/exchange/kraken/classic/#name-your-key',
      '/exchange/kraken/pro/#enable-custom-nonce-window',
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
    ],
    value: 'default is 0',
  },
  {
    ask: 'The service shows an entry like 192.0.2.0/24. Could you explain how many addresses that covers, so I can tell the trader what they are allowing?',
    goal: 'Explain the IP whitelist to the trader',
    expect: [
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
      '/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting',
    ],
    value: '256 addresses',
  },
  {
    ask: 'Apart from the seven permissions the service needs, which Kraken Pro toggles must stay off, and why are the withdrawal-address ones considered risky?',
    goal: 'Create the key for the trading bot on Kraken Pro',
    expect: [
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/key-checker/#what-is-checked',
    ],
    value: 'the step before a withdrawal to an attacker’s address',
  },
  {
    ask: 'My user is not sure whether they are using Kraken Pro or Kraken Classic. How can they tell which one they are on?',
    goal: 'Pick the right guide for the trader',
    expect: ['/exchange/kraken/#kraken-pro', '/exchange/kraken/#kraken-classic'],
    value: 'pro.kraken.com',
  },
  {
    ask: 'I am writing an onboarding script that validates a user’s Kraken key settings before they connect. Which endpoint should it call, and with which HTTP method?',
    goal: 'Integrate the key check into an onboarding script',
    expect: ['/reference/check-api/#', '/reference/check-api/#request'],
    value: 'POST /api/kraken/check',
  },
  {
    ask: 'I am helping a trader who only has a regular Kraken account. What are the first steps to get over to Kraken Classic so we can make the key there?',
    goal: 'Create the key for the trading bot on Kraken Classic',
    expect: [
      '/exchange/kraken/classic/#go-to-kraken',
      '/exchange/kraken/classic/#switch-to-kraken-classic',
      '/exchange/kraken/#before-we-start-with-api-keys',
    ],
    value: 'profile menu',
  },
  {
    ask: 'We are on the Security > API page of Kraken Classic and the table of keys is empty. Which button creates a new key?',
    goal: 'Create the key for the trading bot on Kraken Classic',
    expect: ['/exchange/kraken/classic/#click-on-add-key'],
    value: 'Add key',
  },
  {
    ask: 'Does it matter what we call the key on Kraken Pro, and is there a similar name field on Kraken Classic?',
    goal: 'Create the key for the trading bot on Kraken Pro',
    expect: ['/exchange/kraken/pro/#name-your-key', '/exchange/kraken/classic/#name-your-key'],
    value: 'a proper name helps you manage them',
  },
  {
    ask: '[2026-12-06 10:02:11] ERROR kraken private/Balance -> {"error":["EAPI:Invalid signature"],"result":{}}',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: '88 characters of base64',
  },
  {
    ask: '{"error":["EAPI:Invalid key"]} what does this mean, I just copied the key',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-key'],
    value: 'mistyped or cut short when pasting',
  },
  {
    ask: 'The trading service says "Not enough permission for API keys" right after I click Connect. What do I change?',
    expect: [
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: 'at least one of the seven permissions',
  },
  {
    ask: 'EGeneral:Permission denied on every single call, even Balance. the key has all the permissions ticked',
    expect: [
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
      '/exchange/kraken/troubleshooting/#egeneralpermission-denied',
    ],
    value: 'outside the key’s IP allowlist',
  },
  {
    ask: 'WARN kraken: EService:Throttled: 1765017600 - retrying in 5s',
    expect: ['/exchange/kraken/troubleshooting/#rate-limits'],
    value: 'wait a minute before retrying',
  },
  {
    ask: 'bot log: QueryTrades failed: EGeneral:Invalid arguments. Balance and orders work fine',
    expect: [
      '/exchange/kraken/troubleshooting/#egeneralinvalid-arguments',
      '/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key',
      '/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key',
    ],
    value: 'query start date',
  },
  {
    ask: 'Getting EService:Unavailable and EService:Busy for the last hour. Is my key broken?',
    expect: ['/exchange/kraken/troubleshooting/#kraken-did-not-answer'],
    value: 'It says nothing about your key',
  },
  {
    ask: 'kraken error: EAPI:Invalid nonce',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/exchange/kraken/pro/#enable-custom-nonce-window',
      '/exchange/kraken/classic/#name-your-key',
    ],
    value: '2000000',
  },
  {
    ask: 'I posted to the check endpoint with curl -d "form=pro" and got {"error":{"status":415,"code":"unsupported-media-type"}}. What header does it want?',
    goal: 'Call the key check API from a shell script',
    expect: ['/reference/check-api/#errors', '/reference/check-api/#request'],
    value: 'application/json',
  },
  {
    ask: 'The check on Kraken stopped with EAuth:Account unconfirmed. What should the trader do?',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'Verify the account’s email address',
  },
  {
    ask: 'The bot kept failing, I restarted it over and over, and now Kraken refuses everything for a while. What happened and how long do I wait?',
    expect: ['/exchange/kraken/troubleshooting/#egeneraltemporary-lockout'],
    value: '15 minutes',
  },
  {
    ask: 'I did not save the private key when I created it and Kraken will not show it to me again. Can I get it back?',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: 'Kraken shows the private key only once',
  },
  {
    ask: 'The check on Kraken on your key checker says my call came from outside the allowlist, but the trading service works fine with the key. Is something wrong?',
    goal: 'Verify a restricted Kraken Pro key',
    expect: [
      '/exchange/kraken/key-checker/#check-the-key-on-kraken',
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
      '/exchange/kraken/pro/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/classic/#connect-kraken-with-created-api-keys',
    ],
    value: 'that is what a correctly restricted key looks like from here',
  },
  {
    ask: 'The clock on my VPS was an hour fast. I fixed it, but now my bot is refused on every call with the same key. Will it recover by itself?',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-nonce'],
    value: 'once the real time has passed the nonces it sent',
  },
  {
    ask: 'My bot can read my balances but every time it tries to place an order it fails. What is missing?',
    expect: [
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
      '/exchange/kraken/troubleshooting/#egeneralpermission-denied',
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: 'Create & modify orders',
  },
  {
    ask: 'Will the key checker notice if I pasted the API key and the private key into the wrong boxes?',
    expect: ['/exchange/kraken/key-checker/#what-is-checked', '/reference/check-api/#response'],
    value: 'not in each other’s field',
  },
  {
    ask: 'If I use the key checker with JavaScript turned off, what gets sent to your server?',
    expect: ['/exchange/kraken/key-checker/#what-stays-on-this-page'],
    value: 'sends the permissions, nonce window, IP addresses and API key',
  },
  {
    ask: 'What is the difference between the checks on the key checker page itself and the "check on Kraken"? Which one actually looks at my key?',
    goal: 'Verify a Kraken Classic key before connecting it',
    expect: [
      '/exchange/kraken/key-checker/#what-is-checked',
      '/exchange/kraken/key-checker/#check-the-key-on-kraken',
    ],
    value: 'These checks cannot see your key on Kraken',
  },
  {
    ask: 'How often can I run the check on Kraken, and does it use up my API rate limit while the bot is running?',
    expect: ['/exchange/kraken/troubleshooting/#rate-limits'],
    value: 'once per key every 30 seconds',
  },
  {
    ask: 'what status do i get if i GET /api/kraken/check in the browser',
    expect: ['/reference/check-api/#errors'],
    value: '405',
  },
  {
    ask: 'Can the check API answer in Indonesian for my Indonesian users, and how do I ask for it?',
    goal: 'Show check results in the trader’s language',
    expect: ['/reference/check-api/#language'],
    value: 'Accept-Language: id',
  },
  {
    ask: 'In the permissions array of the check request, do I send the labels like "Query Funds" or some other names?',
    goal: 'Integrate the key check into an onboarding script',
    expect: ['/reference/check-api/#request'],
    value: 'funds_query',
  },
  {
    ask: 'In the live check’s answer, how can my code tell whether it used GetApiKeyInfo or fell back to the probes?',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'checkedWith',
  },
  {
    ask: 'Does POST /api/kraken/check contact Kraken the way the live check on the page does, or is it offline only?',
    expect: ['/reference/check-api/#', '/reference/check-api/#the-live-check'],
    value: 'It never calls Kraken',
  },
  // Fourth writer: yes/no and phone-typed.
  {
    ask: 'nonce windw clasic default??',
    expect: [
      '/exchange/kraken/classic/#name-your-key',
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
    ],
    value: 'default is 0',
  },
  {
    ask: 'where r api keys on kraken clasic',
    expect: [
      '/exchange/kraken/classic/#follow-to-the-api-page',
      '/exchange/kraken/#kraken-classic',
    ],
    value: 'Security',
  },
  {
    ask: 'api key kraken pro wher',
    expect: [
      '/exchange/kraken/pro/#go-to-the-settings-page-and-click-create-api-key',
      '/exchange/kraken/#kraken-pro',
    ],
    value: 'Settings',
  },
  {
    ask: 'ip range where 2 get it',
    expect: [
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
      '/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting',
    ],
    value: 'Kraken connection page',
  },
  {
    ask: 'privte key goes in which feild',
    expect: [
      '/exchange/kraken/pro/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/classic/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/troubleshooting/#eapiinvalid-signature',
    ],
    value: 'API Secret',
  },
  {
    ask: 'locked out how long 2 wait',
    expect: [
      '/exchange/kraken/troubleshooting/#egeneraltemporary-lockout',
      '/reference/check-api/#the-live-check',
    ],
    value: '15 minutes',
  },
  {
    ask: 'kraken pro link?',
    expect: ['/exchange/kraken/pro/#switch-to-kraken-pro', '/exchange/kraken/#kraken-pro', '/#'],
    value: 'pro.kraken.com',
  },
  {
    ask: 'cant find add key buton classic',
    expect: ['/exchange/kraken/classic/#click-on-add-key'],
    value: 'Add key',
  },
  {
    ask: 'do i need withdraw permision?',
    expect: [
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
      '/#what-the-key-needs',
      '/exchange/kraken/key-checker/#what-is-checked',
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
    ],
    value: 'could move your funds',
  },
  {
    ask: 'is it safe to give query funds? kraken says it can see my withdrawal adresses',
    expect: [
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: 'It cannot withdraw',
  },
  {
    ask: 'can i skip ip whitelist',
    expect: [
      '/exchange/kraken/key-checker/#what-is-checked',
      '/reference/check-api/#response',
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
      '/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting',
      '/#what-the-key-needs',
    ],
    value: 'works but gets a warning',
  },
  {
    ask: 'should i set key expiration on classic',
    expect: ['/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key'],
    value: 'no expiration',
  },
  {
    ask: 'can i put 1000000 as nonce window instead?',
    expect: [
      '/exchange/kraken/pro/#enable-custom-nonce-window',
      '/exchange/kraken/classic/#name-your-key',
      '/exchange/kraken/key-checker/#what-is-checked',
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
    ],
    value: '2000000',
  },
  {
    ask: 'is bigger nonce window ok like 5 million',
    expect: ['/exchange/kraken/key-checker/#what-is-checked', '/reference/check-api/#response'],
    value: 'works too',
  },
  {
    ask: 'can 2 bots use the same key',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/exchange/kraken/troubleshooting/#rate-limits',
    ],
    value: 'do not share it',
  },
  {
    ask: 'will it still work if i set a query start date',
    expect: [
      '/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key',
      '/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key',
      '/exchange/kraken/troubleshooting/#egeneralinvalid-arguments',
    ],
    value: 'EGeneral:Invalid arguments',
  },
  {
    ask: 'is it ok to type my private key into the key checker?',
    expect: ['/exchange/kraken/key-checker/#what-stays-on-this-page'],
    value: 'The private key is never sent',
  },
  {
    ask: 'if i delete the key and make a new one does the nonce reset',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-nonce'],
    value: 'the only way to reset its nonce',
  },
  {
    ask: 'do kraken futures keys work?',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-key'],
    value: 'Kraken Futures keys are a different system',
  },
  {
    ask: 'do i need a kraken acount first',
    expect: ['/exchange/kraken/pro/#go-to-kraken', '/exchange/kraken/classic/#go-to-kraken'],
    value: 'create a new account',
  },
  {
    ask: 'What do I type in the name field?',
    goal: 'Creating the key for my trading bot on Kraken Pro',
    expect: ['/exchange/kraken/pro/#name-your-key'],
    value: 'Trading bot',
  },
  {
    ask: 'Where do I put the nonce number on this form? I do not see any toggle for it.',
    goal: 'Creating the API key on Kraken Classic for the trading service',
    expect: ['/exchange/kraken/classic/#name-your-key'],
    value: 'Nonce Window',
  },
  {
    ask: 'Do I paste all the IPs into one box or one by one?',
    goal: 'Setting up IP whitelisting on Kraken Classic for the bot',
    expect: ['/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting'],
    value: 'one address or range per row',
  },
  {
    ask: 'Which of the order and trade boxes do I need to tick?',
    goal: 'Creating an API key on Kraken Pro for automated trading',
    expect: ['/exchange/kraken/pro/#select-permissions'],
    value: 'Cancel & close orders',
  },
  {
    ask: 'I closed the page and no longer have the private key. What now?',
    goal: 'Connecting my new Kraken Pro key to the trading service',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: 'create a new key',
  },
  {
    ask: 'Which URL and HTTP method do I call from my script to validate the settings?',
    goal: 'Writing a CI step that checks the Kraken key configuration before my bot deploys',
    expect: [
      '/reference/check-api/#',
      '/reference/check-api/#request',
      '/reference/check-api/#examples',
    ],
    value: '/api/kraken/check',
  },
  {
    ask: 'How can I tell whether the key is missing permissions or the IP restriction is blocking it?',
    goal: 'Debugging a bot whose every Kraken call comes back denied',
    expect: [
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
      '/exchange/kraken/troubleshooting/#egeneralpermission-denied',
    ],
    value: 'GetApiKeyInfo',
  },
  {
    ask: '{"error":["EAPI:Invalid nonce"],"result":{}}',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/exchange/kraken/pro/#enable-custom-nonce-window',
      '/exchange/kraken/classic/#name-your-key',
    ],
    value: '2000000',
  },
  {
    ask: 'kraken.exceptions.KrakenException: EAPI:Invalid key',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-key'],
    value: 'mistyped or cut short',
  },
  {
    ask: 'Not enough permission for API keys',
    expect: [
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: 'WebSocket interface',
  },
  {
    ask: 'EGeneral:Permission denied when placing order but balance loads',
    expect: [
      '/exchange/kraken/troubleshooting/#egeneralpermission-denied',
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
    ],
    value: 'enable the missing permission',
  },
  {
    ask: '2026-12-06 09:14:02 ERROR kraken private call failed: EAPI:Invalid signature',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: 'API Secret',
  },
  {
    ask: 'EService:Throttled: 1796543210',
    expect: [
      '/exchange/kraken/troubleshooting/#rate-limits',
      '/reference/check-api/#the-live-check',
    ],
    value: 'wait a minute before retrying',
  },
  {
    ask: 'EAccount:Invalid permissions',
    expect: ['/exchange/kraken/troubleshooting/#other-messages'],
    value: 'region',
  },
  {
    ask: 'EService:Unavailable is my key broken?',
    expect: ['/exchange/kraken/troubleshooting/#kraken-did-not-answer'],
    value: 'It says nothing about your key',
  },
  {
    ask: 'bot gets rejected on the very first request every time, i used the key with another bot before',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-nonce'],
    value: 'create a new key',
  },
  {
    ask: 'order history wont load in the service but balances show fine',
    expect: [
      '/exchange/kraken/troubleshooting/#egeneralinvalid-arguments',
      '/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key',
      '/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key',
    ],
    value: 'EGeneral:Invalid arguments',
  },
  {
    ask: 'live check says my call came from outside the allowlist but the service trades fine',
    expect: [
      '/exchange/kraken/key-checker/#check-the-key-on-kraken',
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
      '/exchange/kraken/pro/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/classic/#connect-kraken-with-created-api-keys',
    ],
    value: 'correctly restricted key',
  },
  {
    ask: 'some calls fail at random when the bot sends lots at the same time',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/exchange/kraken/pro/#enable-custom-nonce-window',
      '/exchange/kraken/classic/#name-your-key',
    ],
    value: '2000000',
  },
  {
    ask: 'my vps clock was ahead and now the key gets refused',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-nonce'],
    value: 'clock right',
  },
  {
    ask: 'does key checker save what i type',
    expect: ['/exchange/kraken/key-checker/#what-stays-on-this-page'],
    value: 'Nothing you type is stored',
  },
  {
    ask: 'what does the key checker check',
    expect: ['/exchange/kraken/key-checker/#what-is-checked', '/#'],
    value: 'IP restriction',
  },
  {
    ask: 'checker works without javascript?',
    expect: ['/exchange/kraken/key-checker/#what-stays-on-this-page'],
    value: 'Check my key',
  },
  {
    ask: 'how often can i run the live check',
    expect: ['/exchange/kraken/troubleshooting/#rate-limits'],
    value: 'every 30 seconds',
  },
  {
    ask: 'check api GET works?',
    expect: ['/reference/check-api/#request', '/reference/check-api/#errors'],
    value: 'POST',
  },
  {
    ask: 'max body size check endpoint',
    expect: ['/reference/check-api/#request', '/reference/check-api/#errors'],
    value: '16 KB',
  },
  {
    ask: 'check api answer in indonesian?',
    expect: ['/reference/check-api/#language'],
    value: 'Accept-Language',
  },
  {
    ask: 'can i send apiSecret to the check endpoint',
    expect: ['/reference/check-api/#why-a-private-key-is-refused', '/reference/check-api/#errors'],
    value: '400',
  },
  {
    ask: 'live check endpoint path',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'POST /api/kraken/probe',
  },
  {
    ask: 'difference between pro and classic key?',
    expect: [
      '/exchange/kraken/#before-we-start-with-api-keys',
      '/exchange/kraken/#kraken-pro',
      '/exchange/kraken/#kraken-classic',
    ],
    value: 'the same key',
  },
];
