/**
 * The live check's catalogues, every code in both languages: words for each, Kraken's
 * strings verbatim, dates in each language's form, and nothing English left in the
 * Indonesian words but Kraken's own.
 */
import { describe, expect, it } from 'vitest';
import type { NoAnswerReason } from '../kraken/reasons';
import { EN_LIVE, KRAKEN_ERROR_TEXT } from './en/live';
import { ID_KRAKEN_ERROR_TEXT, ID_LIVE } from './id/live';
import type { LiveCode, LiveValues } from './live-types';

const UNTIL = Date.UTC(2026, 11, 5, 14, 0) / 1000;
const BASE: LiveValues = {
  form: 'pro',
  error: 'EGeneral:Temporary lockout',
  code: 'EGeneral:Temporary lockout',
  method: 'AddOrder',
  permission: 'trades_modify',
  egressIps: ['198.51.100.7'],
  names: ['trades_query_open'],
  allowlist: ['203.0.113.0/24'],
  fields: ['nonceWindow'],
  detail: 'DETAIL',
  check: 'nonceWindow',
  reason: { code: 'timeout', seconds: 10 },
};

const CODES = Object.keys(EN_LIVE.messages) as LiveCode[];

describe('live catalogues', () => {
  it('hold the same codes in both languages', () => {
    expect(Object.keys(ID_LIVE.messages).sort()).toEqual([...CODES].sort());
    expect(Object.keys(ID_KRAKEN_ERROR_TEXT).sort()).toEqual(Object.keys(KRAKEN_ERROR_TEXT).sort());
  });

  it.each(CODES)('%s: words in both languages, and they differ', (code) => {
    const en = EN_LIVE.messages[code](BASE);
    const id = ID_LIVE.messages[code](BASE);
    expect(id.title.length).toBeGreaterThan(0);
    expect(id.detail.length).toBeGreaterThan(10);
    expect(id.detail).not.toBe(en.detail);
    expect(id.fix === null).toBe(en.fix === null);
    for (const text of [id.detail, id.fix ?? '']) expect(text).not.toMatch(/undefined|NaN/);
    // Kraken's error string and method name, wherever the English quotes them, verbatim.
    for (const verbatim of ['EGeneral:Temporary lockout', 'AddOrder', 'GetApiKeyInfo']) {
      if (en.detail.includes(verbatim)) expect(id.detail, verbatim).toContain(verbatim);
    }
    for (const verbatim of ['Not enough permission for API keys', 'IP address restriction']) {
      const enText = `${en.detail} ${en.fix ?? ''}`;
      if (enText.includes(verbatim)) expect(`${id.detail} ${id.fix ?? ''}`).toContain(verbatim);
    }
  });

  it.each([['kraken.throttled', '5 Desember 2026 14.00 UTC', '2026-12-05 14:00 UTC']] as const)(
    '%s: the date in each language’s form',
    (code, idDate, enDate) => {
      const values = { ...BASE, until: UNTIL };
      expect(ID_LIVE.messages[code](values).detail).toContain(idDate);
      expect(ID_LIVE.messages[code](values).fix).toContain(idDate);
      expect(EN_LIVE.messages[code](values).detail).toContain(enDate);
    },
  );

  const REASONS: [NoAnswerReason, RegExp, RegExp][] = [
    [{ code: 'http-status', status: 503 }, /HTTP 503\)/, /menjawab HTTP 503/],
    [{ code: 'too-large', status: 200 }, /more than 1 MB/, /lebih dari 1 MB/],
    [{ code: 'html', status: 200 }, /an HTML page/, /halaman HTML/],
    [{ code: 'not-json', status: 200 }, /not JSON/, /bukan JSON/],
    [{ code: 'not-kraken', status: 200 }, /not a Kraken answer/, /bukan jawaban Kraken/],
    [{ code: 'timeout', seconds: 10 }, /within 10 s/, /dalam 10 detik/],
    [{ code: 'out-of-time' }, /ran out of time/, /kehabisan waktu/],
    [{ code: 'connection' }, /failed or was reset/, /gagal atau terputus/],
    [{ code: 'page-closed' }, /closed the connection/, /menutup koneksi/],
  ];
  it.each(REASONS)('the relay’s reason %j in words', (reason, en, id) => {
    const values = { ...BASE, reason };
    expect(EN_LIVE.messages['permission.no-answer'](values).detail).toMatch(en);
    expect(ID_LIVE.messages['permission.no-answer'](values).detail).toMatch(id);
    expect(ID_LIVE.messages['kraken.no-answer'](values).detail).toMatch(id);
  });

  it.each(Object.keys(KRAKEN_ERROR_TEXT))('%s: meaning and advice in one line each', (code) => {
    const text = ID_KRAKEN_ERROR_TEXT[code];
    expect(text?.meaning).toMatch(/^[^\n]{10,140}$/);
    expect(text?.advice).toMatch(/^[^\n]{10,140}$/);
    const values = { ...BASE, code, error: code };
    expect(ID_LIVE.messages['permission.unclear'](values).detail).toContain(text?.meaning);
  });

  it('says a shared rule’s detail is Kraken’s report', () => {
    expect(ID_LIVE.reported('X')).toBe('Kraken melaporkan: X');
    expect(EN_LIVE.reported('X')).toBe('Kraken reports: X');
  });
});
