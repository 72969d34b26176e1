import { describe, expect, it, vi } from 'vitest';
import { parseTrustedProxies, resolveClientAddress, type Range } from './client-address.js';
import { clientOf } from './request-client';

function ranges(text: string): Range[] {
  const parsed = parseTrustedProxies(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.ranges;
}

describe('parseTrustedProxies', () => {
  it.each([
    { text: '', count: 0 },
    { text: undefined, count: 0 },
    { text: '10.0.0.1', count: 1 },
    { text: '10.0.0.0/8, 172.16.0.0/12 192.168.0.0/16', count: 3 },
    { text: '::1, 2001:db8::/32', count: 2 },
    { text: '0.0.0.0/0', count: 1 },
  ])('accepts "$text" ($count ranges)', ({ text, count }) => {
    expect(parseTrustedProxies(text)).toMatchObject({ ok: true });
    expect(text === undefined ? 0 : ranges(text).length).toBe(count);
  });

  it.each(['10.0.0.0/33', '2001:db8::/129', 'proxy.example', '10.0.0.0/x', '10.1', '300.0.0.1'])(
    'refuses "%s", naming the variable and the entry',
    (text) => {
      const parsed = parseTrustedProxies(text);
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.message).toMatch(/^TRUSTED_PROXIES: /);
    },
  );
});

describe('resolveClientAddress', () => {
  const proxy = ranges('10.0.0.0/8, fd00::/8');

  it.each([
    {
      name: 'a direct connection: the peer',
      input: { peer: '203.0.113.7' },
      expected: { address: '203.0.113.7', bucket: '203.0.113.7' },
    },
    {
      name: 'a direct connection with a spoofed header: the header is ignored',
      input: { peer: '203.0.113.7', forwardedFor: '198.51.100.1' },
      expected: { address: '203.0.113.7' },
    },
    {
      name: 'a spoofed header from a peer that is not a trusted proxy',
      input: { peer: '203.0.113.7', forwardedFor: '10.0.0.1', trustedProxies: proxy },
      expected: { address: '203.0.113.7' },
    },
    {
      name: 'an IPv4-mapped peer: the IPv4 address',
      input: { peer: '::ffff:203.0.113.7' },
      expected: { address: '203.0.113.7' },
    },
    {
      name: 'an IPv6 peer: counted by its /64',
      input: { peer: '2001:db8:1:2:aaaa:bbbb:cccc:dddd' },
      expected: { address: '2001:db8:1:2:aaaa:bbbb:cccc:dddd', bucket: '2001:db8:1:2::/64' },
    },
    {
      name: 'behind a trusted proxy: the right-most entry',
      input: { peer: '10.0.0.5', forwardedFor: '203.0.113.7', trustedProxies: proxy },
      expected: { address: '203.0.113.7' },
    },
    {
      name: 'behind a trusted proxy, with a forged entry on the left: still the right-most',
      input: {
        peer: '10.0.0.5',
        forwardedFor: '198.51.100.99, 203.0.113.7',
        trustedProxies: proxy,
      },
      expected: { address: '203.0.113.7' },
    },
    {
      name: 'behind two trusted proxies: the right-most untrusted entry',
      input: {
        peer: '10.0.0.5',
        forwardedFor: '198.51.100.99, 203.0.113.7, 10.9.9.9',
        trustedProxies: proxy,
      },
      expected: { address: '203.0.113.7' },
    },
    {
      name: 'entries with ports',
      input: {
        peer: '10.0.0.5',
        forwardedFor: '[2001:db8::1]:443, 203.0.113.7:5555',
        trustedProxies: proxy,
      },
      expected: { address: '203.0.113.7' },
    },
    {
      name: 'an IPv6 client behind the proxy: its /64',
      input: { peer: 'fd00::1', forwardedFor: '2001:db8:5:6::99', trustedProxies: proxy },
      expected: { address: '2001:db8:5:6::99', bucket: '2001:db8:5:6::/64' },
    },
    {
      name: 'every hop a trusted proxy: the left-most',
      input: { peer: '10.0.0.5', forwardedFor: '10.1.1.1, 10.2.2.2', trustedProxies: proxy },
      expected: { address: '10.1.1.1' },
    },
  ])('$name', ({ input, expected }) => {
    expect(resolveClientAddress(input)).toMatchObject({ ok: true, ...expected });
  });

  it.each([
    { name: 'no peer', input: { peer: undefined } },
    { name: 'an empty peer', input: { peer: '' } },
    { name: 'a peer that is not an address', input: { peer: 'unknown' } },
    {
      name: 'a trusted proxy with no X-Forwarded-For',
      input: { peer: '10.0.0.5', trustedProxies: proxy },
    },
    {
      name: 'a trusted proxy whose right-most entry is garbage',
      input: { peer: '10.0.0.5', forwardedFor: '203.0.113.7, nonsense', trustedProxies: proxy },
    },
  ])('cannot know the client with $name', ({ input }) => {
    expect(resolveClientAddress(input)).toMatchObject({ ok: false });
  });

  it('two clients behind one proxy have separate buckets', () => {
    const a = resolveClientAddress({
      peer: '10.0.0.5',
      forwardedFor: '203.0.113.7',
      trustedProxies: proxy,
    });
    const b = resolveClientAddress({
      peer: '10.0.0.5',
      forwardedFor: '203.0.113.8',
      trustedProxies: proxy,
    });
    expect(a.ok && b.ok && a.bucket !== b.bucket).toBe(true);
  });

  it('50 addresses of one /64 share one bucket; the next /64 is another', () => {
    const buckets = new Set(
      Array.from({ length: 50 }, (_, i) => {
        const r = resolveClientAddress({
          peer: `2001:db8:aa:bb:${(i * 997).toString(16)}::${i + 1}`,
        });
        return r.ok ? r.bucket : 'unknown';
      }),
    );
    expect([...buckets]).toEqual(['2001:db8:aa:bb::/64']);
    const next = resolveClientAddress({ peer: '2001:db8:aa:bc::1' });
    expect(next.ok && next.bucket).toBe('2001:db8:aa:bc::/64');
  });
});

describe('clientOf (an Astro request)', () => {
  const context = (peer: string | null, headers: Record<string, string> = {}, locals = {}) => ({
    request: new Request('http://x/', { headers }),
    get clientAddress(): string {
      if (peer === null) throw new Error('no address');
      return peer;
    },
    locals,
  });

  it.each([
    {
      name: 'a direct client',
      ctx: context('203.0.113.7'),
      proxies: undefined,
      address: '203.0.113.7',
    },
    {
      name: 'a client behind a trusted proxy',
      ctx: context('127.0.0.1', { 'x-forwarded-for': '203.0.113.7' }),
      proxies: '127.0.0.1',
      address: '203.0.113.7',
    },
    {
      name: 'Netlify: the platform’s address, forwarding headers ignored',
      ctx: context('198.51.100.4', { 'x-forwarded-for': '203.0.113.7' }, { netlify: {} }),
      proxies: '0.0.0.0/0',
      address: '198.51.100.4',
    },
  ])('$name', ({ ctx, proxies, address }) => {
    expect(clientOf(ctx, proxies)).toMatchObject({ ok: true, address });
  });

  it.each([
    { name: 'no address from the adapter', ctx: context(null), proxies: undefined },
    { name: 'an invalid TRUSTED_PROXIES', ctx: context('127.0.0.1'), proxies: '10.0.0.0/99' },
  ])('cannot know the client with $name', ({ ctx, proxies }) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(clientOf(ctx, proxies)).toMatchObject({ ok: false });
    errors.mockRestore();
  });
});
