/**
 * Two more probe sets, written fresh from the pages by two writers who saw no question set, no
 * engine code and not each other's set: the first weighted to short facts and troubleshooting
 * told by what the bot shows, the second to an assistant's and an integrating developer's
 * questions. On arrival the engine answered them at 79 % first source, 86 % top-3, 70 % value
 * in the answer (the third probe sets had arrived at 71 / 85 / 58 % before this round's
 * changes). Tuned on since, like the other probe sets: development material now.
 */
import type { Question } from './questions';

export const PROBES_4: Question[] = [
  // First writer.

  // terse, misspelt, chat-box style
  {
    ask: 'nonse window classic default??',
    expect: [
      '/exchange/kraken/classic/#name-your-key',
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
    ],
    value: 'default is 0',
  },
  {
    ask: 'where api keys on kraken pro',
    expect: [
      '/exchange/kraken/pro/#go-to-the-settings-page-and-click-create-api-key',
      '/exchange/kraken/#kraken-pro',
    ],
    value: 'Settings',
  },
  {
    ask: 'wich permisions for bot classic',
    expect: ['/exchange/kraken/classic/#select-permissions'],
    value: 'Query Ledger Entries',
  },
  {
    ask: 'ip whitelist clasic comma list or one per line',
    expect: ['/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting'],
    value: 'one address or range per row',
  },
  {
    ask: 'rate limt exceded bot what do',
    expect: ['/exchange/kraken/troubleshooting/#rate-limits'],
    value: 'wait a minute',
  },
  {
    ask: 'starter lvl how many points api counter',
    expect: ['/exchange/kraken/troubleshooting/#rate-limits'],
    value: '15 points',
  },
  {
    ask: 'key checker sends my secret to ur server??',
    expect: ['/exchange/kraken/key-checker/#what-stays-on-this-page'],
    value: 'The private key is never sent',
  },

  // yes/no, should I, can I
  {
    ask: 'Should I turn on Withdraw for the bot key? it would be handy',
    expect: [
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
      '/#what-the-key-needs',
      '/exchange/kraken/key-checker/#what-is-checked',
    ],
    value: 'could move your funds if it ever leaked',
  },
  {
    ask: 'Do I need to set a Key Expiration on Kraken Classic?',
    expect: ['/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key'],
    value: 'no expiration',
  },
  {
    ask: 'Can I use my Kraken Futures API key for this?',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-key'],
    value: 'do not work on spot',
  },
  {
    ask: 'is a nonce window of 5000000 ok or does it have to be exactly 2000000',
    expect: ['/reference/check-api/#response'],
    value: 'above 2,000,000 works',
  },
  {
    ask: 'Does the Query Funds permission let the key withdraw my money?',
    expect: [
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: 'It cannot withdraw',
  },
  {
    ask: 'can i paste all the ips into one box on pro or one by one',
    expect: [
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
    ],
    value: 'takes the whole list at once',
  },
  {
    ask: 'Do I need JavaScript enabled for the key checker to work?',
    expect: ['/exchange/kraken/key-checker/#what-stays-on-this-page'],
    value: 'Check my key',
  },

  // goal-directed
  {
    ask: 'Where is the button to make a new key?',
    goal: 'Create the key for the trading bot on Kraken Classic',
    expect: [
      '/exchange/kraken/classic/#click-on-add-key',
      '/exchange/kraken/classic/#follow-to-the-api-page',
    ],
    value: 'Add key',
  },
  {
    ask: 'What field do I type the name into?',
    goal: 'Setting up a Kraken Classic API key for my grid bot',
    expect: ['/exchange/kraken/classic/#name-your-key'],
    value: 'Key description',
  },
  {
    ask: "What's the nonce toggle called and what number goes in it?",
    goal: 'Creating a key on pro.kraken.com for the trading service',
    expect: ['/exchange/kraken/pro/#enable-custom-nonce-window'],
    value: 'Custom nonce window',
  },
  {
    ask: 'Which of the two long strings goes into API Secret?',
    goal: 'Connecting a freshly created Kraken Pro key to the trading service',
    expect: ['/exchange/kraken/pro/#connect-kraken-with-created-api-keys'],
    value: 'Private key',
  },
  {
    ask: 'How do I get to Pro from the normal Kraken site?',
    goal: 'Switching to Kraken Pro to create API keys for my bot',
    expect: [
      '/exchange/kraken/pro/#switch-to-kraken-pro',
      '/exchange/kraken/#before-we-start-with-api-keys',
    ],
    value: 'pro.kraken.com/app',
  },
  {
    ask: 'How do I switch over to Classic?',
    goal: 'I prefer the old Kraken interface and want to make the bot key there',
    expect: [
      '/exchange/kraken/classic/#switch-to-kraken-classic',
      '/exchange/kraken/#before-we-start-with-api-keys',
    ],
    value: 'profile menu',
  },
  {
    ask: 'The checker warns that my IP list is far wider than the service range. Is that a real problem?',
    goal: 'Checking my Kraken key with the key checker before connecting it',
    expect: ['/reference/check-api/#response', '/exchange/kraken/key-checker/#what-is-checked'],
    value: 'works but leaves the key usable from elsewhere',
  },
  {
    ask: 'Which JSON field do I send to check just the nonce window?',
    goal: "Writing a script that runs the check API on my customers' key settings",
    expect: ['/reference/check-api/#request'],
    value: 'nonceWindow',
  },
  {
    ask: 'Is there a plain-text or markdown version of these docs I can load?',
    goal: 'I am an AI assistant helping a trader set up their Kraken key',
    expect: ['/#for-programs'],
    value: '/llms.txt',
  },

  // pasted errors and log lines
  {
    ask: 'EAPI:Invalid signature',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: 'wrong or truncated',
  },
  {
    ask: '[2026-12-01 09:14:02] ERROR kraken private AddOrder -> {"error":["EAPI:Invalid nonce"],"result":{}}  keeps spamming after restart',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-nonce'],
    value: '2000000',
  },
  {
    ask: '{"error":["EGeneral:Invalid arguments"]} only when the bot fetches closed orders',
    expect: [
      '/exchange/kraken/troubleshooting/#egeneralinvalid-arguments',
      '/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key',
      '/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key',
    ],
    value: 'query start',
  },
  {
    ask: 'Not enough permission for API keys',
    expect: [
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: 'seven permissions',
  },
  {
    ask: 'kraken says EGeneral:Temporary lockout, how long until i can trade again',
    expect: ['/exchange/kraken/troubleshooting/#egeneraltemporary-lockout'],
    value: '15 minutes',
  },
  {
    ask: 'EAccount:Invalid permissions when buying a coin, the other pairs work',
    expect: ['/exchange/kraken/troubleshooting/#other-messages'],
    value: 'from its region',
  },
  {
    ask: 'Error: EAPI:Invalid key  -- but I literally just copied it from Kraken',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-key'],
    value: 'no spaces',
  },
  {
    ask: '{"error":{"status":415,"code":"unsupported-media-type","message":"Unsupported media type."}} from my curl call',
    expect: ['/reference/check-api/#errors'],
    value: 'application/json',
  },
  {
    ask: 'check api gives 400 private-key-sent but I only put the apiKey in the body?',
    expect: ['/reference/check-api/#errors', '/reference/check-api/#why-a-private-key-is-refused'],
    value: '88 base64 characters',
  },
  {
    ask: 'EGeneral:Permission denied on every call, even Balance',
    expect: [
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
      '/exchange/kraken/troubleshooting/#egeneralpermission-denied',
    ],
    value: 'GetApiKeyInfo',
  },

  // symptoms without the error
  {
    ask: 'Brand new bot, its very first request to Kraken gets rejected, but my old python script used the same key without problems. Why?',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-nonce'],
    value: 'create a new key',
  },
  {
    ask: 'the bot runs fine for a while then some orders randomly fail when it fires a lot of them at once',
    expect: [
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
      '/exchange/kraken/pro/#enable-custom-nonce-window',
      '/exchange/kraken/classic/#name-your-key',
    ],
    value: '2000000',
  },
  {
    ask: 'The check on Kraken on your site says the call came from outside my allowlist, but the trading service connects fine. Is my key broken?',
    expect: [
      '/exchange/kraken/key-checker/#check-the-key-on-kraken',
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
      '/exchange/kraken/pro/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/classic/#connect-kraken-with-created-api-keys',
    ],
    value: 'correctly restricted key',
  },
  {
    ask: "I can't find where to make API keys on kraken.com, the API page just tells me to go somewhere else",
    expect: ['/exchange/kraken/#before-we-start-with-api-keys'],
    value: 'Go to Kraken Pro',
  },
  {
    ask: 'closed the page and lost the private key, can I see it again somewhere?',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: 'create a new key',
  },
  {
    ask: 'trading works but the bot cannot load my trade history',
    expect: [
      '/exchange/kraken/troubleshooting/#egeneralinvalid-arguments',
      '/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key',
      '/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key',
    ],
    value: 'query start or end date',
  },
  {
    ask: 'kraken seems down, bot gets busy/unavailable answers, is my key the problem?',
    expect: ['/exchange/kraken/troubleshooting/#kraken-did-not-answer'],
    value: 'says nothing about your key',
  },

  // key checker page
  {
    ask: 'does the checker see what my key really has on kraken or only what i type in',
    expect: [
      '/exchange/kraken/key-checker/#what-is-checked',
      '/exchange/kraken/key-checker/#check-the-key-on-kraken',
    ],
    value: 'cannot see your key on Kraken',
  },
  {
    ask: 'Is anything I type into the key checker saved in my browser?',
    expect: ['/exchange/kraken/key-checker/#what-stays-on-this-page'],
    value: 'Nothing you type is stored',
  },
  {
    ask: 'how often can I run the live check on the same key',
    expect: ['/exchange/kraken/troubleshooting/#rate-limits'],
    value: 'every 30 seconds',
  },
  {
    ask: 'does the live check send my private key to your server?',
    expect: [
      '/exchange/kraken/key-checker/#what-stays-on-this-page',
      '/reference/check-api/#the-live-check',
    ],
    value: 'never the private key',
  },

  // check API reference
  {
    ask: 'check api: can I use GET?',
    expect: ['/reference/check-api/#request', '/reference/check-api/#errors'],
    value: 'POST',
  },
  {
    ask: 'max body size /api/kraken/check',
    expect: ['/reference/check-api/#request', '/reference/check-api/#errors'],
    value: '16 KB',
  },
  {
    ask: 'how do I get the check api answers in Indonesian',
    expect: ['/reference/check-api/#language'],
    value: 'Accept-Language: id',
  },
  {
    ask: 'what does status "skip" mean in the checks array',
    expect: ['/reference/check-api/#response'],
    value: 'for want of input',
  },
  {
    ask: 'Does the check endpoint call Kraken or keep my data?',
    expect: ['/reference/check-api/'],
    value: 'It never calls Kraken and stores nothing',
  },
  {
    ask: 'the live check stopped with EAuth:Account unconfirmed, what should the trader do',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'Verify the account’s email address',
  },
  // Second writer.

  // --- terse trader questions ---
  {
    ask: 'nonce windw clasic default is 0?? what do i put',
    expect: [
      '/exchange/kraken/classic/#name-your-key',
      '/exchange/kraken/troubleshooting/#eapiinvalid-nonce',
    ],
    value: '2000000',
  },
  {
    ask: 'where is api page kraken clasic',
    expect: [
      '/exchange/kraken/classic/#follow-to-the-api-page',
      '/exchange/kraken/#kraken-classic',
    ],
    value: 'Security',
  },
  {
    ask: 'private key = api secret?',
    expect: [
      '/exchange/kraken/pro/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/classic/#connect-kraken-with-created-api-keys',
    ],
    value: 'API Secret',
  },
  {
    ask: 'how long does the lockout last',
    expect: ['/exchange/kraken/troubleshooting/#egeneraltemporary-lockout'],
    value: '15 minutes',
  },
  {
    ask: 'EAPI:Invalid key',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-key'],
    value: 'with no spaces',
  },
  {
    ask: 'kraken pro ip whitelist comma or new line',
    expect: [
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
    ],
    value: 'separated by commas',
  },
  {
    ask: 'classic ip whitelist can i put all ips in one box',
    expect: ['/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting'],
    value: 'its own row',
  },
  {
    ask: 'which ip range do i whitelist??',
    expect: [
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
      '/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting',
    ],
    value: 'Kraken connection page',
  },
  {
    ask: 'rate limit starter acount how many points',
    expect: ['/exchange/kraken/troubleshooting/#rate-limits'],
    value: '15 points',
  },
  {
    ask: 'EAccount:Invalid permissions ??',
    expect: ['/exchange/kraken/troubleshooting/#other-messages'],
    value: 'region',
  },
  {
    ask: 'nonce 2000000 = how many minutes',
    expect: [
      '/exchange/kraken/pro/#enable-custom-nonce-window',
      '/exchange/kraken/classic/#name-your-key',
    ],
    value: '33 minutes',
  },
  {
    ask: 'where create api key button on pro',
    expect: [
      '/exchange/kraken/pro/#go-to-the-settings-page-and-click-create-api-key',
      '/exchange/kraken/#kraken-pro',
    ],
    value: 'Settings',
  },
  {
    ask: 'does the key checker save my keys',
    expect: ['/exchange/kraken/key-checker/#what-stays-on-this-page'],
    value: 'Nothing you type is stored',
  },
  {
    ask: 'orders go thru but trade history never loads??',
    expect: [
      '/exchange/kraken/troubleshooting/#egeneralinvalid-arguments',
      '/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key',
      '/exchange/kraken/classic/#do-not-configure-any-other-options-and-click-generate-key',
    ],
    value: 'query start',
  },
  {
    ask: 'what does /24 mean in the ip range',
    expect: [
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
      '/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting',
    ],
    value: '256 addresses',
  },
  {
    ask: 'does the key name matter on kraken pro? what do i call it',
    expect: ['/exchange/kraken/pro/#name-your-key'],
    value: 'manage them',
  },
  {
    ask: 'pro or classic which one should i use',
    expect: ['/exchange/kraken/'],
    value: 'same key',
  },

  // --- an AI assistant asking on a trader's behalf ---
  {
    ask: 'I am on the Kraken Classic "Add API key" form. Which permission boxes should I tick, exactly?',
    goal: 'Create the key for the trading bot on Kraken Classic',
    expect: [
      '/exchange/kraken/classic/#select-permissions',
      '/#what-the-key-needs',
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
    ],
    value: 'Query Funds',
  },
  {
    ask: 'The Pro form has a toggle called "Custom nonce window". Should I turn it on, and what number goes into it?',
    goal: 'Create the key for the trading bot on Kraken Pro',
    expect: ['/exchange/kraken/pro/#enable-custom-nonce-window'],
    value: '2000000',
  },
  {
    ask: "Kraken showed two values after creating the key, an API key and a Private key. Which field on the trading service's connection page gets which?",
    goal: 'Connect a newly created Kraken Classic key to the trading service',
    expect: ['/exchange/kraken/classic/#connect-kraken-with-created-api-keys'],
    value: 'API Secret',
  },
  {
    ask: 'The user opened the API settings in the regular Kraken app and only sees a notice sending them to Kraken Pro. Is that expected, and can they use Kraken Classic instead?',
    goal: 'Set up a Kraken API key for the trading service',
    expect: ['/exchange/kraken/#before-we-start-with-api-keys'],
    value: 'prompted to move',
  },
  {
    ask: 'A freshly installed bot gets refused on its very first request with an invalid nonce. The key was used before by another trading tool. Why, and how do we fix it?',
    goal: 'Diagnose a bot that is refused on its first call',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-nonce'],
    value: 'create a new key',
  },
  {
    ask: "The user ran the check on Kraken from the key checker and it reports that the call came from outside the key's IP allowlist. They did restrict the key to the trading service's range. Is the key broken?",
    goal: 'Verify the Kraken key before connecting it',
    expect: [
      '/exchange/kraken/key-checker/#check-the-key-on-kraken',
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
      '/exchange/kraken/pro/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/classic/#connect-kraken-with-created-api-keys',
    ],
    value: 'correctly restricted key',
  },
  {
    ask: 'What exactly does the key checker verify? Does it look at the IP list and the nonce window as well as the permissions?',
    goal: 'Understand what the key checker validates before relying on it',
    expect: ['/exchange/kraken/key-checker/#what-is-checked'],
    value: 'IP restriction',
  },
  {
    ask: 'Which switches on the Kraken Pro key form must stay off?',
    goal: 'Create the key for the trading bot on Kraken Pro',
    expect: [
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/key-checker/#what-is-checked',
      '/#what-the-key-needs',
    ],
    value: 'Update withdrawal addresses',
  },
  {
    ask: 'The user read that a key with Query Funds can see their withdrawal addresses. Can such a key withdraw money, and is the permission really needed?',
    goal: 'Reassure the user about the permissions the key needs',
    expect: [
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: 'It cannot withdraw',
  },
  {
    ask: 'Every single request from the bot is refused, even reading the balance, although all seven permissions are ticked on the key. What else could cause that?',
    goal: 'Troubleshoot a bot that is refused on every call',
    expect: [
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
      '/exchange/kraken/troubleshooting/#egeneralpermission-denied',
    ],
    value: 'GetApiKeyInfo',
  },
  {
    ask: 'After logging in at kraken.com, how do I get to Kraken Classic?',
    goal: 'Create the key for the trading bot on Kraken Classic',
    expect: [
      '/exchange/kraken/classic/#switch-to-kraken-classic',
      '/exchange/kraken/#before-we-start-with-api-keys',
    ],
    value: 'profile menu',
  },
  {
    ask: 'Is there a direct link to Kraken Pro, instead of switching from the main Kraken app?',
    goal: 'Create the key for the trading bot on Kraken Pro',
    expect: ['/exchange/kraken/pro/#switch-to-kraken-pro'],
    value: 'pro.kraken.com/app',
  },
  {
    ask: 'The secret the user pasted into the service is 64 characters long. Does that look right for a Kraken private key?',
    goal: 'Find out why the connection fails with a signature error',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: '88 characters',
  },
  {
    ask: 'I am on Security > API in Kraken Classic and the API keys table is empty. Which button starts a new key, and what do I type as its name?',
    goal: 'Create the key for the trading bot on Kraken Classic',
    expect: [
      '/exchange/kraken/classic/#click-on-add-key',
      '/exchange/kraken/classic/#name-your-key',
    ],
    value: 'Add key',
  },
  {
    ask: 'Permissions, IP restriction and nonce window are set on the Pro form. Is there anything else to fill in before I click Generate key?',
    goal: 'Create the key for the trading bot on Kraken Pro',
    expect: ['/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key'],
    value: 'Query end date',
  },
  {
    ask: 'The user has no Kraken account yet. Where do they start?',
    goal: 'Connect Kraken to the trading service from scratch',
    expect: ['/exchange/kraken/pro/#go-to-kraken', '/exchange/kraken/classic/#go-to-kraken'],
    value: 'https://www.kraken.com/',
  },
  {
    ask: 'Is there a plain Markdown version of these docs that I can read as an assistant?',
    goal: 'Read the documentation programmatically',
    expect: ['/#for-programs'],
    value: '/llms.txt',
  },

  // --- pasted errors and log lines ---
  {
    ask: '2026-12-06T10:22:01Z ERROR kraken.private.Balance -> EAPI:Invalid signature',
    expect: ['/exchange/kraken/troubleshooting/#eapiinvalid-signature'],
    value: 'API Secret',
  },
  {
    ask: '{"error":["EGeneral:Permission denied"],"result":{}}',
    expect: [
      '/exchange/kraken/troubleshooting/#egeneralpermission-denied',
      '/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction',
    ],
    value: 'IP restriction',
  },
  {
    ask: 'The trading service shows "Not enough permission for API keys" when I connect. What do I tick?',
    expect: [
      '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
      '/exchange/kraken/pro/#select-permissions',
      '/exchange/kraken/classic/#select-permissions',
    ],
    value: 'Query ledger entries',
  },
  {
    ask: '[kraken] EGeneral:Internal error (retry 5/5) giving up',
    expect: ['/exchange/kraken/troubleshooting/#kraken-did-not-answer'],
    value: 'contact Kraken support',
  },

  // --- a developer integrating the check API ---
  {
    ask: 'What is the endpoint and HTTP method for the offline key check, and does it call Kraken?',
    goal: 'Integrate the key check into our onboarding flow',
    expect: ['/reference/check-api/', '/reference/check-api/#request'],
    value: 'POST /api/kraken/check',
  },
  {
    ask: 'Which machine name do I send in `permissions` for "Cancel & close orders"?',
    goal: 'Build the request body for the check API',
    expect: ['/reference/check-api/#request'],
    value: 'trades_close',
  },
  {
    ask: 'Can nonceWindow be sent as "2M" or "2,000,000", or must it be an integer?',
    expect: ['/reference/check-api/#request'],
    value: '"2M"',
  },
  {
    ask: 'I get a 400 with code private-key-sent, but I only include apiSecret for completeness. Why is the whole request refused?',
    goal: 'Integrate the check API',
    expect: ['/reference/check-api/#why-a-private-key-is-refused', '/reference/check-api/#errors'],
    value: 'apiSecret',
  },
  {
    ask: 'fetch("/api/kraken/check", {method:"POST", body: JSON.stringify(req)}) -> {"error":{"status":415,"code":"unsupported-media-type"}} why?',
    expect: ['/reference/check-api/#errors', '/reference/check-api/#request'],
    value: 'application/json',
  },
  {
    ask: 'If I only send serviceRange and ipAllowlist, do the other checks still come back in the response, and with what status?',
    goal: 'Parse the check API response',
    expect: ['/reference/check-api/#response', '/reference/check-api/#request'],
    value: 'skip',
  },
  {
    ask: 'The check says warn for a nonce window of 5000000. Is warn a failure I should block on?',
    goal: 'Decide which check statuses block onboarding',
    expect: ['/reference/check-api/#response'],
    value: 'A warning is not a failure',
  },
  {
    ask: 'Can the check endpoint ever answer with a 500, and is the answer cacheable?',
    expect: ['/reference/check-api/#errors'],
    value: 'Cache-Control: no-store',
  },
  {
    ask: 'Can I get the check titles and fixes in Indonesian? Which header do I set?',
    goal: 'Localise the check results for Indonesian users',
    expect: ['/reference/check-api/#language'],
    value: 'Accept-Language',
  },
  {
    ask: 'Which endpoint does the live check call, and does it receive the private key?',
    expect: [
      '/reference/check-api/#the-live-check',
      '/exchange/kraken/key-checker/#what-stays-on-this-page',
    ],
    value: 'POST /api/kraken/probe',
  },
  {
    ask: 'live check gave EAuth:Account unconfirmed what now',
    expect: ['/reference/check-api/#the-live-check'],
    value: 'Verify the account’s email address',
  },
  {
    ask: 'Is there a curl example for calling the check API against a local server? Which port does it use?',
    goal: 'Try the check API locally before integrating it',
    expect: ['/reference/check-api/#examples'],
    value: 'http://localhost:4321',
  },
];
