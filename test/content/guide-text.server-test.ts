/**
 * The guide's words as built: the HTML pages in dist/client, their Markdown
 * twins and llms.txt. Sentences that were wrong about Kraken, or claimed
 * more than Kraken's sources say, must not come back; the wording the
 * original page used and the corrections that replaced the wrong sentences
 * must stay. Run after `npm run build` (default SERVICE_NAME; see
 * vitest.server.config.ts).
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CLIENT,
  ENGLISH_ONLY,
  PAGES,
  ROOT,
  main as mainIn,
  mainText as mainTextIn,
  plain,
  twin as twinAt,
  ATTENTION,
  MESSAGE,
  TWINS,
  type AnyPage,
} from './built-pages';

type PageKey = AnyPage;
const ALL = { ...PAGES, ...ENGLISH_ONLY };
const main = (key: PageKey) => mainIn(key, 'en');
const mainText = (key: PageKey) => mainTextIn(key, 'en');
const twin = (key: PageKey) => twinAt(TWINS[key]);

/**
 * Known wrong sentences. `lib` marks text that the checker's messages bring
 * into the pages (server-rendered islands), which lives outside the content.
 */
const FORBIDDEN: readonly { pattern: RegExp; why: string; lib?: true }[] = [
  {
    pattern: /Not enough permissions for API keys/,
    why: 'the message is singular: "Not enough permission for API keys"',
    lib: true,
  },
  {
    pattern: /does not report which permissions/i,
    why: 'Kraken reports a key’s permissions (GetApiKeyInfo)',
  },
  {
    pattern: /Kraken cannot tell/i,
    why: 'Kraken knows; only a program reading the answers cannot tell',
  },
  { pattern: /often ending in ==|often ends in ==/i, why: 'a private key always ends in ==' },
  { pattern: /like every Kraken API key/i, why: 'Kraken documents no API key format', lib: true },
  {
    pattern: /Kraken locks the key/i,
    why: 'the lockout is on the account (perhaps the address)',
    lib: true,
  },
  {
    pattern: /a bug in the program that sent it, not in your key/i,
    why: 'query start or end dates on the key cause Invalid arguments too',
  },
  {
    pattern: /Nine steps, from Kraken (Pro's Settings|Classic's API) page/i,
    why: 'the steps start at "Go to Kraken"',
  },
  {
    pattern: /(?<!not (a )?)\bscreenshots?\b/i,
    why: 'the figures are redrawn pictures, not screenshots',
  },
  { pattern: /\b20 on Pro\b/, why: 'Pro in rate limits is a verification level' },
  { pattern: /pxf\.io/i, why: 'the referral address is gone' },
  {
    pattern: /`?export_data`?, `?websocket`?\./,
    why: 'websocket is not one of Kraken’s machine names',
  },
  {
    pattern: /Accept nonces that arrive slightly out of order/i,
    why: 'invented help text Kraken does not show',
  },
  {
    pattern: /locked this key out/i,
    why: 'the lockout is on the account (perhaps the address)',
    lib: true,
  },
  {
    pattern: /Nothing to change in the key/i,
    why: 'query start or end dates on the key cause Invalid arguments',
    lib: true,
  },
  {
    pattern: /Kraken gives the same answer/i,
    why: 'Kraken knows; only a program reading the answers cannot tell',
    lib: true,
  },
];

function hits(text: string, where: string): string[] {
  return FORBIDDEN.filter(({ pattern }) => pattern.test(text)).map(
    ({ pattern, why }) => `${where}: “${text.match(pattern)?.[0] ?? pattern.source}” (${why})`,
  );
}

beforeAll(() => {
  if (!existsSync(`${CLIENT}index.html`)) {
    throw new Error('dist/client is missing: run `npm run build` before this test.');
  }
});

