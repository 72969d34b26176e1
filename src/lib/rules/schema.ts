import { z } from 'astro/zod';
import { CheckSchema } from './check';
import { PERMISSION_NAMES } from './permissions';

export const GuideFormSchema = z
  .enum(['pro', 'classic'], { error: 'Must be "pro" or "classic".' })
  .describe(
    'Which Kraken form the key was made on; decides the labels in messages and the guide links.',
  );

export const PermissionNameSchema = z.enum(PERMISSION_NAMES, {
  error: `Unknown permission; use Kraken's machine names: ${PERMISSION_NAMES.join(', ')}.`,
});

export const NonceWindowInputSchema = z
  .union([z.string(), z.number()], { error: 'Must be a string or a number.' })
  .describe('The nonce window as typed, e.g. "2000000", "2 000 000" or "2M".');

const permissions = z
  .array(PermissionNameSchema, { error: 'Must be an array of permission names.' })
  .max(100, 'At most 100 names.')
  .describe(
    'The permissions ticked on the key, by machine name. Absent: the permission checks skip.',
  );
const text = (description: string) =>
  z.string({ error: 'Must be a string.' }).describe(description);

/** What the checker reads; every field may be left out (its checks then skip). */
export const CheckInputSchema = z.object({
  form: GuideFormSchema.default('pro'),
  permissions: permissions.optional(),
  nonceWindow: NonceWindowInputSchema.optional(),
  serviceRange: text(
    "The service's IP range from its connection page (comma, space or newline separated).",
  ).optional(),
  ipAllowlist: text("What was entered in Kraken's IP restriction field.").optional(),
  apiKey: text("Kraken's public API key.").optional(),
  privateKey: text("Kraken's private key. Only ever checked in the browser.").optional(),
});
export type CheckInput = z.input<typeof CheckInputSchema>;
export type ParsedCheckInput = z.infer<typeof CheckInputSchema>;

/** The JSON API's body: the same fields without `privateKey`, unknown fields refused. */
export const CheckRequestSchema = CheckInputSchema.omit({ privateKey: true }).strict();
export type CheckRequest = z.input<typeof CheckRequestSchema>;

export const CheckResponseSchema = z.object({ checks: z.array(CheckSchema) });
export type CheckResponse = z.infer<typeof CheckResponseSchema>;
