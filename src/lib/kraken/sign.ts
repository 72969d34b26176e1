/**
 * Kraken's API-Sign (Kraken's "Spot REST authentication"), with Web Crypto only, so the same
 * code runs in the browser island, on Node and on serverless runtimes:
 *
 *   base64(HMAC-SHA512(base64decode(privateKey), path ++ SHA256(nonce ++ body)))
 */

export interface SignInput {
  /** The "API Secret" / private key, base64 (88 characters, 64 bytes). */
  privateKey: string;
  /** `/0/private/<Method>`. */
  path: string;
  /** The nonce as sent in the body, as a decimal string. */
  nonce: string;
  /** The exact urlencoded body sent, starting with `nonce=<nonce>`. */
  body: string;
}

const encoder = new TextEncoder();

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('Web Crypto (crypto.subtle) is not available in this runtime.');
  return s;
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Returns the base64 API-Sign header for one private call. */
export async function signRequest({ privateKey, path, nonce, body }: SignInput): Promise<string> {
  const crypto = subtle();
  const digest = new Uint8Array(await crypto.digest('SHA-256', encoder.encode(nonce + body)));
  const pathBytes = encoder.encode(path);
  const message = new Uint8Array(pathBytes.length + digest.length);
  message.set(pathBytes, 0);
  message.set(digest, pathBytes.length);
  const key = await crypto.importKey(
    'raw',
    base64ToBytes(privateKey),
    { name: 'HMAC', hash: 'SHA-512' },
    false,
    ['sign'],
  );
  return bytesToBase64(new Uint8Array(await crypto.sign('HMAC', key, message)));
}

/**
 * Encodes `nonce` first, then the other fields in the given order, as
 * `application/x-www-form-urlencoded`. The result is the exact body to sign
 * and send.
 */
export function encodeFormBody(
  nonce: string,
  params: Readonly<Record<string, string>> = {},
): string {
  const form = new URLSearchParams({ nonce });
  for (const [name, value] of Object.entries(params)) form.append(name, value);
  return form.toString();
}
