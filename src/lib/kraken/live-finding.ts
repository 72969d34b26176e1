/**
 * A live result before it has words: its id, status, outcome code and the
 * values the message catalogue turns into a title, a detail and a fix.
 */
import type { GuideForm, StepKey, TroubleKey } from '../guide/links';
import { LIVE_MESSAGES_BY_LANG } from '../messages';
import type { LiveCatalogue, LiveCode, LiveValues } from '../messages/live-types';
import type { Lang } from '../messages/types';
import type { Check, Finding } from '../rules/finding';
import { toCheck } from '../rules/finding';

export interface LiveFinding {
  id: string;
  status: Finding['status'];
  code: LiveCode;
  values: LiveValues;
  stepKey: StepKey | null;
  trouble?: TroubleKey | undefined;
}

export function liveFinding(
  id: string,
  status: Finding['status'],
  code: LiveCode,
  values: LiveValues,
  stepKey: StepKey | null = null,
  trouble?: TroubleKey | null,
): LiveFinding {
  const base: LiveFinding = { id, status, code, values, stepKey };
  return trouble ? { ...base, trouble } : base;
}

/** A live outcome in the catalogue's words; a shared rule's finding (already worded) passes through. */
export function renderLive(finding: LiveFinding | Finding, catalogue: LiveCatalogue): Finding {
  if (!('values' in finding)) return finding;
  const { id, status, code, values, stepKey, trouble } = finding;
  const text = catalogue.messages[code](values);
  const base: Finding = { id, status, ...text, stepKey };
  return trouble ? { ...base, trouble } : base;
}

export function toLiveChecks(
  findings: readonly (LiveFinding | Finding)[],
  form: GuideForm,
  lang: Lang = 'en',
): Check[] {
  const catalogue = LIVE_MESSAGES_BY_LANG[lang];
  return findings.map((finding) => toCheck(renderLive(finding, catalogue), form, 'live', lang));
}
