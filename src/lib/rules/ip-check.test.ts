import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAddressList, parseEntry } from './ip';
import { checkIpAllowlist, uncovered } from './ip-check';

const gaps = (a: string, b: string) =>
  uncovered(parseAddressList(a).blocks, parseAddressList(b).blocks);
const status = (a: string | undefined, b: string | undefined) =>
  checkIpAllowlist(a, b, 'pro').status;

describe('IPv4 coverage', () => {
  it.each([
    { a: '192.0.2.1', b: '192.0.2.1', left: [] },
    { a: '192.0.2.1', b: '192.0.2.1/32', left: [] },
    { a: '192.0.2.1/32', b: '192.0.2.1', left: [] },
    { a: '192.0.2.0/24', b: '192.0.2.0/24', left: [] },
    { a: '192.0.2.0/24', b: '192.0.2.0/23', left: [] },
    { a: '192.0.2.0/24', b: '192.0.2.0/25, 192.0.2.128/25', left: [] },
    { a: '192.0.2.0/24', b: '192.0.2.128/25\n192.0.2.0/26 192.0.2.64/26', left: [] },
    {
      a: '192.0.2.0/24',
      b: '192.0.2.0/25, 192.0.2.64/26, 192.0.2.96/27, 192.0.2.128/25, 192.0.2.0/24',
      left: [],
    },
    { a: '192.0.2.0/24', b: '192.0.2.0/25', left: ['192.0.2.128/25'] },
    {
      a: '192.0.2.0/24',
      b: '192.0.2.1/32, 192.0.2.2/31, 192.0.2.4/30, 192.0.2.8/29, 192.0.2.16/28, 192.0.2.32/27, 192.0.2.64/26, 192.0.2.128/25',
      left: ['192.0.2.0'],
    },
    {
      a: '192.0.2.0/24',
      b: '192.0.2.0/25, 192.0.2.128/26, 192.0.2.192/27, 192.0.2.224/28, 192.0.2.240/29, 192.0.2.248/30, 192.0.2.252/31, 192.0.2.254',
      left: ['192.0.2.255'],
    },
    { a: '192.0.2.0/24', b: '192.0.1.0/24, 192.0.3.0/24', left: ['192.0.2.0/24'] },
    { a: '192.0.2.0/24', b: '192.0.2.64/26', left: ['192.0.2.0/26', '192.0.2.128/25'] },
    { a: '192.0.2.10, 192.0.2.11', b: '192.0.2.10', left: ['192.0.2.11'] },
    { a: '192.0.2.0/31', b: '192.0.2.1', left: ['192.0.2.0'] },
    {
      a: '192.0.2.0, 192.0.2.255',
      b: '192.0.2.1/32, 192.0.2.254/32',
      left: ['192.0.2.0', '192.0.2.255'],
    },
    { a: '0.0.0.0/0', b: '0.0.0.0/1, 128.0.0.0/1', left: [] },
    { a: '255.255.255.255', b: '255.255.255.254/31', left: [] },
    { a: '0.0.0.0', b: '0.0.0.1/32', left: ['0.0.0.0'] },
  ])('leaves $left of $a uncovered by $b', ({ a, b, left }) => {
    expect(gaps(a, b)).toEqual(left);
  });
});

