import ipaddr from 'ipaddr.js';
import type { EntryProblem, Family } from '../messages/types';
import type { Interval } from './intervals';
import { mergeIntervals, toPrefixBlocks } from './intervals';

export type { EntryProblem, Family } from '../messages/types';

export const BITS: Record<Family, number> = { ipv4: 32, ipv6: 128 };

/** One entry of an address list, read as the aligned block it names. */
export interface Block extends Interval {
  family: Family;
  prefix: number;
  /** The entry as typed. */
  entry: string;
}

export interface EntryError {
  /** The entry as typed. */
  entry: string;
  /** What is wrong with it, as a code the message catalogues put in words. */
  problem: EntryProblem;
}

export interface AddressList {
  blocks: Block[];
  errors: EntryError[];
  /** How many entries were read (at most MAX_IP_ENTRIES). */
  count: number;
  /** More than MAX_IP_ENTRIES entries were given; the rest were not read. */
  truncated: boolean;
}

/** Kraken's field holds a handful of entries; past this, the rest is not read. */
export const MAX_IP_ENTRIES = 1000;
/** Longer than any address with a prefix ("ffff:…:255.255.255.255/128" is 49). */
const MAX_ENTRY_LENGTH = 64;
/** ipaddr.js's own test for a full dotted quad (IPv4.isValidFourPartDecimal). */
const FOUR_PART_DECIMAL = /^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/;

function toBigInt(bytes: readonly number[]): bigint {
  return bytes.reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);
}

function block(family: Family, value: bigint, prefix: number, entry: string): Block {
  const hostBits = BigInt(BITS[family] - prefix);
  const start = (value >> hostBits) << hostBits;
  return { family, prefix, entry, start, end: start + (1n << hostBits) - 1n };
}

function fail(entry: string, problem: EntryProblem): EntryError {
  return { entry, problem };
}

/**
 * The address part, as an IPv4 or IPv6 address, or why it is neither. A colon decides the
 * family first (no IPv4 form has one, every IPv6 form does), and each entry is parsed once:
 * asking ipaddr.js about the wrong family, or validating and then parsing, costs a thrown
 * and caught error or a second parse for every entry.
 */
function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | EntryProblem {
  if (text.includes('%')) return { kind: 'zone' };
  try {
    if (text.includes(':')) return ipaddr.IPv6.parse(text);
    if (FOUR_PART_DECIMAL.test(text)) return ipaddr.IPv4.parse(text);
  } catch {
    return { kind: 'not-an-address' };
  }
  return ipaddr.IPv4.isValid(text) ? { kind: 'not-four-decimals' } : { kind: 'not-an-address' };
}

/**
 * Reads one entry: an address (a /32 or /128 block) or a CIDR block. Host
 * bits below the prefix are ignored ("10.0.0.5/24" is 10.0.0.0/24). An
 * IPv4-mapped IPv6 address (::ffff:a.b.c.d, or such a block of /96 or
 * longer) is read as the IPv4 address or block it carries.
 */
export function parseEntry(entry: string): Block | EntryError {
  if (entry.length > MAX_ENTRY_LENGTH) return fail(entry, { kind: 'too-long' });
  const slash = entry.split('/');
  if (slash.length > 2) return fail(entry, { kind: 'not-cidr' });
  const [text = '', prefixText] = slash;
  if (/^[^-]+-[^-]+$/.test(text) && prefixText === undefined) {
    return fail(entry, { kind: 'range' });
  }
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) {
    return fail(entry, { kind: 'no-prefix' });
  }
  const address = parseAddress(text);
  if (!(address instanceof ipaddr.IPv4 || address instanceof ipaddr.IPv6)) {
    return fail(entry, address);
  }

  const family: Family = address.kind();
  const prefix = prefixText === undefined ? BITS[family] : Number(prefixText);
  if (prefix > BITS[family]) {
    return fail(entry, { kind: 'prefix-too-long', prefix, family });
  }
  if (address instanceof ipaddr.IPv6 && address.isIPv4MappedAddress() && prefix >= 96) {
    return block('ipv4', toBigInt(address.toIPv4Address().toByteArray()), prefix - 96, entry);
  }
  return block(family, toBigInt(address.toByteArray()), prefix, entry);
}

/** Entries are separated by commas, semicolons, spaces or line breaks. */
export function splitEntries(
  text: string,
  max = MAX_IP_ENTRIES,
): { entries: string[]; truncated: boolean } {
  const entries: string[] = [];
  for (const match of text.matchAll(/[^\s,;]+/g)) {
    if (entries.length === max) return { entries, truncated: true };
    entries.push(match[0]);
  }
  return { entries, truncated: false };
}

/** Parses a list; never throws, whatever the text. */
export function parseAddressList(text: string): AddressList {
  const { entries, truncated } = splitEntries(text);
  const blocks: Block[] = [];
  const errors: EntryError[] = [];
  for (const entry of entries) {
    let parsed: Block | EntryError;
    try {
      parsed = parseEntry(entry);
    } catch {
      parsed = fail(entry, { kind: 'not-an-address' });
    }
    if ('family' in parsed) blocks.push(parsed);
    else errors.push(parsed);
  }
  return { blocks, errors, count: entries.length, truncated };
}

/** Merged intervals of one family. */
export function intervalsOf(blocks: readonly Block[], family: Family): Interval[] {
  return mergeIntervals(blocks.filter((b) => b.family === family));
}

function bytesOf(value: bigint, count: number): number[] {
  const bytes: number[] = [];
  for (let i = count - 1; i >= 0; i--) bytes.push(Number((value >> BigInt(i * 8)) & 0xffn));
  return bytes;
}

/** An address as text: dotted quad, or RFC 5952 IPv6. */
export function formatAddress(family: Family, value: bigint): string {
  return ipaddr.fromByteArray(bytesOf(value, BITS[family] / 8)).toString();
}

/** "192.0.2.0/25", or the bare address for a single one. */
export function formatBlock(family: Family, start: bigint, prefix: number): string {
  const address = formatAddress(family, start);
  return prefix === BITS[family] ? address : `${address}/${prefix}`;
}

/** The fewest CIDR blocks exactly covering `intervals`. */
export function toCidrs(family: Family, intervals: readonly Interval[]): string[] {
  return intervals.flatMap((interval) =>
    toPrefixBlocks(interval, BITS[family]).map(([start, prefix]) =>
      formatBlock(family, start, prefix),
    ),
  );
}
