/**
 * Two more probe sets, written fresh from the built pages (their Markdown twins and the list
 * of sections) by two writers who saw no question set, no engine code and not each other's
 * set. Before any tuning on them the engine answered them at 76 % first source, 88 % top-3,
 * 53 % value in the answer, far below the held-out set's rates: the measure of how far the
 * engine generalises. Tuned on since, like the first probe sets: development material now.
 */
import type { Question } from './questions';

export const PROBES_2: Question[] = [
  // First writer.
  {
    ask: 'where do i make an api key on kraken pro cant find it',
    expect: ['/exchange/kraken/pro/#go-to-the-settings-page-and-click-create-api-key'],
    value: 'Create API key',
  },
  {
    ask: 'kraken classic how do i get to the api page',
    expect: ['/exchange/kraken/classic/#follow-to-the-api-page'],
    value: '“Security” then “API”',
  },
  {
    ask: 'nonce window on classic is 0 by default what do i change it to',
    expect: [
      '/exchange/kraken/classic/#name-your-key',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: '2000000',
  },
  {
    ask: 'which box does the private key go in on the bot connect page',
    expect: [
      '/exchange/kraken/pro/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/classic/#connect-kraken-with-created-api-keys',
    ],
    value: 'API Secret',
  },
  {
    ask: 'where do i get the ip range to whitelist',
    expect: [
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
      '/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting',
    ],
    value: 'Kraken connection page',
  },
  {
    ask: 'kraken classic only lets me add 1 ip?? service gave me 4',
    expect: ['/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting'],
    value: 'one address or range per row',
  },
  {
    ask: 'pro ip restriction field comma seperated or one per line',
    expect: [
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
    ],
    value: 'separated by commas',
  },
  {
    ask: 'getting EService:Busy from kraken is my key broken',
    expect: ['/exchange/kraken/troubleshooting/#kraken-did-not-answer'],
    value: 'It says nothing about your key',
  },
  {
    ask: 'lost my private key after closing the page can kraken show it again',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: 'shows the private key only once',
  },
  {
    ask: 'classic key expiration what do i pick',
    expect: ['/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key'],
    value: 'at no expiration',
  },
  {
    ask: 'does the key checker work w/o javascript',
    expect: ['/exchange/kraken/key-checker/#what-stays-on-this-page'],
    value: 'Check my key',
  },
  {
    ask: 'EAccount:Invalid permissions wat does that mean',
    expect: ['/exchange/kraken/troubleshooting/#other-messages'],
    value: 'not allowed to trade that asset',
  },
  {
    ask: 'what perms does the bot need on kraken list pls',
    expect: [
      '/#what-the-key-needs',
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
    ],
    value: 'Query ledger entries',
  },
  {
    ask: 'Should I tick Withdraw so the bot can send my profits to my wallet?',
    expect: [
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: 'could move your funds if it ever leaked',
  },
  {
    ask: 'Do I really need to enable Query Funds? I read it lets the key see my withdrawal addresses',
    expect: [
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: 'to read your balances',
  },
  {
    ask: 'on kraken pro should i turn on add withdrawal addresses and update withdrawal addresses or leave them off?',
    expect: [
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
    ],
    value: 'the step before a withdrawal',
  },
  {
    ask: 'Do I have to tick Access WebSockets API on Classic too, or just the order ones?',
    expect: ['/exchange/kraken/classic/#select-permissions'],
    value: 'Tick exactly these seven permissions',
  },
  {
    ask: 'Should I bother giving the key a name?',
    expect: ['/exchange/kraken/pro/#name-your-key', '/exchange/kraken/classic/#name-your-key'],
    value: 'helps you manage them',
  },
  {
    ask: 'can i use the same api key for my two bots',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/exchange/kraken/troubleshooting/#rate-limits',
    ],
    value: 'Use one key per bot or service',
  },
  {
    ask: 'Is it a problem if I set the nonce window higher than 2000000, like 5000000?',
    expect: ['/reference/check-api/#response'],
    value: 'above 2,000,000 works',
  },
  {
    ask: 'Does the key checker send my private key to your server when I run the check on Kraken?',
    expect: [
      '/exchange/kraken/key-checker/#what-stays-on-this-page',
      '/reference/check-api/#the-live-check',
    ],
    value: 'never the private key',
  },
  {
    ask: 'Does it matter whether I make the key on Kraken Pro or on Kraken Classic?',
    expect: ['/exchange/kraken/#before-we-start-with-api-keys'],
    value: 'create the same key',
  },
  {
    ask: 'Can I call the check endpoint with a GET request?',
    expect: ['/reference/check-api/#errors', '/reference/check-api/#request'],
    value: 'Allow: POST',
  },
  {
    ask: 'Under the nonce window there are Key expiration, Query start date and Query end date toggles. What do I set those to?',
    goal: 'Set up a key on Kraken Pro',
    expect: [
      '/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key',
      '/exchange/kraken/troubleshooting/#egeneralinvalid-arguments',
    ],
    value: 'Leave the other options as they are',
  },
  {
    ask: 'I clicked Add key. Which field do I type the name in, and where does the nonce setting go?',
    goal: 'Set up a key on Kraken Classic',
    expect: ['/exchange/kraken/classic/#name-your-key'],
    value: 'Key description',
  },
  {
    ask: 'bot reads my balances fine but placing an order fails with EGeneral:Permission denied',
    goal: 'Fix a bot that gets errors',
    expect: [
      '/exchange/kraken/troubleshooting/#egeneralpermission-denied',
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
      '/exchange/kraken/pro/#select-permissions',
    ],
    value: 'enable the missing permission',
  },
  {
    ask: "the check on Kraken says my call came from outside the key's IP allowlist, but I restricted it to the service range like the guide said. is something wrong?",
    goal: 'Check my key with the key checker',
    expect: [
      '/exchange/kraken/key-checker/#check-the-key-on-kraken',
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
      '/exchange/kraken/pro/#connect-kraken-with-created-api-keys',
    ],
    value: 'a correctly restricted key',
  },
  {
    ask: 'what endpoint and content type do i post to?',
    goal: 'Call the check API from a script',
    expect: ['/reference/check-api/', '/reference/check-api/#request'],
    value: 'POST /api/kraken/check',
  },
  {
    ask: 'How do I list the permissions in the request body? What are the names for Create & modify orders and Cancel & close orders?',
    goal: 'Call the check API from a script',
    expect: ['/reference/check-api/#request'],
    value: 'trades_modify',
  },
  {
    ask: 'after a bunch of invalid nonce errors kraken now says temporary lockout. what do i do',
    goal: 'Fix a bot that gets errors',
    expect: [
      '/exchange/kraken/troubleshooting/#egeneraltemporary-lockout',
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
    ],
    value: 'about 15 minutes',
  },
  {
    ask: 'My form has "Cancel/Close Orders" but an older guide says "Cancel/Close Trades". Are they the same permission?',
    goal: 'Set up a key on Kraken Classic',
    expect: ['/exchange/kraken/classic/#select-permissions'],
    value: 'older guides say “Cancel/Close Trades”',
  },
  {
    ask: 'what does the checker actually verify about my IP whitelist?',
    goal: 'Check my key with the key checker',
    expect: ['/exchange/kraken/key-checker/#what-is-checked'],
    value: 'nothing much wider is',
  },
  {
    ask: 'bot log full of this: {"error":["EAPI:Invalid nonce"],"result":{}} every few min, how to stop it',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/exchange/kraken/pro/#enable-custom-nonce-window',
      '/exchange/kraken/classic/#name-your-key',
    ],
    value: '2000000',
  },
  {
    ask: '[2024-05-02 10:11:03] ERROR kraken.private: EAPI:Invalid signature (key + secret both pasted straight from kraken)',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: 'pasted into each other’s fields',
  },
  {
    ask: 'Connect exchange failed: "Not enough permission for API keys". what now',
    expect: [
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: 'edit the key (or create a new one)',
  },
  {
    ask: 'kraken: EGeneral:Invalid arguments:start when the bot syncs my trade history',
    expect: [
      '/exchange/kraken/troubleshooting/#egeneralinvalid-arguments',
      '/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key',
      '/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key',
    ],
    value: 'query start date',
  },
  {
    ask: 'new script, very first call -> EAPI:Invalid nonce. the key was used by another bot before (it uses nanosecond nonces i think)',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/reference/check-api/#the-live-check',
    ],
    value: 'Kraken never resets a key’s nonce',
  },
  {
    ask: 'WARN exchange=kraken err="EService:Throttled: 1714651200" retrying in 1s',
    expect: [
      '/exchange/kraken/troubleshooting/#rate-limits',
      '/reference/check-api/#the-live-check',
    ],
    value: 'wait a minute before retrying',
  },
  {
    ask: 'response: {"error":["EAPI:Invalid key"]} right after I connected the key',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-key'],
    value: 'with no spaces',
  },
  {
    ask: '{"error":{"status":400,"code":"private-key-sent","message":"…"}} i only added apiSecret to test the check endpoint, why??',
    expect: ['/reference/check-api/#why-a-private-key-is-refused', '/reference/check-api/#errors'],
    value: 'never be sent to any other server',
  },
  {
    ask: 'POST /api/kraken/check -> 415 {"error":{"code":"unsupported-media-type"}} i\'m sending form data with curl -d',
    expect: ['/reference/check-api/#errors', '/reference/check-api/#request'],
    value: 'application/json',
  },
  {
    ask: "My user is creating a Kraken Pro API key and has pasted the trading service's IP range into the IP address restriction field. One of the entries is 192.0.2.0/24. Could you explain what the /24 suffix means and how many addresses that entry covers?",
    expect: [
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
      '/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting',
    ],
    value: '256 addresses',
  },
  {
    ask: 'I am helping a user configure the Custom nonce window on a Kraken Pro API key. The guide recommends 2000000. Is that value a time, and if the client generates nonces in milliseconds, roughly how far out of order can requests arrive and still be accepted?',
    expect: [
      '/exchange/kraken/pro/#enable-custom-nonce-window',
      '/exchange/kraken/classic/#name-your-key',
    ],
    value: 'about 33 minutes',
  },
  {
    ask: "When a Kraken API key answers EGeneral:Permission denied to every call, how can a program determine whether the key is missing permissions or whether the requests are coming from an IP address outside the key's allowlist?",
    expect: [
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
      '/reference/check-api/#the-live-check',
    ],
    value: 'GetApiKeyInfo',
  },
  {
    ask: 'For a successful call to the key check API, what does the response body look like: which fields does each check object contain, and does the response include every check in a fixed order or only the ones relevant to the input?',
    expect: ['/reference/check-api/#response'],
    value: 'always all of them',
  },
  {
    ask: 'I am calling POST /api/kraken/check on behalf of an Indonesian-speaking user and want the check titles and fixes in Bahasa Indonesia. Which request header should I set, and will the error responses be translated as well?',
    expect: ['/reference/check-api/#language'],
    value: 'Accept-Language: id',
  },
  {
    ask: 'What is the maximum request body size the check endpoint accepts, and what HTTP status and error code does it return if a client sends a larger body with a missing or understated Content-Length header?',
    expect: ['/reference/check-api/#errors', '/reference/check-api/#request'],
    value: 'too-large',
  },
  {
    ask: "How does the key checker's live check determine a key's permissions when Kraken's GetApiKeyInfo call is unavailable or returns none of the settings it reads, and what kind of calls does it send to Kraken in that case?",
    expect: [
      '/reference/check-api/#the-live-check',
      '/exchange/kraken/troubleshooting/#rate-limits',
    ],
    value: 'eight read-only probes',
  },
  {
    ask: "In the check API's JSON error responses, which field should my client code branch on to handle specific errors, and is it safe to match on the human-readable message text?",
    expect: ['/reference/check-api/#errors'],
    value: 'the code will not',
  },
  {
    ask: 'The user is logged in to the regular Kraken app, and the Settings > API page only shows a notice that API keys are managed in Kraken Pro. What do they need to do to be able to create an API key for the trading service?',
    expect: [
      '/exchange/kraken/#before-we-start-with-api-keys',
      '/exchange/kraken/pro/#switch-to-kraken-pro',
    ],
    value: 'only sends you to Kraken Pro',
  },
  // Second writer.
  // Short and sloppy
  {
    ask: 'ur guide says 2000000 for the nonce window, is that milliseconds or what',
    expect: [
      '/exchange/kraken/pro/#enable-custom-nonce-window',
      '/exchange/kraken/classic/#name-your-key',
    ],
    value: 'not a time',
  },
  {
    ask: 'where do i even make an api key on kraken pro cant find it',
    expect: ['/exchange/kraken/pro/#go-to-the-settings-page-and-click-create-api-key'],
    value: 'Create API key',
  },
  {
    ask: 'on kraken classic where is the api page to make a key??',
    expect: [
      '/exchange/kraken/classic/#follow-to-the-api-page',
      '/exchange/kraken/classic/#click-on-add-key',
    ],
    value: '“Security” then “API”',
  },
  {
    ask: 'kraken gave me an api key and a private key, idk which one is the secret',
    expect: [
      '/exchange/kraken/pro/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/classic/#connect-kraken-with-created-api-keys',
    ],
    value: 'Private key means API Secret',
  },
  {
    ask: 'how many permisions do i tick for the bot',
    expect: [
      '/exchange/kraken/#before-we-start-with-api-keys',
      '/#what-the-key-needs',
      '/exchange/kraken/classic/#select-permissions',
      '/exchange/kraken/pro/#select-permissions',
    ],
    value: 'seven',
  },
  {
    ask: 'classic ip whitelisting only lets me add 1 ip at a time, how do i put the whole range in',
    expect: ['/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting'],
    value: 'one address or range per row',
  },
  {
    ask: 'kraken pro ip field - comma separated or one per line??',
    expect: [
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
    ],
    value: 'separated by commas',
  },
  {
    ask: 'where do i get the ip range to whitelist, ur guide doesnt even list it',
    expect: [
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
      '/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting',
    ],
    value: 'Kraken connection page of the trading service',
  },
  {
    ask: 'lost my private key can i see it again on kraken somewhere',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: 'shows the private key only once',
  },
  {
    ask: 'what does the /24 mean in the ip list',
    expect: [
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
      '/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting',
    ],
    value: '256 addresses',
  },
  {
    ask: 'im on the normal kraken app and the api page just tells me to go to pro, cant i make the key there',
    expect: [
      '/exchange/kraken/#before-we-start-with-api-keys',
      '/exchange/kraken/pro/#switch-to-kraken-pro',
    ],
  },
  {
    ask: 'does a kraken futures key work for this',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-key'],
    value: 'do not work on spot',
  },

  // Yes/no, should I, is it ok to
  {
    ask: 'Should I turn on Withdraw so the bot can send profits to my wallet?',
    expect: [
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: 'could move your funds',
  },
  {
    ask: 'Is it ok to just leave the Nonce Window at the default on Kraken Classic?',
    expect: [
      '/exchange/kraken/classic/#name-your-key',
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
    ],
    value: 'EAPI:Invalid nonce',
  },
  {
    ask: 'Can I use the same API key for both of my bots?',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/exchange/kraken/troubleshooting/#rate-limits',
    ],
    value: 'one key per bot or service',
  },
  {
    ask: 'On Classic, should I set a key expiration date just to be safe?',
    expect: ['/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key'],
    value: 'at no expiration',
  },
  {
    ask: 'Is the Query Funds permission risky? Kraken says a key with it can read my withdrawal addresses',
    expect: [
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: 'It cannot withdraw',
  },
  {
    ask: 'is it fine to allowlist a way bigger range than the service gives, like a whole /8?',
    expect: ['/reference/check-api/#response', '/exchange/kraken/key-checker/#what-is-checked'],
    value: 'usable from elsewhere',
  },
  {
    ask: 'Should I set a query start date so the bot only pulls my recent trade history?',
    expect: [
      '/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key',
      '/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key',
      '/exchange/kraken/troubleshooting/#egeneralinvalid-arguments',
    ],
    value: 'EGeneral:Invalid arguments',
  },
  {
    ask: 'Is a nonce window of 5000000 ok or does it have to be exactly 2000000?',
    expect: ['/reference/check-api/#response', '/exchange/kraken/key-checker/#what-is-checked'],
    value: 'above 2,000,000 works',
  },
  {
    ask: 'if i use the check on kraken button does my private key get sent to your server?',
    expect: [
      '/exchange/kraken/key-checker/#what-stays-on-this-page',
      '/reference/check-api/#the-live-check',
    ],
    value: 'never the private key',
  },
  {
    ask: 'I have Kraken Pro, so do I get the "Pro" rate limit?',
    expect: ['/exchange/kraken/troubleshooting/#rate-limits'],
    value: 'not Kraken Pro',
  },
  {
    ask: 'Do I need to enable Add withdrawal addresses on Kraken Pro, or is it safe to leave on?',
    expect: ['/exchange/kraken/pro/#select-permissions'],
    value: 'the step before a withdrawal',
  },

  // With a goal
  {
    ask: 'What do I do with the two values after I click Generate key?',
    goal: 'Set up a key on Kraken Pro',
    expect: ['/exchange/kraken/pro/#connect-kraken-with-created-api-keys'],
    value: 'API Secret',
  },
  {
    ask: 'Which boxes do I tick under Key Permissions?',
    goal: 'Set up a key on Kraken Classic',
    expect: ['/exchange/kraken/classic/#select-permissions'],
    value: 'Access WebSockets API',
  },
  {
    ask: 'the check on your site says the call came from outside my allowlist. is my key broken?',
    goal: 'Connect my key to the trading service',
    expect: [
      '/exchange/kraken/key-checker/#check-the-key-on-kraken',
      '/exchange/kraken/pro/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/classic/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
    ],
    value: 'correctly restricted key',
  },
  {
    ask: 'My bot gets EAPI:Invalid nonce even on its very first call, and the nonce window is already 2000000. What now?',
    goal: 'Debug my bot',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-nonce'],
    value: 'only way to reset its nonce',
  },
  {
    ask: 'Which endpoint do I POST the key settings to, and where is its JSON schema?',
    goal: 'Automate the key check',
    expect: ['/reference/check-api/'],
    value: '/api/kraken/check.schema.json',
  },
  {
    ask: 'How do I get to Kraken Pro from the regular kraken.com site?',
    goal: 'Set up a key on Kraken Pro',
    expect: [
      '/exchange/kraken/pro/#switch-to-kraken-pro',
      '/exchange/kraken/#before-we-start-with-api-keys',
    ],
    value: 'pro.kraken.com/app',
  },
  {
    ask: 'Kraken keeps returning EService:Unavailable, is something wrong with my API key?',
    goal: 'Debug my bot',
    expect: ['/exchange/kraken/troubleshooting/#kraken-did-not-answer'],
    value: 'It says nothing about your key',
  },
  {
    ask: 'Can the check endpoint give me the messages in Indonesian instead of English?',
    goal: 'Automate the key check',
    expect: ['/reference/check-api/#language'],
    value: 'Accept-Language: id',
  },

  // Symptoms and pasted log lines
  {
    ask: 'bot stopped placing orders and the app says not enough permissions',
    expect: [
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: 'edit the key',
  },
  {
    ask: 'it says my key is wrong when i connect but i copied it straight from kraken',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-key',
      '/exchange/kraken/troubleshooting/#eapiinvalid-signature',
    ],
    value: 'whole, with no spaces',
  },
  {
    ask: 'kraken says too many requests, what do i do',
    expect: ['/exchange/kraken/troubleshooting/#rate-limits'],
    value: 'wait a minute before retrying',
  },
  {
    ask: '[ERROR] kraken private/TradesHistory -> EGeneral:Invalid arguments',
    expect: [
      '/exchange/kraken/troubleshooting/#egeneralinvalid-arguments',
      '/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key',
      '/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key',
    ],
    value: 'query start date',
  },
  {
    ask: 'getting {"error":["EAPI:Invalid signature"]} back from kraken on every call',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: 'pasted into each other’s fields',
  },
  {
    ask: "worked fine yesterday, now every single call says permission denied and I didn't touch the permissions",
    expect: [
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
      '/exchange/kraken/troubleshooting/#egeneralpermission-denied',
    ],
    value: 'outside the key’s IP allowlist',
  },
  {
    ask: 'bot trades most pairs fine but one coin always fails with EAccount:Invalid permissions',
    expect: ['/exchange/kraken/troubleshooting/#other-messages'],
    value: 'from its region',
  },
  {
    ask: 'orders randomly fail when the bot fires a bunch at the same time, kraken says invalid nonce',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/exchange/kraken/pro/#enable-custom-nonce-window',
      '/exchange/kraken/classic/#name-your-key',
    ],
    value: '2000000',
  },
  {
    ask: 'got "EGeneral:Temporary lockout" after my bot kept retrying, how long until it works again?',
    expect: ['/exchange/kraken/troubleshooting/#egeneraltemporary-lockout'],
    value: 'about 15 minutes',
  },

  // Detailed, developer / AI assistant
  {
    ask: 'What Content-Type does POST /api/kraken/check accept, and which status and error code do I get if I send text/plain?',
    expect: ['/reference/check-api/#errors', '/reference/check-api/#request'],
    value: 'unsupported-media-type',
  },
  {
    ask: 'What is the maximum request body size for /api/kraken/check, and can a missing or false Content-Length header get a bigger body through?',
    expect: ['/reference/check-api/#errors', '/reference/check-api/#request'],
    value: 'measured while it is read',
  },
  {
    ask: 'If my client includes an apiSecret field in the JSON body sent to the check API, what status and error code come back, and is the value echoed?',
    expect: ['/reference/check-api/#errors', '/reference/check-api/#why-a-private-key-is-refused'],
    value: 'private-key-sent',
  },
  {
    ask: 'In the permissions array of the check API request, what machine name stands for the "Create & modify orders" permission?',
    expect: ['/reference/check-api/#request'],
    value: 'trades_modify',
  },
  {
    ask: 'If I send only nonceWindow to /api/kraken/check, what status do the permission, IP and key checks come back with?',
    expect: ['/reference/check-api/#request', '/reference/check-api/#response'],
    value: 'skip',
  },
  {
    ask: 'What exactly does the live check (POST /api/kraken/probe) forward to Kraken, and when does it fall back to probing each permission?',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'eight read-only probes',
  },
  {
    ask: 'Which caching header does the check endpoint set on its responses, and can it ever answer with a 5xx?',
    expect: ['/reference/check-api/#errors'],
    value: 'Cache-Control: no-store',
  },
  {
    ask: 'What does the about.key object of the live check contain? Does it ever return the IBAN or the API key?',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'never the IBAN or the API key',
  },
  {
    ask: "With JavaScript disabled, what does the key checker's Check my key button send to the server, and is the private key included?",
    expect: ['/exchange/kraken/key-checker/#what-stays-on-this-page'],
    value: 'IP addresses and API key',
  },
  {
    ask: "How many rate-limit points does one run of the site's check on Kraken use, and how often can it be run for the same key?",
    expect: ['/exchange/kraken/troubleshooting/#rate-limits'],
    value: 'every 30 seconds',
  },
];
