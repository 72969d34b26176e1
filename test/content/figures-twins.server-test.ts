/**
 * The English figures as built (example addresses said to be examples, pictures that match
 * their scenes) and the Markdown twins' corrected text. Run after `npm run build`.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ATTENTION,
  CLIENT,
  ENGLISH_ONLY,
  EXAMPLE_ADDRESSES,
  MESSAGE,
  PAGES,
  ROOT,
  TWINS,
  main as mainIn,
  plain,
  twin as twinAt,
  type AnyPage,
} from './built-pages';

const main = (key: AnyPage) => mainIn(key, 'en');
const twin = (key: keyof typeof TWINS) => twinAt(TWINS[key]);

beforeAll(() => {
  if (!existsSync(`${CLIENT}index.html`)) {
    throw new Error('dist/client is missing: run `npm run build` before this test.');
  }
});

describe('figures', () => {
  const showsAddresses = (alt: string) => EXAMPLE_ADDRESSES.some((a) => alt.includes(a));

  it('every figure that shows an IP range says these are example addresses', async () => {
    const checked: string[] = [];
    const missing: string[] = [];
    for (const key of [...Object.keys(PAGES), ...Object.keys(ENGLISH_ONLY)] as AnyPage[]) {
      for (const fig of selectAll('figure.guide-figure', await main(key))) {
        const alt = String(select('img', fig)?.properties['alt'] ?? '');
        if (!showsAddresses(alt)) continue;
        const caption = plain(toString(select('figcaption', fig) ?? fig));
        checked.push(String(fig.properties['id']));
        if (!caption.includes('example addresses')) missing.push(`${key}: ${caption}`);
      }
    }
    expect(missing).toEqual([]);
    expect(new Set(checked)).toEqual(
      new Set(
        [
          'service-ip-range',
          'pro-nonce-window',
          'pro-generate',
          'service-connect-pro',
          'service-ip-range-classic',
          'classic-generate',
          'service-connect-classic',
        ].map((id) => `figure-${id}`),
      ),
    );
  });

  it('the Pro and Classic "copy the IP range" figures are two different pictures', async () => {
    const [pro, classic] = await Promise.all(
      ['service-ip-range', 'service-ip-range-classic'].map((id) =>
        readFile(`${ROOT}src/assets/figures/${id}.png`),
      ),
    );
    expect(pro!.equals(classic!)).toBe(false);
  });

  it('the scenes keep no invented help lines, and only Pro has the new permissions', async () => {
    const scene = (name: string) => readFile(`${ROOT}scripts/scenes/${name}.mjs`, 'utf8');
    const [pro, classic] = await Promise.all([scene('kraken-pro'), scene('classic')]);
    for (const invented of [
      'Accept nonces that arrive slightly out of order',
      'How far out of order a nonce may arrive',
      'Only accept requests from the addresses you list',
      'The key stops working after this date',
      'Queries only return data',
    ]) {
      expect(pro + classic).not.toContain(invented);
    }
    expect(pro).toContain("['Add withdrawal addresses', false]");
    expect(pro).toContain("['Update withdrawal addresses', false]");
    expect(classic).not.toContain('withdrawal addresses');
  });

  it('the README calls them redrawn pictures, never screenshots', async () => {
    const readme = await readFile(`${ROOT}README.md`, 'utf8');
    expect(readme).toContain("pictures redrawn from Kraken's screens, not screenshots");
    expect(readme).not.toMatch(/replica screenshots/i);
  });
});

describe('the twins carry the corrected text', () => {
  it('the Kraken twin holds both ATTENTION boxes word for word', async () => {
    const md = await twin('overview');
    for (const sentence of ATTENTION) {
      expect(md.split(sentence), 'once per guide').toHaveLength(3);
    }
    expect(md).toContain('add each entry on its own row');
    expect(md).toContain('example addresses');
  });

  it('the troubleshooting twin has the entry under the exact message', async () => {
    expect(await twin('troubleshooting')).toContain(`## ${MESSAGE}`);
  });

  it('the Markdown keeps the referral note out and the direct link in', async () => {
    const md = await twin('pro');
    expect(md).toContain('https://www.kraken.com/');
    const source = await readFile(`${ROOT}src/content/docs/exchange/kraken/pro.mdx`, 'utf8');
    expect(source).toMatch(/\{\/\*[^*]*referral address[^*]*\*\/\}/);
    expect(md).not.toMatch(/referral/i);
  });
});
