import type { GuideForm } from '../guide/links';
import { formatInteger, listOf, quote } from '../util/text';
import { EDITIONS } from '../profile/kraken';
import type { Finding } from './finding';
import type { CheckModule } from './module';
import type { AddressList, Block, EntryError, Family } from './ip';
import { BITS, MAX_IP_ENTRIES, formatBlock, intervalsOf, parseAddressList, toCidrs } from './ip';
import { contains, subtractIntervals } from './intervals';

/**
 * An entry of Kraken's field with a prefix shorter than this admits far more
 * than a service needs: 65,536+ IPv4 addresses, or more than a whole ISP's
 * IPv6 allocation. It only warns when it also reaches beyond the service's
 * range, so copying a broad range exactly as the service shows it is fine.
 */
export const BROAD_PREFIX: Record<Family, number> = { ipv4: 16, ipv6: 32 };

const FAMILIES: readonly Family[] = ['ipv4', 'ipv6'];

const FIELD: Record<GuideForm, string> = {
  pro: EDITIONS.pro.ipField,
  classic: EDITIONS.classic.ipField,
};

const TITLE = 'IP restriction';

/** Every address of the service's range that `allowed` leaves out, as CIDR blocks. */
export function uncovered(service: readonly Block[], allowed: readonly Block[]): string[] {
  return FAMILIES.flatMap((family) =>
    toCidrs(family, subtractIntervals(intervalsOf(service, family), intervalsOf(allowed, family))),
  );
}

/** Entries of `allowed` shorter than BROAD_PREFIX that reach beyond the service's range. */
export function broadEntries(service: readonly Block[], allowed: readonly Block[]): Block[] {
  const range = { ipv4: intervalsOf(service, 'ipv4'), ipv6: intervalsOf(service, 'ipv6') };
  return allowed.filter(
    (b) => b.prefix < BROAD_PREFIX[b.family] && !contains(range[b.family], [b]),
  );
}

function describeBroad(b: Block): string {
  const all = b.prefix === 0 ? `every ${b.family === 'ipv4' ? 'IPv4' : 'IPv6'} address` : null;
  const hostBits = BITS[b.family] - b.prefix;
  const count =
    all ??
    (b.family === 'ipv4'
      ? `${formatInteger(1n << BigInt(hostBits))} addresses`
      : `2^${hostBits} addresses`);
  return `“${formatBlock(b.family, b.start, b.prefix)}” admits ${count}`;
}

/** The service's range, normalised, for a fix the user can copy. */
function rangeText(service: readonly Block[]): string {
  return listOf(service.map((b) => formatBlock(b.family, b.start, b.prefix)));
}

/** "“a”, “b”: not an IPv4 or IPv6 address; “c”: prefix /33 is longer…", grouped by reason. */
function describeErrors(errors: readonly EntryError[]): string {
  const byReason = new Map<string, string[]>();
  for (const { entry, reason } of errors)
    byReason.set(reason, [...(byReason.get(reason) ?? []), quote(entry)]);
  return [...byReason].map(([reason, entries]) => `${listOf(entries, 5)}: ${reason}`).join('; ');
}

function listProblems(list: AddressList, name: string): string[] {
  const problems: string[] = [];
  if (list.errors.length > 0) problems.push(`Invalid in ${name}: ${describeErrors(list.errors)}.`);
  if (list.truncated) {
    const max = formatInteger(MAX_IP_ENTRIES);
    problems.push(
      `${name.charAt(0).toUpperCase()}${name.slice(1)} has more than ${max} entries; only the first ${max} were read.`,
    );
  }
  return problems;
}

/**
 * `ip.allowlist`: `serviceRange` (A, from the service's connection page)
 * must lie wholly inside `allowlist` (B, Kraken's field). Fails on invalid
 * entries and on uncovered addresses; warns when B is empty or broad.
 */
export function checkIpAllowlist(
  serviceRange: string | undefined,
  allowlist: string | undefined,
  form: GuideForm,
): Finding {
  const base = { id: 'ip.allowlist', title: TITLE, stepKey: 'ip' as const };
  const service = parseAddressList(serviceRange ?? '');
  if (service.count === 0) {
    return {
      ...base,
      status: 'skip',
      detail: 'Not checked: the service’s IP range is empty.',
      fix: 'Copy the IP range from the service’s Kraken connection page into the service range field.',
    };
  }
  const allowed = parseAddressList(allowlist ?? '');
  const problems = [
    ...listProblems(service, 'the service’s range'),
    ...listProblems(allowed, FIELD[form]),
  ];
  const fixes: string[] = [];
  if (allowed.errors.length > 0 || allowed.truncated) {
    fixes.push(`Correct or remove the invalid entries in ${FIELD[form]}.`);
  }
  if (service.errors.length > 0 || service.truncated) {
    fixes.push('Copy the service’s range again, exactly as its connection page shows it.');
  }
  const missing = allowed.count > 0 ? uncovered(service.blocks, allowed.blocks) : [];
  if (missing.length > 0) {
    problems.push(
      `Not allowed by ${FIELD[form]}: ${listOf(missing)}. The service calls Kraken from there, so Kraken would refuse those calls (expect EGeneral:Permission denied; Kraken does not document the exact error).`,
    );
    fixes.push(
      `Add ${listOf(missing)} to ${FIELD[form]} on the key, or paste the service’s whole range there.`,
    );
  }
  if (problems.length > 0) {
    return {
      ...base,
      status: 'fail',
      detail: problems.join(' '),
      fix: fixes.join(' '),
      trouble: 'ip-restriction',
    };
  }
  if (allowed.count === 0) {
    return {
      ...base,
      status: 'warn',
      detail: `${FIELD[form]} is empty: the key works from any address, so a leaked key can be used from anywhere.`,
      fix: `Enable ${FIELD[form]} and enter the service’s range: ${rangeText(service.blocks)}.`,
    };
  }
  const broad = broadEntries(service.blocks, allowed.blocks);
  if (broad.length > 0) {
    return {
      ...base,
      status: 'warn',
      detail: `${FIELD[form]} admits far more than the service’s range: ${listOf(broad.map(describeBroad))}.`,
      fix: `Replace ${broad.length === 1 ? 'it' : 'them'} with the service’s range: ${rangeText(service.blocks)}.`,
    };
  }
  return {
    ...base,
    status: 'pass',
    detail: `Every address of the service’s range is allowed by ${FIELD[form]}.`,
    fix: null,
  };
}

export const ipModule: CheckModule = {
  section: 'ip',
  title: 'IP restriction',
  ids: ['ip.allowlist'],
  fields: ['serviceRange', 'ipAllowlist'],
  step: 'ip',
  trouble: ['ip-restriction'],
  run: (values, { form }) => [checkIpAllowlist(values.serviceRange, values.ipAllowlist, form)],
};
