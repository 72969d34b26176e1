/**
 * Kraken's facts, in one place: the two editions of the key form (Kraken Pro
 * and Kraken Classic) with their exact labels and groups, the options each
 * guide leaves unset, the key formats, the guide's nonce window, and every
 * permission with its machine name, the name `GetApiKeyInfo` reports it by,
 * and the read-only call that proves it.
 * Everything else (IP intervals, text helpers, the rules that judge a key)
 * lives outside this module and reads from it. No zod here: the islands
 * import this module and stay small.
 */

export type Edition = 'pro' | 'classic';

export interface EditionProfile {
  name: string;
  /** Where the key form is on Kraken. */
  place: string;
  /** The legend over the permission boxes. */
  permissionsLegend: string;
  /** The nonce window field's label, quoted as Kraken shows it. */
  nonceField: string;
  /** The IP restriction field's label. */
  ipField: string;
}

export type OptionKey = 'expiry' | 'queryStart' | 'queryEnd';

/** An option of the key form the guide leaves alone, as the form labels it and shows it unset. */
export interface KeyOption {
  key: OptionKey;
  label: string;
  /** How the form shows it unset: a switch off, a box unticked, a menu at "no expiration". */
  unset: 'off' | 'unticked' | 'no-expiration';
}

export const EDITIONS: Readonly<Record<Edition, EditionProfile>> = {
  pro: {
    name: 'Kraken Pro',
    place: 'Settings › API › Create API key',
    permissionsLegend: 'Permissions',
    nonceField: '“Custom nonce window”',
    ipField: '“IP address restriction”',
  },
  classic: {
    name: 'Kraken Classic',
    place: 'Security › API › Add key',
    permissionsLegend: 'Key Permissions',
    nonceField: '“Nonce Window”',
    ipField: '“IP whitelisting”',
  },
};

/**
 * The options each form's guide leaves unset ("do not configure any other options"), in form
 * order. Apart from EDITIONS, which the islands import: only the server's answers need them.
 */
export const KEY_OPTIONS: Readonly<Record<Edition, readonly KeyOption[]>> = {
  pro: [
    { key: 'expiry', label: 'Key expiration', unset: 'off' },
    { key: 'queryStart', label: 'Query start date', unset: 'off' },
    { key: 'queryEnd', label: 'Query end date', unset: 'off' },
  ],
  classic: [
    { key: 'expiry', label: 'Key Expiration', unset: 'no-expiration' },
    { key: 'queryStart', label: 'Query Start Date/Time', unset: 'unticked' },
    { key: 'queryEnd', label: 'Query End Date/Time', unset: 'unticked' },
  ],
};

/**
 * The guide's machine names: Kraken's own (Fast-API keys) where it has one.
 * `websocket` is this guide's name for the WebSocket interface switch, which
 * Kraken keeps as a separate flag (GetApiKeyInfo calls it `create-ws-token`);
 * the two withdrawal-address names follow Kraken's pattern for the newer
 * permissions that only GetApiKeyInfo lists.
 */
export const PERMISSION_NAMES = [
  'funds_query',
  'funds_add',
  'funds_withdraw',
  'funds_earn',
  'add_withdraw_address',
  'update_withdraw_address',
  'trades_query_open',
  'trades_query_closed',
  'trades_modify',
  'trades_close',
  'ledger_query',
  'export_data',
  'websocket',
] as const;
export type PermissionName = (typeof PERMISSION_NAMES)[number];

/** What the service needs: `required` on, `forbidden` off, `extra` better off. */
export type Requirement = 'required' | 'forbidden' | 'extra';

/** How a form shows a permission: a checkbox, or the Pro form's WebSocket switch. */
export type Control = 'checkbox' | 'toggle';

export interface FormEntry {
  /** The exact text on Kraken's form. */
  label: string;
  group: string;
  control: Control;
  /** Other names Kraken or the guide use for the same box. */
  aliases?: readonly string[];
}

/** The read-only calls that prove a permission when GetApiKeyInfo cannot be used. */
export const PROBE_METHODS = [
  'Balance',
  'OpenOrders',
  'ClosedOrders',
  'Ledgers',
  'GetWebSocketsToken',
  'AddOrder',
  'CancelOrder',
  'WithdrawMethods',
] as const;
export type ProbeMethod = (typeof PROBE_METHODS)[number];

export interface Permission {
  name: PermissionName;
  requirement: Requirement;
  pro: FormEntry;
  /** null: the Classic form has no such permission. */
  classic: FormEntry | null;
  /** How GetApiKeyInfo's `permissions` list names it. */
  apiInfoName: string;
  /** The read-only call whose answer proves it; null when no safe call does. */
  probe: ProbeMethod | null;
  /**
   * What else Kraken requires for that call: a refusal proves this permission
   * off only when these are on (WithdrawMethods needs Query Funds and Withdraw).
   */
  probeAlsoNeeds?: readonly PermissionName[];
  /**
   * What else Kraken accepts for that call: an allowed call proves this
   * permission on only when these are off (CancelOrder takes either).
   */
  probeAlsoAllowedBy?: readonly PermissionName[];
  /**
   * Whether an order-level answer (`EOrder:…`) to that call proves the
   * permission: Kraken judges the order after its permission check.
   */
  probeOrderAnswerProves?: true;
}

