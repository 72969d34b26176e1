/**
 * How the build's inline-script hashes travel into the server bundle (build-hashes.ts):
 * base64 digests alone, space-separated, which need no escaping in any string literal.
 * No Node APIs: the middleware decodes on any runtime.
 */

/** What the build looks for in the server bundle. */
// Built from two parts so that this module's own text never matches it.
export const PLACEHOLDER = ['__BUILD', 'SCRIPT_HASHES__'].join('_');

/** CSP source expressions (`'sha256-…'`) as base64 digests alone, space-separated. */
export function encodeHashes(hashes: Iterable<string>): string {
  return [...new Set(hashes)]
    .map((hash) => /^'sha256-([A-Za-z0-9+/=]+)'$/.exec(hash)?.[1])
    .filter((digest): digest is string => digest !== undefined)
    .sort()
    .join(' ');
}

/** The CSP source expressions back from `encodeHashes`; null for the unreplaced placeholder. */
export function decodeHashes(encoded: string): string[] | null {
  // A regular expression, not a comparison with the literal: the bundler could fold that.
  if (/^_{2}BUILD_SCRIPT/.test(encoded)) return null;
  return encoded
    .split(' ')
    .filter((digest) => /^[A-Za-z0-9+/=]+$/.test(digest))
    .map((digest) => `'sha256-${digest}'`);
}
