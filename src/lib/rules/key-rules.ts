import type { OfflineFinding, NotBase64 } from '../messages/types';
import type { CheckModule, Where } from './module';
import type { KeyShape } from './keys';
import { API_KEY_LENGTH, PRIVATE_KEY_BYTES, PRIVATE_KEY_LENGTH } from '../profile/kraken';
import { keyShape, normalizeKey } from './keys';

/** On a server the private key is never available: `key.private-key` skips and `key.swapped` judges the API key alone. */
export type { Where } from './module';

function notBase64(shape: KeyShape): NotBase64 | null {
  if (shape.foreignCount > 0) {
    return {
      kind: 'foreign',
      chars: shape.foreign,
      more: shape.foreignMore,
      count: shape.foreignCount,
    };
  }
  if (shape.badPadding) return { kind: 'padding' };
  if (shape.bytes === null) return { kind: 'length' };
  return null;
}

/** `key.api-key`: 56 base64 characters; another length only warns. */
export function assessApiKey(apiKey: string | undefined): OfflineFinding {
  const base = { id: 'key.api-key', stepKey: 'connect' as const };
  const key = normalizeKey(apiKey ?? '');
  if (key === '') return { ...base, status: 'skip', code: 'key.api.skip', values: {} };
  const shape = keyShape(key);
  const problem = notBase64(shape);
  if (problem) {
    return {
      ...base,
      status: 'fail',
      code: 'key.api.invalid',
      values: { problem },
      trouble: 'invalid-key',
    };
  }
  if (shape.length === API_KEY_LENGTH) {
    return { ...base, status: 'pass', code: 'key.api.pass', values: {} };
  }
  return {
    ...base,
    status: 'warn',
    code: 'key.api.length',
    values: { length: shape.length, privateLength: shape.length === PRIVATE_KEY_LENGTH },
  };
}

/** `key.private-key`: base64 decoding to exactly 64 bytes (88 characters). */
export function assessPrivateKey(
  privateKey: string | undefined,
  where: Where = 'browser',
): OfflineFinding {
  const base = { id: 'key.private-key', stepKey: 'connect' as const };
  if (where === 'server') {
    return { ...base, status: 'skip', code: 'key.private.server', values: {} };
  }
  const key = normalizeKey(privateKey ?? '');
  if (key === '') return { ...base, status: 'skip', code: 'key.private.skip', values: {} };
  const shape = keyShape(key);
  const problem = notBase64(shape);
  if (problem) {
    return {
      ...base,
      status: 'fail',
      code: 'key.private.invalid',
      values: { problem },
      trouble: 'invalid-signature',
    };
  }
  if (shape.length === PRIVATE_KEY_LENGTH && shape.bytes === PRIVATE_KEY_BYTES) {
    return { ...base, status: 'pass', code: 'key.private.pass', values: {} };
  }
  const hint =
    shape.bytes === PRIVATE_KEY_BYTES
      ? 'padding'
      : shape.length === API_KEY_LENGTH
        ? 'api-length'
        : shape.length < PRIVATE_KEY_LENGTH
          ? 'short'
          : null;
  return {
    ...base,
    status: 'fail',
    code: 'key.private.length',
    values: { length: shape.length, bytes: shape.bytes ?? 0, hint },
    trouble: 'invalid-signature',
  };
}

/** `key.swapped`: each field holding the other's length, or both the same value. */
export function assessSwapped(
  apiKey: string | undefined,
  privateKey: string | undefined,
  where: Where = 'browser',
): OfflineFinding {
  const base = { id: 'key.swapped', stepKey: 'connect' as const };
  const api = normalizeKey(apiKey ?? '');
  const secret = where === 'server' ? '' : normalizeKey(privateKey ?? '');
  if (api === '' && secret === '') {
    return { ...base, status: 'skip', code: 'key.swapped.skip', values: {} };
  }
  const failed = { ...base, status: 'fail', trouble: 'invalid-signature' } as const;
  if (api !== '' && api === secret) return { ...failed, code: 'key.swapped.same', values: {} };
  const apiLength = keyShape(api).length;
  const apiLooksPrivate = apiLength === PRIVATE_KEY_LENGTH;
  const secretLooksPublic = keyShape(secret).length === API_KEY_LENGTH;
  if (apiLooksPrivate && secretLooksPublic) {
    return { ...failed, code: 'key.swapped.both', values: {} };
  }
  if (apiLooksPrivate) {
    return { ...failed, code: 'key.swapped.api-private', values: { server: where === 'server' } };
  }
  if (secretLooksPublic) return { ...failed, code: 'key.swapped.private-api', values: {} };
  return {
    ...base,
    status: 'pass',
    code: 'key.swapped.pass',
    values: { server: where === 'server', apiLength },
  };
}

export const keysModule: CheckModule = {
  section: 'keys',
  ids: ['key.api-key', 'key.private-key', 'key.swapped'],
  fields: ['apiKey', 'privateKey'],
  step: 'connect',
  trouble: ['invalid-key', 'invalid-signature'],
  run: ({ apiKey, privateKey }, { where }) => [
    assessApiKey(apiKey),
    assessPrivateKey(privateKey, where),
    assessSwapped(apiKey, privateKey, where),
  ],
};
