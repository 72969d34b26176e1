import type { GuideForm } from '../guide/links';
import { stepUrl, troubleUrl } from '../guide/links';
import { listOf } from '../util/text';
import type { Check } from './check';
import type { PermissionName } from './permissions';
import {
  EXTRA_PERMISSIONS,
  FORBIDDEN_PERMISSIONS,
  REQUIRED_PERMISSIONS,
  formEntry,
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

const q = (label: string): string => `“${label}”`;

/** "“Query Funds” under “Funds”", or "the “WebSocket interface” switch". */
function where(name: PermissionName, form: GuideForm): string {
  const entry = formEntry(name, form);
  if (!entry) return q(permissionLabel(name, form));
  if (entry.control === 'toggle') return q(entry.label);
  return `${q(entry.label)} under ${q(entry.group)}`;
}

function requiredCheck(name: PermissionName, on: boolean, form: GuideForm): Check {
  const label = q(permissionLabel(name, form));
  const base = { id: `permission.${name}`, title: permissionTitle(name, form) };
  const step = stepUrl(form, 'permissions');
  if (on) return { ...base, status: 'pass', detail: `${label} is on.`, fix: null, step };
  const verb = formEntry(name, form)?.control === 'toggle' ? 'Switch on' : 'Tick';
  return {
    ...base,
    status: 'fail',
    detail: `${label} is off. The service needs it to ${PURPOSE[name] ?? 'work'}; without it, it reports “Not enough permissions for API keys”.`,
    fix: `${verb} ${where(name, form)} (edit the key on Kraken, or create a new one).`,
    step,
    help: troubleUrl('not-enough-permissions'),
  };
}

function forbiddenCheck(name: PermissionName, on: boolean, form: GuideForm): Check {
  const label = q(permissionLabel(name, form));
  const base = { id: `permission.${name}`, title: permissionTitle(name, form) };
  const step = stepUrl(form, 'permissions');
  if (!on) {
    return {
      ...base,
      status: 'pass',
      detail: `${label} is off, so a leaked key cannot move funds out.`,
      fix: null,
      step,
    };
  }
  return {
    ...base,
    status: 'fail',
    detail: `${label} is on: anyone who gets hold of this key could withdraw your funds. The service never needs it.`,
    fix: `Untick ${where(name, form)} (edit the key on Kraken, or create a new one without it).`,
    step,
  };
}

function extraCheck(on: readonly PermissionName[], form: GuideForm): Check {
  const present = EXTRA_PERMISSIONS.filter((name) => formEntry(name, form));
  const all = listOf(present.map((name) => q(permissionLabel(name, form))));
  const base = { id: 'permission.extra', title: 'Permissions the service does not need' };
  const step = stepUrl(form, 'permissions');
  if (on.length === 0) {
    return {
      ...base,
      status: 'pass',
      detail: `${all} ${present.length === 1 ? 'is' : 'are'} off.`,
      fix: null,
      step,
    };
  }
  const names = listOf(on.map((name) => q(permissionLabel(name, form))));
  const verb = on.length === 1 ? 'is' : 'are';
  return {
    ...base,
    status: 'warn',
    detail: `${names} ${verb} on. The service does not use ${on.length === 1 ? 'it' : 'them'}, and a key should allow only what it needs.`,
    fix: `Untick ${names}.`,
    step,
  };
}

function skipped(id: string, title: string, form: GuideForm): Check {
  return {
    id,
    status: 'skip',
    title,
    detail: 'Not checked: no permissions were given.',
    fix: 'Tick the permissions exactly as they are ticked on Kraken.',
    step: stepUrl(form, 'permissions'),
  };
}

/**
 * `permission.<name>` for the seven required permissions and Withdraw, then
 * `permission.extra`. `selected` undefined (nothing given) skips them all.
 */
export function checkPermissions(
  selected: Iterable<PermissionName> | undefined,
  form: GuideForm,
): Check[] {
  const ids = [...REQUIRED_PERMISSIONS, ...FORBIDDEN_PERMISSIONS];
  if (selected === undefined) {
    return [
      ...ids.map((name) => skipped(`permission.${name}`, permissionTitle(name, form), form)),
      skipped('permission.extra', 'Permissions the service does not need', form),
    ];
  }
  const on = new Set(selected);
  return [
    ...REQUIRED_PERMISSIONS.map((name) => requiredCheck(name, on.has(name), form)),
    ...FORBIDDEN_PERMISSIONS.map((name) => forbiddenCheck(name, on.has(name), form)),
    extraCheck(
      EXTRA_PERMISSIONS.filter((name) => on.has(name)),
      form,
    ),
  ];
}
