import type { GuideForm } from '../guide/links';

/** Kraken's machine names (spec, Fast-API keys); `websocket` is a separate flag there. */
export const PERMISSION_NAMES = [
  'funds_query',
  'funds_add',
  'funds_withdraw',
  'funds_earn',
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

export interface Permission {
  name: PermissionName;
  requirement: Requirement;
  pro: FormEntry;
  /** null: the Classic form has no such permission. */
  classic: FormEntry | null;
}

const box = (label: string, group: string, aliases?: readonly string[]): FormEntry =>
  aliases ? { label, group, control: 'checkbox', aliases } : { label, group, control: 'checkbox' };

/** Every permission of both forms, in the order Kraken Pro's form shows them. */
export const PERMISSIONS: readonly Permission[] = [
  {
    name: 'funds_query',
    requirement: 'required',
    pro: box('Query', 'Funds permissions'),
    classic: box('Query Funds', 'Funds'),
  },
  {
    name: 'funds_add',
    requirement: 'extra',
    pro: box('Deposit', 'Funds permissions'),
    classic: box('Deposit Funds', 'Funds'),
  },
  {
    name: 'funds_withdraw',
    requirement: 'forbidden',
    pro: box('Withdraw', 'Funds permissions'),
    classic: box('Withdraw Funds', 'Funds'),
  },
  {
    name: 'funds_earn',
    requirement: 'extra',
    pro: box('Earn', 'Funds permissions'),
    classic: null,
  },
  {
    name: 'trades_query_open',
    requirement: 'required',
    pro: box('Query open orders & trades', 'Orders and trades'),
    classic: box('Query Open Orders & Trades', 'Orders & Trades'),
  },
  {
    name: 'trades_query_closed',
    requirement: 'required',
    pro: box('Query closed orders & trades', 'Orders and trades'),
    classic: box('Query Closed Orders & Trades', 'Orders & Trades'),
  },
  {
    name: 'trades_modify',
    requirement: 'required',
    pro: box('Create & modify orders', 'Orders and trades'),
    classic: box('Modify Orders', 'Orders & Trades', ['Create & Modify Orders']),
  },
  {
    name: 'trades_close',
    requirement: 'required',
    pro: box('Cancel & close orders', 'Orders and trades'),
    classic: box('Cancel/Close Orders', 'Orders & Trades', ['Cancel/Close Trades']),
  },
  {
    name: 'ledger_query',
    requirement: 'required',
    pro: box('Query ledger entries', 'Data'),
    classic: box('Query Ledger Entries', 'Other'),
  },
  {
    name: 'export_data',
    requirement: 'extra',
    pro: box('Export data', 'Data'),
    classic: box('Export Data', 'Other'),
  },
  {
    name: 'websocket',
    requirement: 'required',
    pro: { label: 'WebSocket interface', group: 'WebSocket interface', control: 'toggle' },
    classic: box('Access WebSockets API', 'Other'),
  },
];

const BY_NAME = new Map(PERMISSIONS.map((permission) => [permission.name, permission]));

export function isPermissionName(value: unknown): value is PermissionName {
  return typeof value === 'string' && BY_NAME.has(value as PermissionName);
}

export function getPermission(name: PermissionName): Permission {
  const permission = BY_NAME.get(name);
  if (!permission) throw new TypeError(`Unknown permission ${name}`);
  return permission;
}

/** The entry a form shows for a permission; null when that form has none (Classic: Earn). */
export function formEntry(name: PermissionName, form: GuideForm): FormEntry | null {
  return getPermission(name)[form];
}

/** The label to name a permission by in `form`, falling back to Pro's with a note. */
export function permissionLabel(name: PermissionName, form: GuideForm): string {
  const entry = formEntry(name, form);
  return entry ? entry.label : `${getPermission(name).pro.label} (Kraken Pro only)`;
}

/** "Query" alone is unclear in a list of results: Pro's funds labels get their group. */
export function permissionTitle(name: PermissionName, form: GuideForm): string {
  const entry = formEntry(name, form);
  if (form === 'pro' && entry?.group === 'Funds permissions')
    return `${entry.group}: ${entry.label}`;
  return permissionLabel(name, form);
}

export interface FormGroup {
  label: string;
  permissions: readonly (Permission & { entry: FormEntry })[];
}

/** A form's groups and boxes in the order Kraken shows them, for rendering a replica. */
export function formLayout(form: GuideForm): readonly FormGroup[] {
  const groups: { label: string; permissions: (Permission & { entry: FormEntry })[] }[] = [];
  for (const permission of PERMISSIONS) {
    const entry = permission[form];
    if (!entry) continue;
    let group = groups.at(-1);
    if (group?.label !== entry.group) {
      group = { label: entry.group, permissions: [] };
      groups.push(group);
    }
    group.permissions.push({ ...permission, entry });
  }
  return groups;
}

const withRequirement = (requirement: Requirement): readonly PermissionName[] =>
  PERMISSIONS.filter((p) => p.requirement === requirement).map((p) => p.name);

export const REQUIRED_PERMISSIONS = withRequirement('required');
export const FORBIDDEN_PERMISSIONS = withRequirement('forbidden');
export const EXTRA_PERMISSIONS = withRequirement('extra');
