import type { GuideForm } from '../guide/links';
import type { PermissionName } from '../rules/permissions';
import { PERMISSION_NAMES, formEntry, isPermissionName } from '../rules/permissions';

/** The parts of the checker, from the check registry; each guide step embeds one, the checker page all. */
export type { Section } from '../rules/registry';
export { SECTIONS } from '../rules/registry';

/**
 * What the user has entered. A text field is `undefined` until it is first
 * edited, so an untouched field is "not checked" rather than a failure;
 * `permissions` likewise until a box is first ticked or unticked.
 */
export interface CheckerState {
  form: GuideForm;
  permissions: readonly PermissionName[] | undefined;
  nonceWindow: string | undefined;
  ipRange: string | undefined;
  ipAllowlist: string | undefined;
  apiKey: string | undefined;
  /** Only ever held in memory in the browser: never in a form field with a name, never sent. */
  privateKey: string | undefined;
}

export type TextField = 'nonceWindow' | 'ipRange' | 'ipAllowlist' | 'apiKey' | 'privateKey';

export type CheckerAction =
  | { type: 'form'; form: GuideForm }
  | { type: 'permission'; name: PermissionName; on: boolean }
  | { type: 'text'; field: TextField; value: string };

export function initialState(
  form: GuideForm,
  ipRange?: string | undefined,
  given: Partial<CheckerState> = {},
): CheckerState {
  return {
    form,
    permissions: undefined,
    nonceWindow: undefined,
    ipRange: ipRange || undefined,
    ipAllowlist: undefined,
    apiKey: undefined,
    privateKey: undefined,
    ...given,
  };
}

/** Keeps catalogue order and drops what the chosen form does not show (Classic has no Earn). */
function normalise(names: Iterable<PermissionName>, form: GuideForm): PermissionName[] {
  const set = new Set(names);
  return PERMISSION_NAMES.filter((name) => set.has(name) && formEntry(name, form) !== null);
}

export function reduce(state: CheckerState, action: CheckerAction): CheckerState {
  switch (action.type) {
    case 'form':
      return {
        ...state,
        form: action.form,
        permissions: state.permissions && normalise(state.permissions, action.form),
      };
    case 'permission': {
      const current = new Set(state.permissions ?? []);
      if (action.on) current.add(action.name);
      else current.delete(action.name);
      return { ...state, permissions: normalise(current, state.form) };
    }
    case 'text':
      return { ...state, [action.field]: action.value };
  }
}

export function isOn(state: CheckerState, name: PermissionName): boolean {
  return state.permissions?.includes(name) ?? false;
}

/** Names of the no-JavaScript form's fields; the result page reads the same names. */
export const FIELD_NAMES = {
  form: 'form',
  permissions: 'permissions',
  nonceWindow: 'nonceWindow',
  ipRange: 'serviceRange',
  ipAllowlist: 'ipAllowlist',
  apiKey: 'apiKey',
} as const;

/** Bounds what a posted form can make the server read; far above any real value. */
const MAX_FIELD_LENGTH = 4096;

/**
 * The state a posted checker form describes. Posting is an explicit "check
 * this", so every field counts as given, empty or not. There is never a
 * private key: the form has no such field and one posted anyway is ignored.
 */
export function stateFromFormData(data: FormData, defaultForm: GuideForm): CheckerState {
  const text = (name: string): string => {
    const value = data.get(name);
    return typeof value === 'string' ? value.slice(0, MAX_FIELD_LENGTH) : '';
  };
  const formValue = text(FIELD_NAMES.form);
  const form: GuideForm = formValue === 'pro' || formValue === 'classic' ? formValue : defaultForm;
  const names = data.getAll(FIELD_NAMES.permissions).filter(isPermissionName);
  return {
    form,
    permissions: normalise(names, form),
    nonceWindow: text(FIELD_NAMES.nonceWindow),
    ipRange: text(FIELD_NAMES.ipRange),
    ipAllowlist: text(FIELD_NAMES.ipAllowlist),
    apiKey: text(FIELD_NAMES.apiKey),
    privateKey: undefined,
  };
}
