import type { Check } from './check';
import type { Where } from './key-checks';
import { checkApiKey, checkPrivateKey, checkSwapped } from './key-checks';
import { checkIpAllowlist } from './ip-check';
import { checkNonceWindow } from './nonce';
import { checkPermissions } from './permission-checks';
import { isPermissionName } from './permissions';
import type { CheckInput } from './schema';

export interface RunOptions {
  /** 'server': the private key is never looked at (default 'browser'). */
  where?: Where;
}

/** The same key order for every check, so answers serialise alike. */
function ordered({ id, status, title, detail, fix, step, help }: Check): Check {
  const check = { id, status, title, detail, fix, step };
  return help === undefined ? check : { ...check, help };
}

/**
 * Every offline check, in the order the guide meets them: permissions,
 * IP restriction, nonce window, keys. Never throws.
 */
export function runChecks(input: CheckInput, options: RunOptions = {}): Check[] {
  const form = input.form === 'classic' ? 'classic' : 'pro';
  const where = options.where ?? 'browser';
  const permissions = input.permissions?.filter(isPermissionName);
  return [
    ...checkPermissions(permissions, form),
    checkIpAllowlist(input.serviceRange, input.ipAllowlist, form),
    checkNonceWindow(input.nonceWindow, form),
    checkApiKey(input.apiKey, form),
    checkPrivateKey(input.privateKey, form, where),
    checkSwapped(input.apiKey, input.privateKey, form, where),
  ].map(ordered);
}

/** Every id `runChecks` answers with, in its order. */
export const CHECK_IDS = runChecks({}).map((check) => check.id);

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
