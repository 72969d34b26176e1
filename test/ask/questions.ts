/**
 * Questions as traders and assistants ask them, each with the sections that answer it. A
 * section is `<page path>#<anchor>`; a page path alone accepts any section of that page.
 * Guide steps and troubleshooting entries are named through the guide's link table, so a
 * reworded heading moves here with it. `value` must appear in the answer; `found: false`
 * marks questions the docs do not answer.
 */
import {
  GUIDE_PATHS,
  STEP_ANCHORS,
  TROUBLE_ANCHORS,
  type StepKey,
  type TroubleKey,
} from '../../src/lib/guide/links';

export interface Question {
  ask: string;
  goal?: string;
  /**
   * The sections that answer it: `/page/#anchor`; `/page/#` for the page's lead (the section
   * before its first heading); `/page/` for any section of the page.
   */
  expect: string[];
  /** What the answer must hold; a pattern where it must open with a verdict ("No: …"). */
  value?: string | RegExp;
  found?: false;
}

const step = (form: 'pro' | 'classic', key: StepKey) =>
  `${GUIDE_PATHS[form]}#${STEP_ANCHORS[form][key]}`;
const both = (key: StepKey) => [step('pro', key), step('classic', key)];
const trouble = (key: TroubleKey) => `${GUIDE_PATHS.troubleshooting}#${TROUBLE_ANCHORS[key]}`;
const checker = (anchor: string) => `${GUIDE_PATHS.checker}#${anchor}`;
const api = (anchor: string) => `/reference/check-api/#${anchor}`;
const overview = GUIDE_PATHS.overview;

