// @ts-check
import { defineConfig, envField } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import netlify from '@astrojs/netlify';
import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import starlightLinksValidator from 'starlight-links-validator';
import hydrateOnUse from './src/integrations/hydrate-on-use';
import askIndex from './src/integrations/ask-index';
import markdownTwins from './src/integrations/markdown-twins';
import securityHeaders from './src/integrations/security-headers';
import islandChunks from './src/integrations/island-chunks';
import noImageEndpoint from './src/integrations/no-image-endpoint';

const site = process.env.SITE_URL ?? 'http://localhost:4321';
const title = 'Kraken API key guide';

/**
 * Two build targets: `node` (default; one process serves pages and endpoints, `npm start`)
 * and `netlify` (`npm run build:netlify`: static pages on the CDN, the two endpoints as
 * Netlify Functions, unchanged: they use only Web Crypto and fetch).
 */
const target = process.env.DEPLOY_TARGET ?? 'node';
if (!['node', 'netlify'].includes(target)) {
  throw new Error(`DEPLOY_TARGET must be "node" or "netlify", not "${target}".`);
}

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  adapter:
    target === 'netlify'
      ? // The question index (`?ask=`) is written into the server build, not traced from code.
        // imageCDN off: the figures are built once, as on Node, rather than transformed on
        // request by Netlify's image service.
        netlify({ includeFiles: ['.netlify/build/ask-index.json'], imageCDN: false })
      : node({ mode: 'standalone' }),
  ...(target === 'netlify' ? { outDir: './dist-netlify' } : {}),
  security: {
    // The JSON API is for plain API clients too (curl, bots), which send no Origin header:
    // Astro's blanket check would answer them 403 before the handlers run. Each handler
    // checks what it needs itself (content type, and for the probe relay the origin).
    checkOrigin: false,
  },
  server: { host: '127.0.0.1', port: 4321 },
  env: {
    schema: {
      // The trading service the guide is written for (see README "Configuration").
      SERVICE_NAME: envField.string({
        context: 'server',
        access: 'public',
        default: 'the trading service',
      }),
      SERVICE_CONNECT_URL: envField.string({ context: 'server', access: 'public', optional: true }),
      // The service's IP range as its connection page shows it. No default on purpose.
      SERVICE_IP_RANGE: envField.string({ context: 'server', access: 'public', optional: true }),
      // The relay's settings are read when the server starts, not when the site is built
      // ('secret' is astro:env's runtime access; none of these is secret in itself).
      // The live check's upstream. Tests point it at the fake Kraken on loopback.
      KRAKEN_API_URL: envField.string({
        context: 'server',
        access: 'secret',
        url: true,
        default: 'https://api.kraken.com',
      }),
      // Addresses the live check calls Kraken from, shown to users whose key is IP-restricted.
      PROBE_EGRESS_IPS: envField.string({ context: 'server', access: 'secret', optional: true }),
      // Batches per client address per 10 minutes (default 10). Tests and benchmarks raise it:
      // all their calls come from 127.0.0.1.
      PROBE_CLIENT_LIMIT: envField.number({
        context: 'server',
        access: 'secret',
        int: true,
        gt: 0,
        optional: true,
      }),
      // Questions (`?ask=`) per client address per minute (default 60). Tests and benchmarks
      // raise it: all their calls come from 127.0.0.1.
      ASK_CLIENT_LIMIT: envField.number({
        context: 'server',
        access: 'secret',
        int: true,
        gt: 0,
        optional: true,
      }),
      // Live-check batches per minute for the whole relay (default 120): Kraken sees every
      // call come from the relay's address.
      PROBE_GLOBAL_LIMIT: envField.number({
        context: 'server',
        access: 'secret',
        int: true,
        gt: 0,
        optional: true,
      }),
      // Live-check batches relayed at once by one process (default 16).
      PROBE_MAX_CONCURRENT: envField.number({
        context: 'server',
        access: 'secret',
        int: true,
        gt: 0,
        optional: true,
      }),
      // Reverse proxies in front of the Node server (CIDR list, default none): only from these
      // peers is X-Forwarded-For read, right to left, to find the client's address.
      TRUSTED_PROXIES: envField.string({ context: 'server', access: 'secret', optional: true }),
      // A shared rate-limit store for several instances (unstorage's Redis driver).
      RATE_LIMIT_REDIS_URL: envField.string({
        context: 'server',
        access: 'secret',
        url: true,
        optional: true,
      }),
    },
  },
  integrations: [
    noImageEndpoint(),
    islandChunks(),
    starlight({
      title: { en: title, id: 'Panduan API key Kraken' },
      description:
        'Create a Kraken API key for your trading service, step by step, and check it before you connect.',
      // English at the root with its own URLs; Indonesian under /id/ (README "Languages").
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        id: { label: 'Bahasa Indonesia', lang: 'id' },
      },
      customCss: ['./src/styles/custom.css'],
      // Long lines wrap: a horizontally scrolling block becomes an unnamed region (axe).
      expressiveCode: { defaultProps: { wrap: true } },
      components: {
        // Accessible name fix and search UI loaded on demand (see the file).
        Search: './src/components/Search.astro',
      },
      plugins: [
        starlightLinksValidator({
          errorOnRelativeLinks: true,
          // Written after the build by the markdown-twins integration.
          exclude: ['/llms.txt', '/**/*.md', '/*.md'],
        }),
      ],
      // Starlight puts /id in front of these links on Indonesian pages.
      sidebar: [
        {
          label: 'Kraken',
          items: [
            { label: 'Overview', translations: { id: 'Ikhtisar' }, link: '/exchange/kraken/' },
            {
              label: 'Kraken Pro guide',
              translations: { id: 'Panduan Kraken Pro' },
              link: '/exchange/kraken/pro/',
            },
            {
              label: 'Kraken Classic guide',
              translations: { id: 'Panduan Kraken Classic' },
              link: '/exchange/kraken/classic/',
            },
            {
              label: 'Key checker',
              translations: { id: 'Pemeriksa kunci' },
              link: '/exchange/kraken/key-checker/',
            },
            {
              label: 'Troubleshooting',
              translations: { id: 'Pemecahan masalah' },
              link: '/exchange/kraken/troubleshooting/',
            },
          ],
        },
        {
          label: 'Reference',
          translations: { id: 'Referensi' },
          items: [{ label: 'Check API', link: '/reference/check-api/' }],
        },
      ],
    }),
    react(),
    // client:use, for islands whose HTML works on its own until someone uses them.
    hydrateOnUse(),
    // Added here (Starlight adds it otherwise) to keep on-demand pages out: the no-JavaScript
    // checker result only answers a form post.
    sitemap({
      filter: (page) =>
        !/^(\/id)?\/exchange\/kraken\/key-checker\/result/.test(new URL(page).pathname),
      // Each page lists its other-language twin (xhtml:link hreflang), as the pages' heads do.
      i18n: { defaultLocale: 'en', locales: { en: 'en', id: 'id' } },
    }),
    // Security headers with a hash-based CSP, in dist/client/_headers (see the file).
    securityHeaders(),
    // The question index for `<page>.md?ask=`, from the same pages as the twins.
    askIndex({ site }),
    markdownTwins({
      title,
      site,
      summary:
        'Step-by-step guides for creating a Kraken API key (Kraken Pro and Kraken Classic) for a trading-bot service, the errors users meet, and a key checker.',
      combine: {
        '/exchange/kraken/': ['/exchange/kraken/pro/', '/exchange/kraken/classic/'],
        '/id/exchange/kraken/': ['/id/exchange/kraken/pro/', '/id/exchange/kraken/classic/'],
      },
      languages: { id: 'Halaman dalam Bahasa Indonesia (Pages in Indonesian)' },
    }),
  ],
});
