import type { GuideForm } from '../guide/links';
import type { OfflineFinding, ListProblems } from '../messages/types';
import { clip } from '../util/text';
import type { CheckModule } from './module';
import type { AddressList, Block, Family } from './ip';
import { MAX_IP_ENTRIES, formatBlock, intervalsOf, parseAddressList, toCidrs } from './ip';
import { contains, subtractIntervals } from './intervals';

/**
 * An entry of Kraken's field with a prefix shorter than this admits far more
 * than a service needs: 65,536+ IPv4 addresses, or more than a whole ISP's
 * IPv6 allocation. It only warns when it also reaches beyond the service's
 * range, so copying a broad range exactly as the service shows it is fine.
 */
export const BROAD_PREFIX: Record<Family, number> = { ipv4: 16, ipv6: 32 };

const FAMILIES: readonly Family[] = ['ipv4', 'ipv6'];

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

/** The service's range, normalised, for a fix the user can copy. */
function rangeOf(service: readonly Block[]): string[] {
  return service.map((b) => formatBlock(b.family, b.start, b.prefix));
}

function problemsOf(list: AddressList): ListProblems {
  return {
    errors: list.errors.map(({ entry, problem }) => ({ entry: clip(entry), problem })),
    truncated: list.truncated,
    max: MAX_IP_ENTRIES,
  };
}

/**
 * `ip.allowlist`: `serviceRange` (A, from the service's connection page)
 * must lie wholly inside `allowlist` (B, Kraken's field). Fails on invalid
 * entries and on uncovered addresses; warns when B is empty or broad.
 */
export function assessIpAllowlist(
  serviceRange: string | undefined,
  allowlist: string | undefined,
  form: GuideForm,
): OfflineFinding {
  const base = { id: 'ip.allowlist', stepKey: 'ip' as const };
  const service = parseAddressList(serviceRange ?? '');
  if (service.count === 0) return { ...base, status: 'skip', code: 'ip.skip', values: {} };
  const allowed = parseAddressList(allowlist ?? '');
  const missing = allowed.count > 0 ? uncovered(service.blocks, allowed.blocks) : [];
  const invalid =
    service.errors.length > 0 ||
    service.truncated ||
    allowed.errors.length > 0 ||
    allowed.truncated;
  if (invalid || missing.length > 0) {
    return {
      ...base,
      status: 'fail',
      code: 'ip.fail',
      values: { form, service: problemsOf(service), allowlist: problemsOf(allowed), missing },
      trouble: 'ip-restriction',
    };
  }
  const range = rangeOf(service.blocks);
  if (allowed.count === 0)
    return { ...base, status: 'warn', code: 'ip.empty', values: { form, range } };
  const broad = broadEntries(service.blocks, allowed.blocks);
  if (broad.length > 0) {
    return {
      ...base,
      status: 'warn',
      code: 'ip.broad',
      values: {
        form,
        range,
        broad: broad.map((b) => ({
          block: formatBlock(b.family, b.start, b.prefix),
          family: b.family,
          prefix: b.prefix,
        })),
      },
    };
  }
  return { ...base, status: 'pass', code: 'ip.pass', values: { form } };
}

export const ipModule: CheckModule = {
  section: 'ip',
  ids: ['ip.allowlist'],
  fields: ['serviceRange', 'ipAllowlist'],
  step: 'ip',
  trouble: ['ip-restriction'],
  run: (values, { form }) => [assessIpAllowlist(values.serviceRange, values.ipAllowlist, form)],
};
