/**
 * The held-out question set: written from the pages, the way traders and assistants ask
 * (terse, misspelt, yes/no and "should I", with a goal, pasted error strings), before any
 * ranking was changed for it, and never tuned on. The engine is tuned on the development set
 * (questions.ts); this set says whether that tuning generalises. Same shape as the
 * development set: `expect` lists the sections that answer, `value` what the answer must
 * hold (a pattern where the answer must open with a verdict).
 */
import { GUIDE_PATHS, STEP_ANCHORS, TROUBLE_ANCHORS } from '../../src/lib/guide/links';
import type { StepKey, TroubleKey } from '../../src/lib/guide/links';
import type { Question } from './questions';

const step = (form: 'pro' | 'classic', key: StepKey) =>
  `${GUIDE_PATHS[form]}#${STEP_ANCHORS[form][key]}`;
const both = (key: StepKey) => [step('pro', key), step('classic', key)];
const trouble = (key: TroubleKey) => `${GUIDE_PATHS.troubleshooting}#${TROUBLE_ANCHORS[key]}`;
const checker = (anchor: string) => `${GUIDE_PATHS.checker}#${anchor}`;
const api = (anchor: string) => `/reference/check-api/#${anchor}`;
const invalidArguments = `${GUIDE_PATHS.troubleshooting}#egeneralinvalid-arguments`;
const NO = /^No\b/;
const YES = /^Yes\b/;