describe('IPv6 coverage', () => {
  it.each([
    { a: '2001:db8::1', b: '2001:db8::1', left: [] },
    { a: '2001:db8::1', b: '2001:db8::1/128', left: [] },
    { a: '2001:db8::/48', b: '2001:db8::/32', left: [] },
    { a: '2001:db8::/48', b: '2001:db8::/49, 2001:db8:0:8000::/49', left: [] },
    { a: '2001:db8::/48', b: '2001:db8::/49', left: ['2001:db8:0:8000::/49'] },
    {
      a: '2001:db8::/64',
      b: '2001:db8::1/128, 2001:db8::2/127, 2001:db8::4/126, 2001:db8::8/125, 2001:db8::10/124, 2001:db8::20/123, 2001:db8::40/122, 2001:db8::80/121, 2001:db8::100/120, 2001:db8::200/119, 2001:db8::400/118, 2001:db8::800/117, 2001:db8::1000/116, 2001:db8::2000/115, 2001:db8::4000/114, 2001:db8::8000/113, 2001:db8::1:0/112, 2001:db8::2:0/111, 2001:db8::4:0/110, 2001:db8::8:0/109, 2001:db8::10:0/108, 2001:db8::20:0/107, 2001:db8::40:0/106, 2001:db8::80:0/105, 2001:db8::100:0/104, 2001:db8::200:0/103, 2001:db8::400:0/102, 2001:db8::800:0/101, 2001:db8::1000:0/100, 2001:db8::2000:0/99, 2001:db8::4000:0/98, 2001:db8::8000:0/97, 2001:db8::1:0:0/96, 2001:db8::2:0:0/95, 2001:db8::4:0:0/94, 2001:db8::8:0:0/93, 2001:db8::10:0:0/92, 2001:db8::20:0:0/91, 2001:db8::40:0:0/90, 2001:db8::80:0:0/89, 2001:db8::100:0:0/88, 2001:db8::200:0:0/87, 2001:db8::400:0:0/86, 2001:db8::800:0:0/85, 2001:db8::1000:0:0/84, 2001:db8::2000:0:0/83, 2001:db8::4000:0:0/82, 2001:db8::8000:0:0/81, 2001:db8:0:0:1::/80, 2001:db8:0:0:2::/79, 2001:db8:0:0:4::/78, 2001:db8:0:0:8::/77, 2001:db8:0:0:10::/76, 2001:db8:0:0:20::/75, 2001:db8:0:0:40::/74, 2001:db8:0:0:80::/73, 2001:db8:0:0:100::/72, 2001:db8:0:0:200::/71, 2001:db8:0:0:400::/70, 2001:db8:0:0:800::/69, 2001:db8:0:0:1000::/68, 2001:db8:0:0:2000::/67, 2001:db8:0:0:4000::/66, 2001:db8:0:0:8000::/65',
      left: ['2001:db8::'],
    },
    { a: '2001:db8::/64', b: '2001:db8::/65', left: ['2001:db8:0:0:8000::/65'] },
    { a: '2001:db8::ffff:ffff:ffff:ffff', b: '2001:db8::/64', left: [] },
    { a: '2001:db8:0:1::', b: '2001:db8::/64', left: ['2001:db8:0:1::'] },
    {
      a: '2001:db8::/48',
      b: '2001:db8::/50, 2001:db8::/49, 2001:db8:0:4000::/50, 2001:db8:0:8000::/49',
      left: [],
    },
    { a: '::/0', b: '::/1, 8000::/1', left: [] },
    {
      a: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
      b: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/127',
      left: [],
    },
  ])('leaves $left of $a uncovered by $b', ({ a, b, left }) => {
    expect(gaps(a, b)).toEqual(left);
  });
});

describe('mixed families', () => {
  it.each([
    { a: '192.0.2.0/24, 2001:db8::/48', b: '192.0.2.0/24, 2001:db8::/48', left: [] },
    { a: '192.0.2.0/24, 2001:db8::/48', b: '192.0.2.0/24', left: ['2001:db8::/48'] },
    { a: '192.0.2.0/24, 2001:db8::/48', b: '2001:db8::/48', left: ['192.0.2.0/24'] },
    { a: '192.0.2.1', b: '::/0', left: ['192.0.2.1'] },
    { a: '2001:db8::1', b: '0.0.0.0/0', left: ['2001:db8::1'] },
    { a: '192.0.2.1', b: '::ffff:192.0.2.1', left: [] },
    { a: '::ffff:192.0.2.1', b: '192.0.2.0/24', left: [] },
    { a: '192.0.2.0/24', b: '::ffff:192.0.2.0/120', left: [] },
  ])('leaves $left of $a uncovered by $b', ({ a, b, left }) => {
    expect(gaps(a, b)).toEqual(left);
  });
});

describe('checkIpAllowlist statuses', () => {
  it.each([
    { a: '192.0.2.0/24', b: '192.0.2.0/24', expected: 'pass' },
    { a: '192.0.2.0/24', b: '192.0.2.0/25,192.0.2.128/25', expected: 'pass' },
    { a: '192.0.2.0/24', b: '192.0.2.0/24, 198.51.100.7', expected: 'pass' },
    { a: '10.0.0.0/8', b: '10.0.0.0/8', expected: 'pass' },
    { a: '10.0.0.0/8', b: '10.0.0.0/9, 10.128.0.0/9', expected: 'pass' },
    { a: '192.0.2.0/24', b: '192.0.2.0/16', expected: 'pass' },
    { a: '192.0.2.0/24', b: '192.0.0.0/15', expected: 'warn' },
    { a: '192.0.2.0/24', b: '0.0.0.0/0', expected: 'warn' },
    { a: '2001:db8::/48', b: '2001:db8::/32', expected: 'pass' },
    { a: '2001:db8::/48', b: '2001:db8::/31', expected: 'warn' },
    { a: '192.0.2.0/24', b: '192.0.2.0/24, ::/0', expected: 'warn' },
    { a: '192.0.2.0/24', b: '', expected: 'warn' },
    { a: '192.0.2.0/24', b: undefined, expected: 'warn' },
    { a: '192.0.2.0/24', b: '192.0.2.0/25', expected: 'fail' },
    { a: '192.0.2.0/24', b: '192.0.2.0/24, nonsense', expected: 'fail' },
    { a: '192.0.2.0/24, 999.0.0.1', b: '192.0.2.0/24', expected: 'fail' },
    { a: '192.0.2.0/24', b: '0.0.0.0/0, 1.2.3.4/40', expected: 'fail' },
    { a: '', b: '192.0.2.0/24', expected: 'skip' },
    { a: ' \n, ', b: '', expected: 'skip' },
    { a: undefined, b: undefined, expected: 'skip' },
  ])('gives A=$a B=$b the status $expected', ({ a, b, expected }) => {
    expect(status(a, b)).toBe(expected);
  });
});

