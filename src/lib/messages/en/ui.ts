/** The key checker's interface in English: every island string and the result page's. */
import type { ResultWords, UiCatalogue } from '../types';

const COUNTS = {
  fail: ['failed', 'failed'],
  warn: ['warning', 'warnings'],
  pass: ['passed', 'passed'],
  skip: ['not checked', 'not checked'],
} as const;

export const EN_UI = {
  status: { pass: 'Pass', fail: 'Fail', warn: 'Warning', skip: 'Not checked' },
  counts: (status, n) => `${n} ${COUNTS[status][n === 1 ? 0 : 1]}`,
  fix: 'Fix: ',
  forResult: (title) => ` (for ${title})`,
  sections: {
    permissions: 'Permissions',
    ip: 'IP restriction',
    nonce: 'Nonce window',
    keys: 'API keys',
  },
  topics: {
    permissions: 'permissions',
    ip: 'IP restriction',
    nonce: 'nonce window',
    keys: 'API keys',
  },
  panelTitle: (topic) => `Check your key’s ${topic}`,
  panelAnnouncement: (topic) => `Check of your key’s ${topic}`,
  noScript: {
    before: 'This check works in your browser with JavaScript. Without it, use the form on the ',
    link: 'key checker page',
    after: '.',
  },
  guideName: { pro: 'Kraken Pro guide', classic: 'Kraken Classic guide' },
  stepTitles: {
    pro: {
      'add-key': 'step 3, Create API key',
      permissions: 'step 5, Select permissions',
      ip: 'step 6, IP whitelisting',
      nonce: 'step 7, Custom nonce window',
      generate: 'step 8, Generate key (no other options)',
      connect: 'step 9, Connect Kraken',
    },
    classic: {
      'add-key': 'step 4, Add key',
      nonce: 'step 5, Name your key (Nonce Window)',
      permissions: 'step 6, Select permissions',
      ip: 'step 7, IP whitelisting',
      generate: 'step 8, Generate key (no other options)',
      connect: 'step 9, Connect Kraken',
    },
  },
  helpTitles: {
    'not-enough-permissions': '“Not enough permission for API keys”',
    'invalid-key': 'EAPI:Invalid key',
    'invalid-signature': 'EAPI:Invalid signature',
    'invalid-nonce': 'EAPI:Invalid nonce',
    'permission-denied': 'EGeneral:Permission denied',
    'temporary-lockout': 'EGeneral:Temporary lockout',
    'rate-limits': 'rate limits',
    'kraken-unavailable': 'Kraken did not answer',
    'ip-restriction': 'every call is denied (IP restriction)',
  },
  troubleshooting: (title) => `Troubleshooting: ${title}`,
  summary: {
    none: 'Nothing checked yet',
    noneText: {
      before:
        'Fill in what you see on Kraken below: each part shows its results once you fill it in, and ',
      strong: 'Check my key',
      after: ' checks everything at once.',
    },
    fix: (n) =>
      n === 1 ? '1 thing to fix before you connect' : `${n} things to fix before you connect`,
    incomplete: 'Nothing to fix so far',
    ready: 'Ready to connect',
    readyText:
      'Your key’s settings match the guide: enter the keys on the service’s Kraken connection page.',
    worth: (titles) => `Worth a look: ${titles.join(', ')} (marked “Warning” below).`,
    unchecked: (titles) => `Not checked yet: ${titles.join(', ')}.`,
  },
  checker: { label: 'Key checker', announcement: 'Key check', submit: 'Check my key' },
  permissions: {
    whichForm: 'Which Kraken form are you looking at?',
    asOn: (formName) => `, as on ${formName}`,
    tickExactly: 'Tick exactly what is ticked on your key.',
  },
  ip: {
    rangeLabel: 'Service’s IP range (from its connection page)',
    prefilled: (name) =>
      `Filled in with ${name}’s range. Change it only if its connection page shows another.`,
    copyRange: (name) => `Copy the range from ${name}’s Kraken connection page`,
    openIt: 'open it',
    exactly: ', exactly as shown.',
    allowLabel: 'What you entered in Kraken’s IP restriction field',
    allowHint: (field) =>
      `The addresses or blocks in Kraken’s ${field} field, separated by commas, spaces or new lines. Leave it empty if you entered none.`,
  },
  nonce: {
    label: 'Nonce window on your key',
    hint: (field) =>
      `What you entered in Kraken’s ${field} field, written any way you like: 2000000, 2 000 000 or 2M.`,
  },
  keys: {
    apiLabel: 'API key',
    apiHint: 'Kraken’s “API key”: the service calls it “API Key”.',
    privateLabel: 'Private key',
    privateHint:
      'Kraken’s “Private key”: the service calls it “API Secret”. It is checked only here, in your browser, and never sent anywhere.',
    privateNote:
      'The private key is checked only in your browser, with JavaScript on: this form is sent to our server, and a private key must never be sent to any server.',
    show: 'Show',
  },
} as const satisfies UiCatalogue;

/** The no-JavaScript result page's own words (the server's only; no island imports them). */
export const EN_RESULT = {
  title: 'Key checker results',
  description: 'The results of checking your Kraken API key settings.',
  intro:
    'Your results are below, with what you entered kept in the fields: change any of them and check again.',
  startOver: 'Start over',
  errors: {
    type: 'Send the checker’s form to see results.',
    size: 'That form was too large to check.',
    unreadable: 'That form could not be read. Please fill it in again.',
  },
} as const satisfies ResultWords;
