import { describe, expect, it } from 'vitest';
import { netlifyAskRules, twinOf } from './ask-index';

describe('twinOf', () => {
  it.each([
    ['/', '/index.md'],
    ['/exchange/kraken/', '/exchange/kraken.md'],
    ['/exchange/kraken/pro/', '/exchange/kraken/pro.md'],
    ['/reference/check-api/', '/reference/check-api.md'],
  ])('%s → %s', (path, twin) => {
    expect(twinOf(path)).toBe(twin);
  });
});

describe('netlifyAskRules', () => {
  it('sends each twin with a question to the endpoint, forced over the static file, and any other missing page last', () => {
    expect(netlifyAskRules([{ twin: '/index.md' }, { twin: '/exchange/kraken.md' }])).toEqual([
      '/index.md ask=:ask /api/ask/index.md 200!',
      '/exchange/kraken.md ask=:ask /api/ask/exchange/kraken.md 200!',
      '/* ask=:ask /api/ask/:splat 200',
    ]);
  });
});
