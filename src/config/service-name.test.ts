import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVICE_NAMES, serviceNameIn } from './service-name';

describe('serviceNameIn', () => {
  it.each([
    { name: 'the trading service', lang: 'en', expected: 'the trading service' },
    { name: 'the trading service', lang: 'id', expected: 'layanan trading' },
    { name: 'Acme Bots', lang: 'en', expected: 'Acme Bots' },
    { name: 'Acme Bots', lang: 'id', expected: 'Acme Bots' },
    // Only the exact default is translated: a name that merely resembles it was set on purpose.
    { name: 'The Trading Service', lang: 'id', expected: 'The Trading Service' },
    { name: 'the trading service pro', lang: 'id', expected: 'the trading service pro' },
  ] as const)('$name in $lang is "$expected"', ({ name, lang, expected }) => {
    expect(serviceNameIn(name, lang)).toBe(expected);
  });

  it("knows SERVICE_NAME's default as astro.config.mjs declares it", () => {
    const config = readFileSync(new URL('../../astro.config.mjs', import.meta.url), 'utf8');
    expect(config).toContain(`default: '${DEFAULT_SERVICE_NAMES.en}'`);
  });
});
