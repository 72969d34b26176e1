/**
 * Where each guide step and troubleshooting entry lives. Pages, checks and
 * tests all link through this table, so a renamed heading breaks one place.
 * The anchors are the slugs Starlight derives from the headings in
 * src/content/docs/exchange/kraken/{pro,classic,troubleshooting}.mdx; an e2e
 * test asserts that every one of them exists on its page. Results carry the
 * keys (StepKey, TroubleKey); the URLs are built from them here only.
 */
export type GuideForm = 'pro' | 'classic';

export const STEP_KEYS = [
  'go-to-kraken',
  'switch',
  'open-api-page',
  'add-key',
  'name-key',
  'permissions',
  'ip',
  'nonce',
  'generate',
  'connect',
] as const;
export type StepKey = (typeof STEP_KEYS)[number];

export const GUIDE_PATHS = {
  overview: '/exchange/kraken/',
  pro: '/exchange/kraken/pro/',
  classic: '/exchange/kraken/classic/',
  troubleshooting: '/exchange/kraken/troubleshooting/',
  checker: '/exchange/kraken/key-checker/',
} as const;

/** Step anchors per form. Classic sets the nonce window at "Name your key". */
export const STEP_ANCHORS: Record<GuideForm, Partial<Record<StepKey, string>>> = {
  pro: {
    'go-to-kraken': 'go-to-kraken',
    switch: 'switch-to-kraken-pro',
    'open-api-page': 'go-to-the-settings-page-and-click-create-api-key',
    'add-key': 'go-to-the-settings-page-and-click-create-api-key',
    'name-key': 'name-your-key',
    permissions: 'select-permissions',
    ip: 'enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
    nonce: 'enable-custom-nonce-window',
    generate: 'do-not-configure-any-other-options-and-click-generate-key',
    connect: 'connect-kraken-with-created-api-keys',
  },
  classic: {
    'go-to-kraken': 'go-to-kraken',
    switch: 'switch-to-kraken-classic',
    'open-api-page': 'follow-to-the-api-page',
    'add-key': 'click-on-add-key',
    'name-key': 'name-your-key',
    permissions: 'select-permissions',
    ip: 'enable-the-option-for-ip-whitelisting',
    nonce: 'name-your-key',
    generate: 'do-not-configure-any-other-options-and-click-generate-key',
    connect: 'connect-kraken-with-created-api-keys',
  },
};

/** The URL of a guide step, e.g. stepUrl('pro', 'nonce'). */
export function stepUrl(form: GuideForm, step: StepKey): string {
  const anchor = STEP_ANCHORS[form][step] ?? STEP_ANCHORS[form]['add-key'];
  return `${GUIDE_PATHS[form]}#${anchor}`;
}

export const TROUBLE_KEYS = [
  'not-enough-permissions',
  'invalid-key',
  'invalid-signature',
  'invalid-nonce',
  'permission-denied',
  'temporary-lockout',
  'rate-limits',
  'kraken-unavailable',
  'ip-restriction',
] as const;
export type TroubleKey = (typeof TROUBLE_KEYS)[number];

export const TROUBLE_ANCHORS: Record<TroubleKey, string> = {
  // The heading's anchor, from the service's message "Not enough permission for API keys".
  // The page also keeps the plural anchor it had before, for links already out there.
  'not-enough-permissions': 'not-enough-permission-for-api-keys',
  'invalid-key': 'eapiinvalid-key',
  'invalid-signature': 'eapiinvalid-signature',
  'invalid-nonce': 'eapiinvalid-nonce',
  'permission-denied': 'egeneralpermission-denied',
  'temporary-lockout': 'egeneraltemporary-lockout',
  'rate-limits': 'rate-limits',
  'kraken-unavailable': 'kraken-did-not-answer',
  'ip-restriction': 'every-call-is-denied-ip-restriction',
};

export function troubleUrl(key: TroubleKey): string {
  return `${GUIDE_PATHS.troubleshooting}#${TROUBLE_ANCHORS[key]}`;
}
