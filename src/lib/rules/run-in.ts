/**
 * Runs the offline checks and gives their results words in a given language: what the
 * islands call, with their page's catalogue (the English default is in run.ts).
 */
import { renderFinding } from '../messages/render';
import type { Lang, RuleCatalogue } from '../messages/types';
import type { Check } from './finding';
import { toCheck } from './finding';
import type { CheckModule, CheckValues, Where } from './module';
import { isPermissionName } from './permissions';
import { CHECK_MODULES } from './registry';

export { CHECK_IDS } from './registry';

export interface RunOptions {
  /** 'server': the private key is never looked at (default 'browser'). */
  where?: Where;
  /** Only these modules (default: every one, in the registry's order). */
  modules?: readonly CheckModule[];
}

/** Input as a client may send it: permission names not yet narrowed. */
export interface RunInput extends Omit<CheckValues, 'permissions'> {
  permissions?: readonly string[] | undefined;
}

/** The words results are given: a language's rule catalogue, and the language its links go to. */
export interface RunWords {
  lang: Lang;
  rules: RuleCatalogue;
}

/**
 * Every offline check, in the order the guide meets them: permissions,
 * IP restriction, nonce window, keys, in `words`' language. Never throws.
 * The islands call this with their page's catalogue, so a page's bundle holds
 * only its own language's words.
 */
export function runChecksIn(words: RunWords, input: RunInput, options: RunOptions = {}): Check[] {
  const form = input.form === 'classic' ? 'classic' : 'pro';
  const where = options.where ?? 'browser';
  const values: CheckValues = {
    ...input,
    form,
    permissions: input.permissions?.filter(isPermissionName),
  };
  return (options.modules ?? CHECK_MODULES).flatMap((module) =>
    module
      .run(values, { form, where })
      .map((coded) => toCheck(renderFinding(words.rules, coded), form, module.section, words.lang)),
  );
}

export interface Summary {
  /** Nothing failed and nothing was left unchecked. */
  ready: boolean;
  /** Failures first, then warnings, each in check order. */
  fixes: Check[];
  /** Checks that skipped for want of input. */
  unchecked: Check[];
}

export function summarize(checks: readonly Check[]): Summary {
  const fixes = [
    ...checks.filter((check) => check.status === 'fail'),
    ...checks.filter((check) => check.status === 'warn'),
  ];
  const unchecked = checks.filter((check) => check.status === 'skip');
  return {
    ready: checks.length > 0 && unchecked.length === 0 && !fixes.some((c) => c.status === 'fail'),
    fixes,
    unchecked,
  };
}
