import { z } from 'astro/zod';
import { STEP_KEYS, TROUBLE_KEYS } from '../guide/links';
import { MESSAGE_CODES } from '../messages/codes';
import type { Check as CheckShape } from './finding';
import { SECTION_KEYS } from './finding';

export type { CodedFinding, Finding, SectionKey } from './finding';
export { SECTION_KEYS, localePath, toCheck } from './finding';

/** One result of the key checker, offline (`permission.*`, `nonce-window`, …) or live (`live.*`). */
export const CheckStatusSchema = z.enum(['pass', 'fail', 'warn', 'skip']);
export type CheckStatus = z.infer<typeof CheckStatusSchema>;

export const CheckSchema = z.object({
  /** Stable id, rendered as `data-check` (e.g. `permission.funds_query`). */
  id: z.string(),
  status: CheckStatusSchema,
  /** The message code its words came from (the live check's own results may have none). */
  code: z.enum(MESSAGE_CODES).optional(),
  /** Short label, e.g. "Query Funds". */
  title: z.string(),
  /** What was found, in one or two sentences a trader understands. */
  detail: z.string(),
  /** What to change; null when nothing needs changing. */
  fix: z.string().nullable(),
  /** Path + anchor of the guide step that fixes it (built from `stepKey`); null when none. */
  step: z.string().nullable(),
  /** Optional troubleshooting entry with more background (built from `trouble`). */
  help: z.string().optional(),
  /** The part of the checker the result belongs to. */
  section: z.enum(SECTION_KEYS),
  /** The guide step `step` links to, as a key; null when none. */
  stepKey: z.enum(STEP_KEYS).nullable(),
  /** The troubleshooting entry `help` links to, as a key. */
  trouble: z.enum(TROUBLE_KEYS).optional(),
});
export type Check = CheckShape;

// The zod schema and the plain interface describe the same object.
const _sameShape: z.infer<typeof CheckSchema> extends Check ? true : never = true;
void _sameShape;
