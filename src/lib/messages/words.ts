/**
 * What every language's catalogue quotes as it is: Kraken's labels (from the
 * profile), the service's own message and fixed-format dates. No words of
 * any one language here.
 */
import type { GuideForm } from '../guide/links';
import type { PermissionName } from '../profile/kraken';
import { PERMISSIONS } from '../profile/kraken';

/** The service's own message when a required permission is missing, quoted exactly. */
export const SERVICE_PERMISSION_MESSAGE = 'Not enough permission for API keys';

export const q = (text: string): string => `“${text}”`;

const BY_NAME = new Map(PERMISSIONS.map((p) => [p.name, p]));

/** The label `form` shows for a permission; null when it has none (Classic: Earn). */
export function kraken(name: PermissionName, form: GuideForm): string | null {
  return BY_NAME.get(name)?.[form]?.label ?? null;
}

export function krakenGroup(name: PermissionName, form: GuideForm): string | null {
  return BY_NAME.get(name)?.[form]?.group ?? null;
}

export function isToggle(name: PermissionName, form: GuideForm): boolean {
  return BY_NAME.get(name)?.[form]?.control === 'toggle';
}

/**
 * A result's title from Kraken's labels: "Query" alone is unclear in a list of results, so
 * Pro's funds labels get their group. Null when the form has no such permission.
 */
export function krakenTitle(name: PermissionName, form: GuideForm): string | null {
  const entry = BY_NAME.get(name)?.[form];
  if (!entry) return null;
  return form === 'pro' && entry.group === 'Funds permissions'
    ? `${entry.group}: ${entry.label}`
    : entry.label;
}

/** The extra permissions `form` shows, in its order. */
export function extraOnForm(form: GuideForm): PermissionName[] {
  return PERMISSIONS.filter((p) => p.requirement === 'extra' && p[form]).map((p) => p.name);
}

/** "2027-03-01 12:00 UTC": fixed, independent of the runtime's locale and zone. */
export function formatUtc(seconds: number): string {
  const iso = new Date(seconds * 1000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
