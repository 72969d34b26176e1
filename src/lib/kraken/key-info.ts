/**
 * Kraken's answer to GetApiKeyInfo is input like anything a user types: a
 * zod schema reads it field by field, keeps only what the checks need (never
 * `iban`, never the API key itself), and never throws. Kraken's schema marks
 * no result field as required, so a field that is missing (or unreadable)
 * leaves only its own checks unjudged; the answer counts as unusable only
 * when it holds none of the settings the checks read.
 */
import { z } from 'astro/zod';
import { MAX_IP_ENTRIES } from '../rules/ip';
import { clip } from '../util/text';
import { PERMISSION_NAMES, permissionFromApiInfo, type PermissionName } from '../profile/kraken';

/** More names than Kraken's form has, many times over: the rest is not read. */
export const MAX_PERMISSION_NAMES = 100;
/** Unknown names shown to the user, each cut short. */
const MAX_UNKNOWN_SHOWN = 20;

/** Unix seconds as Kraken sends them: a string of digits (or a number); "0" means not set. */
const UnixSeconds = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const text = typeof value === 'number' ? String(value) : value.trim();
  if (!/^\d{1,12}(\.\d+)?$/.test(text)) {
    ctx.addIssue({ code: 'custom', message: 'is not a number of seconds' });
    return z.NEVER;
  }
  const seconds = Math.floor(Number(text));
  return seconds === 0 ? null : seconds;
});

const Count = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const text = typeof value === 'number' ? String(value) : value.trim();
  if (!/^\d{1,16}$/.test(text) || !Number.isSafeInteger(Number(text))) {
    ctx.addIssue({ code: 'custom', message: 'is not a whole number' });
    return z.NEVER;
  }
  return Number(text);
});

const Strings = z.array(z.string());

/** Each field of GetApiKeyInfo's `result` the checks read, read on its own. */
const FIELD_SCHEMAS = {
  apiKeyName: z.string(),
  permissions: Strings,
  nonceWindow: Count,
  ipAllowlist: Strings,
  validUntil: UnixSeconds,
  queryFrom: UnixSeconds,
  queryTo: UnixSeconds,
  createdTime: UnixSeconds,
  modifiedTime: UnixSeconds,
  lastUsed: UnixSeconds.nullable(),
} as const;
type FieldName = keyof typeof FIELD_SCHEMAS;

/** The fields a check judges; any one of them makes the answer usable. */
export const JUDGED_FIELDS = [
  'permissions',
  'nonceWindow',
  'ipAllowlist',
  'validUntil',
  'queryFrom',
  'queryTo',
] as const satisfies readonly FieldName[];
export type JudgedField = (typeof JUDGED_FIELDS)[number];

/** The key's configuration as the page receives it; an absent field: Kraken did not report it. */
export const KeyInfoSchema = z.object({
  name: z.string().optional(),
  permissions: z.array(z.enum(PERMISSION_NAMES)).optional(),
  /** Names Kraken reported that this guide does not know, cut short. */
  unknownPermissions: z.array(z.string()),
  nonceWindow: z.number().optional(),
  /** At most MAX_IP_ENTRIES + 1 entries: one more than the rules read, so they see the cut. */
  ipAllowlist: z.array(z.string()).optional(),
  /** How many entries Kraken reported. */
  ipAllowlistCount: z.number().optional(),
  /** null: not set. */
  validUntil: z.number().nullable().optional(),
  queryFrom: z.number().nullable().optional(),
  queryTo: z.number().nullable().optional(),
  createdTime: z.number().nullable().optional(),
  modifiedTime: z.number().nullable().optional(),
  /** null: never used. */
  lastUsed: z.number().nullable().optional(),
  /** Judged fields Kraken left out or sent in a form this checker cannot read. */
  notReported: z.array(z.enum(JUDGED_FIELDS)),
});
export type KeyInfo = z.infer<typeof KeyInfoSchema>;

export type KeyInfoParse = { ok: true; info: KeyInfo } | { ok: false };

function readField<K extends FieldName>(
  result: Record<string, unknown>,
  name: K,
): z.output<(typeof FIELD_SCHEMAS)[K]> | undefined {
  if (!Object.hasOwn(result, name) || result[name] === undefined) return undefined;
  const parsed = FIELD_SCHEMAS[name].safeParse(result[name]);
  return parsed.success ? (parsed.data as z.output<(typeof FIELD_SCHEMAS)[K]>) : undefined;
}

function permissionsOf(names: readonly string[]) {
  const permissions = new Set<PermissionName>();
  const unknown = new Set<string>();
  for (const name of names.slice(0, MAX_PERMISSION_NAMES)) {
    const known = permissionFromApiInfo(name.trim());
    if (known) permissions.add(known);
    else unknown.add(clip(name, 40));
  }
  if (names.length > MAX_PERMISSION_NAMES) {
    unknown.add(`${names.length - MAX_PERMISSION_NAMES} more names not read`);
  }
  return {
    permissions: PERMISSION_NAMES.filter((name) => permissions.has(name)),
    unknownPermissions: [...unknown].slice(0, MAX_UNKNOWN_SHOWN),
  };
}

/** Reads GetApiKeyInfo's `result`; never throws. */
export function parseKeyInfo(result: unknown): KeyInfoParse {
  if (typeof result !== 'object' || result === null || Array.isArray(result)) return { ok: false };
  const input = result as Record<string, unknown>;
  const info: KeyInfo = { unknownPermissions: [], notReported: [] };
  const name = readField(input, 'apiKeyName');
  if (name !== undefined) info.name = clip(name, 80);
  const names = readField(input, 'permissions');
  if (names !== undefined) Object.assign(info, permissionsOf(names));
  const nonceWindow = readField(input, 'nonceWindow');
  if (nonceWindow !== undefined) info.nonceWindow = nonceWindow;
  const allowlist = readField(input, 'ipAllowlist');
  if (allowlist !== undefined) {
    info.ipAllowlist = allowlist.slice(0, MAX_IP_ENTRIES + 1).map((entry) => clip(entry, 64));
    info.ipAllowlistCount = allowlist.length;
  }
  for (const field of [
    'validUntil',
    'queryFrom',
    'queryTo',
    'createdTime',
    'modifiedTime',
    'lastUsed',
  ] as const) {
    const value = readField(input, field);
    if (value !== undefined) info[field] = value;
  }
  info.notReported = JUDGED_FIELDS.filter((field) => info[field] === undefined);
  if (info.notReported.length === JUDGED_FIELDS.length) return { ok: false };
  return { ok: true, info };
}
