/**
 * The guide's 21 figures, in the order they appear in the original page.
 * The PNGs are pictures redrawn from Kraken's screens (not screenshots),
 * rendered by `npm run screenshots` from scripts/scenes/ (never hand-edited);
 * orange rings with numbered badges mark what each step talks about. Keys
 * shown are fake (they spell EXAMPLE) and the IP range uses documentation
 * addresses only (RFC 5737, RFC 3849), so every caption of a figure that
 * shows it says these are example addresses.
 */
import type { ImageMetadata } from 'astro';
import type { Lang } from '../lib/guide/links';
import { FIGURE_WORDS_ID } from './figures.id';

import classicAddKey from '../assets/figures/classic-add-key.png';
import classicGenerate from '../assets/figures/classic-generate.png';
import classicIpWhitelisting from '../assets/figures/classic-ip-whitelisting.png';
import classicKeyCreated from '../assets/figures/classic-key-created.png';
import classicNameKey from '../assets/figures/classic-name-key.png';
import classicPermissions from '../assets/figures/classic-permissions.png';
import classicSecurityApi from '../assets/figures/classic-security-api.png';
import classicSwitch from '../assets/figures/classic-switch.png';
import overviewPromptPro from '../assets/figures/overview-prompt-pro.png';
import overviewSwitch from '../assets/figures/overview-switch.png';
import proGenerate from '../assets/figures/pro-generate.png';
import proIpRestriction from '../assets/figures/pro-ip-restriction.png';
import proKeyCreated from '../assets/figures/pro-key-created.png';
import proNameKey from '../assets/figures/pro-name-key.png';
import proNonceWindow from '../assets/figures/pro-nonce-window.png';
import proSettingsCreate from '../assets/figures/pro-settings-create.png';
import proSwitch from '../assets/figures/pro-switch.png';
import serviceConnectClassic from '../assets/figures/service-connect-classic.png';
import serviceConnectPro from '../assets/figures/service-connect-pro.png';
import serviceIpRange from '../assets/figures/service-ip-range.png';
import serviceIpRangeClassic from '../assets/figures/service-ip-range-classic.png';

/** A figure's words in one language. */
export interface FigureWords {
  /** What the picture shows and where the highlighted element is. */
  readonly alt: string;
  /** One short sentence shown under the image. */
  readonly caption: string;
}

/** The English words live here with the pictures; other languages in ./figures.<lang>.ts. */
export interface Figure extends FigureWords {
  /** Stable id; also the PNG's file name in src/assets/figures/. */
  readonly id: string;
  readonly src: ImageMetadata;
}

