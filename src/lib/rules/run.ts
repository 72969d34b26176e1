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

/**
 * Every offline check, in the order the guide meets them: permissions,
 * IP restriction, nonce window, keys. Never throws.
 */
export function runChecks(input: RunInput, options: RunOptions = {}): Check[] {
  const form = input.form === 'classic' ? 'classic' : 'pro';
  const where = options.where ?? 'browser';
  const values: CheckValues = {
    ...input,
    form,
    permissions: input.permissions?.filter(isPermissionName),
  };
  return (options.modules ?? CHECK_MODULES).flatMap((module) =>
    module.run(values, { form, where }).map((finding) => toCheck(finding, form, module.section)),
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