describe('known wrong sentences do not come back', () => {
  const keys = Object.keys(ALL) as PageKey[];

  it.each(keys)('the %s page has none', async (key) => {
    expect(hits(await mainText(key), `/${ALL[key]}`)).toEqual([]);
  });

  it.each(keys)('the %s twin has none', async (key) => {
    expect(hits(await twin(key), TWINS[key])).toEqual([]);
  });

  it('llms.txt has none', async () => {
    expect(hits(plain(await readFile(`${CLIENT}llms.txt`, 'utf8')), 'llms.txt')).toEqual([]);
  });

  it('no built page links through the referral address', async () => {
    const offenders: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = `${dir}${entry.name}`;
        if (entry.isDirectory()) await walk(`${path}/`);
        else if (
          /\.(html|md|txt)$/.test(entry.name) &&
          /pxf\.io/.test(await readFile(path, 'utf8'))
        )
          offenders.push(path.slice(CLIENT.length));
      }
    };
    await walk(CLIENT);
    expect(offenders).toEqual([]);
  });

  it('no sentence starts with the default service name in lower case', async () => {
    if (process.env['SERVICE_NAME']) return;
    const found: string[] = [];
    for (const key of Object.keys(ALL) as PageKey[]) {
      const root = await main(key);
      for (const block of selectAll(
        'p, li, figcaption, h2, h3, h4, td, th, dd, dt, summary',
        root,
      )) {
        const text = plain(toString(block));
        if (/^the trading service\b/.test(text) || /[.!?] the trading service\b/.test(text)) {
          found.push(`/${ALL[key]}: ${text.slice(0, 90)}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});

describe('the checker’s messages shipped in the build', () => {
  // The checks' messages reach the pages from the client bundles (islands) and the server
  // chunks (the no-JavaScript result page), not from the built HTML alone.
  const bundles = async (dir: string, ext: RegExp): Promise<string[]> => {
    const files: string[] = [];
    for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
      if (entry.isFile() && ext.test(entry.name)) files.push(`${entry.parentPath}/${entry.name}`);
    }
    return files;
  };

  it('carry none of the wrong sentences either', async () => {
    const files = [
      ...(await bundles(`${CLIENT}_astro`, /\.js$/)),
      ...(await bundles(`${ROOT}dist/server`, /\.mjs$/)),
    ];
    expect(files.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const file of files) {
      const text = plain(await readFile(file, 'utf8'));
      for (const { pattern, why } of FORBIDDEN.filter((f) => f.lib)) {
        const match = text.match(pattern);
        if (match) found.push(`${file.slice(ROOT.length)}: “${match[0]}” (${why})`);
      }
    }
    expect([...new Set(found)]).toEqual([]);
  });
});

describe('the original wording and the corrections stay', () => {
  it.each(['pro', 'classic'] as const)(
    'the %s guide quotes the ATTENTION box exactly, then says it plainly',
    async (key) => {
      const boxes = selectAll('aside', await main(key)).filter((a) =>
        toString(a).includes('ATTENTION!'),
      );
      expect(boxes, 'one ATTENTION box').toHaveLength(1);
      const text = plain(toString(boxes[0]!));
      for (const sentence of ATTENTION) expect(text).toContain(sentence);
      expect(text).toContain('In plain words: every one of the permissions above must be on');
    },
  );

  it.each(['pro', 'classic'] as const)(
    'the %s guide says once, at its start, that the figures are redrawn',
    async (key) => {
      const text = await mainText(key);
      expect(text.match(/redrawn from Kraken's screens, not screenshots/g)).toHaveLength(1);
      expect(text.indexOf('redrawn')).toBeLessThan(text.indexOf('Go to Kraken'));
    },
  );

  it.each(['pro', 'classic'] as const)(
    'the %s guide explains the nonce window in units, not time',
    async (key) => {
      const text = await mainText(key);
      expect(text).toContain('It is a count of nonce units, not a time');
      expect(text).toContain('about 33 minutes out of order');
    },
  );

  it.each(['pro', 'classic', 'checker'] as const)(
    'the %s page tells IP-restricted keys what the check on Kraken can reach',
    async (key) => {
      const text = await mainText(key);
      expect(text).toMatch(
        /If you restricted the key to the IP range of .+?, the check below can reach Kraken only from this site's server, which is usually outside that range/,
      );
    },
  );

  it.each(['pro', 'classic'] as const)(
    'the %s guide says what a Query Funds key can also read, and that the service needs it',
    async (key) => {
      expect(await mainText(key)).toMatch(
        /Kraken's Funding guide \(docs\.kraken\.com\) notes that a key with Query( \(Query Funds\)| Funds)? can also read your account's withdrawal addresses and withdrawal history\. .+? needs Query( Funds)? all the same/,
      );
    },
  );

  it('the Classic guide adds each entry of the range on its own row', async () => {
    const text = await mainText('classic');
    expect(text).toContain(
      'Kraken Classic takes one address or range per row, not a list: add each entry on its own row',
    );
    expect(text).toContain('Cancel/Close Orders (older guides say "Cancel/Close Trades")');
  });

  it('the Pro guide leaves both withdrawal-address permissions off', async () => {
    const line = selectAll('p', await main('pro'))
      .map((p) => plain(toString(p)))
      .find((t) => t.startsWith('Nothing else: leave'));
    expect(line).toContain('Add withdrawal addresses');
    expect(line).toContain('Update withdrawal addresses');
  });

  it('troubleshooting names the message exactly and keeps the old anchor', async () => {
    const root = await main('troubleshooting');
    const heading = select('h2#not-enough-permission-for-api-keys', root);
    expect(heading && plain(toString(heading))).toBe(MESSAGE);
    expect(select('#not-enough-permissions-for-api-keys', root), 'the old anchor').toBeTruthy();
    const text = await mainText('troubleshooting');
    for (const phrase of [
      'Kraken does report which permissions a key has, through its GetApiKeyInfo call',
      'Kraken knows which it is',
      'always ends in ==',
      'The nonce scale is the unit a program counts its nonces in',
      'from a computer whose clock runs ahead',
      'Kraken then locks the account for a while, typically a few minutes',
      'this Pro is the verification level, not Kraken Pro',
      'create a new key without a query start or end date',
      'contact Kraken support',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it('the overview counts the steps from "Go to Kraken"', async () => {
    expect(await mainText('overview')).toContain('Nine steps, from going to Kraken');
  });
});