export const QUESTIONS: Question[] = [
  // The guides
  {
    ask: 'What nonce window should I set?',
    expect: [step('pro', 'nonce'), step('classic', 'nonce')],
    value: '2000000',
  },
  {
    ask: 'what nonce window do I need for my kraken key',
    expect: [...both('nonce'), trouble('invalid-nonce')],
    value: '2000000',
  },
  {
    ask: 'Which permissions does the API key need on Kraken Pro?',
    expect: [step('pro', 'permissions')],
    value: 'Query ledger entries',
  },
  {
    ask: 'Where do I create an API key in Kraken Pro?',
    expect: [step('pro', 'open-api-page'), `${overview}#kraken-pro`],
    value: 'Settings',
  },
  {
    ask: 'Should I enable the Withdraw permission?',
    expect: [...both('permissions'), checker('what-is-checked')],
    value: 'Withdraw',
  },
  {
    ask: 'Do I need to turn on the WebSocket interface?',
    expect: [...both('permissions'), trouble('not-enough-permissions'), '/#what-the-key-needs'],
    value: 'WebSocket',
  },
  { ask: 'Which IP addresses do I put in the IP restriction field?', expect: both('ip') },
  {
    ask: 'Where do I paste the private key?',
    expect: [...both('connect'), trouble('invalid-signature'), api('why-a-private-key-is-refused')],
    value: 'API Secret',
  },
  {
    ask: 'Is the private key the same thing as the API Secret?',
    expect: [...both('connect'), trouble('invalid-signature')],
    value: 'API Secret',
  },
  {
    ask: 'Should I configure any other options before I click Generate key?',
    expect: both('generate'),
  },
  {
    ask: 'How do I switch to Kraken Pro?',
    expect: [step('pro', 'switch'), `${overview}#before-we-start-with-api-keys`],
  },
  { ask: 'What should I name my API key?', expect: [...both('name-key')] },
  {
    ask: 'How do I get to the API page on Kraken Classic?',
    expect: [step('classic', 'open-api-page'), `${overview}#kraken-classic`],
    value: 'Security',
  },
  {
    ask: "What is Kraken Classic's default nonce window?",
    expect: [step('classic', 'nonce'), trouble('invalid-nonce')],
    value: '0',
  },
  {
    ask: 'Which permissions do I tick on Kraken Classic?',
    expect: [step('classic', 'permissions')],
    value: 'Query Funds',
  },
  {
    ask: 'How do I add the IP range on Kraken Classic?',
    expect: [step('classic', 'ip')],
    value: 'Add an IP address or range',
  },
  {
    ask: 'Where is the Add key button on Kraken Classic?',
    expect: [step('classic', 'add-key'), step('classic', 'open-api-page')],
  },
  {
    ask: 'The Classic form says Create & Modify Orders, is that the same as Modify Orders?',
    expect: [step('classic', 'permissions')],
  },
  { ask: 'How do I enable IP whitelisting?', expect: both('ip') },
  { ask: 'what is the difference between kraken pro and kraken classic', expect: [overview] },
  // Troubleshooting
  { ask: 'What does EAPI:Invalid nonce mean?', expect: [trouble('invalid-nonce')] },
  { ask: 'I get EAPI:Invalid key, what do I do?', expect: [trouble('invalid-key')] },
  { ask: 'How do I fix EAPI:Invalid signature?', expect: [trouble('invalid-signature')] },
  {
    ask: 'Why does every call answer EGeneral:Permission denied?',
    expect: [trouble('permission-denied'), trouble('ip-restriction')],
  },
  {
    ask: 'The service says "Not enough permissions for API keys". What now?',
    expect: [trouble('not-enough-permissions')],
  },
  {
    ask: 'How long does an EGeneral:Temporary lockout last?',
    expect: [trouble('temporary-lockout')],
    value: '15 minutes',
  },
  {
    ask: 'How many points does the call counter hold on a Starter account?',
    expect: [trouble('rate-limits')],
    value: '15',
  },
  { ask: 'What does EService:Unavailable mean?', expect: [trouble('kraken-unavailable')] },
  {
    ask: 'What does EAccount:Invalid permissions mean?',
    // The docs explain it under "Other messages", after the Invalid arguments entry.
    expect: [
      `${GUIDE_PATHS.troubleshooting}#other-messages`,
      `${GUIDE_PATHS.troubleshooting}#egeneralinvalid-arguments`,
    ],
  },
  {
    ask: 'Can two bots share the same API key?',
    expect: [trouble('invalid-nonce'), trouble('rate-limits')],
  },
  { ask: 'How do I reset the nonce of my key?', expect: [trouble('invalid-nonce')] },
  { ask: 'I got EAPI:Rate limit exceeded', expect: [trouble('rate-limits')] },
  {
    ask: 'Does EGeneral:Invalid arguments mean my key is wrong?',
    expect: [`${GUIDE_PATHS.troubleshooting}#egeneralinvalid-arguments`],
  },
  // The checker
  { ask: 'Does the key checker store what I type?', expect: [checker('what-stays-on-this-page')] },
  { ask: 'What does the key checker check?', expect: [checker('what-is-checked')] },
  {
    ask: 'Is my private key sent to the server when I use the checker?',
    expect: [checker('what-stays-on-this-page'), api('why-a-private-key-is-refused')],
  },
  { ask: 'How can I check my key on Kraken itself?', expect: [checker('check-the-key-on-kraken')] },
  // The API
  {
    ask: 'What is the largest request body the check API accepts?',
    expect: [api('request'), api('errors')],
    value: '16 KB',
  },
  {
    ask: 'Which status code does the check API answer when the body is too large?',
    expect: [api('errors')],
    value: '413',
  },
  {
    ask: 'What Content-Type does POST /api/kraken/check need?',
    expect: [api('request'), api('errors')],
    value: 'application/json',
  },
  {
    ask: 'Why does the check API refuse a private key?',
    expect: [api('why-a-private-key-is-refused')],
  },
  {
    ask: 'Where is the JSON Schema of the check API?',
    expect: ['/reference/check-api/'],
    value: 'check.schema.json',
  },
  {
    ask: 'Which statuses can a check have in the response?',
    expect: [api('response')],
    value: 'pass',
  },
  { ask: 'How do I call the check endpoint with curl?', expect: [api('examples')] },
  { ask: 'Is there a Markdown version of each page for programs?', expect: ['/#for-programs'] },
  // Typos and other names
  {
    ask: 'what nonse windw do i need',
    expect: [...both('nonce'), trouble('invalid-nonce')],
    value: '2000000',
  },
  { ask: 'how do I set up the ip allowlist', expect: both('ip') },
  { ask: 'Which permisions should be enabled?', expect: both('permissions') },
  // Goals
  {
    ask: 'Which permissions do I need?',
    goal: 'Create an API key on Kraken Classic for my bot',
    expect: [step('classic', 'permissions')],
  },
  {
    ask: 'Where do I enter the nonce window?',
    goal: 'Set up a key on Kraken Classic',
    expect: [step('classic', 'nonce')],
    value: '2000000',
  },
  // Yes/no and "should I", answered from the Kraken profile with a verdict first
  {
    ask: 'Should I enable Query closed orders & trades?',
    expect: both('permissions'),
    value: /^Yes\b/,
  },
  {
    ask: 'do i have to turn on cancel & close orders',
    expect: both('permissions'),
    value: /^Yes\b/,
  },
  {
    ask: 'Should I leave Deposit Funds unticked?',
    expect: [step('classic', 'permissions')],
    value: /^Yes\b/,
  },
  { ask: 'Should I set the nonce window to 1000000?', expect: both('nonce'), value: /^No\b/ },
  { ask: 'can I set the nonce window to 2 million', expect: both('nonce'), value: /^Yes\b/ },
  // Terse
  { ask: 'kraken classic ip whitelisting', expect: [step('classic', 'ip')] },
  { ask: 'nonce error', expect: [trouble('invalid-nonce')] },
  // The API's fields and codes
  {
    ask: 'Which field takes the IP allowlist in the check API?',
    expect: [api('request')],
    value: 'ipAllowlist',
  },
  { ask: 'What does the apiKey field hold?', expect: [api('request')], value: 'public API key' },
  {
    ask: 'What does a skip status mean in the check response?',
    expect: [api('response')],
    value: 'not checked',
  },
  {
    ask: 'which code does the check api return when the body has a private key',
    expect: [api('errors'), api('why-a-private-key-is-refused')],
    value: 'private-key-sent',
  },
  // Where things are, what they are called
  {
    ask: 'Where do I find the API Secret on Kraken?',
    expect: both('connect'),
    value: 'Private key',
  },
  {
    ask: 'Is the Pro label Query the same permission as Query Funds?',
    expect: [step('classic', 'permissions'), step('pro', 'permissions'), api('request')],
    value: 'Query',
  },
  { ask: 'where do I click generate key on classic', expect: [step('classic', 'generate')] },
  {
    ask: 'Where do I find the IP range of the service?',
    expect: both('ip'),
    value: 'connection page',
  },
  {
    ask: "what happens if I don't set the nonce window",
    expect: [...both('nonce'), trouble('invalid-nonce')],
    value: 'EAPI:Invalid nonce',
  },
  {
    ask: 'Why is the live check refused when my key has an IP restriction?',
    expect: [checker('check-the-key-on-kraken'), trouble('ip-restriction'), ...both('connect')],
  },
  // The API's response
  { ask: 'What does the key.swapped check do?', expect: [api('response')], value: '88' },
  {
    ask: 'what does warn mean in the check api',
    expect: [api('response')],
    value: 'A warning is not a failure',
  },
  // Added in the second round: yes/no about options, misspelt and terse, pasted errors, why and
  // what-happens questions, the API's method and limits
  {
    ask: 'Is it ok to set a key expiration date?',
    expect: both('generate'),
    value: /Key [Ee]xpiration/,
  },
  { ask: 'Should I give the key withdraw access?', expect: both('permissions'), value: /^No\b/ },
  {
    ask: 'What is WebSocket interface called on Classic?',
    expect: [step('classic', 'permissions')],
    value: 'Access WebSockets API',
  },
  { ask: 'private key lenght', expect: [trouble('invalid-signature')], value: '88' },
  { ask: 'Should I enable IP whitelisting?', expect: both('ip'), value: /^Yes\b/ },
  {
    ask: 'Do I need to set a nonce window on Kraken Classic?',
    expect: [step('classic', 'nonce')],
    value: /^Yes\b.*2000000/,
  },
  {
    ask: 'What happens if I set a query start date?',
    expect: [...both('generate'), `${GUIDE_PATHS.troubleshooting}#egeneralinvalid-arguments`],
    value: 'EGeneral:Invalid arguments',
  },
  { ask: 'EService:Busy', expect: [trouble('kraken-unavailable')] },
  {
    ask: 'My bot says EGeneral:Permission denied for every call',
    expect: [trouble('permission-denied'), trouble('ip-restriction')],
  },
  {
    ask: 'What does the nonce window do?',
    expect: [...both('nonce'), trouble('invalid-nonce')],
    value: 'out of order',
  },
  { ask: 'How long is a Kraken private key?', expect: [trouble('invalid-signature')], value: '88' },
  {
    ask: 'How often can the live check run?',
    expect: [trouble('rate-limits')],
    value: '30 seconds',
  },
  { ask: 'Which HTTP method does the check API accept?', expect: [api('request')], value: 'POST' },
  {
    ask: 'Which errors count as rate limits?',
    expect: [trouble('rate-limits')],
    value: 'EAPI:Rate limit exceeded',
  },
  {
    ask: 'I lost my private key, what do I do?',
    expect: [trouble('invalid-signature')],
    value: 'create a new key',
  },
  { ask: 'Kraken Pro or Classic, which should I use?', expect: [overview, '/#what-the-key-needs'] },
  // An error remembered by its words, without its category or in full
  {
    ask: 'the bot stopped trading and says not enough permissions',
    expect: [trouble('not-enough-permissions')],
  },
  { ask: 'My clock runs ahead and I get invalid nonce', expect: [trouble('invalid-nonce')] },
  // Yes/no in other words
  { ask: 'Do I have to whitelist IPs?', expect: both('ip'), value: /^Yes\b/ },
  { ask: 'Is 1000000 enough for the nonce window?', expect: both('nonce'), value: /^No\b/ },
  { ask: 'Do I have to change the nonce window?', expect: both('nonce'), value: /^Yes\b/ },
  // Informal words and abbreviations
  {
    ask: 'which perms does the bot need',
    expect: [...both('permissions'), '/#what-the-key-needs'],
  },
  {
    ask: 'api key permisions for trading bot',
    expect: [...both('permissions'), '/#what-the-key-needs'],
  },
  {
    ask: 'Whats the nonce window supposed to be',
    expect: [...both('nonce'), trouble('invalid-nonce')],
    value: '2000000',
  },
  { ask: 'private key vs api secret', expect: [...both('connect'), trouble('invalid-signature')] },
  {
    ask: 'Can the service withdraw my money?',
    expect: [...both('permissions'), '/#what-the-key-needs'],
  },
  // Goals that say what the question is about
  {
    ask: 'What value do I enter?',
    goal: 'Set the nonce window on Kraken Pro',
    expect: [step('pro', 'nonce')],
    value: '2000000',
  },
  {
    ask: 'Where do the addresses go?',
    goal: "Restrict my Kraken Classic key to the service's IP range",
    expect: [step('classic', 'ip')],
  },
  {
    ask: 'How do I fix it?',
    goal: 'My bot gets EAPI:Invalid nonce',
    expect: [trouble('invalid-nonce')],
    value: '2000000',
  },
  {
    ask: 'Which button do I click?',
    goal: 'Add a new key on Kraken Classic',
    expect: [step('classic', 'add-key'), step('classic', 'generate')],
  },
  {
    ask: 'Should I enable Deposit?',
    goal: 'Create a key on Kraken Classic',
    expect: [step('classic', 'permissions')],
    value: /^No\b.*Deposit Funds/,
  },
  {
    ask: 'what name should I give it',
    goal: 'Create a key on Kraken Classic',
    expect: [step('classic', 'name-key')],
  },
  {
    ask: 'Which field takes the range?',
    goal: "Call the check API with my service's range",
    expect: [api('request')],
    value: 'serviceRange',
  },
  {
    ask: 'how long should I wait',
    goal: 'My key is locked out',
    expect: [trouble('temporary-lockout')],
    value: '15 minutes',
  },
  // Added in the fourth round: the API's fields, codes, headers and limits, asked for by the
  // kind of value they are (a number, a field name, an error code, a header)
  {
    ask: 'What does the check API answer to a GET request?',
    expect: [api('errors')],
    value: '405',
  },
  {
    ask: 'how many addresses can I send in ipAllowlist',
    expect: [api('errors')],
    value: '256',
  },
  {
    ask: 'Which header makes the check API answer in Indonesian?',
    expect: [api('language')],
    value: 'Accept-Language',
  },
  {
    ask: 'Which error code means the JSON is malformed?',
    expect: [api('errors')],
    value: 'invalid-json',
  },
  {
    ask: 'Does the check endpoint let responses be cached?',
    expect: [api('errors')],
    value: 'no-store',
  },
  {
    ask: 'How many entries can the permissions array have?',
    expect: [api('request')],
    value: '100',
  },
  {
    ask: 'What is the default form in the check API?',
    expect: [api('request')],
    value: '"pro"',
  },
  {
    ask: 'which field of the live check answer says whether probes were used',
    expect: [api('the-live-check')],
    value: 'checkedWith',
  },
  {
    ask: 'what does the fix field hold',
    expect: [api('response')],
    value: 'What to change',
  },
  {
    ask: 'How long should I wait before I check again after EGeneral:Temporary lockout?',
    expect: [trouble('temporary-lockout'), api('the-live-check')],
    value: '15 minutes',
  },
  // Terse and indirect API questions, where the long live-check section holds every word
  {
    ask: 'what is the status code for an unknown field',
    expect: [api('errors')],
    value: '400',
  },
  {
    ask: 'what happens if I send an unknown field to the check api',
    expect: [api('request'), api('errors')],
  },
  {
    ask: 'how does the check API say a check was not run',
    expect: [api('response')],
    value: 'skip',
  },
  { ask: 'max body size check api', expect: [api('request'), api('errors')], value: '16 KB' },
  {
    ask: 'what does about.stop hold',
    expect: [api('the-live-check')],
    value: 'what stopped the check',
  },
  {
    ask: 'what does the section field say',
    expect: [api('response')],
    value: 'The part of the checker',
  },
  // The guides' values inside a longer section: a number, a label, an error string
  {
    ask: 'How many points does the call counter hold at the Starter level?',
    expect: [trouble('rate-limits')],
    value: '15 points',
  },
  {
    ask: 'how many points does a ledger query cost',
    expect: [trouble('rate-limits')],
    value: '2 points',
  },
  {
    ask: 'What does the private key always end with?',
    expect: [trouble('invalid-signature')],
    value: '==',
  },
  {
    ask: 'What is the query start date option called on Kraken Classic?',
    expect: [`${GUIDE_PATHS.troubleshooting}#egeneralinvalid-arguments`, ...both('generate')],
    value: 'Query Start Date/Time',
  },
  {
    ask: 'Which error do I see when Kraken is in maintenance?',
    expect: [trouble('kraken-unavailable')],
    value: 'EService:Unavailable',
  },
  {
    ask: "what is Kraken Classic's default nonce window",
    expect: [step('classic', 'nonce'), trouble('invalid-nonce')],
    value: 'default is 0',
  },
  // Not in the docs
  { ask: 'How do I bake sourdough bread?', expect: [], found: false },
  { ask: 'how long do deposits take to arrive', expect: [], found: false },
  { ask: 'how do I delete my kraken account', expect: [], found: false },
  { ask: 'How do I verify my account to Intermediate level?', expect: [], found: false },
  { ask: 'how do I buy bitcoin on kraken', expect: [], found: false },
  { ask: 'can I stake ETH on kraken', expect: [], found: false },
  { ask: "what is kraken support's phone number", expect: [], found: false },
  { ask: 'Which countries is Kraken available in?', expect: [], found: false },
  { ask: 'What is the weather in Paris tomorrow?', expect: [], found: false },
  // How-to and what-it-takes questions on things the docs only name (a permission's label, a
  // verification level): the docs do not say how
  { ask: 'How do I add a withdrawal address on Kraken?', expect: [], found: false },
  { ask: 'how do i withdraw my crypto to a wallet', expect: [], found: false },
  { ask: 'What documents do I need to get verified?', expect: [], found: false },
  { ask: 'how do I turn on 2FA for my login', expect: [], found: false },
  { ask: 'what are the maker and taker fees on kraken pro', expect: [], found: false },
  { ask: 'How do I deposit euros by bank transfer?', expect: [], found: false },
  { ask: 'do I have to pay tax on my crypto trades', expect: [], found: false },
  { ask: 'how do I create an API key on Binance', expect: [], found: false },
  { ask: 'will bitcoin go up this week', expect: [], found: false },
  { ask: 'How do I cancel an open order?', expect: [], found: false },
  { ask: 'how do I increase my verification level', expect: [], found: false },
  { ask: 'How do I export my trade history for my accountant?', expect: [], found: false },
  // Written fresh from the pages (second round)
  // The guides' steps, on both forms
  {
    ask: 'clicked Settings on kraken pro, now what',
    expect: [step('pro', 'open-api-page')],
    value: 'Create API key',
  },
  {
    ask: 'classic: clicked my profile icon top right, which menu item has the api keys',
    expect: [step('classic', 'open-api-page'), `${overview}#kraken-classic`],
    value: 'Security',
  },
  {
    ask: 'which box is the name',
    goal: 'Set up the key for the trading bot on Kraken Classic',
    expect: [step('classic', 'name-key')],
    value: 'Key description',
  },
  {
    ask: 'kraken pro ip field - one ip per box or all of them together?',
    expect: [step('pro', 'ip')],
    value: 'separated by commas',
  },
  {
    ask: 'kraken classic only lets me add 1 ip but the service gave me 4 ranges',
    expect: [step('classic', 'ip')],
    value: 'own row',
  },
  {
    ask: 'what does the /24 at the end of the ip mean',
    expect: both('ip'),
    value: '256 addresses',
  },
  {
    ask: 'what about key expiration and the query dates?',
    goal: 'Create the key for my bot on Kraken Pro',
    expect: [step('pro', 'generate')],
    value: 'off',
  },
  {
    ask: 'where do I paste them',
    goal: 'Connect my new Kraken Classic key to the trading service',
    expect: [step('classic', 'connect')],
    value: 'API Secret',
  },
  {
    ask: 'link to kraken pro',
    expect: [step('pro', 'switch'), `${overview}#kraken-pro`],
    value: 'pro.kraken.com',
  },
  {
    ask: '2000000 nonce window = how long in minutes?',
    expect: both('nonce'),
    value: '33 minutes',
  },
  {
    ask: 'kraken says "API keys are managed in Kraken Pro" when i try to make a key',
    expect: [
      `${overview}#before-we-start-with-api-keys`,
      step('pro', 'switch'),
      step('pro', 'open-api-page'),
    ],
  },
  // Troubleshooting: pasted errors, log lines, half-remembered messages
  {
    ask: 'got {"error":["EAPI:Invalid nonce"]} on the very first call, nonce window is already 2000000',
    expect: [trouble('invalid-nonce')],
    value: 'create a new key',
  },
  {
    ask: 'premission denied on evry call but all 7 perms are ticked',
    expect: [trouble('ip-restriction'), trouble('permission-denied')],
    value: 'IP restriction',
  },
  {
    ask: 'using my kraken futures api key, getting EAPI:Invalid key',
    expect: [trouble('invalid-key')],
    value: 'do not work on spot',
  },
  {
    ask: 'temporary lockout - is it the whole account or just my ip?',
    expect: [trouble('temporary-lockout')],
    value: 'address the calls come from',
  },
  {
    ask: 'bot log: [kraken] request failed: EService:Throttled: 1765000000',
    expect: [trouble('rate-limits')],
    value: 'wait a minute',
  },
  {
    ask: 'intermediate account how fast does the api counter go down',
    expect: [trouble('rate-limits')],
    value: '0.5 per second',
  },
  {
    ask: 'EGeneral:Internal error again and again for hours',
    expect: [trouble('kraken-unavailable')],
    value: 'contact Kraken support',
  },
  {
    ask: 'python sdk says EAPI:Permission denied',
    expect: [trouble('permission-denied')],
    value: 'lacks the permission',
  },
  // The key checker page
  {
    ask: 'checker w/o javascript - where do i put the private key',
    expect: [checker('what-stays-on-this-page')],
    value: 'no field for it',
  },
  {
    ask: 'what does "check on kraken" send to your server',
    expect: [checker('what-stays-on-this-page'), api('the-live-check')],
  },
  {
    ask: 'will the checker accept 2,000,000 with commas',
    expect: [checker('what-is-checked'), api('request')],
  },
  {
    ask: 'can the checker tell if i swapped the api key and private key',
    expect: [checker('what-is-checked'), api('response')],
  },
  {
    ask: 'does the key checker read my real key from kraken or just what i type in',
    expect: [checker('what-is-checked'), checker('check-the-key-on-kraken')],
  },
  {
    ask: 'do i have to press a button to get the checker results',
    expect: [GUIDE_PATHS.checker],
    value: 'as you type',
  },
  // The check API: endpoint, fields, status codes, the live check's `about`
  {
    ask: 'POST /api/kraken/check -> 415 ??',
    expect: [api('errors')],
    value: 'Content-Type',
  },
  {
    ask: 'machine name for the withdraw permission',
    expect: [api('request')],
    value: 'funds_withdraw',
  },
  {
    ask: 'about.checkedWith possible values',
    expect: [api('the-live-check')],
    value: 'GetApiKeyInfo',
  },
  {
    ask: 'which about.stop.code do I get for EService:Busy',
    expect: [api('the-live-check')],
    value: 'unavailable',
  },
  {
    ask: 'how many read-only probes does the live check send',
    expect: [api('the-live-check')],
    value: 'eight',
  },
  {
    ask: 'whats in "fields" of the error json',
    expect: [api('errors')],
    value: 'maps each field',
  },
  {
    ask: 'can nonceWindow be "2M" in the check api',
    expect: [api('request')],
    value: '2M',
  },
  {
    ask: 'can /api/kraken/check ever return a 500',
    expect: [api('errors')],
    value: '5xx',
  },
  // Yes/no and "should I"
  {
    ask: 'should i turn on Earn',
    expect: [step('pro', 'permissions'), checker('what-is-checked')],
    value: /^No\b/,
  },
  {
    ask: 'tick Export Data?',
    goal: 'Set up the key for the trading bot on Kraken Classic',
    expect: [step('classic', 'permissions')],
    value: /^No\b/,
  },
  {
    ask: 'is Query funds safe? it can see my withdrawal adresses',
    expect: both('permissions'),
    value: 'cannot withdraw',
  },
  {
    ask: 'add withdrawal addresses permission needed?',
    expect: [step('pro', 'permissions'), checker('what-is-checked'), '/#what-the-key-needs'],
    value: /^No\b/,
  },
  {
    ask: 'should i save the private key somewhere? will kraken show it again',
    expect: [trouble('invalid-signature'), ...both('connect')],
    value: 'only once',
  },
  {
    ask: 'accidentally pasted my secret into some website, should i delete the key',
    expect: [api('why-a-private-key-is-refused')],
    value: 'delete that key',
  },
  {
    ask: 'should i just allow 0.0.0.0/0 so it works from anywhere',
    expect: [...both('ip'), checker('what-is-checked'), api('response')],
    value: /^No\b/,
  },
  // Written fresh from the pages (third round)
  // The guides' steps, on both forms
  {
    ask: 'dont have a kraken acct yet, where do i sign up',
    expect: both('go-to-kraken'),
    value: 'create a new account',
  },
  {
    ask: 'how do i get from the normal kraken app to classic',
    expect: [step('classic', 'switch'), `${overview}#before-we-start-with-api-keys`],
    value: 'profile menu',
  },
  {
    ask: 'any example of a good name?',
    goal: 'Create the key for my bot on Kraken Pro',
    expect: [step('pro', 'name-key')],
    value: 'Trading bot',
  },
  {
    ask: 'how many permision boxes am i supposed to tick',
    expect: [...both('permissions'), '/#what-the-key-needs', checker('what-is-checked')],
    value: /\b[Ss]even\b/,
  },
  {
    ask: 'my classic form says Cancel/Close Trades, no Cancel/Close Orders anywhere??',
    expect: [step('classic', 'permissions')],
    value: 'older guides',
  },
  {
    ask: 'exact label of the ip box on kraken pro',
    expect: [step('pro', 'ip')],
    value: 'Comma delimited list',
  },
  { ask: 'nonce window is that in ms or seconds', expect: both('nonce'), value: 'not a time' },
  {
    ask: 'key expiraton - what do i pick',
    goal: 'Set up the key for the trading bot on Kraken Classic',
    expect: [step('classic', 'generate')],
    value: 'no expiration',
  },
  {
    ask: 'should i cut the /24 off the ips before pasting them into kraken',
    expect: both('ip'),
    value: 'exactly as',
  },
  {
    ask: 'whats the classic nonce field called exactly',
    expect: [step('classic', 'nonce'), trouble('invalid-nonce')],
    value: 'Nonce Window',
  },
  // Troubleshooting: pasted errors and log lines, causes, waiting and retrying
  {
    ask: 'Error: {"error":["EAPI:Invalid signature"],"result":{}} right after pasting both keys',
    expect: [trouble('invalid-signature')],
    value: 'API Secret',
  },
  {
    ask: 'kraken gives EGeneral:Invalid arguments whenever the bot loads my trade history',
    expect: [`${GUIDE_PATHS.troubleshooting}#egeneralinvalid-arguments`, ...both('generate')],
    value: 'query start',
  },
  {
    ask: 'EAPI:Invalid key but i copied it from my notes app',
    expect: [trouble('invalid-key')],
    value: 'no spaces',
  },
  {
    ask: 'tried a library with nanosecond nonces on my key, now my normal bot only gets invalid nonce. permanent?',
    expect: [trouble('invalid-nonce')],
    value: 'for good',
  },
  {
    ask: 'api counter size for pro verification level + how fast it drains',
    expect: [trouble('rate-limits')],
    value: '1 per second',
  },
  {
    ask: 'grid bot log: EGeneral:Too many requests (x40)',
    expect: [trouble('rate-limits')],
    value: 'own key',
  },
  {
    ask: 'locked out after a bunch of bad signatures, can i just keep retrying',
    expect: [trouble('temporary-lockout')],
    value: 'stop every program',
  },
  {
    ask: 'do placing and cancelling orders count against the same api counter',
    expect: [trouble('rate-limits')],
    value: 'separate counter',
  },
  // The key checker page
  {
    ask: 'will the checker complain if my whitelist is way wider than the service range',
    expect: [checker('what-is-checked'), api('response')],
    value: 'nothing much wider',
  },
  {
    ask: 'no javascript: what does the Check my key button send you',
    expect: [checker('what-stays-on-this-page')],
    value: 'nonce window, IP addresses',
  },
  {
    ask: 'if the checker finds something wrong does it say how to fix it',
    expect: [GUIDE_PATHS.checker],
    value: 'guide step',
  },
  {
    ask: 'will the checker warn me if export data is ticked',
    expect: [checker('what-is-checked')],
    value: 'Export data',
  },
  {
    ask: 'does the key checker look at the private key format as well',
    expect: [checker('what-is-checked'), checker('what-stays-on-this-page')],
    value: 'length and characters',
  },
  {
    ask: 'key checker - runs on your server or locally?',
    expect: [checker('what-stays-on-this-page')],
    value: 'runs in your browser',
  },
  // The check API: the request, errors, schema, language and the live check's `about`
  {
    ask: 'live check: EAuth:Account unconfirmed - what now',
    expect: [api('the-live-check')],
    value: 'email address',
  },
  {
    ask: 'is the order of the checks array always the same',
    expect: [api('response')],
    value: 'always in this order',
  },
  {
    ask: 'does about.key include my api key',
    expect: [api('the-live-check')],
    value: 'never the IBAN',
  },
  {
    ask: 'what defs are in check.schema.json',
    expect: ['/reference/check-api/'],
    value: 'CheckRequest',
  },
  {
    ask: 'error messages truncate field names? how long',
    expect: [api('errors')],
    value: '24 characters',
  },
  {
    ask: 'Content-Type: application/json; charset=latin1 -> will /api/kraken/check take it',
    expect: [api('request'), api('errors')],
    value: 'UTF-8',
  },
  {
    ask: 'GetApiKeyInfo answered EGeneral:Unknown method, what does the live check do then',
    expect: [api('the-live-check')],
    value: 'probes run instead',
  },
  {
    ask: 'how can my client tell which language the check api answered in',
    expect: [api('language')],
    value: 'Content-Language',
  },
  // Yes/no and "should I"
  {
    ask: 'EService:Unavailable on my bot - does that mean my api key is bad?',
    expect: [trouble('kraken-unavailable')],
    value: 'nothing about your key',
  },
  // A yes/no question about the nonce window is answered from the profile, with the step
  // that sets it as the source; the reference says the same of the check's warning.
  {
    ask: 'is 5000000 ok for the nonce window or too much',
    expect: [...both('nonce'), api('response')],
    value: /^5000000 works/,
  },
  {
    ask: "live check says the call came from outside the key's IP allowlist. is my key broken?",
    expect: [checker('check-the-key-on-kraken'), trouble('ip-restriction'), ...both('connect')],
    value: 'correctly restricted key',
  },
  {
    ask: 'does it matter for the key if i make it on classic instead of pro',
    expect: [overview],
    value: 'same key',
  },
  {
    ask: 'can i edit the key later to add a missing permission or do i need a new one',
    expect: [trouble('not-enough-permissions'), ...both('permissions')],
    value: 'edit the key',
  },
  {
    ask: 'can the check api tell me if my key actually works on kraken',
    expect: ['/reference/check-api/', checker('check-the-key-on-kraken')],
    value: 'never calls Kraken',
  },
  {
    ask: 'ok to leave the ip whitelist empty?',
    expect: [api('response'), ...both('ip'), checker('what-is-checked')],
    value: 'usable from elsewhere',
  },
  {
    ask: 'will running check on kraken eat into my bots rate limit',
    expect: [trouble('rate-limits')],
    value: 'one point',
  },
  // Written fresh from the pages (fourth round)
  // The guides' steps and the overview, on both forms
  {
    ask: 'classic api page is empty, what button makes a new key',
    expect: [step('classic', 'add-key')],
    value: 'Add key',
  },
  {
    ask: "What is the field for the key's name labelled on Kraken Pro's form?",
    goal: 'Create the key for the trading bot on Kraken Pro',
    // The label is named only in the figure's description, which an answer never quotes.
    expect: [step('pro', 'name-key')],
  },
  {
    ask: 'kraken pro where is query ledger entries, its not under orders and trades',
    expect: [step('pro', 'permissions')],
    value: 'Data',
  },
  {
    ask: "What is the toggle called on Kraken Pro's key form that limits the key to the service's IP addresses?",
    expect: [step('pro', 'ip')],
    value: 'IP address restriction',
  },
  {
    ask: 'no nonce window field on the kraken pro form??',
    expect: [step('pro', 'nonce')],
    value: 'Custom nonce window',
  },
  {
    ask: 'Which options near the bottom of the Add API key form should the trader leave as they are before generating the key?',
    goal: 'Set up the key for the trading bot on Kraken Classic',
    expect: [step('classic', 'generate')],
    value: 'Query Start Date/Time',
  },
  {
    ask: 'kraken pro gave me 2 keys, the long one goes in which box on the bot site',
    expect: [step('pro', 'connect')],
    value: 'API Secret',
  },
  {
    ask: 'screens in the tutorial dont look like my kraken',
    expect: [GUIDE_PATHS.pro, GUIDE_PATHS.classic],
    value: 'look for the labels',
  },
  {
    ask: "Which Kraken Classic permission corresponds to Kraken Pro's Cancel & close orders?",
    expect: [step('classic', 'permissions')],
    value: 'Cancel/Close Orders',
  },
  {
    ask: 'Under which menu does Kraken Pro keep its API keys, and where are they on Kraken Classic?',
    expect: [
      `${overview}#kraken-pro`,
      `${overview}#kraken-classic`,
      step('pro', 'open-api-page'),
      step('classic', 'open-api-page'),
    ],
    value: 'Security > API',
  },
  // Troubleshooting: pasted errors, causes, what comes back and when
  {
    ask: 'bot spamming "EAPI:Invalid nonce" since i started a 2nd bot on the same key',
    expect: [trouble('invalid-nonce')],
    value: 'two programs share one key',
  },
  {
    ask: "The bot reports EAPI:Invalid nonce and the server's clock turned out to be several minutes fast. Will the key work again once the clock is corrected?",
    goal: "Get the trader's bot on a VPS working again",
    expect: [trouble('invalid-nonce')],
    value: 'real time has passed',
  },
  {
    ask: 'invalid signature, think my secret got mangled when copying. what chars should it have',
    expect: [trouble('invalid-signature')],
    value: 'base64',
  },
  {
    ask: "The trader's bot logs EAPI:Rate limit exceeded on a Starter account. How fast does the call counter go back down?",
    goal: "Keep the trader's bot under Kraken's rate limit",
    expect: [trouble('rate-limits')],
    value: '0.33 points per second',
  },
  {
    ask: 'getting EGeneral:Invalid arguments:ofs from TradesHistory, no dates set on the key',
    expect: [`${GUIDE_PATHS.troubleshooting}#egeneralinvalid-arguments`],
    value: 'tell the makers',
  },
  {
    ask: "The trader's bot retried about fifty times with a bad nonce and now gets EGeneral:Temporary lockout. What triggers this lockout?",
    expect: [trouble('temporary-lockout')],
    value: 'too many failed calls',
  },
  {
    ask: "Does Kraken return a separate error code when a call comes from an address outside the key's IP allowlist?",
    goal: "Fix the trader's bot, which gets EGeneral:Permission denied on every call",
    expect: [trouble('ip-restriction'), trouble('permission-denied')],
    value: 'does not document',
  },
  {
    ask: 'classic: "Not enough permission for API keys" but i ticked everything??',
    expect: [trouble('not-enough-permissions'), step('classic', 'permissions')],
    value: 'shows which ones are missing',
  },
  // The key checker page
  {
    ask: 'checker: split the service /24 into two /25s on kraken, will the ip check pass',
    expect: [checker('what-is-checked'), api('examples')],
    value: 'every address',
  },
  {
    ask: 'does the checker put my key in the url',
    expect: [checker('what-stays-on-this-page')],
    value: 'address bar',
  },
  {
    ask: 'When the checker form is submitted without JavaScript, does the server keep the values it receives?',
    expect: [checker('what-stays-on-this-page')],
    value: 'without keeping them',
  },
  {
    ask: 'If every offline result on the checker passes, does that prove the key is set up that way on Kraken?',
    goal: 'Check the key before connecting it to the bot',
    expect: [checker('what-is-checked'), checker('check-the-key-on-kraken')],
    value: 'cannot see your key on Kraken',
  },
  {
    ask: 'check on kraken says outside allowlist, which ip does your server call from so i can add it',
    expect: [trouble('ip-restriction'), checker('check-the-key-on-kraken')],
    value: 'names the addresses it calls from',
  },
  {
    ask: 'Kraken is down for maintenance. Can the trader still use the key checker in the meantime?',
    expect: [trouble('kraken-unavailable'), checker('what-is-checked'), trouble('ip-restriction')],
    value: 'do not need Kraken',
  },
  // The check API: errors, fields, the live check's `about` and probes
  {
    ask: 'POST to /api/kraken/check with an empty body -> which error code',
    expect: [api('errors')],
    value: 'empty-body',
  },
  {
    ask: 'In the check API, which permission name stands for the WebSocket interface, and what does GetApiKeyInfo report it as?',
    expect: [api('request')],
    value: 'create-ws-token',
  },
  {
    ask: "What does the live check return for a setting when Kraken's GetApiKeyInfo answer leaves that field out?",
    expect: [api('the-live-check')],
    value: 'Not reported by Kraken',
  },
  {
    ask: 'apiKey has a line break from copy paste, will the check api reject it',
    expect: [api('request')],
    value: 'wrapped paste',
  },
  {
    ask: "What does the about.fallback field of the live check's answer explain?",
    expect: [api('the-live-check')],
    value: 'why the probes ran',
  },
  {
    ask: 'probe got EOrder:Rate limit exceeded - means trade permission is on?',
    expect: [api('the-live-check')],
    value: 'never proof',
  },
  {
    ask: "How does the check API refer to the second item of the permissions array in an error's fields?",
    goal: "Show the check API's errors next to the right input in the trader's dashboard",
    expect: [api('errors')],
    value: 'permissions[1]',
  },
  {
    ask: 'can i branch on error.message from the check api or does it change',
    expect: [api('errors')],
    value: 'may be reworded',
  },
  // Yes/no and "should I"
  {
    ask: 'nonce window 0 ok on classic if i only run 1 bot?',
    expect: [step('classic', 'nonce'), trouble('invalid-nonce')],
    value: /^No\b/,
  },
  {
    ask: 'should i paste the private key into the key checker',
    expect: [checker('what-stays-on-this-page'), api('why-a-private-key-is-refused')],
    value: 'only in your browser',
  },
  {
    ask: "Is it acceptable to put the private key in the check API's apiKey field so that its format gets checked as well?",
    expect: [api('errors'), api('why-a-private-key-is-refused')],
    value: '88 base64 characters',
  },
  {
    ask: 'pro verification level = kraken pro? same thing?',
    expect: [trouble('rate-limits')],
    value: 'not Kraken Pro',
  },
  {
    ask: 'ok to have 2 api keys on one account, one per bot?',
    expect: [trouble('rate-limits'), trouble('invalid-nonce')],
    value: 'its own key',
  },
  {
    ask: "Should the IPv6 block in the service's list go into the IP address restriction field as well, or only the IPv4 entries?",
    goal: 'Set up the key for the trading bot on Kraken Pro',
    expect: [step('pro', 'ip')],
    value: 'whole list',
  },
  {
    ask: "Can the check API check a key made on Kraken Classic, with Classic's labels in its messages?",
    expect: [api('request')],
    value: 'Decides the labels',
  },
  {
    ask: 'Does the trader have to leave the regular Kraken app to create the key, or can it be done there?',
    expect: [`${overview}#before-we-start-with-api-keys`],
    value: 'prompted to move',
  },
];