export const HELDOUT: Question[] = [
  // Kraken Pro guide
  { ask: 'nonce window kraken pro', expect: [step('pro', 'nonce')], value: '2000000' },
  {
    ask: 'where is create api key on kraken pro',
    expect: [step('pro', 'open-api-page'), `${GUIDE_PATHS.overview}#kraken-pro`],
    value: 'Settings',
  },
  { ask: 'do i need to enable earn?', expect: [step('pro', 'permissions')], value: NO },
  { ask: 'should I tick deposit', expect: both('permissions'), value: NO },
  { ask: 'should i enable withdraw for the bot', expect: both('permissions'), value: NO },
  {
    ask: 'Does the key need Query ledger entries?',
    expect: [...both('permissions'), '/#what-the-key-needs'],
    value: YES,
  },
  {
    ask: 'is the websocket interface required',
    expect: [...both('permissions'), '/#what-the-key-needs'],
    value: YES,
  },
  {
    ask: 'shoud I allow Add withdrawal addresses',
    expect: [step('pro', 'permissions')],
    value: NO,
  },
  { ask: 'can I leave export data on?', expect: both('permissions'), value: NO },
  { ask: 'what does the /24 in the ip range mean', expect: both('ip'), value: '256' },
  {
    ask: 'how do i enter several ip ranges on kraken pro',
    expect: [step('pro', 'ip')],
    value: 'commas',
  },
  {
    ask: 'how long out of order can calls arrive with a 2000000 nonce window',
    expect: both('nonce'),
    value: '33 minutes',
  },
  { ask: 'what do I name the key', expect: both('name-key') },
  { ask: 'private key goes in which field', expect: both('connect'), value: 'API Secret' },
  {
    ask: 'should i set a key expiration date',
    goal: 'Kraken Pro',
    expect: [step('pro', 'generate')],
    value: 'Key expiration',
  },
  // Kraken Classic guide
  {
    ask: 'classic nonce window default',
    expect: [step('classic', 'nonce'), trouble('invalid-nonce')],
    value: '0',
  },
  {
    ask: 'where do i type the key name on classic',
    expect: [step('classic', 'name-key')],
    value: 'Key description',
  },
  {
    ask: 'can i paste the whole ip list in one row on kraken classic',
    expect: [step('classic', 'ip')],
    value: 'one address or range per row',
  },
  {
    ask: 'is cancel/close trades the same as cancel/close orders',
    expect: [step('classic', 'permissions')],
    value: 'Cancel/Close Orders',
  },
  {
    ask: 'how do i find the api page in kraken clasic',
    expect: [step('classic', 'open-api-page'), `${GUIDE_PATHS.overview}#kraken-classic`],
    value: 'Security',
  },
  { ask: 'Do I need Access WebSockets API?', expect: [step('classic', 'permissions')], value: YES },
  {
    ask: 'should query start date/time be ticked',
    expect: [step('classic', 'generate'), invalidArguments],
    value: 'Query',
  },
  // Goals
  {
    ask: 'where do I enter the IP addresses',
    goal: 'Kraken Pro',
    expect: [step('pro', 'ip')],
    value: 'Comma delimited list',
  },
  {
    ask: 'which permissions',
    goal: 'Kraken Classic API key for my bot',
    expect: [step('classic', 'permissions')],
    value: 'Query Funds',
  },
  {
    ask: 'what nonce',
    goal: 'create a key on kraken pro',
    expect: [step('pro', 'nonce')],
    value: '2000000',
  },
  {
    ask: 'should I turn on withdraw funds',
    goal: 'Kraken Classic',
    expect: [step('classic', 'permissions')],
    value: NO,
  },
  // Troubleshooting: pasted messages and symptoms
  { ask: 'EAPI:Invalid key', expect: [trouble('invalid-key')] },
  {
    ask: 'error: EAPI:Invalid signature when connecting',
    expect: [trouble('invalid-signature')],
  },
  {
    ask: 'EGeneral:Permission denied on every call',
    expect: [trouble('permission-denied'), trouble('ip-restriction')],
  },
  { ask: 'EService:Throttled', expect: [trouble('rate-limits')] },
  { ask: 'Not enough permission for API keys', expect: [trouble('not-enough-permissions')] },
  { ask: 'EGeneral:Invalid arguments on trade history', expect: [invalidArguments] },
  { ask: 'how long is the lockout', expect: [trouble('temporary-lockout')], value: '15 minutes' },
  { ask: 'EAPI:Invalid nonce even on the first call', expect: [trouble('invalid-nonce')] },
  {
    ask: 'my bot counted nonces in nanoseconds, how do i reset the nonce',
    expect: [trouble('invalid-nonce')],
    value: 'new key',
  },
  {
    ask: 'EGeneral:Internal error keeps coming back',
    expect: [trouble('kraken-unavailable')],
    value: 'Kraken support',
  },
  {
    ask: 'rate limit points intermediate account',
    expect: [trouble('rate-limits')],
    value: '20',
  },
  {
    ask: 'how long is a kraken private key',
    expect: [trouble('invalid-signature')],
    value: '88',
  },
  {
    ask: 'does a kraken futures key work',
    expect: [trouble('invalid-key')],
    value: 'do not work on spot',
  },
  // The key checker
  {
    ask: 'does the checker save my keys',
    expect: [checker('what-stays-on-this-page')],
    value: 'stored',
  },
  {
    ask: 'what does the checker send without javascript',
    expect: [checker('what-stays-on-this-page')],
    value: 'nonce window',
  },
  {
    ask: 'live check says the call came from outside the ip allowlist, is my key broken?',
    expect: [checker('check-the-key-on-kraken'), trouble('ip-restriction'), ...both('connect')],
  },
  // The check API
  { ask: 'check api max body size', expect: [api('request'), api('errors')], value: '16 KB' },
  {
    ask: 'what does 415 mean from /api/kraken/check',
    expect: [api('errors')],
    value: 'unsupported-media-type',
  },
  {
    ask: 'json field for the nonce window in the check api',
    expect: [api('request')],
    value: 'nonceWindow',
  },
  {
    ask: 'how many addresses can ipAllowlist hold',
    expect: [api('errors'), api('request')],
    value: '256',
  },
  { ask: 'check api status values', expect: [api('response')], value: 'skip' },
  {
    ask: 'is the check endpoint response cached',
    expect: [api('errors')],
    value: 'no-store',
  },
  {
    ask: 'what does GetApiKeyInfo call the websocket permission',
    expect: [api('request')],
    value: 'create-ws-token',
  },
  // The overview and the home page
  { ask: 'pro or classic, which one do I use', expect: [GUIDE_PATHS.overview] },
  { ask: 'is there an llms.txt', expect: ['/#for-programs'], value: 'llms.txt' },
];
