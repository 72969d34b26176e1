import { describe, expect, it } from 'vitest';
import { entryProblemText } from '../messages/en/rules';
import { quote } from '../util/text';
import { MAX_IP_ENTRIES, formatBlock, parseAddressList, parseEntry, splitEntries } from './ip';

/** The block an entry is read as, or the entry and its problem in English. */
const show = (entry: string) => {
  const parsed = parseEntry(entry);
  return 'family' in parsed
    ? formatBlock(parsed.family, parsed.start, parsed.prefix)
    : `${quote(parsed.entry)}: ${entryProblemText(parsed.problem)}`;
};

describe('parseEntry', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1'],
    ['192.0.2.1/32', '192.0.2.1'],
    ['192.0.2.0/24', '192.0.2.0/24'],
    ['192.0.2.77/24', '192.0.2.0/24'],
    ['0.0.0.0/0', '0.0.0.0/0'],
    ['255.255.255.255', '255.255.255.255'],
    ['2001:db8::1', '2001:db8::1'],
    ['2001:DB8::1/128', '2001:db8::1'],
    ['2001:db8:0:0:0:0:0:0/32', '2001:db8::/32'],
    ['2001:db8::/48', '2001:db8::/48'],
    ['::/0', '::/0'],
    ['::1', '::1'],
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['::ffff:c000:201', '192.0.2.1'],
    ['::ffff:192.0.2.0/120', '192.0.2.0/24'],
    ['::ffff:0:0/96', '0.0.0.0/0'],
    ['::ffff:0:0/95', '::fffe:0:0/95'],
  ])('reads %s as %s', (entry, expected) => {
    expect(show(entry)).toBe(expected);
  });

  it.each([
    '192.0.2.256',
    '192.0.2',
    '10.1',
    '010.0.0.1',
    '0x7f.0.0.1',
    '192.0.2.1/33',
    '2001:db8::/129',
    '192.0.2.0/',
    '192.0.2.0/-1',
    '192.0.2.0/2a',
    '192.0.2.0/24/8',
    'fe80::1%eth0',
    '2001:db8:::1',
    '192.0.2.1-192.0.2.9',
    'localhost',
    '1'.repeat(65),
    '\u0000',
  ])('refuses %j, keeping it and saying why by code', (entry) => {
    const parsed = parseEntry(entry);
    expect('problem' in parsed && parsed.entry === entry).toBe(true);
    expect('problem' in parsed && typeof parsed.problem.kind).toBe('string');
  });

  it('says why each entry is refused', () => {
    expect(
      [
        '10.1',
        '192.0.2.1/33',
        '2001:db8::/129',
        '192.0.2.0/',
        'fe80::1%eth0',
        '192.0.2.1-192.0.2.9',
        'localhost',
        '1'.repeat(65),
      ].map(show),
    ).toMatchInlineSnapshot(`
      [
        "“10.1”: not four decimal numbers (a.b.c.d)",
        "“192.0.2.1/33”: prefix /33 is longer than the 32 bits of an IPv4 address",
        "“2001:db8::/129”: prefix /129 is longer than the 128 bits of an IPv6 address",
        "“192.0.2.0/”: no valid prefix length after “/”",
        "“fe80::1%eth0”: a zone index (%…) cannot be used in an allowlist",
        "“192.0.2.1-192.0.2.9”: a range: write it as CIDR blocks (e.g. 192.0.2.0/24)",
        "“localhost”: not an IPv4 or IPv6 address",
        "“1111111111111111111111111111111111111111…”: too long to be an address",
      ]
    `);
  });
});

describe('splitEntries', () => {
  it.each([
    ['192.0.2.1,192.0.2.2', 2],
    ['192.0.2.1, 192.0.2.2', 2],
    ['192.0.2.1\n192.0.2.2\r\n192.0.2.3', 3],
    ['192.0.2.1 ; 2001:db8::1\t::1', 3],
    [' , ,\n', 0],
  ])('splits %j into %d entries', (text, count) => {
    expect(splitEntries(text).entries).toHaveLength(count);
  });

  it(`stops after ${MAX_IP_ENTRIES} entries and says so`, () => {
    const list = parseAddressList('192.0.2.1 '.repeat(MAX_IP_ENTRIES + 1));
    expect([list.count, list.truncated]).toEqual([MAX_IP_ENTRIES, true]);
  });
});
