/**
 * A small docs site for the tests of the question index: sections written like the real
 * guides, so that retrieval, vocabulary and extraction are tested without a build.
 */
import type { Section } from './sections';
import { buildIndexData, loadIndexData, type AskIndex, type TwinEntry } from './search-index';

export const SITE = 'https://docs.example';

export const TWINS: TwinEntry[] = [
  { twin: '/index.md', path: '/', title: 'Home', description: 'Guides for a Kraken API key.' },
  {
    twin: '/exchange/kraken/pro.md',
    path: '/exchange/kraken/pro/',
    title: 'Kraken Pro',
    description: 'Create a Kraken Pro API key.',
  },
  {
    twin: '/exchange/kraken/classic.md',
    path: '/exchange/kraken/classic/',
    title: 'Kraken Classic',
    description: 'Create a Kraken Classic API key.',
  },
  {
    twin: '/exchange/kraken/troubleshooting.md',
    path: '/exchange/kraken/troubleshooting/',
    title: 'Troubleshooting',
    description: 'What each Kraken error means.',
  },
];

export const section = (
  path: string,
  pageTitle: string,
  heading: string,
  anchor: string,
  markdown: string,
): Section => ({
  path,
  pageTitle,
  heading,
  anchor,
  markdown,
});

export const SECTIONS: Section[] = [
  section('/', 'Home', 'Home', '', 'These pages walk you through creating a key, step by step.'),
  section(
    '/exchange/kraken/pro/',
    'Kraken Pro',
    'Select permissions',
    'select-permissions',
    'You must enable exactly these:\n\n- Funds permissions\n  - Query\n\n- Orders and trades\n  - Query open orders & trades\n  - Create & modify orders\n\n- Data\n  - Query ledger entries\n\nLeave **Withdraw** off. A key with **Withdraw** could move your funds if it ever leaked.',
  ),
  section(
    '/exchange/kraken/pro/',
    'Kraken Pro',
    'Enable Custom nonce window',
    'enable-custom-nonce-window',
    'Enter `2000000` (2 million):\n\n![A form](/a.png)\n\n*Turn on "Custom nonce window" and enter 2000000.*',
  ),
  section(
    '/exchange/kraken/pro/',
    'Kraken Pro',
    'Enable the option for IP Whitelisting',
    'enable-the-option-for-ip-whitelisting',
    "1. Enable the **IP address restriction** option.\n2. Copy the service's IP range into the field.",
  ),
  section(
    '/exchange/kraken/pro/',
    'Kraken Pro',
    'Connect Kraken with created API keys',
    'connect-kraken-with-created-api-keys',
    '> **Private key means API Secret**\n>\n> Please note that the **Private key** refers to the **API Secret** field on the connection page.',
  ),
  section(
    '/exchange/kraken/classic/',
    'Kraken Classic',
    'Select permissions',
    'select-permissions',
    'You must enable exactly these:\n\n- Query Funds\n- Query Ledger Entries\n- Modify Orders\n\nLeave **Withdraw Funds** unticked.',
  ),
  section(
    '/exchange/kraken/classic/',
    'Kraken Classic',
    'Name your key',
    'name-your-key',
    'A proper name helps to manage it.\n\n> **⚠️ IMPORTANT**\n>\n> Please set the "Nonce window" value to `2000000` (2 000 000)! Kraken\'s default is 0.',
  ),
  section(
    '/exchange/kraken/troubleshooting/',
    'Troubleshooting',
    '`EAPI:Invalid nonce`',
    'eapiinvalid-nonce',
    '**Cause:** the nonce was not above the last one Kraken saw.\n\n**Fix:** set the nonce window to `2000000`, and use one key per bot.',
  ),
  section(
    '/exchange/kraken/troubleshooting/',
    'Troubleshooting',
    '`EGeneral:Temporary lockout`',
    'egeneraltemporary-lockout',
    '**Cause:** too many failed calls in a row.\n\n**Fix:** stop every program that uses the key and wait about 15 minutes before trying again.',
  ),
  section(
    '/exchange/kraken/troubleshooting/',
    'Troubleshooting',
    'Other messages',
    'other-messages',
    '> `EGeneral:Invalid arguments` names a request field Kraken could not read. `EAccount:Invalid permissions` means the account may not trade that asset from its region.',
  ),
];

/**
 * An English index of `sections` (the site's twins), through JSON as the server reads it;
 * `lexicon` is the word list the build would pass.
 */
export async function indexOf(sections: Section[], lexicon: string[] = []): Promise<AskIndex> {
  const data = await buildIndexData(SITE, TWINS, sections, 'en', lexicon);
  return loadIndexData(JSON.parse(JSON.stringify(data)) as typeof data);
}

export async function fixtureIndex(): Promise<AskIndex> {
  return indexOf(SECTIONS);
}
