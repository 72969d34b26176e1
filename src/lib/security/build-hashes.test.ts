import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHashes, encodeHashes, injectBuildScriptHashes, PLACEHOLDER } from './build-hashes';
import { builtScriptHashes } from './headers';

const A = "'sha256-AAAA+/aa='";
const B = "'sha256-BBBB'";

describe('the build’s script hashes', () => {
  it.each([
    { hashes: [A, B], encoded: 'AAAA+/aa= BBBB' },
    { hashes: [B, A, A], encoded: 'AAAA+/aa= BBBB' },
    { hashes: [], encoded: '' },
    { hashes: ["'unsafe-inline'", "'sha256-x\\'y'"], encoded: '' },
  ])('encode $hashes → "$encoded" and back', ({ hashes, encoded }) => {
    expect(encodeHashes(hashes)).toBe(encoded);
    expect(decodeHashes(encoded)).toEqual(encoded === '' ? [] : [A, B]);
  });

  it('reads the unreplaced placeholder as "no build"', () => {
    expect(decodeHashes(PLACEHOLDER)).toBeNull();
    expect(builtScriptHashes(), 'the source itself carries the placeholder').toBeNull();
  });

  it('replaces the placeholder in every server module that holds it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hashes-'));
    await writeFile(join(dir, 'a.mjs'), `const x = "${PLACEHOLDER}"; const y = '${PLACEHOLDER}';`);
    await writeFile(join(dir, 'b.mjs'), 'nothing here');
    expect(await injectBuildScriptHashes(dir, [A, B])).toBe(1);
    expect(await readFile(join(dir, 'a.mjs'), 'utf8')).toBe(
      `const x = "AAAA+/aa= BBBB"; const y = 'AAAA+/aa= BBBB';`,
    );
  });
});
