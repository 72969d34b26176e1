import type { GuideForm, StepKey, TroubleKey } from '../guide/links';

const GUIDE_NAMES: Record<GuideForm, string> = {
  pro: 'Kraken Pro guide',
  classic: 'Kraken Classic guide',
};

/** The guide's step headings, as the pages show them (pro.mdx, classic.mdx). */
const STEP_TITLES: Record<GuideForm, Partial<Record<StepKey, string>>> = {
  pro: {
    'add-key': 'step 3, Create API key',
    permissions: 'step 5, Select permissions',
    ip: 'step 6, IP whitelisting',
    nonce: 'step 7, Custom nonce window',
    generate: 'step 8, Generate key (no other options)',
    connect: 'step 9, Connect Kraken',
  },
  classic: {
    'add-key': 'step 4, Add key',
    nonce: 'step 5, Name your key (Nonce Window)',
    permissions: 'step 6, Select permissions',
    ip: 'step 7, IP whitelisting',
    generate: 'step 8, Generate key (no other options)',
    connect: 'step 9, Connect Kraken',
  },
};

/** "Kraken Pro guide, step 5, Select permissions" for a result's `stepKey`. */
export function stepLabel(form: GuideForm, step: StepKey): string {
  const title = STEP_TITLES[form][step];
  return title ? `${GUIDE_NAMES[form]}, ${title}` : GUIDE_NAMES[form];
}

const HELP_TITLES: Record<TroubleKey, string> = {
  'not-enough-permissions': '“Not enough permission for API keys”',
  'invalid-key': 'EAPI:Invalid key',
  'invalid-signature': 'EAPI:Invalid signature',
  'invalid-nonce': 'EAPI:Invalid nonce',
  'permission-denied': 'EGeneral:Permission denied',
  'temporary-lockout': 'EGeneral:Temporary lockout',
  'rate-limits': 'rate limits',
  'kraken-unavailable': 'Kraken did not answer',
  'ip-restriction': 'every call is denied (IP restriction)',
};

/** "Troubleshooting: EAPI:Invalid nonce" for a result's `trouble`. */
export function helpLabel(trouble: TroubleKey): string {
  return `Troubleshooting: ${HELP_TITLES[trouble]}`;
}
