// @ts-check
import { defineConfig, envField } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import node from '@astrojs/node';
import starlightLinksValidator from 'starlight-links-validator';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'ignore',
  adapter: node({ mode: 'standalone' }),
  server: { host: '127.0.0.1', port: 4321 },
  env: {
    schema: {
      SERVICE_NAME: envField.string({ context: 'server', access: 'public', default: 'your trading service' }),
    },
  },
  integrations: [
    starlight({
      title: 'Kraken API key guide',
      plugins: [starlightLinksValidator()],
      sidebar: [
        {
          label: 'Kraken',
          items: [
            { label: 'Overview', link: '/exchange/kraken/' },
          ],
        },
      ],
    }),
    react(),
  ],
});
