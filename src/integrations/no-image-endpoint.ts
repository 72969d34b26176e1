import type { AstroIntegration } from 'astro';

/**
 * No on-demand image transformation in a build (the figures are built): `/_image` is a
 * refusal there. Decided by Astro's command, not by the build's mode: a host's tooling may
 * build with NODE_ENV=development (Netlify's CLI does), and the refusal must hold anyway.
 * The dev server keeps Astro's own endpoint, as it builds no figure.
 */
export default function noImageEndpoint(): AstroIntegration {
  return {
    name: 'no-image-endpoint-in-builds',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          image: {
            endpoint: { route: '/_image', entrypoint: './src/lib/http/image-endpoint.ts' },
          },
        });
      },
    },
  };
}
