import type { GuideForm, StepKey, TroubleKey } from '../guide/links';
import { GUIDE_PATHS, STEP_ANCHORS, TROUBLE_ANCHORS } from '../guide/links';

const GUIDE_NAMES: Record<GuideForm, string> = {
  pro: 'Kraken Pro guide',
  classic: 'Kraken Classic guide',
};

/** The guide's step headings, as the pages show them (pro.mdx, classic.mdx). */
const STEP_TITLES: Record<GuideForm, Partial<Record<StepKey, string>>> = {
  pro: {
    permissions: 'step 5, Select permissions',
    ip: 'step 6, IP whitelisting',
    nonce: 'step 7, Custom nonce window',
    connect: 'step 9, Connect Kraken',
  },
  classic: {
    nonce: 'step 5, Name your key (Nonce Window)',
    permissions: 'step 6, Select permissions',
    ip: 'step 7, IP whitelisting',
    connect: 'step 9, Connect Kraken',
  },
};

const FORMS: readonly GuideForm[] = ['pro', 'classic'];

/** "Kraken Pro guide, step 5, Select permissions" for a check's `step` URL. */
export function stepLabel(url: string): string {
  for (const form of FORMS) {
    const [path, anchor = ''] = url.split('#');
    if (path !== GUIDE_PATHS[form]) continue;
    const entries = Object.entries(STEP_ANCHORS[form]) as [StepKey, string][];
    // Classic's nonce step shares its anchor with "Name your key": prefer the nonce title.
    const key =
      entries.find(([k, a]) => a === anchor && STEP_TITLES[form][k] !== undefined)?.[0] ??
      entries.find(([, a]) => a === anchor)?.[0];
    const title = key ? STEP_TITLES[form][key] : undefined;
    return title ? `${GUIDE_NAMES[form]}, ${title}` : GUIDE_NAMES[form];
  }
  return 'the guide';
}

/** "Troubleshooting: EAPI:Invalid nonce" for a check's `help` URL. */
export function helpLabel(url: string): string {
  const anchor = url.split('#')[1] ?? '';
  const entries = Object.entries(TROUBLE_ANCHORS) as [TroubleKey, string][];
  const key = entries.find(([, a]) => a === anchor)?.[0];
  return key ? `Troubleshooting: ${HELP_TITLES[key]}` : 'Troubleshooting';
}

const HELP_TITLES: Record<TroubleKey, string> = {
  'not-enough-permissions': '“Not enough permissions for API keys”',
  'invalid-key': 'EAPI:Invalid key',
  'invalid-signature': 'EAPI:Invalid signature',
  'invalid-nonce': 'EAPI:Invalid nonce',
  'permission-denied': 'EGeneral:Permission denied',
  'temporary-lockout': 'EGeneral:Temporary lockout',
  'rate-limits': 'rate limits',
  'kraken-unavailable': 'Kraken did not answer',
  'ip-restriction': 'every call is denied (IP restriction)',
};
