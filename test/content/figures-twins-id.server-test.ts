/**
 * The Indonesian edition's figures and Markdown twins as built: every figure has Indonesian
 * words (not the English ones), the figures that show an IP range say these are example
 * addresses, and the twins carry the same corrected text as the pages. Run after
 * `npm run build`.
 */
import { existsSync } from 'node:fs';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLIENT, KEYS, main, MESSAGE, plain, twin } from './built-pages';

const PERHATIAN = [
  'Jika Anda tidak mencentang satu saja dari izin-izin tersebut, hal itu dapat menyebabkan error yang akan memblokir Anda dari trading selanjutnya!',
  `Jika Anda mendapat error seperti "${MESSAGE}", perbarui izin API key tersebut atau buat kunci baru dengan izin yang benar.`,
];
const EXAMPLE_ADDRESSES = ['192.0.2.', '198.51.100.', '203.0.113.', '2001:db8:'];

beforeAll(() => {
  if (!existsSync(`${CLIENT}id/index.html`)) {
    throw new Error('dist/client/id is missing: run `npm run build` before this test.');
  }
});

describe('figures in Indonesian', () => {
  it('every figure has Indonesian words, not the English ones', async () => {
    const same: string[] = [];
    let count = 0;
    for (const key of KEYS) {
      const en = selectAll('figure.guide-figure', await main(key, 'en'));
      const id = selectAll('figure.guide-figure', await main(key));
      expect(
        id.map((f) => f.properties['id']),
        `${key}: same figures, same order`,
      ).toEqual(en.map((f) => f.properties['id']));
      id.forEach((fig, i) => {
        count++;
        const alt = (f: Element) => String(select('img', f)?.properties['alt'] ?? '');
        const caption = (f: Element) => plain(toString(select('figcaption', f) ?? f));
        if (alt(fig) === alt(en[i]!) || caption(fig) === caption(en[i]!) || !alt(fig)) {
          same.push(String(fig.properties['id']));
        }
      });
    }
    expect(same).toEqual([]);
    expect(count, 'all 21 figures').toBe(21);
  });

  it('every figure that shows an IP range says these are example addresses', async () => {
    const checked: string[] = [];
    const missing: string[] = [];
    for (const key of KEYS) {
      for (const fig of selectAll('figure.guide-figure', await main(key))) {
        const alt = String(select('img', fig)?.properties['alt'] ?? '');
        if (!EXAMPLE_ADDRESSES.some((a) => alt.includes(a))) continue;
        checked.push(String(fig.properties['id']));
        const caption = plain(toString(select('figcaption', fig) ?? fig));
        if (!caption.includes('alamat contoh')) missing.push(`${key}: ${caption}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toHaveLength(7);
  });
});

describe('the Indonesian twins carry the same text', () => {
  it('the Kraken twin holds both PERHATIAN! boxes word for word', async () => {
    const md = await twin('id/exchange/kraken.md');
    for (const sentence of PERHATIAN) expect(md.split(sentence), 'once per guide').toHaveLength(3);
    expect(md).toContain('tambahkan setiap entri di barisnya sendiri');
    expect(md).toContain('alamat contoh');
  });

  it('the troubleshooting twin has the entry under the exact message', async () => {
    expect(await twin('id/exchange/kraken/troubleshooting.md')).toContain(`## ${MESSAGE}`);
  });

  it('the Pro twin links kraken.com directly, with no referral', async () => {
    const md = await twin('id/exchange/kraken/pro.md');
    expect(md).toContain('https://www.kraken.com/');
    expect(md).not.toMatch(/referral|pxf\.io/i);
  });
});
