import type { GuideForm } from '../guide/links';
import type { FormEntry, Permission, PermissionName, Requirement } from '../profile/kraken';
import { PERMISSIONS } from '../profile/kraken';

export type {
  Control,
  FormEntry,
  Permission,
  PermissionName,
  Requirement,
} from '../profile/kraken';
export { PERMISSION_NAMES, PERMISSIONS, permissionFromApiInfo } from '../profile/kraken';

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