const box = (label: string, group: string, aliases?: readonly string[]): FormEntry =>
  aliases ? { label, group, control: 'checkbox', aliases } : { label, group, control: 'checkbox' };

const FUNDS = 'Funds permissions';
const ORDERS = 'Orders and trades';

/** Every permission of both forms, in the order Kraken Pro's form shows them. */
export const PERMISSIONS: readonly Permission[] = [
  {
    name: 'funds_query',
    requirement: 'required',
    pro: box('Query', FUNDS),
    classic: box('Query Funds', 'Funds'),
    apiInfoName: 'query-funds',
    probe: 'Balance',
  },
  {
    name: 'funds_add',
    requirement: 'extra',
    pro: box('Deposit', FUNDS),
    classic: box('Deposit Funds', 'Funds'),
    apiInfoName: 'add-funds',
    probe: null,
  },
  {
    name: 'funds_withdraw',
    requirement: 'forbidden',
    pro: box('Withdraw', FUNDS),
    classic: box('Withdraw Funds', 'Funds'),
    apiInfoName: 'withdraw-funds',
    probe: 'WithdrawMethods',
    probeAlsoNeeds: ['funds_query'],
  },
  {
    name: 'funds_earn',
    requirement: 'extra',
    pro: box('Earn', FUNDS),
    classic: null,
    apiInfoName: 'earn-funds',
    probe: null,
  },
  {
    name: 'add_withdraw_address',
    requirement: 'forbidden',
    pro: box('Add withdrawal addresses', FUNDS),
    classic: null,
    apiInfoName: 'add-withdraw-address',
    probe: null,
  },
  {
    name: 'update_withdraw_address',
    requirement: 'forbidden',
    pro: box('Update withdrawal addresses', FUNDS),
    classic: null,
    apiInfoName: 'update-withdraw-address',
    probe: null,
  },
  {
    name: 'trades_query_open',
    requirement: 'required',
    pro: box('Query open orders & trades', ORDERS),
    classic: box('Query Open Orders & Trades', 'Orders & Trades'),
    apiInfoName: 'query-open-trades',
    probe: 'OpenOrders',
  },
  {
    name: 'trades_query_closed',
    requirement: 'required',
    pro: box('Query closed orders & trades', ORDERS),
    classic: box('Query Closed Orders & Trades', 'Orders & Trades'),
    apiInfoName: 'query-closed-trades',
    probe: 'ClosedOrders',
  },
  {
    name: 'trades_modify',
    requirement: 'required',
    pro: box('Create & modify orders', ORDERS),
    classic: box('Modify Orders', 'Orders & Trades', ['Create & Modify Orders']),
    apiInfoName: 'modify-trades',
    probe: 'AddOrder',
    probeOrderAnswerProves: true,
  },
  {
    name: 'trades_close',
    requirement: 'required',
    pro: box('Cancel & close orders', ORDERS),
    classic: box('Cancel/Close Orders', 'Orders & Trades', ['Cancel/Close Trades']),
    apiInfoName: 'close-trades',
    probe: 'CancelOrder',
    probeAlsoAllowedBy: ['trades_modify'],
    probeOrderAnswerProves: true,
  },
  {
    name: 'ledger_query',
    requirement: 'required',
    pro: box('Query ledger entries', 'Data'),
    classic: box('Query Ledger Entries', 'Other'),
    apiInfoName: 'query-ledger',
    probe: 'Ledgers',
  },
  {
    name: 'export_data',
    requirement: 'extra',
    pro: box('Export data', 'Data'),
    classic: box('Export Data', 'Other'),
    apiInfoName: 'export-data',
    probe: null,
  },
  {
    name: 'websocket',
    requirement: 'required',
    pro: { label: 'WebSocket interface', group: 'WebSocket interface', control: 'toggle' },
    classic: box('Access WebSockets API', 'Other'),
    apiInfoName: 'create-ws-token',
    probe: 'GetWebSocketsToken',
  },
];

const BY_API_INFO_NAME = new Map(PERMISSIONS.map((p) => [p.apiInfoName, p.name]));

/** GetApiKeyInfo's name for a permission → the catalogue's; undefined when unknown to this guide. */
export function permissionFromApiInfo(name: string): PermissionName | undefined {
  return BY_API_INFO_NAME.get(name);
}

/** Every public sample of a Kraken API key has this length; Kraken documents none. */
export const API_KEY_LENGTH = 56;
/** A Kraken private key: base64 of 64 bytes, so 88 characters ending in "==". */
export const PRIVATE_KEY_LENGTH = 88;
export const PRIVATE_KEY_BYTES = 64;

/** The nonce window the guide asks for, in nonce units. */
export const NONCE_WINDOW = 2_000_000;

/** The private call that reports a key's own configuration and needs no permission. */
export const KEY_INFO_METHOD = 'GetApiKeyInfo';
