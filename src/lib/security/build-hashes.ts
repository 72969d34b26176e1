/**
 * The inline-script hashes of the built pages, for the pages rendered on request (the
 * no-JavaScript checker result). Their policy must allow exactly the scripts the build
 * produced, never whatever a rendered page happens to contain: hashing the rendered page
 * would allow any script an injection slipped into it.
 *
 * The server bundle is written before the pages are, so it carries a placeholder that the
 * build replaces once it knows the hashes (src/integrations/security-headers.ts calls
 * `injectBuildScriptHashes`). The digests are base64, which needs no escaping in any
 * JavaScript string literal.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeHashes, PLACEHOLDER } from './build-hashes-codec';

export { decodeHashes, encodeHashes, PLACEHOLDER } from './build-hashes-codec';

/** Writes the hashes into every server module that holds the placeholder; returns how many. */
export async function injectBuildScriptHashes(
  serverDir: string,
  hashes: Iterable<string>,
): Promise<number> {
  const encoded = encodeHashes(hashes);
  let replaced = 0;
  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (/\.(m?js|cjs)$/.test(entry.name)) {
        const text = await readFile(path, 'utf8');
        if (!text.includes(PLACEHOLDER)) continue;
        await writeFile(path, text.split(PLACEHOLDER).join(encoded));
        replaced += 1;
      }
    }
  }
  await walk(serverDir);
  return replaced;
}
