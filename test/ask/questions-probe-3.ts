/**
 * Two more probe sets, written fresh from the pages by two writers who saw no question set, no
 * engine code and not each other's set, weighted like the held-out set: terse and misspelt,
 * yes/no and "should I", goal-directed, pasted errors and log lines, symptoms, the checker and
 * the API (the second writer as non-native speakers type English). On arrival the engine
 * answered them at 71 % first source, 85 % top-3, 58 % value in the answer. Tuned on since,
 * like the other probe sets: development material now, not a measure.
 */
import type { Question } from './questions';

export const PROBES_3: Question[] = [
  // First writer.

  // terse, misspelt, chat-box style
  {
    ask: 'nonce windw kraken clasic??',
    expect: [
      '/exchange/kraken/classic/#name-your-key',
      '/exchange/kraken/classic/#select-permissions',
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
    ],
    value: '2000000',
  },
  {
    ask: 'wich permisions for the api key on pro',
    expect: [
      '/exchange/kraken/pro/#select-permissions',
      '/#what-the-key-needs',
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
    ],
    value: 'Query ledger entries',
  },
  {
    ask: 'where is api page in classic',
    expect: [
      '/exchange/kraken/classic/#follow-to-the-api-page',
      '/exchange/kraken/#kraken-classic',
    ],
    value: 'Security',
  },
  {
    ask: 'privte key goes in which box',
    expect: [
      '/exchange/kraken/pro/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/classic/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/troubleshooting/#eapiinvalid-signature',
    ],
    value: 'API Secret',
  },
  {
    ask: 'rate limt starter lvl how many calls',
    expect: ['/exchange/kraken/troubleshooting/#rate-limits'],
    value: '15 points',
  },
  {
    ask: 'wat does the /24 at the end of the ip mean',
    expect: [
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
      '/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting',
    ],
    value: '256 addresses',
  },
  {
    ask: 'classic add key buton cant find',
    expect: ['/exchange/kraken/classic/#click-on-add-key'],
    value: 'Add key',
  },
  {
    ask: 'how do i get to kraken classic from the app',
    expect: [
      '/exchange/kraken/classic/#switch-to-kraken-classic',
      '/exchange/kraken/#before-we-start-with-api-keys',
    ],
    value: 'profile menu',
  },
  {
    ask: 'pro key name what do i put',
    expect: ['/exchange/kraken/pro/#name-your-key'],
    value: 'Trading bot',
  },

  // yes/no, should I, can I
  {
    ask: 'Should I turn on Withdraw Funds so the bot can send my profits out?',
    expect: [
      '/exchange/kraken/classic/#select-permissions',
      '/exchange/kraken/pro/#select-permissions',
      '/#what-the-key-needs',
      '/exchange/kraken/key-checker/#what-is-checked',
    ],
  },
  {
    ask: 'Do I need to give the key an expiry date on Kraken Classic?',
    expect: ['/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key'],
    value: 'no expiration',
  },
  {
    ask: 'is it ok to use the same api key for my two bots?',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/exchange/kraken/troubleshooting/#rate-limits',
    ],
    value: 'bot or service',
  },
  {
    ask: 'can i put all the ip addresses in one row on kraken classic?',
    expect: ['/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting'],
    value: 'one address or range per row',
  },
  {
    ask: 'on kraken pro do i have to tick export data too',
    expect: [
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/key-checker/#what-is-checked',
    ],
    value: 'Export data',
  },
  {
    ask: 'Is it safe to give Query Funds? I read it lets the key see my withdrawal addresses',
    expect: [
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: 'It cannot withdraw',
  },
  {
    ask: 'Would a bigger nonce window like 5000000 be a problem?',
    expect: ['/reference/check-api/#response'],
    value: '2,000,000 works',
  },
  {
    ask: 'do i have to use kraken pro or can i just make the key in the normal kraken app',
    expect: ['/exchange/kraken/#before-we-start-with-api-keys'],
    value: 'prompted to move to',
  },

  // goal-directed
  {
    ask: 'Where do I click to start making a new key?',
    goal: 'Create the key for the trading bot on Kraken Pro',
    expect: ['/exchange/kraken/pro/#go-to-the-settings-page-and-click-create-api-key'],
    value: 'Create API key',
  },
  {
    ask: 'What field do I type the name into?',
    goal: 'Creating an API key on Kraken Classic for the trading service',
    expect: ['/exchange/kraken/classic/#name-your-key'],
    value: 'Key description',
  },
  {
    ask: 'Which boxes exactly do I tick?',
    goal: 'Filling in the Add API key form on Kraken Classic for my bot',
    expect: ['/exchange/kraken/classic/#select-permissions'],
    value: 'Access WebSockets API',
  },
  {
    ask: 'Where do I get the IP addresses I am supposed to enter?',
    goal: 'Setting up IP address restriction on a new Kraken Pro key',
    expect: [
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
    ],
    value: 'Kraken connection page of the trading service',
  },
  {
    ask: 'How do I get to Kraken Pro from the regular Kraken site?',
    goal: 'About to create an API key on Kraken Pro',
    expect: ['/exchange/kraken/pro/#switch-to-kraken-pro'],
    value: 'pro.kraken.com/app',
  },
  {
    ask: 'What does 2000000 mean in time, is that seconds?',
    goal: 'Setting the custom nonce window on Kraken Pro',
    expect: [
      '/exchange/kraken/pro/#enable-custom-nonce-window',
      '/exchange/kraken/classic/#name-your-key',
    ],
    value: '33 minutes',
  },
  {
    ask: 'The check at the bottom of the page says my call came from outside the allowlist. Did I mess something up?',
    goal: 'Verifying my freshly created Kraken Classic key before connecting it',
    expect: [
      '/exchange/kraken/classic/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/key-checker/#check-the-key-on-kraken',
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
    ],
  },
  {
    ask: 'What URL and HTTP method do I call?',
    goal: "Writing a script that validates a customer's Kraken key settings with the site's check API",
    expect: ['/reference/check-api/', '/reference/check-api/#request'],
    value: 'POST',
  },

  // pasted errors and log lines
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
    ask: 'getting EAPI:Invalid signature when i hit connect',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: 'API Secret',
  },
  {
    ask: '[ERROR] 2026-11-30 08:12:44 kraken private/Balance -> EAPI:Invalid key',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-key'],
    value: 'no spaces',
  },
  {
    ask: 'EGeneral:Permission denied on every single request even though all permissions are ticked',
    expect: [
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
      '/exchange/kraken/troubleshooting/#egeneralpermission-denied',
    ],
    value: 'IP restriction',
  },
  {
    ask: 'WARN kraken AddOrder failed: EService:Throttled: 1764950400',
    expect: ['/exchange/kraken/troubleshooting/#rate-limits'],
    value: 'wait a minute before retrying',
  },
  {
    ask: 'EGeneral:Invalid arguments:start',
    expect: [
      '/exchange/kraken/troubleshooting/#egeneralinvalid-arguments',
      '/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key',
      '/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key',
    ],
    value: 'query start or end date',
  },
  {
    ask: 'buying a coin gives EAccount:Invalid permissions, why?',
    expect: ['/exchange/kraken/troubleshooting/#other-messages'],
    value: 'region',
  },
  {
    ask: 'The service says "Not enough permission for API keys" right after I connect. What do I change?',
    expect: [
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
    ],
  },

  // symptoms, no error named
  {
    ask: 'My bot worked fine, then I tried a python script with the same key and now the bot is rejected even on its very first call',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-nonce'],
    value: 'only way to reset its nonce',
  },
  {
    ask: 'i closed the kraken page and lost the private key, how do i see it again',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: 'create a new key',
  },
  {
    ask: 'after a bunch of failed calls my whole account stops answering for a while',
    expect: ['/exchange/kraken/troubleshooting/#egeneraltemporary-lockout'],
    value: '15 minutes',
  },
  {
    ask: 'my vps clock was ahead by an hour, fixed it, now my bot still gets refused every call',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-nonce'],
    value: 'once the real time has passed the nonces it sent',
  },
  {
    ask: 'kraken seems down, bot cant reach it, is my key broken?',
    expect: ['/exchange/kraken/troubleshooting/#kraken-did-not-answer'],
    value: 'It says nothing about your key',
  },

  // key checker page
  {
    ask: 'does the key checker send my private key to your server?',
    expect: [
      '/exchange/kraken/key-checker/#what-stays-on-this-page',
      '/reference/check-api/#the-live-check',
    ],
  },
  {
    ask: 'key checker with javascript off, what gets sent',
    expect: ['/exchange/kraken/key-checker/#what-stays-on-this-page'],
    value: 'Check my key',
  },
  {
    ask: 'what does the checker look at for the ip addresses?',
    expect: ['/exchange/kraken/key-checker/#what-is-checked'],
    value: 'nothing much wider is',
  },
  {
    ask: 'Can the checker see what my key is really allowed to do on Kraken, or only what I type in?',
    expect: [
      '/exchange/kraken/key-checker/#what-is-checked',
      '/exchange/kraken/key-checker/#check-the-key-on-kraken',
    ],
    value: 'Kraken itself',
  },
  {
    ask: 'how often can i run the check on kraken',
    expect: ['/exchange/kraken/troubleshooting/#rate-limits'],
    value: 'every 30 seconds',
  },

  // check API reference
  {
    ask: 'check api max request size',
    expect: ['/reference/check-api/#request', '/reference/check-api/#errors'],
    value: '16 KB',
  },
  {
    ask: 'which json field holds the nonce window and can I send it as "2M"?',
    expect: ['/reference/check-api/#request'],
    value: 'nonceWindow',
  },
  {
    ask: 'can the check api answer in indonesian',
    expect: ['/reference/check-api/#language'],
    value: 'Accept-Language',
  },
  {
    ask: 'why do I get 400 private-key-sent when my body has apiSecret in it',
    expect: ['/reference/check-api/#why-a-private-key-is-refused', '/reference/check-api/#errors'],
    value: 'apiSecret',
  },
  {
    ask: 'live check came back with about.stop.code "lockout", what now',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'about 15 minutes',
  },
  {
    ask: 'GET /api/kraken/check gives me 405',
    expect: [
      '/reference/check-api/#errors',
      '/reference/check-api/#examples',
      '/reference/check-api/#request',
    ],
    value: 'POST',
  },
  {
    ask: 'is there a markdown version of these docs my AI assistant can read?',
    expect: ['/#for-programs'],
    value: '/llms.txt',
  },
  // Second writer.

  // terse, misspelt, chat-box style
  {
    ask: 'classic nonce windw what number i put',
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
    ask: 'where api page in kraken clasic',
    expect: [
      '/exchange/kraken/classic/#follow-to-the-api-page',
      '/exchange/kraken/#kraken-classic',
    ],
    value: 'Security',
  },
  {
    ask: 'pro create api key buton where??',
    expect: [
      '/exchange/kraken/pro/#go-to-the-settings-page-and-click-create-api-key',
      '/exchange/kraken/#kraken-pro',
    ],
    value: 'Settings',
  },
  {
    ask: 'ip whitlist classic 1 row or all in one row',
    expect: ['/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting'],
    value: 'on its own row',
  },
  {
    ask: 'i dont have kraken acount yet, can still follow the guide?',
    expect: ['/exchange/kraken/pro/#go-to-kraken', '/exchange/kraken/classic/#go-to-kraken'],
    value: 'create a new account',
  },
  {
    ask: 'how go to classic from kraken app',
    expect: [
      '/exchange/kraken/classic/#switch-to-kraken-classic',
      '/exchange/kraken/#before-we-start-with-api-keys',
    ],
    value: 'profile menu',
  },
  {
    ask: 'kraken pro link website',
    expect: ['/exchange/kraken/pro/#switch-to-kraken-pro', '/exchange/kraken/#kraken-pro'],
    value: 'pro.kraken.com',
  },
  { ask: 'md version of docs for my ai agent?', expect: ['/#for-programs'], value: '/llms.txt' },

  // yes/no, should I, can I
  {
    ask: 'Should I enable Withdraw Funds so the bot can move my profit to wallet?',
    expect: [
      '/exchange/kraken/classic/#select-permissions',
      '/exchange/kraken/pro/#select-permissions',
      '/#what-the-key-needs',
      '/exchange/kraken/key-checker/#what-is-checked',
    ],
    value: 'could move your funds',
  },
  {
    ask: 'Do I need also tick Export data and Earn? more permission is better right?',
    expect: [
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/key-checker/#what-is-checked',
    ],
    value: 'Nothing else',
  },
  {
    ask: 'can i put key expiration on the classic key, for safety maybe 30 days?',
    expect: ['/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key'],
    value: 'no expiration',
  },
  {
    ask: 'Can I make the API key just in the normal Kraken app without switch to Pro or Classic?',
    expect: ['/exchange/kraken/#before-we-start-with-api-keys'],
    value: 'still be prompted',
  },
  {
    ask: 'is nonce window 5000000 also ok or it must be exactly 2000000?',
    expect: ['/reference/check-api/#response'],
    value: 'a nonce window above 2,000,000 works',
  },
  {
    ask: 'should i really put the ip restriction? bot will work without it no?',
    expect: [
      '/reference/check-api/#response',
      '/#what-the-key-needs',
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
      '/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting',
    ],
    value: 'leaves the key usable from elsewhere',
  },
  {
    ask: 'can I send my private key in the check api body so it check it too?',
    expect: [
      '/reference/check-api/#why-a-private-key-is-refused',
      '/reference/check-api/#errors',
      '/reference/check-api/#request',
    ],
    value: '400',
  },
  {
    ask: 'Query Funds can see my withdrawal addresses, is that dangerous? can bot withdraw with it?',
    expect: [
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: 'It cannot withdraw',
  },

  // goal-directed
  {
    ask: 'What do I put in Key description and the number field under it?',
    goal: 'Create the key for the trading bot on Kraken Classic',
    expect: ['/exchange/kraken/classic/#name-your-key'],
    value: '2000000',
  },
  {
    ask: 'the service shows 4 ip ranges, I must make 4 rows or paste all together in one?',
    goal: 'Set the IP restriction on Kraken Pro for the trading service',
    expect: [
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
    ],
    value: 'separated by commas',
  },
  {
    ask: 'Kraken show me two long codes, which one goes to API Secret field?',
    goal: 'Connect my new Kraken Pro key to the trading service',
    expect: [
      '/exchange/kraken/pro/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/troubleshooting/#eapiinvalid-signature',
    ],
    value: 'Private key',
  },
  {
    ask: 'I dont see any field called nonce window on Pro, only toggles. which one?',
    goal: 'Make an API key for the bot on Kraken Pro',
    expect: [
      '/exchange/kraken/pro/#enable-custom-nonce-window',
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
    ],
    value: 'Custom nonce window',
  },
  {
    ask: 'Under Funds permissions there is Query, Deposit, Withdraw, Earn. Which box I tick?',
    goal: 'Fill the permission checkboxes on the Kraken Pro form',
    expect: ['/exchange/kraken/pro/#select-permissions'],
    value: 'Query',
  },
  {
    ask: 'Which one I should use to make the key, Kraken Pro or Kraken Classic? the key is different?',
    goal: 'Connect my Kraken account to the trading service, account is new',
    expect: ['/exchange/kraken/#before-we-start-with-api-keys', '/exchange/kraken/'],
    value: 'the same key',
  },
  {
    ask: 'First box is Key name, what I write there? it must be some special name?',
    goal: 'Create the API key for my trading bot on Kraken Pro',
    expect: ['/exchange/kraken/pro/#name-your-key'],
    value: 'Trading bot',
  },
  {
    ask: 'what string I put for the WebSocket permission in the permissions array?',
    goal: 'Send the ticked permissions to the check endpoint from our bot',
    expect: ['/reference/check-api/#request'],
    value: 'websocket',
  },
  {
    ask: 'which header I must send so the answer come in Bahasa Indonesia?',
    goal: 'Show check results to our users in Jakarta in their language',
    expect: ['/reference/check-api/#language'],
    value: 'Accept-Language: id',
  },
  {
    ask: 'after I add the ip, what button I click and the other options I leave how?',
    goal: 'Finish creating the key on Kraken Classic',
    expect: ['/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key'],
    value: 'Generate Key',
  },

  // pasted errors and log lines
  {
    ask: 'EAPI:Invalid nonce',
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
    value: '88 characters',
  },
  {
    ask: '2026-12-01 10:22:01 ERROR kraken AddOrder failed: EGeneral:Permission denied  -- what is wrong',
    expect: [
      '/exchange/kraken/troubleshooting/#egeneralpermission-denied',
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
    ],
    value: 'IP restriction',
  },
  {
    ask: '"Not enough permission for API keys" when i connect, but i already tick all i think',
    expect: [
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: 'seven permissions',
  },
  {
    ask: 'kraken returned EGeneral:Invalid arguments:start',
    expect: [
      '/exchange/kraken/troubleshooting/#egeneralinvalid-arguments',
      '/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key',
      '/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key',
    ],
    value: 'query start date',
  },
  {
    ask: 'EAccount:Invalid permissions when bot buy one coin, other coins ok',
    expect: ['/exchange/kraken/troubleshooting/#other-messages'],
    value: 'region',
  },
  {
    ask: 'EService:Unavailable my key is broken?',
    expect: ['/exchange/kraken/troubleshooting/#kraken-did-not-answer'],
    value: 'It says nothing about your key',
  },
  {
    ask: 'ERROR: {"error":["EAPI:Invalid key"]} i copied the key from kraken futures page',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-key'],
    value: 'Kraken Futures keys are a different system',
  },
  {
    ask: '{"error":{"status":415,"code":"unsupported-media-type"}} from /api/kraken/check',
    expect: ['/reference/check-api/#errors', '/reference/check-api/#request'],
    value: 'application/json',
  },

  // symptoms without the error
  {
    ask: 'i tested my key in other program (a go library) and now my bot is refused on every call, even the very first one. what happen?',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/reference/check-api/#the-live-check',
    ],
    value: 'create a new key',
  },
  {
    ask: 'classic api page empty, where is add key buton',
    expect: ['/exchange/kraken/classic/#click-on-add-key'],
    value: 'Add key',
  },
  {
    ask: 'bot can read my balance fine but cannot load my order history and trades',
    expect: [
      '/exchange/kraken/troubleshooting/#egeneralinvalid-arguments',
      '/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key',
      '/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key',
    ],
    value: 'order and trade history',
  },
  {
    ask: 'all my bots stop after many errors and kraken dont let them in for a while, how long i wait',
    expect: ['/exchange/kraken/troubleshooting/#egeneraltemporary-lockout'],
    value: '15 minutes',
  },
  {
    ask: 'i forgot to save the secret and kraken page dont show it anymore',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-signature',
      '/exchange/kraken/pro/#connect-kraken-with-created-api-keys',
    ],
    value: 'Kraken shows the private key only once',
  },
  {
    ask: 'I run 3 bots with one key, after few hours kraken says too many and everything slow down',
    expect: [
      '/exchange/kraken/troubleshooting/#rate-limits',
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
    ],
    value: 'its own key',
  },

  // key checker page
  {
    ask: 'the check on kraken says my call came from outside allowlist but my bot is working fine. my key is wrong?',
    expect: [
      '/exchange/kraken/key-checker/#check-the-key-on-kraken',
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
      '/exchange/kraken/pro/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/classic/#connect-kraken-with-created-api-keys',
    ],
    value: 'that is what a correctly restricted key looks like',
  },
  {
    ask: 'key checker save my api key somewhere?',
    expect: ['/exchange/kraken/key-checker/#what-stays-on-this-page'],
    value: 'Nothing you type is stored',
  },
  {
    ask: 'checker without javascript, where I put the private key?',
    expect: ['/exchange/kraken/key-checker/#what-stays-on-this-page'],
    value: 'no field for it',
  },
  {
    ask: 'the live check send my private key to your server??',
    expect: [
      '/exchange/kraken/key-checker/#what-stays-on-this-page',
      '/reference/check-api/#the-live-check',
    ],
    value: 'never the private key',
  },
  {
    ask: 'how often can i run the check on kraken, it cost my rate limit?',
    expect: ['/exchange/kraken/troubleshooting/#rate-limits'],
    value: '30 seconds',
  },

  // check API reference
  {
    ask: 'check api body max size?',
    expect: ['/reference/check-api/#request', '/reference/check-api/#errors'],
    value: '16 KB',
  },
  {
    ask: 'what happen if I call /api/kraken/check with GET',
    expect: ['/reference/check-api/#errors'],
    value: '405',
  },
  {
    ask: 'live check endpoint url what',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'POST /api/kraken/probe',
  },
  {
    ask: 'nonceWindow field accept "2 juta" or only digits?',
    expect: ['/reference/check-api/#request'],
    value: '2 juta',
  },
];
