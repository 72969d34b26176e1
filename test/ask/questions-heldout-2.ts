/**
 * A second held-out set: 60 questions written fresh from the built pages (their Markdown twins
 * and the list of sections) by a writer who saw no other question set and no engine code, the
 * way a support inbox asks. Never tuned on, and its misses are not read while tuning: only its
 * rates are printed, as a measure of how far the engine generalises. Measured once when it
 * was written: 75 % first source, 88 % top-3, 51 % value in the answer.
 */
import type { Question } from './questions';

export const HELDOUT_2: Question[] = [
  // terse / misspelt
  {
    ask: 'wat permision does the kraken key need',
    expect: [
      '/#what-the-key-needs',
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: 'Query ledger entries',
  },
  {
    ask: 'nonse window on classic where is it and whats the default',
    expect: ['/exchange/kraken/classic/#name-your-key'],
    value: 'Kraken’s default is 0',
  },
  {
    ask: 'where do i put the whitlist ips on kraken pro',
    expect: [
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
    ],
    value: 'IP address restriction',
  },
  {
    ask: 'classic ip whitelist one row per ip or paste them all in one go',
    expect: ['/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting'],
    value: 'one address or range per row',
  },
  {
    ask: 'private key lenght how many chars is it supposed to be',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: '88 characters of base64',
  },
  {
    ask: 'how get to api page on kraken classic',
    expect: [
      '/exchange/kraken/classic/#follow-to-the-api-page',
      '/exchange/kraken/#kraken-classic',
    ],
    value: '“Security” then “API”',
  },
  {
    ask: 'kraken pro cant find create api key button',
    expect: [
      '/exchange/kraken/pro/#go-to-the-settings-page-and-click-create-api-key',
      '/exchange/kraken/#kraken-pro',
    ],
    value: 'Create API key',
  },
  {
    ask: 'acount locked temporary lockout how long do i wait',
    expect: ['/exchange/kraken/troubleshooting/#egeneraltemporary-lockout'],
    value: 'about 15 minutes',
  },
  {
    ask: 'what does the /24 mean in the ip range',
    expect: [
      '/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting',
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
    ],
    value: '256 addresses',
  },
  {
    ask: 'query end date whats that, tick it or not',
    expect: [
      '/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key',
      '/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key',
      '/exchange/kraken/troubleshooting/#egeneralinvalid-arguments',
    ],
    value: 'EGeneral:Invalid arguments',
  },
  {
    ask: 'rate limit how many points on starter acount',
    expect: ['/exchange/kraken/troubleshooting/#rate-limits'],
    value: '15 points',
  },
  {
    ask: 'does a kraken futures api key work for the spot bot',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-key'],
    value: 'Kraken Futures keys are a different system',
  },
  {
    ask: 'classic form says modify orders not create & modify orders, same thing??',
    expect: ['/exchange/kraken/classic/#select-permissions'],
    value: 'newer versions of the form',
  },
  {
    ask: 'nonce window 2000000 is that seconds or what',
    expect: [
      '/exchange/kraken/pro/#enable-custom-nonce-window',
      '/exchange/kraken/classic/#name-your-key',
    ],
    value: 'about 33 minutes',
  },

  // yes/no, should I / can I
  {
    ask: 'Should I enable Withdraw so the bot can move my profits out?',
    expect: [
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
      '/#what-the-key-needs',
    ],
    value: 'move your funds if it ever leaked',
  },
  {
    ask: 'Is it safe to give the key Query Funds? I read it can see my withdrawal addresses.',
    expect: [
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: 'It cannot withdraw',
  },
  {
    ask: 'Is it ok to turn on "Add withdrawal addresses" on Kraken Pro? It isn’t the same as Withdraw, right?',
    expect: ['/exchange/kraken/pro/#select-permissions'],
    value: 'the step before a withdrawal',
  },
  {
    ask: 'On Kraken Classic can I give the key an expiration date, or should it never expire?',
    expect: [
      '/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key',
      '/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key',
    ],
    value: 'at no expiration',
  },
  {
    ask: 'Can I set the nonce window higher than 2000000, like 5 million, just to be safe?',
    expect: ['/reference/check-api/#response'],
    value: 'a nonce window above 2,000,000 works',
  },
  {
    ask: 'Do I really have to fill in the IP restriction or can I leave it empty?',
    expect: [
      '/reference/check-api/#response',
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
      '/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting',
    ],
    value: 'usable from elsewhere',
  },
  {
    ask: 'Can two of my bots use the same Kraken API key?',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/exchange/kraken/troubleshooting/#rate-limits',
    ],
    value: 'Use one key per bot or service',
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
    ask: 'Is it normal that the check on the guide page says my call came from outside the IP allowlist?',
    expect: [
      '/exchange/kraken/pro/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/classic/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/key-checker/#check-the-key-on-kraken',
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
    ],
    value: 'a correctly restricted key',
  },
  {
    ask: 'Can I just edit my existing key to add the missing permission instead of making a new one?',
    expect: ['/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys'],
    value: 'edit the key',
  },
  {
    ask: 'Does Kraken ever reset the nonce on a key?',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-nonce'],
    value: 'Kraken never resets a key’s nonce',
  },
  {
    ask: 'Does it matter whether I make the key on Kraken Pro or on Kraken Classic?',
    expect: ['/exchange/kraken/#before-we-start-with-api-keys'],
    value: 'create the same key',
  },
  {
    ask: 'Do I need to tick Deposit Funds or Export Data on Kraken Classic for the bot?',
    expect: ['/exchange/kraken/classic/#select-permissions'],
    value: 'Nothing else',
  },

  // with a goal
  {
    ask: 'do I paste the IP addresses into one box or do I need several fields?',
    goal: 'Set up a key on Kraken Pro',
    expect: [
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
    ],
    value: 'whole list at once',
  },
  {
    ask: 'where do I type the name for the key?',
    goal: 'Set up a key on Kraken Classic',
    expect: ['/exchange/kraken/classic/#name-your-key'],
    value: 'Key description',
  },
  {
    ask: 'every call from the bot gets permission denied since we moved it to a new server, the permissions look fine',
    goal: 'Fix my bot',
    expect: [
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
      '/exchange/kraken/troubleshooting/#egeneralpermission-denied',
    ],
    value: 'IP restriction',
  },
  {
    ask: 'does the checker see my actual key on Kraken or only what I type in?',
    goal: 'Check my key before connecting it',
    expect: [
      '/exchange/kraken/key-checker/#what-is-checked',
      '/exchange/kraken/key-checker/#check-the-key-on-kraken',
    ],
    value: 'cannot see your key on Kraken',
  },
  {
    ask: 'is there a JSON schema for the request and the response?',
    goal: 'Integrate the check API in my dashboard',
    expect: ['/reference/check-api/'],
    value: '/api/kraken/check.schema.json',
  },
  {
    ask: 'can the check results come back in Indonesian for my users?',
    goal: 'Integrate the check API in my dashboard',
    expect: ['/reference/check-api/#language'],
    value: 'Accept-Language: id',
  },
  {
    ask: 'Kraken Classic gave me an API Key and a Private Key but the app asks for API key and API Secret, which one goes where?',
    goal: 'Connect my Kraken key to the trading service',
    expect: [
      '/exchange/kraken/classic/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/pro/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/troubleshooting/#eapiinvalid-signature',
    ],
    value: 'API Secret',
  },
  {
    ask: 'still invalid nonce on the very first call even though the nonce window is 2000000, I tried the key with another library before',
    goal: 'Fix my bot',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-nonce'],
    value: 'create a new key',
  },
  {
    ask: 'the API page on the normal Kraken app just tells me to go somewhere else, how do I make the key?',
    goal: 'Set up a key on Kraken Pro',
    expect: [
      '/exchange/kraken/#before-we-start-with-api-keys',
      '/exchange/kraken/pro/#go-to-the-settings-page-and-click-create-api-key',
      '/exchange/kraken/pro/#switch-to-kraken-pro',
    ],
  },
  {
    ask: 'users paste both their key and their secret into my form, can I forward the secret to the check endpoint as well?',
    goal: 'Integrate the check API in my dashboard',
    expect: ['/reference/check-api/#why-a-private-key-is-refused', '/reference/check-api/#errors'],
    value: 'no field for it',
  },

  // pasted errors / log lines
  {
    ask: '[2024-05-02 10:13:22] ERROR kraken private/Balance -> ["EAPI:Invalid nonce"] retrying in 5s',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/exchange/kraken/pro/#enable-custom-nonce-window',
      '/exchange/kraken/classic/#name-your-key',
    ],
    value: '2000000',
  },
  {
    ask: 'Bot status: ⚠ Not enough permission for API keys. what now?',
    expect: [
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: 'seven permissions',
  },
  {
    ask: 'Connect failed: {"error":["EAPI:Invalid signature"],"result":{}}',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: 'pasted into each other’s fields',
  },
  {
    ask: 'kraken says EAPI:Invalid key but i copy pasted it??',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-key'],
    value: 'no spaces',
  },
  {
    ask: 'TradesHistory -> {"error":["EGeneral:Invalid arguments"]} and my key has no start or end date set',
    expect: ['/exchange/kraken/troubleshooting/#egeneralinvalid-arguments'],
    value: 'tell the makers of the program',
  },
  {
    ask: 'WARN kraken: EService:Throttled: 1714650000 (attempt 3/5) what does this mean',
    expect: [
      '/exchange/kraken/troubleshooting/#rate-limits',
      '/reference/check-api/#the-live-check',
    ],
    value: 'wait a minute',
  },
  {
    ask: 'order rejected: EAccount:Invalid permissions — but my key has all the permissions ticked',
    expect: ['/exchange/kraken/troubleshooting/#other-messages'],
    value: 'from its region',
  },
  {
    ask: 'getting EService:Unavailable from kraken since this morning, is my key broken?',
    expect: ['/exchange/kraken/troubleshooting/#kraken-did-not-answer'],
    value: 'says nothing about your key',
  },
  {
    ask: 'HTTP/1.1 415 {"error":{"status":415,"code":"unsupported-media-type","message":"..."}} from /api/kraken/check, what am I doing wrong',
    expect: ['/reference/check-api/#errors', '/reference/check-api/#request'],
    value: 'application/json',
  },
  {
    ask: '{"error":{"status":400,"code":"private-key-sent"}} but I only sent apiKey and nonceWindow??',
    expect: ['/reference/check-api/#errors', '/reference/check-api/#why-a-private-key-is-refused'],
    value: '88 base64 characters',
  },
  {
    ask: 'check on kraken stopped with "EAuth:Account unconfirmed", what do I do',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'Verify the account’s email address',
  },

  // precise, developer / AI assistant
  {
    ask: 'What is the maximum request body size for POST /api/kraken/check, and what does it return when the body is bigger?',
    expect: ['/reference/check-api/#request', '/reference/check-api/#errors'],
    value: '16 KB',
  },
  {
    ask: 'Which machine name does the check API use for the WebSocket interface permission, and how does GetApiKeyInfo report it?',
    expect: ['/reference/check-api/#request'],
    value: 'create-ws-token',
  },
  {
    ask: 'In what order are the check ids returned in the checks array of the check API response?',
    expect: ['/reference/check-api/#response'],
    value: 'permission.funds_query',
  },
  {
    ask: 'What does status "skip" mean in a check result?',
    expect: ['/reference/check-api/#response', '/reference/check-api/#request'],
    value: 'not checked, for want of input',
  },
  {
    ask: 'Why does key.private-key always come back as skip from /api/kraken/check?',
    expect: ['/reference/check-api/#response'],
    value: 'only checked in the browser',
  },
  {
    ask: 'What caching header does the check endpoint send, and can it ever answer with a 5xx?',
    expect: ['/reference/check-api/#errors'],
    value: 'Cache-Control: no-store',
  },
  {
    ask: 'How many addresses or CIDR ranges can serviceRange or ipAllowlist hold before the request is refused?',
    expect: ['/reference/check-api/#errors'],
    value: '256',
  },
  {
    ask: 'When does the live check fall back from GetApiKeyInfo to per-permission probes?',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'eight read-only probes',
  },
  {
    ask: 'After Kraken answers EAPI:Rate limit exceeded to the live check, does it keep probing the key?',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'nothing more is sent for the key',
  },
  {
    ask: 'What IP allowlist breadth makes ip.allowlist warn instead of pass?',
    expect: ['/reference/check-api/#response'],
    value: 'shorter than /16',
  },
  {
    ask: 'With JavaScript disabled, what does the key checker’s "Check my key" button send to the server, and is it kept?',
    expect: ['/exchange/kraken/key-checker/#what-stays-on-this-page'],
    value: 'without keeping them',
  },
  {
    ask: 'If GetApiKeyInfo’s answer lacks a field, what does the corresponding live check report?',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'Not reported by Kraken',
  },
];
