/**
 * The endpoint on Indonesian twins: answers, verdicts and errors in Indonesian, from the
 * Indonesian index only; and which language a page is in.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../ratelimit/memory';
import { fixtureIndexes } from './fixture-id';
import { handleAsk, JSON_PAGE, MAX_QUESTION_CHARS, type AskDeps, type AskJson } from './http';
import { languageOfPage, type AskIndexes } from './search-index';
import type { ClientAddress } from '../security/client-address.js';

let indexes: AskIndexes;
beforeAll(async () => {
  indexes = await fixtureIndexes();
});

const deps = (over: Partial<AskDeps> = {}): AskDeps => ({
  index: () => Promise.resolve(indexes),
  store: createMemoryStore(),
  limit: { limit: 100, windowMs: 60_000 },
  now: () => 1_000_000,
  ...over,
});

const get = (page: string, query: Record<string, string>) =>
  new Request(`https://docs.example/api/ask/${page}?${new URLSearchParams(query)}`);

const PAGE = 'exchange/kraken/pro.md';
const client = (address: string): ClientAddress => ({ ok: true, address, bucket: address });
const PAGE_ID = 'id/exchange/kraken/pro.md';

describe('handleAsk: an Indonesian twin answers in Indonesian, from the Indonesian sections', () => {
  it.each([
    ['nonce window isi berapa', /^# Jawaban\n/, '2000000'],
    // Asked why, not whether: what to do and why, without a yes.
    [
      'kenapa withdraw harus nonaktif',
      /^# Jawaban\n\nBiarkan \*\*Withdraw\*\* nonaktif\./,
      'dana Anda',
    ],
    // Asked how much, not whether: the value, without a yes.
    [
      'berapa nonce window yang harus diisi',
      /^# Jawaban\n\nAtur “Custom nonce window” ke 2000000/,
      '2000000',
    ],
    // Asked what an error means, its cause answers first.
    ['EGeneral:Temporary lockout artinya apa', /^# Jawaban\n\n\*\*Penyebab:\*\*/, 'berturut-turut'],
    // Asked where, whatever "harus" it holds: no yes or no.
    ['daftar ip yg harus di whitelist ada dimana sih?', /^# Jawaban\n\n(?!Ya|Tidak)/, 'Sumber'],
    // "Gapapa?" (is it all right?) asks for a verdict too.
    ['earn dinyalain gapapa kan?', /^# Jawaban\n\nTidak: biarkan \*\*Earn\*\* nonaktif/, 'Earn'],
    // Asked whether the bot still runs without it: the IP restriction, yes, from anywhere.
    [
      'bot tetap jalan kalau ip whitelist dimatikan?',
      /^# Jawaban\n\nYa, kunci tetap berfungsi tanpanya/,
      'IP',
    ],
    [
      'kalo ip restriction dikosongin masih jalan ga keynya?',
      /^# Jawaban\n\nYa, kunci tetap berfungsi tanpanya/,
      'IP',
    ],
    // Asked whether it can be skipped ("gak usah"), the answer to leaving it off.
    [
      'boleh gak usah pakai ip whitelist?',
      /^# Jawaban\n\nTidak: aktifkan “IP address restriction”/,
      'IP',
    ],
    // The guide's value named as a bound: the values beyond it are asked about.
    [
      'nonce window lebih dari 2 juta boleh?',
      /^# Jawaban\n\nNilai yang lebih besar bisa dipakai, tetapi lebih besar dari 2000000/,
      '2000000',
    ],
    [
      'nonce window di bawah 2000000 boleh?',
      /^# Jawaban\n\nTidak: atur nonce window ke 2000000, bukan nilai yang lebih kecil/,
      '2000000',
    ],
    ['perlu nggak aktifin earn?', /^# Jawaban\n\nTidak: biarkan \*\*Earn\*\* nonaktif/, 'Earn'],
    [
      'websocket interface wajib dicentang?',
      /^# Jawaban\n\nYa: aktifkan \*\*WebSocket interface\*\*/,
      'Ya',
    ],
    // The options the guide leaves unset, from the profile, in the form's own labels.
    [
      'query start date sama end date perlu diisi gak?',
      /^# Jawaban\n\nTidak: biarkan \*\*Query start date\*\* dan \*\*Query end date\*\* nonaktif\./,
      'EGeneral:Invalid arguments',
    ],
    [
      'key expiration perlu diisi?',
      /^# Jawaban\n\nTidak: biarkan \*\*Key expiration\*\* nonaktif/,
      'kedaluwarsa',
    ],
    // Asked about an error seen, the settings are the premise: no yes or no.
    [
      'ip whitelist aktif tapi muncul error permission denied, perlu dimatikan?',
      /^# Jawaban\n\n(?!Ya|Tidak)/,
      'Sumber',
    ],
  ])('%j', async (ask, opening, value) => {
    const res = await handleAsk(get(PAGE_ID, { ask }), PAGE_ID, client('a'), deps());
    expect(res.status).toBe(200);
    const md = await res.text();
    expect(md).toMatch(opening);
    expect(md).toContain(value);
    expect(md).toContain('## Sumber');
    // Every link is to an Indonesian page: the English sections are another index.
    const links = [...md.matchAll(/https:\/\/docs\.example(\/[^\s)]*)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^\/id\//);
  });

  it('declines in Indonesian what the docs do not cover', async () => {
    const res = await handleAsk(
      get(PAGE_ID, { ask: 'harga bitcoin hari ini berapa' }),
      PAGE_ID,
      client('a'),
      deps(),
    );
    expect(await res.text()).toContain('Dokumentasi tidak menjawab ini');
  });

  it('the dialog asks the Indonesian JSON at id/answer.json', async () => {
    const page = `id/${JSON_PAGE}`;
    const res = await handleAsk(
      get(page, { ask: 'nonce window isi berapa' }),
      page,
      client('a'),
      deps(),
    );
    const json = (await res.json()) as AskJson;
    expect(json.found).toBe(true);
    expect(json.source?.path).toMatch(/^\/id\/exchange\/kraken\/pro\/#/);
  });

  it('an English twin still answers in English, from the English sections', async () => {
    const res = await handleAsk(
      get(PAGE, { ask: 'What nonce window should I set?' }),
      PAGE,
      client('a'),
      deps(),
    );
    const md = await res.text();
    expect(md).toMatch(/^# Answer\n/);
    expect(md).not.toContain('/id/');
  });

  it.each([
    [
      'a question over 500 characters',
      PAGE_ID,
      { ask: 'a'.repeat(MAX_QUESTION_CHARS + 1) },
      400,
      /paling banyak 500/,
    ],
    ['a line break', PAGE_ID, { ask: 'nonce\nwindow?' }, 400, /karakter kontrol/],
    [
      'an unknown Indonesian page',
      'id/nope.md',
      { ask: 'nonce window?' },
      404,
      /^# Halaman tidak ada/,
    ],
    [
      'no question for the Indonesian dialog',
      `id/${JSON_PAGE}`,
      { ask: '' },
      400,
      /^# Tidak ada pertanyaan/,
    ],
  ])('%s: the error in Indonesian', async (_name, page, query, status, message) => {
    const res = await handleAsk(get(page, query), page, client('a'), deps());
    expect(res.status).toBe(status);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const md = await res.text();
    expect(md).toMatch(message);
    if (status === 404) {
      expect(md).not.toContain('nope');
      expect(md).toContain('https://docs.example/id/exchange/kraken/pro.md');
    }
  });

  it('429 and 503 in Indonesian', async () => {
    const d = deps({ limit: { limit: 1, windowMs: 60_000 } });
    await handleAsk(get(PAGE_ID, { ask: 'nonce window?' }), PAGE_ID, client('b'), d);
    const limited = await handleAsk(
      get(PAGE_ID, { ask: 'nonce window?' }),
      PAGE_ID,
      client('b'),
      d,
    );
    expect(limited.status).toBe(429);
    expect(await limited.text()).toMatch(/^# Terlalu banyak pertanyaan/);
    const none = await handleAsk(
      get(PAGE_ID, { ask: 'nonce window?' }),
      PAGE_ID,
      client('c'),
      deps({ index: () => Promise.reject(new Error('no index')) }),
    );
    expect(none.status).toBe(503);
    expect(await none.text()).toMatch(/^# Pertanyaan tidak tersedia/);
  });
});

describe('languageOfPage', () => {
  it.each([
    ['exchange/kraken/pro.md', 'en'],
    ['index.md', 'en'],
    [JSON_PAGE, 'en'],
    ['id/exchange/kraken/pro.md', 'id'],
    ['id.md', 'id'],
    [`id/${JSON_PAGE}`, 'id'],
    ['idea.md', 'en'],
    ['identity/x.md', 'en'],
    ['exchange/id/x.md', 'en'],
  ])('%j is in %s', (page, code) => {
    expect(languageOfPage(page)).toBe(code);
  });
});
