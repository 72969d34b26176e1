import { z } from 'astro/zod';
import { STEP_KEYS, TROUBLE_KEYS } from '../guide/links';
import { OFFLINE_CODES } from '../messages/codes';
import { CheckStatusSchema } from './check';
import type { InputField } from './module';
import { PERMISSION_NAMES } from './permissions';
import { CHECK_IDS, INPUT_FIELDS, SECTIONS } from './registry';

export const GuideFormSchema = z
  .enum(['pro', 'classic'], { error: 'Must be "pro" or "classic".' })
  .describe(
    'Which Kraken form the key was made on; decides the labels in messages and the guide links.',
  );

export const PermissionNameSchema = z.enum(PERMISSION_NAMES, {
  error: `Unknown permission; use the machine names: ${PERMISSION_NAMES.join(', ')}.`,
});

export const NonceWindowInputSchema = z
  .union([z.string(), z.number()], { error: 'Must be a string or a number.' })
  .describe('The nonce window as typed, e.g. "2000000", "2 000 000" or "2M".');

const text = (description: string) =>
  z.string({ error: 'Must be a string.' }).describe(description);

/**
 * The schema of each input field a check module reads. `satisfies` ties it
 * to the registry's fields: a module reading a new field does not compile
 * until the field has a schema here.
 */
export const FIELD_SCHEMAS = {
  permissions: z
    .array(PermissionNameSchema, { error: 'Must be an array of permission names.' })
    .max(100, 'At most 100 names.')
    .describe(
      'The permissions ticked on the key, by machine name. Absent: the permission checks skip.',
    ),
  nonceWindow: NonceWindowInputSchema,
  serviceRange: text(
    "The service's IP range from its connection page (comma, space or newline separated).",
  ),
  ipAllowlist: text("What was entered in Kraken's IP restriction field."),
  apiKey: text("Kraken's public API key."),
  privateKey: text("Kraken's private key. Only ever checked in the browser."),
} satisfies Record<InputField, z.ZodType>;

/** What the checker reads; every field may be left out (its checks then skip). */
export const CheckInputSchema = z.object({
  form: GuideFormSchema.default('pro'),
  permissions: FIELD_SCHEMAS.permissions.optional(),
  nonceWindow: FIELD_SCHEMAS.nonceWindow.optional(),
  serviceRange: FIELD_SCHEMAS.serviceRange.optional(),
  ipAllowlist: FIELD_SCHEMAS.ipAllowlist.optional(),
  apiKey: FIELD_SCHEMAS.apiKey.optional(),
  privateKey: FIELD_SCHEMAS.privateKey.optional(),
});
export type CheckInput = z.input<typeof CheckInputSchema>;
export type ParsedCheckInput = z.infer<typeof CheckInputSchema>;

/** The fields the registry's modules read, in its order (a test ties the schema to it). */
export const REQUEST_FIELDS: readonly InputField[] = INPUT_FIELDS;

/** The JSON API's body: the same fields without `privateKey`, unknown fields refused. */
export const CheckRequestSchema = CheckInputSchema.omit({ privateKey: true }).strict();
export type CheckRequest = z.input<typeof CheckRequestSchema>;

/** One result of `POST /api/kraken/check`: the registry's ids, sections and links. */
export const OfflineCheckSchema = z.object({
  id: z.enum(CHECK_IDS as [string, ...string[]]),
  status: CheckStatusSchema,
  code: z
    .enum(OFFLINE_CODES)
    .describe('What was found, as a stable code; title, detail and fix are its words.'),
  title: z.string(),
  detail: z.string(),
  fix: z.string().nullable(),
  step: z.string().nullable().describe('Path and anchor of the guide step (from stepKey).'),
  help: z.string().optional().describe('A troubleshooting entry (from trouble).'),
  section: z.enum(SECTIONS as [string, ...string[]]),
  stepKey: z.enum(STEP_KEYS).nullable(),
  trouble: z.enum(TROUBLE_KEYS).optional(),
});

export const CheckResponseSchema = z.object({ checks: z.array(OfflineCheckSchema) });
export type CheckResponse = z.infer<typeof CheckResponseSchema>;
