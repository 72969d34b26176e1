/**
 * The Indonesian edition's words as built (dist/client/id/…): every sentence that
 * guide-text.server-test.ts requires of the English pages has its Indonesian counterpart
 * required here, Kraken's words (labels, permission names in both spellings, error strings,
 * 2000000, the service's message) appear exactly as on the English pages, and the Indonesian
 * forms of the known wrong sentences do not come back. Run after `npm run build`.
 */
import { existsSync } from 'node:fs';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../src/lib/profile/kraken';
import { CLIENT, KEYS, main, mainText, MESSAGE, plain } from './built-pages';

/** The ATTENTION box in Indonesian, the service's message kept as it is. */
const PERHATIAN = [
  'Jika Anda tidak mencentang satu saja dari izin-izin tersebut, hal itu dapat menyebabkan error yang akan memblokir Anda dari trading selanjutnya!',
  `Jika Anda mendapat error seperti "${MESSAGE}", perbarui izin API key tersebut atau buat kunci baru dengan izin yang benar.`,
];

/** The Indonesian forms of guide-text.server-test.ts's known wrong sentences. */
const FORBIDDEN: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /Not enough permissions for API keys/, why: 'the message is singular' },
  { pattern: /Kraken tidak melaporkan izin/i, why: 'Kraken reports a key’s permissions' },
  { pattern: /Kraken tidak (dapat|bisa) membedakan/i, why: 'Kraken knows; a program cannot tell' },
  { pattern: /sering diakhiri ==/i, why: 'a private key always ends in ==' },
  { pattern: /Kraken mengunci kunci/i, why: 'the lockout is on the account' },
  { pattern: /(?<!bukan )tangkapan layar/i, why: 'the figures are redrawn pictures' },
  { pattern: /\bscreenshots?\b/i, why: 'the figures are redrawn pictures (in Indonesian words)' },
  { pattern: /pxf\.io/i, why: 'the referral address is gone' },
  { pattern: /Sembilan langkah, dari halaman/i, why: 'the steps start at "Buka Kraken"' },
];

beforeAll(() => {
  if (!existsSync(`${CLIENT}id/index.html`)) {
    throw new Error('dist/client/id is missing: run `npm run build` before this test.');
  }
});

describe('the Indonesian pages keep the known wrong sentences out', () => {
  it.each(KEYS)('the %s page has none', async (key) => {
    const text = await mainText(key);
    const found = FORBIDDEN.filter(({ pattern }) => pattern.test(text)).map(
      ({ pattern, why }) => `“${text.match(pattern)?.[0]}” (${why})`,
    );
    expect(found).toEqual([]);
  });
});

describe('the service’s default name in Indonesian', () => {
  it('is "layanan trading", and no sentence starts with it in lower case', async () => {
    if (process.env['SERVICE_NAME']) return;
    const found: string[] = [];
    for (const key of KEYS) {
      const text = await mainText(key);
      expect(text, key).not.toContain('the trading service');
      for (const block of selectAll(
        'p, li, figcaption, h2, h3, td, th, summary',
        await main(key),
      )) {
        const t = plain(toString(block));
        if (/^layanan trading\b/.test(t) || /[.!?] layanan trading\b/.test(t)) found.push(t);
      }
    }
    expect(await mainText('pro')).toContain('layanan trading');
    expect(found).toEqual([]);
  });
});

describe('Kraken’s words stay exactly as on the English pages', () => {
  /** Bold words of the English pages that are the guide's own, not Kraken's: translated. */
  const OWN_BOLD = new Set([
    'What you see:',
    'Cause:',
    'Fix:',
    'Permissions',
    'IP restriction',
    'Nonce window',
    'Keys',
    'Check my key',
    'Important: Please ensure "Nonce Window" is set to 2000000 (2 million)',
  ]);

  it.each(KEYS)('every code and Kraken label of the English %s page is there', async (key) => {
    // The page's own words: the islands speak from their message catalogues, not from here.
    const en = structuredClone(await main(key, 'en'));
    const dropIslands = (el: Element) => {
      el.children = el.children.filter((c) => c.type !== 'element' || c.tagName !== 'astro-island');
      for (const c of el.children) if (c.type === 'element') dropIslands(c);
    };
    dropIslands(en);
    const words = [
      ...selectAll('code', en).map((c) => plain(toString(c))),
      ...selectAll('strong', en)
        .map((s) => plain(toString(s)).replace(/\.$/, ''))
        .filter((s) => !OWN_BOLD.has(s)),
    ].filter((w) => w !== '');
    expect(words.length, 'the English page has Kraken words').toBeGreaterThan(0);
    const id = await mainText(key);
    expect(words.filter((w) => !id.includes(w))).toEqual([]);
  });

  it.each(['pro', 'classic'] as const)(
    'the %s guide names every permission as Kraken’s %s form does',
    async (form) => {
      const labels = PERMISSIONS.flatMap((p) => (p[form] ? [p[form].label] : []));
      expect(labels.length).toBeGreaterThan(6);
      for (const lang of ['en', 'id'] as const) {
        const text = await mainText(form, lang);
        expect(
          labels.filter((l) => !text.includes(l)),
          `${lang} page`,
        ).toEqual([]);
      }
    },
  );

  it('the service’s message and the value to type are verbatim on every guide page', async () => {
    for (const key of ['overview', 'pro', 'classic', 'troubleshooting'] as const) {
      expect(await mainText(key), key).toContain(MESSAGE);
    }
    for (const key of ['home', 'overview', 'pro', 'classic', 'troubleshooting'] as const) {
      expect(await mainText(key), key).toContain('2000000');
    }
  });
});