describe('checkIpAllowlist messages', () => {
  it('passes a covered range', () => {
    expect(checkIpAllowlist('192.0.2.0/24', '192.0.2.0/25 192.0.2.128/25', 'pro'))
      .toMatchInlineSnapshot(`
        {
          "code": "ip.pass",
          "detail": "Every address of the service’s range is allowed by “IP address restriction”.",
          "fix": null,
          "id": "ip.allowlist",
          "status": "pass",
          "stepKey": "ip",
          "title": "IP restriction",
        }
      `);
  });

  it('lists the uncovered blocks as minimal CIDR blocks, in the Classic label', () => {
    expect(checkIpAllowlist('192.0.2.0/24, 2001:db8::/48', '192.0.2.64/26', 'classic'))
      .toMatchInlineSnapshot(`
        {
          "code": "ip.fail",
          "detail": "Not allowed by “IP whitelisting”: 192.0.2.0/26, 192.0.2.128/25 and 2001:db8::/48. The service calls Kraken from there, so Kraken would refuse those calls (expect EGeneral:Permission denied; Kraken does not document the exact error).",
          "fix": "Add 192.0.2.0/26, 192.0.2.128/25 and 2001:db8::/48 to “IP whitelisting” on the key, or paste the service’s whole range there.",
          "id": "ip.allowlist",
          "status": "fail",
          "stepKey": "ip",
          "title": "IP restriction",
          "trouble": "ip-restriction",
        }
      `);
  });

  it('names every invalid entry', () => {
    expect(
      checkIpAllowlist('192.0.2.0/24', '192.0.2.0/24, 192.0.2.300, 2001:db8::/200, hello', 'pro')
        .detail,
    ).toMatchInlineSnapshot(
      `"Invalid in “IP address restriction”: “192.0.2.300” and “hello”: not an IPv4 or IPv6 address; “2001:db8::/200”: prefix /200 is longer than the 128 bits of an IPv6 address."`,
    );
  });

  it('names invalid entries of the service range apart from Kraken’s field', () => {
    expect(checkIpAllowlist('192.0.2.0/24 bogus', '192.0.2.0/24', 'pro')).toMatchInlineSnapshot(`
      {
        "code": "ip.fail",
        "detail": "Invalid in the service’s range: “bogus”: not an IPv4 or IPv6 address.",
        "fix": "Copy the service’s range again, exactly as its connection page shows it.",
        "id": "ip.allowlist",
        "status": "fail",
        "stepKey": "ip",
        "title": "IP restriction",
        "trouble": "ip-restriction",
      }
    `);
  });

  it('warns about an empty restriction', () => {
    expect(checkIpAllowlist('192.0.2.0/24', '', 'pro')).toMatchInlineSnapshot(`
      {
        "code": "ip.empty",
        "detail": "“IP address restriction” is empty: the key works from any address, so a leaked key can be used from anywhere.",
        "fix": "Enable “IP address restriction” and enter the service’s range: 192.0.2.0/24.",
        "id": "ip.allowlist",
        "status": "warn",
        "stepKey": "ip",
        "title": "IP restriction",
      }
    `);
  });

  it('warns about broad entries, both families', () => {
    expect(checkIpAllowlist('192.0.2.0/24', '0.0.0.0/0, ::/0, 10.0.0.0/8, 2001:db8::/20', 'pro'))
      .toMatchInlineSnapshot(`
        {
          "code": "ip.broad",
          "detail": "“IP address restriction” admits far more than the service’s range: “0.0.0.0/0” admits every IPv4 address, “::/0” admits every IPv6 address, “10.0.0.0/8” admits 16,777,216 addresses and “2001::/20” admits 2^108 addresses.",
          "fix": "Replace them with the service’s range: 192.0.2.0/24.",
          "id": "ip.allowlist",
          "status": "warn",
          "stepKey": "ip",
          "title": "IP restriction",
        }
      `);
  });

  it('tells the user where to find the service range', () => {
    expect(checkIpAllowlist('', '192.0.2.1', 'classic')).toMatchInlineSnapshot(`
      {
        "code": "ip.skip",
        "detail": "Not checked: the service’s IP range is empty.",
        "fix": "Copy the IP range from the service’s Kraken connection page into the service range field.",
        "id": "ip.allowlist",
        "status": "skip",
        "stepKey": "ip",
        "title": "IP restriction",
      }
    `);
  });

  it('caps the number of entries and says so', () => {
    const many = Array.from(
      { length: 1500 },
      (_, i) => `10.0.${Math.floor(i / 256)}.${i % 256}`,
    ).join(',');
    expect(checkIpAllowlist('192.0.2.1', many, 'pro').detail).toMatchInlineSnapshot(
      `"“IP address restriction” has more than 1,000 entries; only the first 1,000 were read. Not allowed by “IP address restriction”: 192.0.2.1. The service calls Kraken from there, so Kraken would refuse those calls (expect EGeneral:Permission denied; Kraken does not document the exact error)."`,
    );
  });

  it('keeps a long list of invalid entries short', () => {
    const bad = Array.from({ length: 50 }, (_, i) => `bad${i}`).join(' ');
    expect(checkIpAllowlist('192.0.2.1', bad, 'pro').detail).toMatchInlineSnapshot(
      `"Invalid in “IP address restriction”: “bad0”, “bad1”, “bad2”, “bad3”, “bad4” and 45 more: not an IPv4 or IPv6 address. Not allowed by “IP address restriction”: 192.0.2.1. The service calls Kraken from there, so Kraken would refuse those calls (expect EGeneral:Permission denied; Kraken does not document the exact error)."`,
    );
  });

  it('keeps a long list of uncovered blocks short', () => {
    const a = Array.from({ length: 40 }, (_, i) => `192.0.2.${i * 2}`).join(' ');
    expect(checkIpAllowlist(a, '198.51.100.1', 'pro').detail).toMatchInlineSnapshot(
      `"Not allowed by “IP address restriction”: 192.0.2.0, 192.0.2.2, 192.0.2.4, 192.0.2.6, 192.0.2.8, 192.0.2.10, 192.0.2.12, 192.0.2.14, 192.0.2.16, 192.0.2.18 and 30 more. The service calls Kraken from there, so Kraken would refuse those calls (expect EGeneral:Permission denied; Kraken does not document the exact error)."`,
    );
  });
});

