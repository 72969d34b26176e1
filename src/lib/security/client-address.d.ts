/** Types for client-address.js (plain JavaScript so the Node server script can use it too). */
import type ipaddr from 'ipaddr.js';

export type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];
export type ClientAddress =
  { ok: true; address: string; bucket: string } | { ok: false; reason: string };

export function parseTrustedProxies(
  text: string | null | undefined,
): { ok: true; ranges: Range[] } | { ok: false; message: string };

export function resolveClientAddress(input: {
  peer: string | null | undefined;
  forwardedFor?: string | null;
  trustedProxies?: readonly Range[];
}): ClientAddress;
