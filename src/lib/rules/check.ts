import { z } from 'astro/zod';

/** One result of the key checker, offline (`permission.*`, `nonce-window`, …) or live (`live.*`). */
export const CheckStatusSchema = z.enum(['pass', 'fail', 'warn', 'skip']);
export type CheckStatus = z.infer<typeof CheckStatusSchema>;

export const CheckSchema = z.object({
  /** Stable id, rendered as `data-check` (e.g. `permission.funds_query`). */
  id: z.string(),
  status: CheckStatusSchema,
  /** Short label, e.g. "Query Funds". */
  title: z.string(),
  /** What was found, in one or two sentences a trader understands. */
  detail: z.string(),
  /** What to change; null when nothing needs changing. */
  fix: z.string().nullable(),
  /** Path + anchor of the guide step that fixes it (see src/lib/guide/links.ts); null when none. */
  step: z.string().nullable(),
  /** Optional troubleshooting entry with more background. */
  help: z.string().optional(),
});
export type Check = z.infer<typeof CheckSchema>;