describe('coverage against brute force', () => {
  /** Blocks inside one /24 (or /120), written out as text. */
  const blocks = (write: (offset: number, prefix: number) => string) =>
    fc
      .array(
        fc.record({
          offset: fc.integer({ min: 0, max: 255 }),
          hostBits: fc.integer({ min: 0, max: 8 }),
        }),
        { maxLength: 6 },
      )
      .map((list) => list.map(({ offset, hostBits }) => write(offset, 32 - hostBits)).join(', '));

  const addressesOf = (text: string, base: bigint): Set<number> => {
    const set = new Set<number>();
    for (const b of parseAddressList(text).blocks) {
      for (let v = b.start; v <= b.end; v++) set.add(Number(v - base));
    }
    return set;
  };

  it.each([
    { family: 'IPv4', write: (o: number, p: number) => `10.0.0.${o}/${p}`, base: 0x0a000000n },
    {
      family: 'IPv6',
      write: (o: number, p: number) => `2001:db8::${o.toString(16)}/${p + 96}`,
      base: 0x20010db8n << 96n,
    },
  ])('finds exactly the uncovered $family addresses, as the fewest blocks', ({ write, base }) => {
    fc.assert(
      fc.property(blocks(write), blocks(write), (a, b) => {
        fc.pre(a !== '');
        const inA = addressesOf(a, base);
        const inB = addressesOf(b, base);
        const expected = [...inA].filter((x) => !inB.has(x)).sort((x, y) => x - y);
        const left = gaps(a, b);
        expect([...addressesOf(left.join(' '), base)].sort((x, y) => x - y)).toEqual(expected);
        const parsed = left.map((entry) => parseEntry(entry));
        for (let i = 1; i < parsed.length; i++) {
          const [prev, next] = [parsed[i - 1], parsed[i]];
          if (!prev || !next || !('family' in prev) || !('family' in next))
            throw new Error('unparsable');
          const hostBits = BigInt((prev.family === 'ipv4' ? 32 : 128) - prev.prefix);
          const mergeable =
            prev.prefix === next.prefix &&
            prev.end + 1n === next.start &&
            ((prev.start >> hostBits) & 1n) === 0n;
          expect(mergeable, `${left.join(' ')} is not minimal`).toBe(false);
        }
        expect(status(a, b)).toBe(b === '' ? 'warn' : expected.length > 0 ? 'fail' : 'pass');
      }),
      { numRuns: 300 },
    );
  });
});
