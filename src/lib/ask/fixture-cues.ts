/**
 * Sections for the tests of how questions are read and answered (cues.test.ts): written like
 * the real pages where it matters, and small.
 */
import { section } from './fixture';
import type { Section } from './sections';

/**
 * A reference that writes its fields as code, a guide that talks of the form's fields in
 * words, and a section whose sentences repeat the words of a question but one.
 */
export const PRO = '/exchange/kraken/pro/';
export const CUE_SECTIONS: Section[] = [
  section(
    PRO,
    'Kraken Pro',
    'Response',
    'response',
    [
      '| Field | Type | Meaning |',
      '| --- | --- | --- |',
      '| `fix` | string | What to change. |',
      '| `apiKey` | string | The public API key. |',
      '',
      'The live check adds `about`: `checkedWith` and `about.stop` (what stopped the check). The IP check is `ip.allowlist`.',
    ].join('\n'),
  ),
  section(
    PRO,
    'Kraken Pro',
    'Connect the key',
    'connect',
    'Paste the API key into the API key field. Kraken’s status is on status.kraken.com.',
  ),
  section(
    PRO,
    'Kraken Pro',
    'Rate limits',
    'rate-limits',
    [
      'Every key has a call counter, and each call fills the counter.',
      'It holds 15 points at the Starter level.',
      'Ledger calls cost 2 points on the counter, other calls 1 point.',
      'The counter empties as time passes, so calls can go on.',
      'A call over the counter’s points is refused.',
    ].join(' '),
  ),
  // The same sentences under an error string, and under a plain heading.
  section(
    PRO,
    'Kraken Pro',
    'EAPI:Invalid nonce',
    'eapiinvalid-nonce',
    'A call’s nonce was too low. Set the nonce window to 2000000.',
  ),
  section(
    PRO,
    'Kraken Pro',
    'Nonce window',
    'nonce-window',
    'A call’s nonce was too low. Set the nonce window to 2000000.',
  ),
  // An error named in the body, under a heading that does not name it.
  section(
    PRO,
    'Kraken Pro',
    'Rate limits',
    'rate-limits-2',
    [
      '**What you see:** `EAPI:Rate limit exceeded` or `EGeneral:Internal error`.',
      '',
      '**Cause:** the key’s counter is full.',
      '',
      '**Fix:** wait a minute.',
      '',
      'If `EGeneral:Internal error` keeps coming back, contact Kraken support.',
    ].join('\n'),
  ),
  // A number of the thing asked about, after a number of another.
  section(
    PRO,
    'Kraken Pro',
    'Enable Custom nonce window',
    'enable-custom-nonce-window',
    'Enter `2000000` (2 million). Programs count nonces in milliseconds: 2000000 lets a call arrive about 33 minutes late.',
  ),
  // The check API's machine names.
  section(
    '/reference/check-api/',
    'Check API',
    'Request',
    'request',
    'Machine names: `funds_withdraw` (Withdraw), `funds_add` (Deposit), `websocket`.',
  ),
];
