import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  contentSecurityPolicy,
  inlineScriptHashes,
  securityHeaders,
} from '../lib/security/headers';
import { injectBuildScriptHashes } from '../lib/security/build-hashes';

/**
 * After the build, writes `_headers` (Netlify's format, also read by scripts/serve.mjs)
 * with the security headers for every response, and a Content-Security-Policy that allows
 * the inline scripts the built pages contain (Starlight's theme and search bootstraps,
 * Astro's island loader) by their hashes.
 */
async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

export default function securityHeadersIntegration(): AstroIntegration {
  let serverDirs: string[] = [];
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        // The Node server bundle, and the copy the Netlify adapter makes of it for its function.
        serverDirs = [
          fileURLToPath(config.build.server),
          fileURLToPath(new URL('.netlify/v1/functions/', config.root)),
        ];
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const hashes = new Set<string>();
        for (const file of await htmlFiles(root)) {
          for (const hash of await inlineScriptHashes(await readFile(file, 'utf8')))
            hashes.add(hash);
        }
        const headers = securityHeaders(contentSecurityPolicy(hashes));
        const lines = ['/*', ...headers.map(([k, v]) => `  ${k}: ${v}`), ''];
        await writeFile(join(root, '_headers'), lines.join('\n'));
        logger.info(`wrote _headers (${hashes.size} inline script hashes)`);
        // The pages rendered on request allow exactly these scripts too.
        let modules = 0;
        for (const dir of serverDirs) modules += await injectBuildScriptHashes(dir, hashes);
        logger.info(`wrote the hashes into ${modules} server module(s)`);
      },
    },
  };
}
