/**
 * Kraken's answer to GetApiKeyInfo is input like anything a user types: a
 * zod schema reads it, keeps only what the checks need (never `iban`, never
 * the API key itself) and turns every malformed shape into a reason, never
 * an exception or a silent pass.
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
const UnixSeconds = z
  .union([z.string(), z.number()], { error: 'must be unix seconds' })
  .transform((value, ctx) => {
    const text = typeof value === 'number' ? String(value) : value.trim();
    if (!/^\d{1,12}(\.\d+)?$/.test(text)) {
      ctx.addIssue({ code: 'custom', message: 'is not a number of seconds' });
      return z.NEVER;
    }
    const seconds = Math.floor(Number(text));
    return seconds === 0 ? null : seconds;
  });

const Count = z
  .union([z.string(), z.number()], { error: 'must be a whole number' })
  .transform((value, ctx) => {
    const text = typeof value === 'number' ? String(value) : value.trim();
    if (!/^\d{1,16}$/.test(text) || !Number.isSafeInteger(Number(text))) {
      ctx.addIssue({ code: 'custom', message: 'is not a whole number' });
      return z.NEVER;
    }
    return Number(text);
  });

/** What GetApiKeyInfo's `result` must hold; unknown fields (`iban`, `apiKey`…) are dropped. */
export const KeyInfoResultSchema = z.object(
  {
    apiKeyName: z.string({ error: 'must be a string' }).optional(),
    nonce: z
      .union([z.string(), z.number()])
      .transform((value) => String(value))
      .refine((text) => /^\d{1,30}$/.test(text), 'is not a string of digits')
      .optional(),
    nonceWindow: Count,
    permissions: z.array(z.string({ error: 'must hold strings' }), { error: 'must be a list' }),
    ipAllowlist: z.array(z.string({ error: 'must hold strings' }), { error: 'must be a list' }),
    validUntil: UnixSeconds,
    queryFrom: UnixSeconds,
    queryTo: UnixSeconds,
    createdTime: UnixSeconds.optional(),
    lastUsed: UnixSeconds.nullable().optional(),
  },
  { error: 'is not an object' },
);

/** The key's configuration as the page receives it: only what the checks and the summary need. */
export const KeyInfoSchema = z.object({
  name: z.string(),
  permissions: z.array(z.enum(PERMISSION_NAMES)),
  /** Names Kraken reported that this guide does not know, cut short. */
  unknownPermissions: z.array(z.string()),
  nonceWindow: z.number(),
  /** At most MAX_IP_ENTRIES + 1 entries: one more than the rules read, so they see the cut. */
  ipAllowlist: z.array(z.string()),
  /** How many entries Kraken reported. */
  ipAllowlistCount: z.number(),
  validUntil: z.number().nullable(),
  queryFrom: z.number().nullable(),
  queryTo: z.number().nullable(),
  createdTime: z.number().nullable(),
  /** null: never used; undefined: Kraken did not say. */
  lastUsed: z.number().nullable().optional(),
});
export type KeyInfo = z.infer<typeof KeyInfoSchema>;

export type KeyInfoParse = { ok: true; info: KeyInfo } | { ok: false; problem: string };

/** The value at a path of the answer, to tell a missing field from a wrong one. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const path = issue.path.map(String).join('.');
  const where = path === '' ? 'the result' : `“${clip(path, 40)}”`;
  if (path !== '' && valueAt(input, issue.path) === undefined) return `${where} is missing`;
  return `${where} ${issue.message}`;
}

/** Reads GetApiKeyInfo's `result`; never throws. */
export function parseKeyInfo(result: unknown): KeyInfoParse {
  const parsed = KeyInfoResultSchema.safeParse(result);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 3).map((issue) => describeIssue(issue, result));
    return { ok: false, problem: problems.join('; ') };
  }
  const data = parsed.data;
  const permissions = new Set<PermissionName>();
  const unknown = new Set<string>();
  for (const name of data.permissions.slice(0, MAX_PERMISSION_NAMES)) {
    const known = permissionFromApiInfo(name.trim());
    if (known) permissions.add(known);
    else unknown.add(clip(name, 40));
  }
  if (data.permissions.length > MAX_PERMISSION_NAMES) {
    unknown.add(`${data.permissions.length - MAX_PERMISSION_NAMES} more names not read`);
  }
  const info: KeyInfo = {
    name: clip(data.apiKeyName ?? '', 80),
    permissions: PERMISSION_NAMES.filter((name) => permissions.has(name)),
    unknownPermissions: [...unknown].slice(0, MAX_UNKNOWN_SHOWN),
    nonceWindow: data.nonceWindow,
    ipAllowlist: data.ipAllowlist.slice(0, MAX_IP_ENTRIES + 1).map((entry) => clip(entry, 64)),
    ipAllowlistCount: data.ipAllowlist.length,
    validUntil: data.validUntil,
    queryFrom: data.queryFrom,
    queryTo: data.queryTo,
    createdTime: data.createdTime ?? null,
  };
  if (data.lastUsed !== undefined) info.lastUsed = data.lastUsed;
  return { ok: true, info };
}
