/**
 * Every live check (`live.*`) declared once: its id, the rule that judges
 * it, its section, the guide step and the troubleshooting entries its results
 * may link to. The interpretation of Kraken's answers, the live result, its
 * summary, the check API reference and the tests take the ids from here.
 * No zod: the islands import it.
 */
import type { StepKey, TroubleKey } from '../guide/links';
import { PERMISSION_NAMES, type PermissionName } from '../profile/kraken';

export interface LiveCheckDeclaration {
  id: string;
  /** What judges it. */
  rule: string;
  section: 'live';
  /** The guide steps its results may link to (none: they never link to a step). */
  steps: readonly StepKey[];
  trouble: readonly TroubleKey[];
}

/** The prefix of every live id; a permission's live id is the prefix and its name. */
export const LIVE_PREFIX = 'live.';

const live = (
  key: string,
  rule: string,
  steps: readonly StepKey[],
  trouble: readonly TroubleKey[] = [],
): LiveCheckDeclaration => ({ id: `${LIVE_PREFIX}${key}`, rule, section: 'live', steps, trouble });

/** The live checks that are not a permission's, by name. */
export const LIVE = {
  auth: live(
    'auth',
    'Kraken accepts the API key and the signature',
    ['generate'],
    ['invalid-key', 'invalid-signature', 'kraken-unavailable'],
  ),
  nonce: live(
    'nonce',
    'Kraken accepts millisecond nonces',
    ['add-key', 'nonce'],
    ['invalid-nonce'],
  ),
  access: live(
    'access',
    'GetApiKeyInfo (no permission needed) answers this site',
    ['connect', 'ip', 'permissions'],
    ['ip-restriction'],
  ),
  kraken: live(
    'kraken',
    'Kraken answered without stopping the check',
    [],
    ['temporary-lockout', 'rate-limits', 'kraken-unavailable'],
  ),
  unknownPermissions: live('unknown-permissions', 'only permissions the guide knows', [
    'permissions',
  ]),
  nonceWindow: live(
    'nonce-window',
    'the nonce window rule on Kraken’s report',
    ['nonce'],
    ['invalid-nonce'],
  ),
  ip: live('ip', 'the IP restriction rule on Kraken’s report', ['ip'], ['ip-restriction']),
  expiry: live('expiry', 'the expiry rule on Kraken’s report', ['generate'], ['invalid-key']),
  queryWindow: live('query-window', 'the query dates rule on Kraken’s report', ['generate']),
} as const satisfies Record<string, LiveCheckDeclaration>;

export type LiveCheckName = keyof typeof LIVE;

/** Each permission's live check: the permission rule on Kraken's report, or its probe. */
export const LIVE_PERMISSION_CHECKS: Readonly<Record<PermissionName, LiveCheckDeclaration>> =
  Object.fromEntries(
    PERMISSION_NAMES.map((name) => [
      name,
      live(
        name,
        'the permission rule on Kraken’s report, or its probe',
        ['permissions'],
        [
          'permission-denied',
          'not-enough-permissions',
          'rate-limits',
          'temporary-lockout',
          'kraken-unavailable',
        ],
      ),
    ]),
  ) as Record<PermissionName, LiveCheckDeclaration>;

export function livePermissionId(name: PermissionName): string {
  return LIVE_PERMISSION_CHECKS[name].id;
}

/** Every live id, in the order a result from GetApiKeyInfo shows them. */
export const LIVE_IDS: readonly string[] = [
  LIVE.auth.id,
  LIVE.nonce.id,
  LIVE.access.id,
  LIVE.kraken.id,
  ...PERMISSION_NAMES.map(livePermissionId),
  LIVE.unknownPermissions.id,
  LIVE.nonceWindow.id,
  LIVE.ip.id,
  LIVE.expiry.id,
  LIVE.queryWindow.id,
];

export const LIVE_CHECKS: readonly LiveCheckDeclaration[] = [
  ...Object.values(LIVE),
  ...Object.values(LIVE_PERMISSION_CHECKS),
];

export function isLiveId(id: string): boolean {
  return LIVE_IDS.includes(id);
}
