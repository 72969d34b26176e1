import type { GuideForm } from '../guide/links';
import type { PermissionName } from '../rules/permissions';
import { PERMISSION_NAMES, formEntry, isPermissionName } from '../rules/permissions';
import type { Section } from '../rules/registry';
import { SECTIONS } from '../rules/registry';

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

/**
 * What an island's fields hold in the page when it hydrates: whatever was
 * typed, pasted, ticked or filled by the browser before its JavaScript ran.
 * A field the island does not show is absent.
 */
export interface SeenFields {
  form?: GuideForm | undefined;
  /** The ticked boxes; absent when the island shows no permission boxes. */
  permissions?: readonly PermissionName[] | undefined;
  nonceWindow?: string | undefined;
  ipRange?: string | undefined;
  ipAllowlist?: string | undefined;
  apiKey?: string | undefined;
  privateKey?: string | undefined;
}

export type CheckerAction =
  | { type: 'form'; form: GuideForm }
  | { type: 'permission'; name: PermissionName; on: boolean }
  | { type: 'text'; field: TextField; value: string }
  | { type: 'adopt'; seen: SeenFields }
  /**
   * Keys another island on the page published. When this island has just
   * hydrated (`keepHeld`), a key its own field holds was typed before it ran,
   * so it is newer and stays.
   */
  | {
      type: 'shared';
      apiKey?: string | undefined;
      privateKey?: string | undefined;
      keepHeld: boolean;
    };

/** The checker's text fields, in form order. */
export const TEXT_FIELDS: readonly TextField[] = [
  'nonceWindow',
  'ipRange',
  'ipAllowlist',
  'apiKey',
  'privateKey',
];

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
    case 'adopt':
      return adopt(state, action.seen);
    case 'shared': {
      let next = state;
      for (const field of ['apiKey', 'privateKey'] as const) {
        const value = action[field];
        if (value === undefined || value === next[field]) continue;
        if (action.keepHeld && next[field]) continue;
        next = { ...next, [field]: value };
      }
      return next;
    }
  }
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Takes over what the page's fields hold where it differs from the state:
 * the island rendered its fields from the state, so any difference was typed
 * (or ticked, pasted, filled in by the browser) before it ran. Returns the
 * same state when nothing differs, so a field nobody touched stays unset.
 */
export function adopt(state: CheckerState, seen: SeenFields): CheckerState {
  let next = state;
  if (seen.form !== undefined && seen.form !== next.form) {
    next = reduce(next, { type: 'form', form: seen.form });
  }
  if (seen.permissions !== undefined) {
    const ticked = normalise(seen.permissions, next.form);
    if (!sameList(ticked, next.permissions ?? [])) next = { ...next, permissions: ticked };
  }
  for (const field of TEXT_FIELDS) {
    const value = seen[field];
    if (value !== undefined && value !== (next[field] ?? '')) next = { ...next, [field]: value };
  }
  return next;
}

/** The fields of each section: a section counts as filled once one of them is. */
const SECTION_FIELDS: Record<Section, readonly (keyof CheckerState)[]> = {
  permissions: ['permissions'],
  ip: ['ipRange', 'ipAllowlist'],
  nonce: ['nonceWindow'],
  keys: ['apiKey', 'privateKey'],
};

/**
 * The sections the user has filled something in: a field differs from how
 * the island started (a prefilled service range alone is not the user's).
 * Only these show their results until the user asks to check everything.
 */
export function filledSections(
  state: CheckerState,
  start: CheckerState,
  sections: readonly Section[] = SECTIONS,
): Section[] {
  return sections.filter((section) =>
    SECTION_FIELDS[section].some((field) => {
      const now = state[field];
      const then = start[field];
      return Array.isArray(now) && Array.isArray(then) ? !sameList(now, then) : now !== then;
    }),
  );
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
