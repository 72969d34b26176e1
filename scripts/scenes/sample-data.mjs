/**
 * Values shown in the figures. All of them are deliberately fake:
 * the keys spell EXAMPLE and are only the right shape (56 and 88 base64
 * characters), and the IP range uses documentation blocks only
 * (RFC 5737 for IPv4, RFC 3849 for IPv6).
 */
import { Buffer } from 'node:buffer';

export const KEY_NAME = 'Trading bot';

export const PRO_KEYS = {
  apiKey: 'EXAMPLE+API+KEY+not+a+real+key+0123456789EXAMPLE+API+KEY',
  privateKey:
    'EXAMPLE+PRIVATE+KEY+not+a+real+secret+0123456789/EXAMPLE+PRIVATE+KEY+not+a+real+secreQ==',
};

export const CLASSIC_KEYS = {
  apiKey: 'EXAMPLE+Classic+API+KEY+not+real+9876543210EXAMPLE+Class',
  privateKey:
    'EXAMPLE+Classic+PRIVATE+KEY+not+a+real+secret+9876543210/EXAMPLE+Classic+PRIVATE+KEY+g==',
};

export const IP_RANGE = ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32'];

export const NONCE_WINDOW = '2000000';

/** Throws if a sample key drifts from the shape Kraken's keys have. */
export function assertSampleKeys() {
  for (const keys of [PRO_KEYS, CLASSIC_KEYS]) {
    for (const [field, value, bytes] of [
      ['apiKey', keys.apiKey, 42],
      ['privateKey', keys.privateKey, 64],
    ]) {
      const decoded = Buffer.from(value, 'base64');
      if (
        decoded.length !== bytes ||
        decoded.toString('base64') !== value ||
        !value.includes('EXAMPLE')
      ) {
        throw new Error(`Sample ${field} ${value} is not a fake ${bytes}-byte base64 key.`);
      }
    }
  }
}
