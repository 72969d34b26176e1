/**
 * How the live check went, beside its checks: how the key was checked, why
 * the probes ran, what stopped the check, and the key's configuration as
 * Kraken reported it. Codes and Kraken's verbatim strings, no sentences: the
 * page words them (`src/lib/messages/en/live.ts`). The one definition the
 * relay's answer schema and the page's types share.
 */
import { z } from 'astro/zod';
import { KeyInfoSchema } from './key-info';

export const FALLBACK_CODES = ['unknown-method', 'unreadable', 'not-asked'] as const;
export type FallbackCode = (typeof FALLBACK_CODES)[number];

/** What stopped the check: no answer at all, or the kind of Kraken's error. */
export const STOP_CODES = [
  'no-answer',
  'unavailable',
  'rate-limited',
  'lockout',
  'account',
  'unknown',
] as const;
export type StopCode = (typeof STOP_CODES)[number];

export const LiveAboutSchema = z.object({
  /** GetApiKeyInfo answered (one call), or the probes ran because it could not be used. */
  checkedWith: z.enum(['GetApiKeyInfo', 'probes']),
  /** Why the probes ran instead of GetApiKeyInfo; `error` is Kraken's string, verbatim. */
  fallback: z.object({ code: z.enum(FALLBACK_CODES), error: z.string().optional() }).optional(),
  /** What stopped the check before it could judge the key. */
  stop: z.object({ code: z.enum(STOP_CODES), error: z.string().optional() }).optional(),
  /** How many calls reached Kraken (or were attempted). */
  calls: z.number(),
  /** The key's configuration as Kraken reported it. */
  key: KeyInfoSchema.optional(),
});
export type LiveAbout = z.infer<typeof LiveAboutSchema>;