describe('the original wording and the corrections stay, in Indonesian', () => {
  it.each(['pro', 'classic'] as const)(
    'the %s guide has one PERHATIAN! box with the original, then says it plainly',
    async (key) => {
      const boxes = selectAll('aside', await main(key)).filter((a) =>
        toString(a).includes('PERHATIAN!'),
      );
      expect(boxes, 'one PERHATIAN box').toHaveLength(1);
      const text = plain(toString(boxes[0]!));
      for (const sentence of PERHATIAN) expect(text).toContain(sentence);
      expect(text).toContain('Dengan kata sederhana: setiap izin di atas harus aktif');
    },
  );

  it.each(['pro', 'classic'] as const)(
    'the %s guide says once, at its start, that the figures are redrawn',
    async (key) => {
      const text = await mainText(key);
      expect(text.match(/digambar ulang dari layar Kraken, bukan tangkapan layar/g)).toHaveLength(
        1,
      );
      expect(text.indexOf('digambar ulang')).toBeLessThan(text.indexOf('Buka Kraken'));
    },
  );

  it.each(['pro', 'classic'] as const)(
    'the %s guide explains the nonce window in units, not time',
    async (key) => {
      const text = await mainText(key);
      expect(text).toContain('Ini adalah jumlah satuan nonce, bukan waktu');
      expect(text).toContain('sekitar 33 menit tidak berurutan');
    },
  );

  it.each(['pro', 'classic', 'checker'] as const)(
    'the %s page tells IP-restricted keys what the check on Kraken can reach',
    async (key) => {
      expect(await mainText(key)).toMatch(
        /Jika Anda membatasi kunci ke rentang IP .+?, pemeriksaan di bawah ini hanya dapat menjangkau Kraken dari server situs ini, yang biasanya berada di luar rentang tersebut/,
      );
    },
  );

  it('the Classic guide adds each entry of the range on its own row', async () => {
    const text = await mainText('classic');
    expect(text).toContain(
      'Kraken Classic menerima satu alamat atau rentang per baris, bukan daftar: tambahkan setiap entri di barisnya sendiri',
    );
    expect(text).toContain('Cancel/Close Orders (panduan lama menyebutnya "Cancel/Close Trades")');
  });

  it('the Pro guide leaves both withdrawal-address permissions off', async () => {
    const line = selectAll('p', await main('pro'))
      .map((p) => plain(toString(p)))
      .find((t) => t.startsWith('Tidak ada yang lain: biarkan'));
    expect(line).toContain('Add withdrawal addresses');
    expect(line).toContain('Update withdrawal addresses');
  });

  it('troubleshooting names the message exactly and keeps both anchors', async () => {
    const root = await main('troubleshooting');
    const heading = select('h2#not-enough-permission-for-api-keys', root);
    expect(heading && plain(toString(heading))).toBe(MESSAGE);
    expect(select('#not-enough-permissions-for-api-keys', root), 'the old anchor').toBeTruthy();
    const text = await mainText('troubleshooting');
    for (const phrase of [
      'Kraken memang melaporkan izin apa saja yang dimiliki sebuah kunci, melalui panggilan GetApiKeyInfo',
      'Kraken tahu yang mana',
      'selalu diakhiri ==',
      'Skala nonce adalah satuan yang dipakai program untuk menghitung nonce-nya',
      'dari komputer yang jamnya lebih cepat',
      'Kraken lalu mengunci akun untuk sementara, biasanya beberapa menit',
      'Pro di sini adalah tingkat verifikasi, bukan Kraken Pro',
      'buat kunci baru tanpa query start date atau query end date',
      'hubungi dukungan Kraken',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it('the overview counts the steps from "Buka Kraken"', async () => {
    expect(await mainText('overview')).toContain('Sembilan langkah, dari membuka Kraken');
  });

  it.each(['pro', 'classic'] as const)('the %s guide has nine steps', async (key) => {
    expect(selectAll('.sl-steps > li', await main(key))).toHaveLength(9);
  });
});
