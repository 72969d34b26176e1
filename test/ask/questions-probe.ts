/**
 * Two probe sets written fresh from the pages, this round, by two writers who saw neither the
 * engine's question sets nor each other's: the way traders type and assistants ask. Written to
 * find where the engine did not generalise, then tuned on like the development set: they are
 * development material now, not a measure. Sections are named by their URLs, as the writers
 * did; the server test checks that each exists.
 */
import type { Question } from './questions';

const P = '/exchange/kraken/pro/';
const C = '/exchange/kraken/classic/';
const O = '/exchange/kraken/';
const T = '/exchange/kraken/troubleshooting/';
const K = '/exchange/kraken/key-checker/';
const A = '/reference/check-api/';

export const PROBES: Question[] = [
  // First writer.
  // ---- as a trader types ----
  {
    ask: 'what do i put in nonce window on classic? it says 0',
    expect: [C + '#name-your-key', C + '#select-permissions', T + '#eapiinvalid-nonce'],
    value: '2000000',
  },
  {
    ask: 'getting EAPI:Invalid nonce every few minutes, my bot runs 3 threads on same key. fix?',
    expect: [T + '#eapiinvalid-nonce', P + '#enable-custom-nonce-window', C + '#name-your-key'],
    value: '2000000',
  },
  {
    ask: 'kraken returns {"error":["EAPI:Invalid signature"],"result":{}} what am i doing wrong',
    expect: [T + '#eapiinvalid-signature'],
    value: 'Private key',
  },
  {
    ask: 'should i turn on withdraw so the bot can send profits to my wallet',
    expect: [P + '#select-permissions', C + '#select-permissions', '/#what-the-key-needs'],
    value: 'Withdraw',
  },
  {
    ask: 'is it ok to use the same api key for 2 bots',
    expect: [T + '#eapiinvalid-nonce', T + '#rate-limits'],
  },
  {
    ask: '2024-05-01 12:00:01 ERROR kraken: EGeneral:Temporary lockout   -- how long till i can trade again??',
    expect: [T + '#egeneraltemporary-lockout', A + '#the-live-check'],
    value: '15 minutes',
  },
  {
    ask: 'bot cant load my trade history, says EGeneral:Invalid arguments. i set a query start date on the key',
    expect: [
      T + '#egeneralinvalid-arguments',
      P + '#do-not-configure-any-other-options-and-click-generate-key',
      C + '#do-not-configure-any-other-options-and-click-generate-key',
    ],
    value: 'query start',
  },
  {
    ask: 'where is the api page on kraken classic cant find it',
    expect: [C + '#follow-to-the-api-page', O + '#kraken-classic'],
    value: 'Security',
  },
  {
    ask: 'private key vs api secret, which one goes where',
    expect: [
      P + '#connect-kraken-with-created-api-keys',
      C + '#connect-kraken-with-created-api-keys',
      T + '#eapiinvalid-signature',
    ],
    value: 'API Secret',
  },
  {
    ask: 'kraken just says api keys are managed in kraken pro?? i want to make a key',
    expect: [O + '#before-we-start-with-api-keys'],
    value: 'prompted to move',
  },
  {
    ask: 'EService:Unavailable is my key broken',
    expect: [T + '#kraken-did-not-answer'],
    value: 'says nothing about your key',
  },
  {
    ask: 'EAccount:Invalid permissions when i try to buy a coin, key has all the perms',
    expect: [T + '#other-messages'],
    value: 'region',
  },
  {
    ask: 'classic only lets me put one ip in the box, service gives me 4 ranges. how',
    expect: [C + '#enable-the-option-for-ip-whitelisting'],
    value: 'one address or range per row',
  },
  {
    ask: 'pasted the whole ip list in the kraken pro field with commas, is that right?',
    expect: [P + '#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses'],
    value: 'separated by commas',
  },
  {
    ask: 'EAPI:Invalid key but i literally just copied it',
    expect: [T + '#eapiinvalid-key'],
    value: 'cut short',
  },
  {
    ask: 'ccxt.base.errors.RateLimitExceeded: kraken {"error":["EAPI:Rate limit exceeded"]} wat do',
    expect: [T + '#rate-limits', A + '#the-live-check'],
    value: 'wait a minute',
  },
  {
    ask: 'lost my private key, can kraken show it again',
    expect: [T + '#eapiinvalid-signature', P + '#connect-kraken-with-created-api-keys'],
  },
  {
    ask: 'service says "Not enough permission for API keys" right after connecting',
    expect: [
      T + '#not-enough-permission-for-api-keys',
      P + '#select-permissions',
      C + '#select-permissions',
    ],
    value: 'at least one',
  },
  {
    ask: 'my vps clock was ahead by an hour, now every call even the first one gets invalid nonce',
    expect: [T + '#eapiinvalid-nonce'],
    value: "set that computer's clock right",
  },
  {
    ask: 'do i need a kraken account first or does the service make one',
    expect: [P + '#go-to-kraken', C + '#go-to-kraken'],
    value: 'create a new account',
  },
  {
    ask: 'how do i get to kraken clasic from the new app',
    expect: [C + '#switch-to-kraken-classic', O + '#before-we-start-with-api-keys'],
    value: 'profile menu',
  },
  {
    ask: 'does the key name matter? what do i call it',
    expect: [P + '#name-your-key', C + '#name-your-key'],
    value: 'proper name',
  },

  // ---- as an assistant asks for a trader ----
  {
    goal: 'Create the key for the trading bot on Kraken Pro',
    ask: 'Which exact permissions should be enabled on the Kraken Pro API key form?',
    expect: [
      P + '#select-permissions',
      '/#what-the-key-needs',
      T + '#not-enough-permission-for-api-keys',
    ],
    value: 'Query ledger entries',
  },
  {
    goal: 'Create the key for the trading bot on Kraken Classic',
    ask: 'Which field on the Kraken Classic key form holds the name of the key?',
    expect: [C + '#name-your-key'],
    value: 'Key description',
  },
  {
    goal: "Restrict the new Kraken Pro key to the trading service's addresses",
    ask: 'What is the label of the field on Kraken Pro where the IP addresses go?',
    expect: [P + '#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses'],
    value: 'Comma delimited list of IPv4 or IPv6 IP addresses or blocks',
  },
  {
    goal: 'Explain the nonce setting to the trader before they change it',
    ask: 'Is the nonce window a time in seconds, and how much delay between calls does the recommended value tolerate?',
    expect: [P + '#enable-custom-nonce-window', C + '#name-your-key'],
    value: '33 minutes',
  },
  {
    goal: 'Validate key settings from a script before connecting the key',
    ask: 'What HTTP status and error code does POST /api/kraken/check return when the request body is too big?',
    expect: [A + '#errors'],
    value: 'too-large',
  },
  {
    goal: 'Validate a Kraken key configuration programmatically, without a browser',
    ask: "Which endpoint runs the key checker's checks, and does it contact Kraken?",
    expect: [A],
    value: '/api/kraken/check',
  },
  {
    ask: 'What values are accepted for the form field of the check API request, and which one is used when it is omitted?',
    expect: [A + '#request'],
    value: '"classic"',
  },
  {
    goal: "Build the request body for the check API from the trader's Kraken Pro form",
    ask: 'Which machine name should be sent in permissions for the WebSocket interface switch?',
    expect: [A + '#request'],
    value: 'websocket',
  },
  {
    goal: 'Call the check API from a script',
    ask: 'Can I include the private key in the JSON body so that its format is checked as well?',
    expect: [A + '#why-a-private-key-is-refused', A + '#errors', A + '#request'],
    value: '400',
  },
  {
    goal: 'Get the checker results in Indonesian for a trader in Jakarta',
    ask: 'How do I request the check texts in Indonesian from the check API?',
    expect: [A + '#language'],
    value: 'Accept-Language: id',
  },
  {
    goal: 'Interpret the live check result for the trader',
    ask: 'What values can about.checkedWith take in the live check response?',
    expect: [A + '#the-live-check'],
    value: 'GetApiKeyInfo',
  },
  {
    ask: 'What is about.stop.code in the live check when Kraken answers EGeneral:Temporary lockout?',
    expect: [A + '#the-live-check'],
    value: 'lockout',
  },
  {
    goal: 'Run the check on Kraken for an IP-restricted Kraken Classic key',
    ask: 'Why does the check on Kraken report that the call came from outside the IP allowlist even though the key works on the trading service?',
    expect: [
      K + '#check-the-key-on-kraken',
      C + '#connect-kraken-with-created-api-keys',
      P + '#connect-kraken-with-created-api-keys',
      T + '#every-call-is-denied-ip-restriction',
    ],
    value: "this site's server",
  },
  {
    goal: 'Reassure the trader about safety before they use the key checker',
    ask: 'Does the key checker store or transmit the private key that is typed into it?',
    expect: [K + '#what-stays-on-this-page'],
    value: 'The private key is never sent',
  },
  {
    ask: 'Does the check API treat a nonce window larger than 2000000 as a failure?',
    expect: [A + '#response'],
    value: 'A warning is not a failure',
  },
  {
    goal: 'Create the key for the trading bot on Kraken Classic',
    ask: "After enabling IP whitelisting, which button do I click to add each of the service's IP ranges?",
    expect: [C + '#enable-the-option-for-ip-whitelisting'],
    value: 'Add an IP address or range',
  },
  {
    ask: 'What is the size of the API call counter for an account at the Intermediate verification level, and how fast does it decrease?',
    expect: [T + '#rate-limits'],
    value: '0.5 per second',
  },
  {
    goal: 'Diagnose a key that fails every call with EGeneral:Permission denied',
    ask: 'How can I tell whether the key lacks permissions or the calls come from an address outside its IP restriction?',
    expect: [T + '#every-call-is-denied-ip-restriction', T + '#egeneralpermission-denied'],
    value: 'GetApiKeyInfo',
  },
  {
    ask: 'Does the check API accept a text/plain body, and which status does it return otherwise?',
    expect: [A + '#errors', A + '#examples', A + '#request'],
    value: 'unsupported-media-type',
  },
  {
    goal: 'Check a long IP allowlist with the check API',
    ask: 'What is the maximum number of addresses or ranges accepted in ipAllowlist?',
    expect: [A + '#errors', A + '#examples'],
    value: '256',
  },

  // ---- mixed: yes/no, which value, how many, what is it called, where ----
  {
    ask: 'How many permissions does the key need?',
    expect: [
      '/#what-the-key-needs',
      O + '#before-we-start-with-api-keys',
      T + '#not-enough-permission-for-api-keys',
    ],
    value: 'seven',
  },
  {
    ask: 'What is the nonce setting called on Kraken Pro?',
    expect: [P + '#enable-custom-nonce-window', T + '#eapiinvalid-nonce'],
    value: 'Custom nonce window',
  },
  {
    ask: 'how long is a kraken private key supposed to be',
    expect: [T + '#eapiinvalid-signature'],
    value: '88',
  },
  {
    ask: 'Where do I create an API key on Kraken Pro?',
    expect: [P + '#go-to-the-settings-page-and-click-create-api-key', O + '#kraken-pro'],
    value: 'Settings',
  },
  {
    ask: 'Query Funds shows my withdrawal addresses, so can the key withdraw?',
    expect: [P + '#select-permissions', C + '#select-permissions'],
    value: 'It cannot withdraw',
  },
  {
    ask: 'What does a GET request to /api/kraken/check return?',
    expect: [A + '#errors', A + '#examples'],
    value: 'method-not-allowed',
  },
  {
    ask: 'is /24 just one ip address?',
    expect: [
      P + '#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
      C + '#enable-the-option-for-ip-whitelisting',
    ],
    value: '256 addresses',
  },
  {
    ask: 'How often can I run the check on Kraken for the same key?',
    expect: [T + '#rate-limits'],
    value: '30 seconds',
  },
  {
    ask: "Where is the check API's JSON Schema served?",
    expect: [A],
    value: '/api/kraken/check.schema.json',
  },
  {
    ask: 'Is there a plain text or markdown version of these docs for an AI assistant?',
    expect: ['/#for-programs'],
    value: '/llms.txt',
  },
  {
    ask: 'do kraken pro and classic give a different key for the service?',
    expect: [O + '#before-we-start-with-api-keys'],
    value: 'same key',
  },
  {
    ask: 'What does EGeneral:Permission denied mean?',
    expect: [T + '#egeneralpermission-denied'],
    value: 'lacks the permission',
  },
  {
    ask: 'I used the key with a bot that counts nonces in nanoseconds; now my other bot gets EAPI:Invalid nonce on the first call. What now?',
    expect: [T + '#eapiinvalid-nonce', A + '#the-live-check'],
    value: 'create a new key',
  },
  {
    ask: 'In the live check, does EOrder:Rate limit exceeded show that the trading permission is on?',
    expect: [A + '#the-live-check'],
    value: 'never proof',
  },
  {
    ask: 'Can the check API ever answer with a 500 error?',
    expect: [A + '#errors'],
    value: '5xx',
  },
  {
    ask: 'does the key checker work with javascript turned off?',
    expect: [K + '#what-stays-on-this-page'],
    value: 'Check my key',
  },
  {
    ask: 'Will the checker complain if my IP allowlist is much broader than the service range?',
    expect: [K + '#what-is-checked', A + '#response'],
  },
  {
    ask: 'Is there a direct link to Kraken Pro?',
    expect: [P + '#switch-to-kraken-pro'],
    value: 'pro.kraken.com/app',
  },
  // Second writer.
  // --- as a trader types ---
  {
    ask: 'bot worked fine yesterday, today every single order gets refused. didnt change anything',
    expect: [
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
      '/exchange/kraken/troubleshooting/#egeneralpermission-denied',
      '/exchange/kraken/troubleshooting/#eapiinvalid-key',
      '/exchange/kraken/troubleshooting/#egeneraltemporary-lockout',
    ],
  },
  {
    ask: '{"error":["EAPI:Invalid nonce"],"result":{}} what does this mean and how to fix',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/exchange/kraken/pro/#enable-custom-nonce-window',
      '/exchange/kraken/classic/#name-your-key',
    ],
    value: '2000000',
  },
  {
    ask: 'got locked out "EGeneral:Temporary lockout" how long do i have to wait??',
    expect: [
      '/exchange/kraken/troubleshooting/#egeneraltemporary-lockout',
      '/reference/check-api/#the-live-check',
    ],
    value: '15 minutes',
  },
  {
    ask: 'wher do i paste the private key, the service has no field called private key',
    expect: [
      '/exchange/kraken/pro/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/classic/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/troubleshooting/#eapiinvalid-signature',
    ],
    value: 'API Secret',
  },
  {
    ask: 'should i tick withdraw funds too so the bot can move profits?',
    expect: [
      '/exchange/kraken/classic/#select-permissions',
      '/exchange/kraken/pro/#select-permissions',
      '/#what-the-key-needs',
      '/exchange/kraken/key-checker/#what-is-checked',
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
    ],
  },
  {
    ask: 'nonce window on classic is 0 by default? is that ok',
    expect: [
      '/exchange/kraken/classic/#name-your-key',
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
    ],
    value: 'default is 0',
  },
  {
    ask: 'EAPI:Invalid signature pls help',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: 'Private key',
  },
  {
    ask: 'how long is the privat key supposed to be? mine looks shorter than the other one',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-signature',
      '/reference/check-api/#response',
      '/reference/check-api/#errors',
    ],
    value: '88',
  },
  {
    ask: 'do i need to set an expiry date on the key',
    expect: [
      '/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key',
      '/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key',
    ],
  },
  {
    ask: 'is it ok to use the same key for my 2 bots',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/exchange/kraken/troubleshooting/#rate-limits',
    ],
    value: 'one key per bot',
  },
  {
    ask: 'EService:Throttled: 1712345678 ?? what now',
    expect: [
      '/exchange/kraken/troubleshooting/#rate-limits',
      '/reference/check-api/#the-live-check',
    ],
    value: 'wait a minute',
  },
  {
    ask: 'ip whitelist on classic, do i paste the whole list in one box?',
    expect: ['/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting'],
    value: 'one address or range per row',
  },
  {
    ask: 'nonce 2000000 is that seconds or what',
    expect: [
      '/exchange/kraken/pro/#enable-custom-nonce-window',
      '/exchange/kraken/classic/#name-your-key',
    ],
    value: '33 minutes',
  },
  {
    ask: 'cant find the api page on kraken, it just tells me to go to pro',
    expect: [
      '/exchange/kraken/#before-we-start-with-api-keys',
      '/exchange/kraken/#kraken-classic',
      '/exchange/kraken/classic/#follow-to-the-api-page',
    ],
  },
  {
    ask: 'key works for btc but buying one coin gives EAccount:Invalid permissions, why only that coin',
    expect: ['/exchange/kraken/troubleshooting/#other-messages'],
    value: 'region',
  },
  {
    ask: 'checker says my call came from outside the allowlist but the key works on the service?? is my key broken',
    expect: [
      '/exchange/kraken/key-checker/#check-the-key-on-kraken',
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
      '/exchange/kraken/pro/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/classic/#connect-kraken-with-created-api-keys',
    ],
    value: 'correctly restricted',
  },
  {
    ask: 'what does the /24 at the end of the ip mean',
    expect: [
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
      '/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting',
    ],
    value: '256',
  },
  {
    ask: 'do i need the websocket thing turned on',
    expect: [
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
      '/#what-the-key-needs',
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
    ],
    value: 'WebSocket interface',
  },
  {
    ask: 'curl to /api/kraken/check returns "Invalid request: colour: Unknown field." whats wrong',
    expect: ['/reference/check-api/#errors', '/reference/check-api/#request'],
    value: 'invalid-request',
  },
  {
    ask: 'orders go through but my bot cant load trade history, EGeneral:Invalid arguments',
    expect: [
      '/exchange/kraken/troubleshooting/#egeneralinvalid-arguments',
      '/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key',
      '/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key',
    ],
    value: 'query start',
  },
  {
    ask: 'does my kraken futures api key work for this?',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-key'],
    value: 'Kraken Futures',
  },
  {
    ask: 'new script gets invalid nonce on its very first call, an older tool used the same key before. do i need a new key?',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/reference/check-api/#the-live-check',
    ],
    value: 'only way to reset',
  },
  {
    ask: 'kraken keeps saying busy / not answering, is something wrong with my key?',
    expect: ['/exchange/kraken/troubleshooting/#kraken-did-not-answer'],
    value: 'nothing about your key',
  },

  // --- as an assistant asks on a trader's behalf ---
  {
    ask: 'Which permissions must be ticked on the Kraken Classic API key, and which ones must stay unticked?',
    goal: 'Create the key for the trading bot on Kraken Classic',
    expect: ['/exchange/kraken/classic/#select-permissions'],
    value: 'Query Ledger Entries',
  },
  {
    ask: 'What number should be entered for the nonce window on the key?',
    goal: "Set up a Kraken Pro API key for the user's trading service",
    expect: ['/exchange/kraken/pro/#enable-custom-nonce-window'],
    value: '2000000',
  },
  {
    ask: 'Where in Kraken Classic do I find the page to create API keys?',
    goal: 'Create a Kraken Classic API key for the user',
    expect: [
      '/exchange/kraken/classic/#follow-to-the-api-page',
      '/exchange/kraken/#kraken-classic',
    ],
    value: 'Security',
  },
  {
    ask: 'Where on Kraken Pro is the option to create a new API key?',
    goal: 'Create the key for the trading bot on Kraken Pro',
    expect: [
      '/exchange/kraken/pro/#go-to-the-settings-page-and-click-create-api-key',
      '/exchange/kraken/#kraken-pro',
    ],
    value: 'Settings',
  },
  {
    ask: "What is the exact label of the Kraken Pro field in which the service's IP addresses are entered, and how should the addresses be separated?",
    goal: "Restrict the user's Kraken Pro key to the trading service's IP range",
    expect: [
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
    ],
    value: 'Comma delimited list of IPv4 or IPv6 IP addresses or blocks',
  },
  {
    ask: 'The service started showing "Not enough permission for API keys" a week after the user connected the key. What causes this and how is it fixed?',
    goal: "Get the user's trading bot running again",
    expect: [
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: 'seven permissions',
  },
  {
    ask: "The user's bot ran fine for weeks, but since it was moved to a new server every call is answered with a permission error, although all the permissions are still enabled. What should be checked?",
    expect: [
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
      '/exchange/kraken/troubleshooting/#egeneralpermission-denied',
    ],
    value: 'IP restriction',
  },
  {
    ask: 'What is the URL of the endpoint that validates a key configuration, and which HTTP method does it accept?',
    goal: 'Validate a Kraken key configuration from a script before connecting it',
    expect: ['/reference/check-api/', '/reference/check-api/#request'],
    value: '/api/kraken/check',
  },
  {
    ask: 'What is the maximum size of the request body the check API accepts?',
    goal: 'Validate a Kraken key configuration from a script before connecting it',
    expect: ['/reference/check-api/#request', '/reference/check-api/#errors'],
    value: '16 KB',
  },
  {
    ask: 'Which HTTP status and error code does the check API answer when the request is sent with Content-Type text/plain?',
    expect: ['/reference/check-api/#errors'],
    value: '415',
  },
  {
    ask: "Can I include the user's API secret in the JSON body so that the check API also validates the private key format?",
    goal: "Check every part of the user's Kraken key automatically",
    expect: [
      '/reference/check-api/#why-a-private-key-is-refused',
      '/reference/check-api/#errors',
      '/reference/check-api/#request',
    ],
    value: 'private-key-sent',
  },
  {
    ask: 'How do I get the check results in Bahasa Indonesia?',
    goal: 'Integrate the check API into an Indonesian-language trading assistant',
    expect: ['/reference/check-api/#language'],
    value: 'Accept-Language',
  },
  {
    ask: "In the live check's answer, which field says whether Kraken's GetApiKeyInfo call or the per-permission probes were used?",
    goal: 'Interpret the result of the live key check for the user',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'checkedWith',
  },
  {
    ask: 'What value does about.stop.code have when Kraken answered EGeneral:Temporary lockout during the live check?',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'lockout',
  },
  {
    ask: 'If GetApiKeyInfo is not available, how many read-only probe calls does the live check send to Kraken?',
    expect: [
      '/reference/check-api/#the-live-check',
      '/exchange/kraken/troubleshooting/#rate-limits',
    ],
    value: 'eight',
  },
  {
    ask: "Does the key information returned by the live check include the account's IBAN or the API key itself?",
    goal: 'Decide whether the live check result can be logged',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'never the IBAN',
  },
  {
    ask: "A tool that uses nanosecond nonces was used with the user's key earlier; now the user's bot gets EAPI:Invalid nonce on every call. Can the key's nonce counter be reset?",
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-nonce'],
    value: 'Kraken never resets',
  },
  {
    ask: 'What does the status "skip" mean for a check in the check API\'s response?',
    expect: ['/reference/check-api/#response', '/reference/check-api/#request'],
    value: 'for want of input',
  },
  {
    ask: 'Which machine names does the check API expect for the "Cancel & close orders" and "WebSocket interface" permissions?',
    goal: 'Build the permissions array for a check API request',
    expect: ['/reference/check-api/#request'],
    value: 'trades_close',
  },
  {
    ask: "The user's account is at the Starter verification level. How large is the key's API call counter and how quickly does it drain?",
    expect: ['/exchange/kraken/troubleshooting/#rate-limits'],
    value: '0.33',
  },
  {
    ask: 'Is anything the user types into the key checker saved or sent to a server?',
    goal: 'Reassure the trader before they use the key checker',
    expect: ['/exchange/kraken/key-checker/#what-stays-on-this-page'],
    value: 'Nothing you type is stored',
  },
  {
    ask: 'After the Kraken Pro key was generated the user closed the page and no longer has the private key. Can Kraken show it again?',
    goal: 'Connect the freshly created Kraken Pro key to the trading service',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-signature',
      '/exchange/kraken/pro/#connect-kraken-with-created-api-keys',
    ],
    value: 'only once',
  },
  {
    ask: "The user's laptop clock was running an hour fast while a bot used the key; now a bot on a correctly set server is refused with an invalid nonce error. What should they do?",
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-nonce'],
    value: 'real time',
  },

  // --- mixed: yes/no, which value, how many, what is it called, where ---
  {
    ask: 'How many permissions does the key need?',
    expect: [
      '/#what-the-key-needs',
      '/exchange/kraken/#before-we-start-with-api-keys',
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
      '/exchange/kraken/key-checker/#what-is-checked',
    ],
    value: 'seven',
  },
  {
    ask: 'How many steps does the Kraken Classic guide have?',
    expect: ['/exchange/kraken/#kraken-classic'],
    value: 'Nine steps',
  },
  {
    ask: 'What is the switch for limiting the key to certain IP addresses called on Kraken Classic?',
    expect: [
      '/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting',
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
    ],
    value: 'IP whitelisting',
  },
  {
    ask: 'How often can I run the check on Kraken for the same key?',
    expect: ['/exchange/kraken/troubleshooting/#rate-limits'],
    value: '30 seconds',
  },
  {
    ask: 'How many addresses can ipAllowlist hold in a check request?',
    expect: ['/reference/check-api/#errors'],
    value: '256',
  },
  {
    ask: 'Is a nonce window of 5000000 a problem?',
    expect: ['/reference/check-api/#response'],
    value: 'above 2,000,000',
  },
  {
    ask: 'What status does the check endpoint return for a GET request?',
    expect: ['/reference/check-api/#errors'],
    value: '405',
  },
  {
    ask: 'Where can I download the JSON Schema of the check API?',
    expect: ['/reference/check-api/'],
    value: '/api/kraken/check.schema.json',
  },
  {
    ask: 'My form says "Cancel/Close Trades" instead of Cancel/Close Orders, is that the same permission?',
    expect: ['/exchange/kraken/classic/#select-permissions'],
    value: 'Cancel/Close Trades',
  },
  {
    ask: 'Is the "Pro" verification level in the rate limits the same thing as Kraken Pro?',
    expect: ['/exchange/kraken/troubleshooting/#rate-limits'],
    value: 'not Kraken Pro',
  },
  {
    ask: 'Is there a plain-text version of these docs for an LLM?',
    expect: ['/#for-programs'],
    value: '/llms.txt',
  },
  {
    ask: 'Are the pictures in the guides real screenshots of Kraken?',
    expect: [
      '/exchange/kraken/pro/',
      '/exchange/kraken/classic/',
      '/exchange/kraken/#before-we-start-with-api-keys',
      '/',
    ],
    value: 'redrawn',
  },
  {
    ask: 'Does the key checker ever send my private key anywhere?',
    expect: [
      '/exchange/kraken/key-checker/#what-stays-on-this-page',
      '/reference/check-api/#why-a-private-key-is-refused',
    ],
    value: 'never the private key',
  },
];
