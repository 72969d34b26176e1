import type { GuideForm } from '../guide/links';
import { formatInteger, plural } from '../util/text';
import type { Finding } from './finding';
import type { CheckModule, Where } from './module';
import type { KeyShape } from './keys';
import { API_KEY_LENGTH, PRIVATE_KEY_BYTES, PRIVATE_KEY_LENGTH } from '../profile/kraken';
import { foreignText, keyShape, normalizeKey } from './keys';

/** On a server the private key is never available: `key.private-key` skips and `key.swapped` judges the API key alone. */
export type { Where } from './module';

const RECOPY =
  'Copy it again from Kraken: select the whole value, or use the copy button next to it.';

function notBase64(shape: KeyShape): string | null {
  if (shape.foreignCount > 0) return foreignText(shape);
  if (shape.badPadding)
    return 'has “=” where base64 cannot have it (only up to two, at the very end)';
  if (shape.bytes === null) return 'has a length no base64 text can have';
  return null;
}

/** `key.api-key`: 56 base64 characters; another length only warns. */
export function checkApiKey(apiKey: string | undefined, _form: GuideForm): Finding {
  const base = { id: 'key.api-key', title: 'API key format', stepKey: 'connect' as const };
  const key = normalizeKey(apiKey ?? '');
  if (key === '') {
    return {
      ...base,
      status: 'skip',
      detail: 'Not checked: no API key entered.',
      fix: 'Paste the “API key” Kraken showed when you generated the key.',
    };
  }
  const shape = keyShape(key);
  const problem = notBase64(shape);
  if (problem) {
    return {
      ...base,
      status: 'fail',
      detail: `The API key ${problem}. Kraken API keys use only letters, digits, “+”, “/” and “=”.`,
      fix: RECOPY,
      trouble: 'invalid-key',
    };
  }
  if (shape.length === API_KEY_LENGTH) {
    return {
      ...base,
      status: 'pass',
      detail:
        'The API key has 56 base64 characters, like every public sample of a Kraken API key (Kraken documents no format).',
      fix: null,
    };
  }
  const privateLength =
    shape.length === PRIVATE_KEY_LENGTH
      ? ' That is the length of a private key (see “Keys in the right fields”).'
      : '';
  return {
    ...base,
    status: 'warn',
    detail: `The API key has ${plural(shape.length, 'character')}; every public sample of a Kraken API key has 56. Kraken does not document the format, so it may still work.${privateLength}`,
    fix: `Finding that the whole “API key” was copied. ${RECOPY}`,
  };
}

/** `key.private-key`: base64 decoding to exactly 64 bytes (88 characters). */
export function checkPrivateKey(
  privateKey: string | undefined,
  _form: GuideForm,
  where: Where = 'browser',
): Finding {
  const base = {
    id: 'key.private-key',
    title: 'Private key format',
    stepKey: 'connect' as const,
  };
  if (where === 'server') {
    return {
      ...base,
      status: 'skip',
      detail:
        'The private key is only checked in your browser: it must never be sent to any server.',
      fix: `Finding it on the key checker page, which never sends it anywhere.`,
    };
  }
  const key = normalizeKey(privateKey ?? '');
  if (key === '') {
    return {
      ...base,
      status: 'skip',
      detail: 'Not checked: no private key entered.',
      fix: 'Paste the “Private key” Kraken showed when you generated the key.',
    };
  }
  const shape = keyShape(key);
  const problem = notBase64(shape);
  if (problem) {
    return {
      ...base,
      status: 'fail',
      detail: `The private key ${problem}. Kraken private keys use only letters, digits, “+”, “/” and “=”.`,
      fix: RECOPY,
      trouble: 'invalid-signature',
    };
  }
  if (shape.length === PRIVATE_KEY_LENGTH && shape.bytes === PRIVATE_KEY_BYTES) {
    return {
      ...base,
      status: 'pass',
      detail: 'The private key has 88 base64 characters that decode to 64 bytes, as Kraken’s do.',
      fix: null,
    };
  }
  const found = `The private key has ${plural(shape.length, 'character')}, decoding to ${plural(shape.bytes ?? 0, 'byte')}`;
  const hint =
    shape.bytes === PRIVATE_KEY_BYTES
      ? ' A Kraken private key always ends in “==”, and that is missing.'
      : shape.length === 56
        ? ' That is the length of an API key (see “Keys in the right fields”).'
        : shape.length < PRIVATE_KEY_LENGTH
          ? ' Part of it is missing.'
          : '';
  return {
    ...base,
    status: 'fail',
    detail: `${found}; a Kraken private key has 88 that decode to 64 bytes.${hint}`,
    fix: `${RECOPY} Kraken shows a private key only once: if it is lost, create a new key.`,
    trouble: 'invalid-signature',
  };
}

/** `key.swapped`: each field holding the other's length, or both the same value. */
export function checkSwapped(
  apiKey: string | undefined,
  privateKey: string | undefined,
  _form: GuideForm,
  where: Where = 'browser',
): Finding {
  const base = {
    id: 'key.swapped',
    title: 'Keys in the right fields',
    stepKey: 'connect' as const,
  };
  const api = normalizeKey(apiKey ?? '');
  const secret = where === 'server' ? '' : normalizeKey(privateKey ?? '');
  if (api === '' && secret === '') {
    return {
      ...base,
      status: 'skip',
      detail: 'Not checked: no keys entered.',
      fix: 'Paste Kraken’s “API key” and “Private key” into their fields.',
    };
  }
  const fix =
    'Put Kraken’s “API key” in the API key field and Kraken’s “Private key” in the field the service calls “API Secret”.';
  const failed = (detail: string): Finding => ({
    ...base,
    status: 'fail',
    detail,
    fix,
    trouble: 'invalid-signature',
  });
  if (api !== '' && api === secret) return failed('Both fields hold the same value.');
  const apiLength = keyShape(api).length;
  const secretLength = keyShape(secret).length;
  const apiLooksPrivate = apiLength === PRIVATE_KEY_LENGTH;
  const secretLooksPublic = secretLength === API_KEY_LENGTH;
  if (apiLooksPrivate && secretLooksPublic) {
    return failed(
      'The API key field holds 88 characters and the private key field 56: the two look swapped.',
    );
  }
  if (apiLooksPrivate) {
    const sent =
      where === 'server'
        ? ' If that is your private key, it has been sent to a server: delete the key on Kraken and create a new one.'
        : '';
    return failed(`The API key field holds 88 characters, the length of a private key.${sent}`);
  }
  if (secretLooksPublic)
    return failed('The private key field holds 56 characters, the length of an API key.');
  return {
    ...base,
    status: 'pass',
    detail:
      where === 'server'
        ? `The API key field holds ${formatInteger(apiLength)} characters, not a private key’s 88.`
        : 'Neither field holds a value of the other’s length.',
    fix: null,
  };
}

export const keysModule: CheckModule = {
  section: 'keys',
  title: 'API keys',
  ids: ['key.api-key', 'key.private-key', 'key.swapped'],
  fields: ['apiKey', 'privateKey'],
  step: 'connect',
  trouble: ['invalid-key', 'invalid-signature'],
  run: ({ apiKey, privateKey }, { form, where }) => [
    checkApiKey(apiKey, form),
    checkPrivateKey(privateKey, form, where),
    checkSwapped(apiKey, privateKey, form, where),
  ],
};
