import { section } from './fixture';

/**
 * Which sentences of a section answer: sections written like the real pages, each built to
 * tell one rule of extraction apart.
 */
const PRO = '/exchange/kraken/pro/';
const TROUBLE = '/exchange/kraken/troubleshooting/';
const REFERENCE = '/reference/check-api/';
export const SECTIONS = [
  // 0: a question that asks two things, said in two paragraphs.
  section(
    TROUBLE,
    'Troubleshooting',
    'EAPI:Invalid nonce',
    'eapiinvalid-nonce',
    [
      '**Cause:** several requests arrived out of order, and Kraken refused the late ones.',
      '',
      'Kraken never resets the counter of a key.',
      '',
      '**Fix:** raise the nonce window of the key to 2000000.',
    ].join('\n'),
  ),
  // 1: a step of the Kraken Pro guide: every sentence of it is about Kraken Pro.
  section(
    PRO,
    'Kraken Pro',
    'Restrict the addresses',
    'restrict',
    [
      'Copy the range into the field "Comma delimited list of addresses".',
      'Kraken Pro takes the whole range in one field.',
    ].join(' '),
  ),
  // 2: the reference: a bare list of every id, then a sentence that says what one id does.
  section(
    REFERENCE,
    'Check API',
    'Response',
    'response',
    [
      'Every check, in order:',
      '',
      '`key.api-key`, `key.private-key`, `key.swapped`, `ip.allowlist`, `nonce-window`.',
      '',
      'The check `key.swapped` fails when the API key has the length of a private key.',
    ].join('\n'),
  ),
  // 3: a troubleshooting entry: what the reader sees, why, and what to do.
  section(
    TROUBLE,
    'Troubleshooting',
    'Not enough permission for API keys',
    'not-enough-permission-for-api-keys',
    [
      '**What you see:** the message “Not enough permission for API keys” from the trading service, when you connect the key.',
      '',
      '**Cause:** a permission the service needs is off for the key.',
      '',
      '**Fix:** on Kraken, edit the key and enable the seven permissions.',
    ].join('\n'),
  ),
  // 4: a cause that says what must be (a requirement, not what to do), then the fix.
  section(
    TROUBLE,
    'Troubleshooting',
    'EAPI:Invalid nonce',
    'eapiinvalid-nonce-2',
    [
      '**Cause:** every call carries a number that must be larger than the last one Kraken saw.',
      '',
      '**Fix:** set the nonce window of the key to 2000000.',
    ].join('\n'),
  ),
  // 5: an error that says nothing about the key.
  section(
    TROUBLE,
    'Troubleshooting',
    'Kraken did not answer',
    'kraken-did-not-answer',
    [
      '**What you see:** `EService:Unavailable` or `EService:Busy` from Kraken.',
      '',
      '**Cause:** Kraken is busy or in maintenance. It says nothing about your key.',
      '',
      '**Fix:** try again later.',
    ].join('\n'),
  ),
  // 6: an error users remember by its message ("too many requests").
  section(
    TROUBLE,
    'Troubleshooting',
    'Rate limits',
    'rate-limits',
    [
      '**What you see:** `EAPI:Rate limit exceeded` or `EGeneral:Too many requests`.',
      '',
      '**Cause:** every key has a call counter.',
      '',
      '**Fix:** wait a minute before retrying.',
    ].join('\n'),
  ),
  // 7: a permission step whose sentences name several permissions.
  section(
    PRO,
    'Kraken Pro',
    'Select permissions',
    'select-permissions',
    [
      'Kraken sends withdrawals only to saved addresses, so a key that adds one is the step before a withdrawal.',
      '',
      'Nothing else: leave **Deposit**, **Withdraw** and **Earn** off. A key with **Withdraw** could move your funds if it ever leaked. It could also empty the account.',
    ].join('\n'),
  ),
  // 8: a cause whose last sentence points back, and a fix.
  section(
    TROUBLE,
    'Troubleshooting',
    'EAPI:Invalid nonce',
    'eapiinvalid-nonce-3',
    [
      '**Cause:** calls arrived out of order. It also happens when two bots share one key.',
      '',
      '**Fix:** use one key per bot, and set the nonce window to 2000000.',
    ].join('\n'),
  ),
  // 9: three sentences, the last two pointing back.
  section(
    REFERENCE,
    'Check API',
    'The live check',
    'the-live-check',
    'The live check asks Kraken. Its refusals are worded in the request’s language. It answers with `about.fallback`, why the probes ran.',
  ),
  // 10: an error whose cause and fix name other errors in an aside and in a link.
  section(
    TROUBLE,
    'Troubleshooting',
    'EGeneral:Permission denied',
    'egeneralpermission-denied',
    [
      '**Cause:** the key lacks a permission (also reported as `EAPI:Permission denied`).',
      '',
      'Expect the same answer when the call comes from outside the key’s IP restriction.',
      '',
      '**Fix:** enable the missing permission (see [Not enough permission for API keys](#not-enough)).',
    ].join('\n'),
  ),
  // 11: a sentence whose colon introduces a figure, then the figure's caption.
  section(
    PRO,
    'Kraken Pro',
    'Enable Custom nonce window',
    'enable-custom-nonce-window',
    [
      'Enter `2000000` (2 million):',
      '',
      '![The form with the nonce window field outlined.](/figure.webp)',
      '',
      '*Turn on "Custom nonce window" and enter 2000000.*',
    ].join('\n'),
  ),
  // 12: where a thing goes, then where it comes from.
  section(
    PRO,
    'Kraken Pro',
    'Enable the option for IP whitelisting',
    'enable-the-option-for-ip-whitelisting',
    [
      'Turn on "IP address restriction"; the IP range goes in the field below it.',
      '',
      'The IP range is shown on the connection page of the trading service.',
    ].join('\n'),
  ),
  // 13: a list that no sentence introduces, under a heading that is the question.
  section(
    '/exchange/kraken/key-checker/',
    'Key checker',
    'What is checked',
    'what-is-checked',
    [
      '- **Permissions**: exactly the seven the service needs are on.',
      '- **IP restriction**: the service’s range is allowed.',
      '- **Nonce window**: it is 2000000.',
      '',
      'These checks cannot see your key on Kraken.',
    ].join('\n'),
  ),
];
