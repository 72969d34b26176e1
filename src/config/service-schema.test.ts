import { describe, expect, it } from 'vitest';
import { parseServiceConfig } from './service-schema';

describe('parseServiceConfig', () => {
  it.each([
    { raw: { name: 'Acme Bots' }, expected: { name: 'Acme Bots' } },
    {
      raw: {
        name: 'Acme',
        connectUrl: 'https://acme.example/exchanges/kraken',
        ipRange: '192.0.2.0/24',
      },
      expected: {
        name: 'Acme',
        connectUrl: 'https://acme.example/exchanges/kraken',
        ipRange: '192.0.2.0/24',
      },
    },
    { raw: { name: '  Acme  ', connectUrl: '', ipRange: '' }, expected: { name: 'Acme' } },
  ])('accepts $raw', ({ raw, expected }) => {
    expect(parseServiceConfig(raw)).toEqual(expected);
  });

  it.each([
    { raw: { name: '' }, message: 'expected string' },
    { raw: { name: '   ' }, message: 'SERVICE_NAME must not be empty' },
    { raw: { name: 'x'.repeat(81) }, message: 'SERVICE_NAME is longer than 80 characters' },
    {
      raw: { name: 'Acme', connectUrl: 'javascript:alert(1)' },
      message: 'SERVICE_CONNECT_URL must be an http(s) URL',
    },
    {
      raw: { name: 'Acme', connectUrl: 'not a url' },
      message: 'SERVICE_CONNECT_URL must be an http(s) URL',
    },
  ])('refuses $raw with a message naming the setting', ({ raw, message }) => {
    expect(() => parseServiceConfig(raw)).toThrow(message);
  });
});
