/**
 * The one detector of private keys in a request, for every endpoint: a field named like
 * one (privateKey, private_key, apiSecret, secretKey, privKey…), or a value shaped like a
 * Kraken private key (88 base64 characters decoding to 64 bytes) under any name, or as a
 * field name. What it reports are field paths, clipped; never a value.
 */

/** privateKey, private_key, PRIVATE-KEY, secret, apiSecret, secretKey, privKey… */
const SECRET_NAME = /priv|secret/;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name.toLowerCase().replace(/[^a-z0-9]/g, ''));
}

/**
 * 64 bytes in base64: 85 characters, an 86th that carries only two bits, then `==` (which
 * a paste may have lost), standing alone rather than inside a longer base64 run.
 */
const PRIVATE_KEY_SHAPE = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{85}[AQgw](?:==)?(?![A-Za-z0-9+/=])/;

/** Whether the text holds something shaped like a Kraken private key. */
export function looksLikePrivateKey(text: string): boolean {
  return text.length >= 86 && PRIVATE_KEY_SHAPE.test(text);
}

/** Longest field path reported, in characters: enough to find it, too short to carry a key. */
const PATH_CHARS = 24;
const MAX_DEPTH = 8;

function clipPath(path: string): string {
  const safe = Array.from(path.replace(/[^\x20-\x7e]/g, '?'));
  return safe.length > PATH_CHARS ? `${safe.slice(0, PATH_CHARS).join('')}…` : safe.join('');
}

export interface SecretScanOptions {
  /** Paths (e.g. `requests[3].signature`) whose values are not secrets, however they look. */
  allowValue?: (path: string) => boolean;
}

/**
 * Field paths in parsed JSON where a private key seems to be, at any depth (bounded): by
 * name, by a value's shape, or a field name that is itself shaped like a key (shown as
 * `(a field name)`).
 */
export function findSecrets(value: unknown, options: SecretScanOptions = {}): string[] {
  const found = new Set<string>();
  const walk = (node: unknown, path: string, depth: number): void => {
    if (typeof node === 'string') {
      if (looksLikePrivateKey(node) && !(options.allowValue?.(path) ?? false)) {
        found.add(clipPath(path || '(the body)'));
      }
      return;
    }
    if (depth > MAX_DEPTH || typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, `${path}[${index}]`, depth + 1));
      return;
    }
    for (const [name, inner] of Object.entries(node)) {
      if (looksLikePrivateKey(name)) {
        found.add('(a field name)');
        continue;
      }
      const where = path === '' ? name : `${path}.${name}`;
      if (isSecretName(name)) found.add(clipPath(where));
      walk(inner, where, depth + 1);
    }
  };
  walk(value, '', 0);
  return [...found];
}
