/**
 * What a check module declares: the one home of a check. The registry
 * (registry.ts) lists the modules; the runner, the checker's sections, the
 * API's request and response schemas, the served JSON Schema, the no-JS
 * result page and the check API reference's list of ids all derive from it.
 * No zod here: the islands import the modules.
 */
import type { GuideForm, StepKey, TroubleKey } from '../guide/links';
import type { OfflineFinding } from '../messages/types';
import type { SectionKey } from './finding';
import type { PermissionName } from './permissions';

/** Where the checks run. On a server the private key is never available. */
export type Where = 'browser' | 'server';

/** The values the offline checks read; a field left out makes its checks skip. */
export interface CheckValues {
  form?: GuideForm | undefined;
  permissions?: readonly PermissionName[] | undefined;
  nonceWindow?: string | number | undefined;
  serviceRange?: string | undefined;
  ipAllowlist?: string | undefined;
  apiKey?: string | undefined;
  privateKey?: string | undefined;
}
export type InputField = Exclude<keyof CheckValues, 'form'>;

export interface CheckContext {
  form: GuideForm;
  where: Where;
}

export interface CheckModule {
  /** The part of the checker (and of the guide) its results belong to. */
  section: Exclude<SectionKey, 'live'>;
  /** Every id it answers with, in its order. */
  ids: readonly string[];
  /** The input fields it reads. */
  fields: readonly InputField[];
  /** The guide step its results link to. */
  step: StepKey;
  /** The troubleshooting entries its results may link to. */
  trouble: readonly TroubleKey[];
  /** Never throws: one coded result per id, in `ids` order (a catalogue gives it words). */
  run(values: CheckValues, context: CheckContext): OfflineFinding[];
}
