/**
 * Two more probe sets, about the check API and the key checker, the parts of the docs the
 * earlier sets asked least about: a developer integrating the check API (terse and technical:
 * statuses, fields, limits, the live check's answer), and a trader or a support assistant
 * asking what the checker and the live check do. Written fresh from the pages by two writers
 * who saw no question set, no engine code and not each other's set. On arrival the engine
 * answered the first at 73 % first source, 84 % top-3, 71 % value in the answer, the second
 * at 69 / 82 / 49 %. Tuned on since, like the other probe sets: development material now.
 */
import type { Question } from './questions';

export const PROBES_6: Question[] = [
  // First writer: a developer integrating the check API.
  {
    ask: 'check api endpoint path and method',
    expect: ['/reference/check-api/#'],
    value: '/api/kraken/check',
  },
  {
    ask: 'where is the json scheam for the check endpoint served?',
    expect: ['/reference/check-api/#'],
    value: 'check.schema.json',
  },
  {
    ask: 'max body size check api',
    expect: ['/reference/check-api/#request', '/reference/check-api/#errors'],
    value: '16 KB',
  },
  {
    ask: 'does the check api take form-encoded',
    expect: ['/reference/check-api/#errors', '/reference/check-api/#request'],
    value: 'application/json',
  },
  {
    ask: 'Is "Content-Type: application/json; charset=utf-8" accepted or do I need to drop the charset?',
    expect: ['/reference/check-api/#request', '/reference/check-api/#errors'],
    value: 'charset=utf-8',
  },
  {
    ask: 'what happens if I leave a field out of the request body, e.g. no ipAllowlist',
    expect: ['/reference/check-api/#request'],
    value: 'skip',
  },
  {
    ask: 'unknown fields in the body - ignored or rejected? what error code',
    expect: ['/reference/check-api/#errors'],
    value: 'invalid-request',
  },
  {
    ask: 'max number of entries in persmissions array',
    expect: ['/reference/check-api/#request'],
    value: '100',
  },
  {
    ask: 'machine name for websocket permission, is it create-ws-token?',
    expect: ['/reference/check-api/#request'],
    value: 'websocket',
  },
  {
    ask: 'which permission names only exist on Kraken Pro',
    expect: ['/reference/check-api/#request'],
    value: 'funds_earn',
  },
  {
    ask: 'response when privateKey sent',
    expect: ['/reference/check-api/#errors', '/reference/check-api/#why-a-private-key-is-refused'],
    value: '400',
  },
  {
    ask: 'if I nest {"creds": {"API_SECRET": "..."}} in the body is it still refused? case sensitive?',
    expect: ['/reference/check-api/#why-a-private-key-is-refused'],
    value: 'in any casing',
  },
  {
    ask: 'are all checks always returned, and in a fixed order?',
    expect: ['/reference/check-api/#response'],
    value: 'always all of them',
  },
  {
    ask: 'status skip meaning',
    expect: ['/reference/check-api/#response'],
    value: 'for want of input',
  },
  {
    ask: 'difference between step and stepKey in a check result',
    expect: ['/reference/check-api/#response'],
    value: 'stable key',
  },
  {
    ask: 'what is the trouble field',
    expect: ['/reference/check-api/#response'],
    value: 'troubleshooting entry',
  },
  {
    ask: 'can I validate the private key format through the API?',
    goal: "Building a CLI that validates a user's Kraken key settings before they connect it",
    expect: [
      '/reference/check-api/#response',
      '/reference/check-api/#why-a-private-key-is-refused',
    ],
    value: 'browser',
  },
  {
    ask: 'nonceWindow 5000000 returns warn - should my client treat warn as a failure?',
    expect: ['/reference/check-api/#response'],
    value: 'not a failure',
  },
  {
    ask: 'ip.allowlist warns when the allowlist is too broad - what IPv4 prefix counts as too broad',
    expect: ['/reference/check-api/#response'],
    value: '/16',
  },
  {
    ask: 'Accpet-Language support?',
    expect: ['/reference/check-api/#language'],
    value: 'Indonesian',
  },
  {
    ask: 'how do I get the check texts in Bahasa Indonesia',
    goal: 'Show the key check results to our Indonesian users in their language',
    expect: ['/reference/check-api/#language'],
    value: 'Accept-Language: id',
  },
  {
    ask: 'are the error messages localized too?',
    expect: ['/reference/check-api/#language'],
    value: 'are in English',
  },
  {
    ask: 'Accept-Language: fr - what language is the answer in',
    expect: ['/reference/check-api/#language'],
    value: 'English',
  },
  {
    ask: 'should I branch on error.message or error.code',
    expect: ['/reference/check-api/#errors'],
    value: 'the code will not',
  },
  {
    ask: 'are the values I sent echoed back in validation error messages?',
    expect: ['/reference/check-api/#errors'],
    value: 'never quote the values sent',
  },
  {
    ask: 'GET /api/kraken/check returns what',
    expect: ['/reference/check-api/#errors'],
    value: '405',
  },
  {
    ask: 'how many addresses can ipAllowlist or serviceRange hold',
    expect: ['/reference/check-api/#errors'],
    value: '256',
  },
  {
    ask: 'can a chunked upload without Content-Length get past the size limit?',
    expect: ['/reference/check-api/#errors'],
    value: 'measured while it is read',
  },
  {
    ask: 'can the endpoint ever return a 500?',
    expect: ['/reference/check-api/#errors'],
    value: '5xx',
  },
  {
    ask: 'Cache-Control on check responses',
    expect: ['/reference/check-api/#errors'],
    value: 'no-store',
  },
  {
    ask: 'Does /api/kraken/check call Kraken or store the request?',
    expect: ['/reference/check-api/#'],
    value: 'never calls Kraken',
  },
  {
    ask: 'what does checkedWith mean',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'GetApiKeyInfo',
  },
  {
    ask: 'does about.key include the IBAN',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'never the IBAN',
  },
  {
    ask: 'live check got EAPI:Rate limit exceeded, what is about.stop.code',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'rate-limited',
  },
  {
    ask: 'probe endpoint answered EGeneral:Temporary lockout - how long should the user wait',
    expect: [
      '/reference/check-api/#the-live-check',
      '/exchange/kraken/troubleshooting/#egeneraltemporary-lockout',
    ],
    value: '15 minutes',
  },
  {
    ask: 'how often can the live check run for the same key',
    goal: 'Add a "verify on Kraken" button to our dashboard without hitting limits',
    expect: ['/exchange/kraken/troubleshooting/#rate-limits'],
    value: 'every 30 seconds',
  },
  {
    ask: 'GetApiKeyInfo itself returns EGeneral:Permission denied - what does that mean?',
    expect: [
      '/reference/check-api/#the-live-check',
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
    ],
    value: 'IP allowlist',
  },
  {
    ask: 'GetApiKeyInfo answer is missing a field, does the live check fail?',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'Not reported by Kraken',
  },
  {
    ask: 'EGeneral:Unknown method from kraken during live check',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'The probes run instead',
  },
  {
    ask: 'does /api/kraken/probe get the private key',
    expect: [
      '/reference/check-api/#the-live-check',
      '/exchange/kraken/key-checker/#what-stays-on-this-page',
    ],
    value: 'signatures',
  },
  {
    ask: 'what nonse window value makes nonce-window pass',
    expect: ['/exchange/kraken/key-checker/#what-is-checked', '/#what-the-key-needs'],
    value: '2000000',
  },
  {
    ask: 'EAPI:Invalid nonce on the very first call of the live check, fix?',
    expect: [
      '/reference/check-api/#the-live-check',
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
    ],
    value: 'create a new key',
  },
  {
    ask: 'is there an llms.txt or markdown version of the docs',
    expect: ['/#for-programs'],
    value: 'llms.txt',
  },
  {
    ask: 'which HTTP status codes does the check endpoint return on errors',
    goal: 'Integrate the check API into our onboarding flow',
    expect: ['/reference/check-api/#errors'],
    value: '413',
  },
  {
    ask: 'which about field tells me what stopped the live check, and is the kraken error included?',
    goal: 'Surface failed live checks in our support tooling',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'error string verbatim',
  },
  // Second writer: a trader or a support assistant asking about the checker.
  {
    ask: 'does the checker send my private key anywhere',
    expect: [
      '/exchange/kraken/key-checker/#what-stays-on-this-page',
      '/reference/check-api/#the-live-check',
      '/reference/check-api/#why-a-private-key-is-refused',
    ],
    value: 'never the private key',
  },
  {
    ask: 'live check says checked with probes what does that mean',
    expect: [
      '/reference/check-api/#the-live-check',
      '/exchange/kraken/troubleshooting/#rate-limits',
    ],
    value: 'read-only probes',
  },
  {
    ask: 'why does the check api refuse my apiSecret field? i only wanted it validated',
    expect: ['/reference/check-api/#why-a-private-key-is-refused'],
    value: 'can trade with your account',
  },
  {
    ask: 'checker warns nonce window 5000000 is that bad',
    expect: ['/exchange/kraken/key-checker/#what-is-checked', '/reference/check-api/#response'],
    value: 'out of order',
  },
  {
    ask: 'what does the live check look at',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'GetApiKeyInfo',
  },
  {
    ask: 'can the checker see my IBAN',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'never the IBAN',
  },
  {
    ask: 'the check says fallback',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'why the probes ran',
  },
  {
    ask: 'is the check run in my browser',
    expect: ['/exchange/kraken/key-checker/#what-stays-on-this-page'],
    value: 'runs in your browser',
  },
  {
    ask: 'live check stopped with invalid nonce',
    expect: [
      '/reference/check-api/#the-live-check',
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
    ],
    value: 'create a new key',
  },
  {
    ask: 'I locked my key to the bot IP range and now the Kraken check says the call came from outside the allowlist. did i break something??',
    goal: 'Connect my IP-restricted key to the trading service',
    expect: [
      '/exchange/kraken/key-checker/#check-the-key-on-kraken',
      '/exchange/kraken/pro/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/classic/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
    ],
    value: 'correctly restricted key',
  },
  {
    ask: 'how often can i rerun the check on kraken for the same key',
    expect: ['/exchange/kraken/troubleshooting/#rate-limits'],
    value: 'every 30 seconds',
  },
  {
    ask: 'live check: EAPI:Rate limit exceeded — what now',
    expect: [
      '/reference/check-api/#the-live-check',
      '/exchange/kraken/troubleshooting/#rate-limits',
    ],
    value: 'wait a minute',
  },
  {
    ask: 'kraken check came back with EGeneral:Temporary lockout, how long do i wait',
    expect: [
      '/reference/check-api/#the-live-check',
      '/exchange/kraken/troubleshooting/#egeneraltemporary-lockout',
    ],
    value: '15 minutes',
  },
  {
    ask: 'customer says the key check shows EAuth:Account unconfirmed, what do I tell them',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'email address',
  },
  {
    ask: 'live check gave EService:Busy is something wrong w my key',
    expect: [
      '/exchange/kraken/troubleshooting/#kraken-did-not-answer',
      '/reference/check-api/#the-live-check',
    ],
    value: 'nothing about your key',
  },
  {
    ask: 'does the checker actually read my key settings from kraken or just what i type in',
    expect: [
      '/exchange/kraken/key-checker/#what-is-checked',
      '/exchange/kraken/key-checker/#check-the-key-on-kraken',
    ],
    value: 'cannot see your key',
  },
  {
    ask: 'does POST /api/kraken/check contact Kraken?',
    expect: ['/reference/check-api/#'],
    value: 'never calls Kraken',
  },
  {
    ask: 'why does the checker warn about my ip restriction when i left it empty',
    expect: ['/exchange/kraken/key-checker/#what-is-checked', '/reference/check-api/#response'],
    value: 'from elsewhere',
  },
  {
    ask: 'how wide does the ip allowlist have to be before the checker calls it far broader than the range',
    expect: ['/reference/check-api/#response'],
    value: 'shorter than /16',
  },
  {
    ask: 'nonce window field: does it matter if I write 2 000 000 or 2,000,000 or 2M',
    expect: ['/exchange/kraken/key-checker/#what-is-checked', '/reference/check-api/#request'],
    value: 'any way you like',
  },
  {
    ask: 'does the key checkr save anything i type',
    expect: ['/exchange/kraken/key-checker/#what-stays-on-this-page'],
    value: 'Nothing you type is stored',
  },
  {
    ask: 'no javascript on my browser, what happens when I click Check my key',
    expect: ['/exchange/kraken/key-checker/#what-stays-on-this-page'],
    value: 'without keeping them',
  },
  {
    ask: 'why is there no private key box on the checker form',
    expect: ['/exchange/kraken/key-checker/#what-stays-on-this-page'],
    value: 'checked only in your browser',
  },
  {
    ask: 'checker says key.swapped failed what does that mean',
    expect: [
      '/reference/check-api/#response',
      '/exchange/kraken/key-checker/#what-is-checked',
      '/exchange/kraken/troubleshooting/#eapiinvalid-signature',
    ],
    value: '88 characters',
  },
  {
    ask: 'private key format is wrong says the checker. what should a kraken private key look like',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: '88 characters of base64',
  },
  {
    ask: 'why is key.private-key always skip in the check api response',
    expect: ['/reference/check-api/#response'],
    value: 'only checked in the browser',
  },
  {
    ask: 'what does status skip mean on a check',
    expect: ['/reference/check-api/#response', '/reference/check-api/#request'],
    value: 'for want of input',
  },
  {
    ask: 'live check shows Not reported by Kraken next to expiry. bug?',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'field is missing',
  },
  {
    ask: 'can the check results come back in Bahasa Indonesia',
    expect: ['/reference/check-api/#language'],
    value: 'Accept-Language',
  },
  {
    ask: "I'm helping a user whose script gets 415 from /api/kraken/check, what is wrong",
    expect: ['/reference/check-api/#errors'],
    value: 'application/json',
  },
  {
    ask: 'where do i get the json shema of the check api',
    expect: ['/reference/check-api/#'],
    value: 'check.schema.json',
  },
  {
    ask: 'about.stop.code is rate-limited, did the live check keep going after that?',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'nothing more is sent',
  },
  {
    ask: 'live.access says permission denied on GetApiKeyInfo but the key has all permissions ticked',
    expect: [
      '/reference/check-api/#the-live-check',
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
    ],
    value: 'IP allowlist',
  },
  {
    ask: 'during the probes kraken said EOrder:Rate limit exceeded. does that prove create orders is on',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'never proof',
  },
  {
    ask: 'does the frist call of the live check need any permision on the key',
    expect: [
      '/reference/check-api/#the-live-check',
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
    ],
    value: 'needs no permission',
  },
  {
    ask: 'how does the kraken check sign requests if it never gets my private key',
    expect: [
      '/reference/check-api/#the-live-check',
      '/exchange/kraken/key-checker/#what-stays-on-this-page',
    ],
    value: 'in your browser',
  },
  {
    ask: 'check api errors: should my code match on the message text?',
    expect: ['/reference/check-api/#errors'],
    value: 'may be reworded',
  },
  {
    ask: 'what do i fill in on the checker page',
    goal: 'Check my new Kraken key before connecting it',
    expect: ['/exchange/kraken/key-checker/#', '/exchange/kraken/key-checker/#what-is-checked'],
    value: 'what you see on Kraken',
  },
  {
    ask: 'live check stopped with code unknown what should i do',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'Kraken support',
  },
  {
    ask: 'the check on kraken says kraken did not answer in time',
    expect: ['/exchange/kraken/troubleshooting/#kraken-did-not-answer'],
    value: 'try again later',
  },
  {
    ask: 'i accidentally sent my private key to some server, what now',
    goal: 'Keep my private key safe',
    expect: ['/reference/check-api/#why-a-private-key-is-refused'],
    value: 'delete that key',
  },
  {
    ask: 'checker flagged Earn as on. my key works tho, is it a problem',
    expect: [
      '/exchange/kraken/key-checker/#what-is-checked',
      '/exchange/kraken/pro/#select-permissions',
    ],
    value: 'nothing else',
  },
  {
    ask: 'the kraken check says the call came from outside my allowlist, will it tell me which IP it calls from',
    expect: ['/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction'],
    value: 'names the addresses it calls from',
  },
  {
    ask: 'are the checks in the response always in the same order',
    goal: 'Integrate the key check into our support tool',
    expect: ['/reference/check-api/#response'],
    value: 'always in this order',
  },
  {
    ask: 'customer pasted: live.auth fail. what do they do',
    goal: 'Help a customer whose live check keeps failing',
    expect: [
      '/reference/check-api/#the-live-check',
      '/exchange/kraken/troubleshooting/#eapiinvalid-key',
      '/exchange/kraken/troubleshooting/#eapiinvalid-signature',
    ],
    value: 'create a new one',
  },
];