export const FIGURES = [
  // Overview
  {
    id: 'overview-switch',
    src: overviewSwitch,
    alt: 'The Kraken app at www.kraken.com with the profile menu open at the top right. Under "Switch to", the entries "Kraken Pro" (1) and "Kraken Classic" (2) are outlined in orange.',
    caption: 'Open the profile menu on Kraken and switch to Kraken Pro or Kraken Classic.',
  },
  {
    id: 'overview-prompt-pro',
    src: overviewPromptPro,
    alt: 'The Kraken app\'s Settings > API page showing only a notice, "API keys are managed in Kraken Pro", with the "Go to Kraken Pro" button outlined in orange (1).',
    caption: 'On plain Kraken, the API page only sends you to Kraken Pro.',
  },
  // Kraken Pro
  {
    id: 'pro-switch',
    src: proSwitch,
    alt: 'The Kraken app\'s profile menu, top right, with the "Kraken Pro" entry (pro.kraken.com) outlined in orange (1) under "Switch to".',
    caption: 'Switch to Kraken Pro, or open pro.kraken.com/app directly.',
  },
  {
    id: 'pro-settings-create',
    src: proSettingsCreate,
    alt: 'Kraken Pro\'s Settings page at pro.kraken.com/app/settings/api: "API" is selected in the left-hand settings menu (1), and the purple "Create API key" button at the top right of the API keys list is outlined in orange (2).',
    caption: 'In Kraken Pro, open Settings > API and click "Create API key".',
  },
  {
    id: 'pro-name-key',
    src: proNameKey,
    alt: 'The top of Kraken Pro\'s "Create API key" form. The "Key name" field, filled in with "Trading bot", is outlined in orange (1); the permission checkboxes below it are still empty.',
    caption: 'Give the key a name you will recognise, such as "Trading bot".',
  },
  {
    id: 'pro-ip-restriction',
    src: proIpRestriction,
    alt: 'Kraken Pro\'s "Create API key" form, scrolled to the permissions: Query under Funds permissions, all four Orders and trades boxes and Query ledger entries under Data are ticked; Deposit, Withdraw, Earn, Add withdrawal addresses, Update withdrawal addresses and Export data are not; "WebSocket interface" is on. Below, the "IP address restriction" toggle is switched on and outlined (1), and the empty field "Comma delimited list of IPv4 or IPv6 IP addresses or blocks" under it is outlined (2).',
    caption: 'Turn on "IP address restriction"; the addresses go in the field below it.',
  },
  {
    id: 'service-ip-range',
    src: serviceIpRange,
    alt: 'The trading service\'s "Connect exchange" page with Kraken selected. In the "IP range to whitelist" box on the right, the list 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32 is outlined in orange (1), and the Copy button under it (2) is marked "Copy all, paste into one field". These are example addresses; your service shows its own.',
    caption:
      "Copy the whole IP range from the service's Kraken connection page: Kraken Pro takes it in one field. The addresses shown are example addresses.",
  },
  {
    id: 'pro-nonce-window',
    src: proNonceWindow,
    alt: 'Kraken Pro\'s "Create API key" form, scrolled down: the IP address restriction field holds the pasted example range 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32; Key expiration, Query start date and Query end date are off, and the "Custom nonce window" toggle (1) is on with 2000000 in the field below it (2), both outlined in orange.',
    caption:
      'Turn on "Custom nonce window" and enter 2000000. The IP addresses shown are example addresses.',
  },
  {
    id: 'pro-generate',
    src: proGenerate,
    alt: 'The bottom of Kraken Pro\'s "Create API key" form with the example range 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32 under IP address restriction, Key expiration, Query start date and Query end date left off, Custom nonce window set to 2000000, and the purple "Generate key" button at the bottom left outlined in orange (1).',
    caption:
      'Leave the other options as they are and click "Generate key". The IP addresses shown are example addresses.',
  },
  {
    id: 'service-connect-pro',
    src: serviceConnectPro,
    alt: 'The trading service\'s "Connect exchange" page with Kraken selected. The "API key" field (1) holds the key Kraken Pro showed as "API key", and the "API Secret" field (2) holds the one it showed as "Private key"; both fields are outlined in orange with those labels beside them. On the right, the "IP range to whitelist" box lists the example range 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32.',
    caption:
      'Paste the two values into "API key" and "API Secret" and click Connect. The IP addresses shown are example addresses.',
  },
  {
    id: 'pro-key-created',
    src: proKeyCreated,
    alt: 'Kraken Pro\'s "API key created" page for the key "Trading bot", with a warning that the private key will not be shown again. The "API key" value (1) is marked "paste into API key" and the longer "Private key" value (2) is marked "paste into API Secret".',
    caption: 'Kraken Pro\'s "Private key" is what the service calls "API Secret".',
  },
  // Kraken Classic
  {
    id: 'classic-switch',
    src: classicSwitch,
    alt: 'The Kraken app\'s profile menu, top right, with the "Kraken Classic" entry outlined in orange (1) under "Switch to".',
    caption: 'Switch to Kraken Classic from the profile menu.',
  },
  {
    id: 'classic-security-api',
    src: classicSecurityApi,
    alt: 'Kraken Classic with its purple header: the profile icon at the top right (1) is outlined and its menu is open with "Security" outlined (2); on the Security page below, the "API" tab (3) is outlined.',
    caption: 'Click the profile icon at the top right, then "Security", then "API".',
  },
  {
    id: 'classic-add-key',
    src: classicAddKey,
    alt: 'Kraken Classic\'s Security > API page with an empty API keys table and the purple "Add key" button at the top right of the table outlined in orange (1).',
    caption: 'Click "Add key".',
  },
  {
    id: 'classic-name-key',
    src: classicNameKey,
    alt: 'Kraken Classic\'s "Add API key" form: the "Key description" field at the top left, filled in with "Trading bot", is outlined (1), and the "Nonce Window" field below it, set to 2000000, is outlined (2). Key Permissions on the right are still unticked.',
    caption: 'Describe the key and set "Nonce Window" to 2000000.',
  },
  {
    id: 'classic-permissions',
    src: classicPermissions,
    alt: 'Kraken Classic\'s "Key Permissions" box on the right of the form, outlined in orange (1). Ticked: Query Funds, Query Open Orders & Trades, Query Closed Orders & Trades, Modify Orders, Cancel/Close Orders, Query Ledger Entries and Access WebSockets API. Not ticked: Deposit Funds, Withdraw Funds and Export Data.',
    caption:
      'Tick exactly these seven permissions; leave Deposit Funds, Withdraw Funds and Export Data unticked.',
  },
  {
    id: 'classic-ip-whitelisting',
    src: classicIpWhitelisting,
    alt: 'The lower part of Kraken Classic\'s "Add API key" form: the "IP whitelisting" switch is on and outlined (1), and the "Add an IP address or range" button under it is outlined (2).',
    caption: 'Turn on "IP whitelisting" and click "Add an IP address or range".',
  },
  {
    id: 'service-ip-range-classic',
    src: serviceIpRangeClassic,
    alt: 'The trading service\'s "Connect exchange" page with Kraken selected. In the "IP range to whitelist" box on the right, each of the four entries is outlined on its own and numbered, with a note beside it: 192.0.2.0/24 (1, "row 1"), 198.51.100.0/24 (2, "row 2"), 203.0.113.0/24 (3, "row 3") and 2001:db8::/32 (4, "row 4"). These are example addresses; your service shows its own.',
    caption:
      "Copy the entries of the service's IP range one by one: each goes in its own row on Kraken Classic. The addresses shown are example addresses.",
  },
  {
    id: 'classic-generate',
    src: classicGenerate,
    alt: 'The bottom of Kraken Classic\'s "Add API key" form: IP whitelisting is on with the four example entries 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32 listed one per row, and the purple "Generate Key" button at the bottom left is outlined in orange (1).',
    caption:
      'Leave the other options as they are and click "Generate Key". The IP addresses shown are example addresses.',
  },
  {
    id: 'service-connect-classic',
    src: serviceConnectClassic,
    alt: 'The trading service\'s "Connect exchange" page with Kraken selected. The "API key" field (1) holds Kraken Classic\'s "API Key", and the "API Secret" field (2) holds its "Private Key"; both fields are outlined in orange with those labels beside them. On the right, the "IP range to whitelist" box lists the example range 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32.',
    caption:
      'Paste the two values into "API key" and "API Secret" and click Connect. The IP addresses shown are example addresses.',
  },
  {
    id: 'classic-key-created',
    src: classicKeyCreated,
    alt: 'Kraken Classic\'s page for the new key "Trading bot" (Nonce Window 2000000), with a notice to save the Private Key now. The "API Key" value (1) is marked "paste into API key" and the longer "Private Key" value (2) is marked "paste into API Secret".',
    caption: 'Kraken Classic\'s "Private Key" is what the service calls "API Secret".',
  },
] as const satisfies readonly Figure[];

export type FigureId = (typeof FIGURES)[number]['id'];

/** Every language but English, by language: a new language without its words fails here. */
const WORDS: Record<Exclude<Lang, 'en'>, Record<FigureId, FigureWords>> = { id: FIGURE_WORDS_ID };

const BY_ID: ReadonlyMap<string, Figure> = new Map(FIGURES.map((f) => [f.id, f]));

/**
 * The figure with this id, with its words in the page's language (English by
 * default); throws (naming the known ids) when there is none.
 */
export function figure(id: FigureId, lang: Lang = 'en'): Figure {
  const found = BY_ID.get(id);
  if (!found) {
    throw new Error(
      `Unknown figure id "${String(id)}". Known ids: ${FIGURES.map((f) => f.id).join(', ')}.`,
    );
  }
  return lang === 'en' ? found : { ...found, ...WORDS[lang][id] };
}
