import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Registers `client:use`: an island hydrates on first use or once it has been
 * read (see ./hydrate-on-use.client.ts). The key checker page uses it, so
 * React and the checker load only when someone is about to use them.
 */
export default function hydrateOnUse(): AstroIntegration {
  return {
    name: 'hydrate-on-use',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'use',
          // A path: Astro bundles the entrypoint with esbuild, which resolves paths, not URLs.
          entrypoint: fileURLToPath(new URL('./hydrate-on-use.client.ts', import.meta.url)),
        });
      },
    },
  };
}
