/**
 * The rules in English words, with the signatures they had before the
 * catalogues: for code that shows a finding's words before it renders by
 * code (the live check). Kept apart from the rules themselves, so that a
 * page in another language never loads the English catalogue through them.
 */
import type { GuideForm } from '../guide/links';
import { inEnglish } from '../messages/en/in-english';
import { notBase64Text } from '../messages/en/rules';
import type { Finding } from './finding';
import { assessIpAllowlist } from './ip-rule';
import { assessApiKey, assessPrivateKey, assessSwapped } from './key-rules';
import type { KeyShape } from './keys';
import type { Where } from './module';
import { assessNonceWindow } from './nonce-rule';
import type { PermissionJudgement } from './permission-rules';
import { assessEveryPermission, assessPermission, assessPermissions } from './permission-rules';
import type { PermissionName } from './permissions';

export function judgePermission(
  name: PermissionName,
  on: boolean,
  judgement: PermissionJudgement,
): Finding {
  return inEnglish(assessPermission(name, on, judgement));
}

export function judgeEveryPermission(
  selected: Iterable<PermissionName>,
  judgement: PermissionJudgement,
): Finding[] {
  return assessEveryPermission(selected, judgement).map(inEnglish);
}

export function checkPermissions(
  selected: Iterable<PermissionName> | undefined,
  form: GuideForm,
): Finding[] {
  return assessPermissions(selected, form).map(inEnglish);
}

export function checkIpAllowlist(
  serviceRange: string | undefined,
  allowlist: string | undefined,
  form: GuideForm,
): Finding {
  return inEnglish(assessIpAllowlist(serviceRange, allowlist, form));
}

export function checkNonceWindow(input: string | number | undefined, form: GuideForm): Finding {
  return inEnglish(assessNonceWindow(input, form));
}

/** `_form` is unused: the key checks read the same on both forms. */
export const checkApiKey = (apiKey: string | undefined, _form: GuideForm): Finding =>
  inEnglish(assessApiKey(apiKey));
export const checkPrivateKey = (
  privateKey: string | undefined,
  _form: GuideForm,
  where: Where = 'browser',
): Finding => inEnglish(assessPrivateKey(privateKey, where));
export const checkSwapped = (
  apiKey: string | undefined,
  privateKey: string | undefined,
  _form: GuideForm,
  where: Where = 'browser',
): Finding => inEnglish(assessSwapped(apiKey, privateKey, where));

/** "contains 2 characters that are not base64: “-” (U+002D) and U+00E9". */
export function foreignText(shape: KeyShape): string {
  return notBase64Text({
    kind: 'foreign',
    chars: shape.foreign,
    more: shape.foreignMore,
    count: shape.foreignCount,
  });
}
