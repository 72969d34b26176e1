import type { GuideForm } from '../guide/links';
import { listOf } from '../util/text';
import type { Finding } from './finding';
import type { CheckModule } from './module';
import type { PermissionName } from './permissions';
import {
  EXTRA_PERMISSIONS,
  FORBIDDEN_PERMISSIONS,
  PERMISSION_NAMES,
  REQUIRED_PERMISSIONS,
  formEntry,
  getPermission,
  permissionLabel,
  permissionTitle,
} from './permissions';

/** What the service does with each required permission, for the "why" of a failure. */
const PURPOSE: Partial<Record<PermissionName, string>> = {
  funds_query: 'read your balances',
  trades_query_open: 'follow its open orders',
  trades_query_closed: 'see filled and cancelled orders',
  trades_modify: 'place orders',
  trades_close: 'cancel orders',
  ledger_query: 'read your ledger (trades, fees, transfers)',
  websocket: 'get live updates over the WebSocket API',
};

/** The service's own message when a required permission is missing, quoted exactly. */
export const SERVICE_PERMISSION_MESSAGE = 'Not enough permission for API keys';

const q = (label: string): string => `“${label}”`;

/** "“Query Funds” under “Funds”", or "the “WebSocket interface” switch". */
function where(name: PermissionName, form: GuideForm): string {
  const entry = formEntry(name, form);
  if (!entry) return q(permissionLabel(name, form));
  if (entry.control === 'toggle') return q(entry.label);
  return `${q(entry.label)} under ${q(entry.group)}`;
}

/** Who says a permission is on or off: what the user ticked, or Kraken itself. */
export type Source = 'typed' | 'kraken';

/** The options a check's id and wording depend on. */
export interface PermissionJudgement {
  form: GuideForm;
  /** `permission.` for what was typed, `live.` for what Kraken reported. */
  prefix: 'permission.' | 'live.';
  source: Source;
}

const OFFLINE: Omit<PermissionJudgement, 'form'> = { prefix: 'permission.', source: 'typed' };

function said(source: Source): string {
  return source === 'kraken' ? 'Kraken reports that ' : '';
}

function requiredFinding(name: PermissionName, on: boolean, j: PermissionJudgement): Finding {
  const label = q(permissionLabel(name, j.form));
  const base = { id: `${j.prefix}${name}`, title: permissionTitle(name, j.form) };
  const stepKey = 'permissions' as const;
  if (on) {
    return {
      ...base,
      status: 'pass',
      detail: `${said(j.source)}${label} is on.`,
      fix: null,
      stepKey,
    };
  }
  const verb = formEntry(name, j.form)?.control === 'toggle' ? 'Switch on' : 'Tick';
  return {
    ...base,
    status: 'fail',
    detail: `${said(j.source)}${label} is off. The service needs it to ${PURPOSE[name] ?? 'work'}; without it, it reports “${SERVICE_PERMISSION_MESSAGE}”.`,
    fix: `${verb} ${where(name, j.form)} (edit the key on Kraken, or create a new one).`,
    stepKey,
    trouble: 'not-enough-permissions',
  };
}

function forbiddenFinding(name: PermissionName, on: boolean, j: PermissionJudgement): Finding {
  const label = q(permissionLabel(name, j.form));
  const base = { id: `${j.prefix}${name}`, title: permissionTitle(name, j.form) };
  const stepKey = 'permissions' as const;
  const danger = getPermission(name).danger ?? {
    on: 'anyone who gets hold of this key could use it',
    off: 'a leaked key cannot use it',
  };
  if (!on) {
    return {
      ...base,
      status: 'pass',
      detail: `${said(j.source)}${label} is off, so ${danger.off}.`,
      fix: null,
      stepKey,
    };
  }
  return {
    ...base,
    status: 'fail',
    detail: `${said(j.source)}${label} is on: ${danger.on}. The service never needs it.`,
    fix: `Untick ${where(name, j.form)} (edit the key on Kraken, or create a new one without it).`,
    stepKey,
  };
}

