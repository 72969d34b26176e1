/**
 * A rule's result before it is shown: its guide step and troubleshooting
 * entry as keys. No zod here, so the islands can import it.
 */
import type { GuideForm, StepKey, TroubleKey } from '../guide/links';
import { stepUrl, troubleUrl } from '../guide/links';

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip';

/** The parts of the checker a result belongs to; `live` is the check on Kraken. */
export const SECTION_KEYS = ['permissions', 'ip', 'nonce', 'keys', 'live'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export interface Finding {
  id: string;
  status: CheckStatus;
  title: string;
  detail: string;
  fix: string | null;
  /** The guide step that fixes it; null when none. */
  stepKey: StepKey | null;
  /** A troubleshooting entry with more background. */
  trouble?: TroubleKey | undefined;
}

/** The wire shape of a result (validated by CheckSchema in check.ts). */
export interface Check {
  id: string;
  status: CheckStatus;
  title: string;
  detail: string;
  fix: string | null;
  /** Path and anchor of `stepKey`'s step in the chosen guide. */
  step: string | null;
  /** Path and anchor of `trouble`'s entry. */
  help?: string | undefined;
  section: SectionKey;
  stepKey: StepKey | null;
  trouble?: TroubleKey | undefined;
}

/**
 * The one place a result's URLs are built from its keys; the fields also get
 * one order, so that answers serialise alike.
 */
export function toCheck(finding: Finding, form: GuideForm, section: SectionKey): Check {
  const { id, status, title, detail, fix, stepKey, trouble } = finding;
  const step = stepKey === null ? null : stepUrl(form, stepKey);
  if (trouble === undefined) return { id, status, title, detail, fix, step, section, stepKey };
  const help = troubleUrl(trouble);
  return { id, status, title, detail, fix, step, help, section, stepKey, trouble };
}