/** One extra permission on its own: off passes, on warns (the service does not use it). */
function extraFinding(name: PermissionName, on: boolean, j: PermissionJudgement): Finding {
  const label = q(permissionLabel(name, j.form));
  const base = { id: `${j.prefix}${name}`, title: permissionTitle(name, j.form) };
  const stepKey = 'permissions' as const;
  if (!on) {
    return {
      ...base,
      status: 'pass',
      detail: `${said(j.source)}${label} is off.`,
      fix: null,
      stepKey,
    };
  }
  return {
    ...base,
    status: 'warn',
    detail: `${said(j.source)}${label} is on. The service does not use it, and a key should allow only what it needs.`,
    fix: `Untick ${where(name, j.form)}.`,
    stepKey,
  };
}

/** The rule for one permission, whoever reports it: the same for typed and reported keys. */
export function judgePermission(
  name: PermissionName,
  on: boolean,
  judgement: PermissionJudgement,
): Finding {
  switch (getPermission(name).requirement) {
    case 'required':
      return requiredFinding(name, on, judgement);
    case 'forbidden':
      return forbiddenFinding(name, on, judgement);
    case 'extra':
      return extraFinding(name, on, judgement);
  }
}

/** Every permission of the catalogue, judged one by one (the live check's `live.<name>`). */
export function judgeEveryPermission(
  selected: Iterable<PermissionName>,
  judgement: PermissionJudgement,
): Finding[] {
  const on = new Set(selected);
  return PERMISSION_NAMES.map((name) => judgePermission(name, on.has(name), judgement));
}

function extraCheck(on: readonly PermissionName[], form: GuideForm): Finding {
  const present = EXTRA_PERMISSIONS.filter((name) => formEntry(name, form));
  const all = listOf(present.map((name) => q(permissionLabel(name, form))));
  const base = { id: 'permission.extra', title: 'Permissions the service does not need' };
  const stepKey = 'permissions' as const;
  if (on.length === 0) {
    return {
      ...base,
      status: 'pass',
      detail: `${all} ${present.length === 1 ? 'is' : 'are'} off.`,
      fix: null,
      stepKey,
    };
  }
  const names = listOf(on.map((name) => q(permissionLabel(name, form))));
  const verb = on.length === 1 ? 'is' : 'are';
  return {
    ...base,
    status: 'warn',
    detail: `${names} ${verb} on. The service does not use ${on.length === 1 ? 'it' : 'them'}, and a key should allow only what it needs.`,
    fix: `Untick ${names}.`,
    stepKey,
  };
}

function skipped(id: string, title: string): Finding {
  return {
    id,
    status: 'skip',
    title,
    detail: 'Not checked: no permissions were given.',
    fix: 'Tick the permissions exactly as they are ticked on Kraken.',
    stepKey: 'permissions',
  };
}

/** Every id `checkPermissions` answers with, in its order. */
export const PERMISSION_CHECK_IDS: readonly string[] = [
  ...[...REQUIRED_PERMISSIONS, ...FORBIDDEN_PERMISSIONS].map((name) => `permission.${name}`),
  'permission.extra',
];

/**
 * `permission.<name>` for the required and the forbidden permissions, then
 * `permission.extra`. `selected` undefined (nothing given) skips them all.
 */
export function checkPermissions(
  selected: Iterable<PermissionName> | undefined,
  form: GuideForm,
): Finding[] {
  const named = [...REQUIRED_PERMISSIONS, ...FORBIDDEN_PERMISSIONS];
  if (selected === undefined) {
    return [
      ...named.map((name) => skipped(`permission.${name}`, permissionTitle(name, form))),
      skipped('permission.extra', 'Permissions the service does not need'),
    ];
  }
  const on = new Set(selected);
  const judgement = { ...OFFLINE, form };
  return [
    ...named.map((name) => judgePermission(name, on.has(name), judgement)),
    extraCheck(
      EXTRA_PERMISSIONS.filter((name) => on.has(name)),
      form,
    ),
  ];
}

export const permissionsModule: CheckModule = {
  section: 'permissions',
  title: 'Permissions',
  ids: PERMISSION_CHECK_IDS,
  fields: ['permissions'],
  step: 'permissions',
  trouble: ['not-enough-permissions'],
  run: (values, { form }) => checkPermissions(values.permissions, form),
};
