/**
 * Where each guide step and troubleshooting entry lives. Pages, checks and
 * tests all link through this table, so a renamed heading breaks one place.
 * The anchors are the slugs Starlight derives from the headings in
 * src/content/docs/exchange/kraken/{pro,classic,troubleshooting}.mdx; an e2e
 * test asserts that every one of them exists on its page. Results carry the
 * keys (StepKey, TroubleKey); the URLs are built from them here only.
 *
 * Each language has its own pages (English at the root, Indonesian under
 * /id/) and its own headings, so its own anchors: the URL functions take the
 * page's language, English by default.
 */
export type GuideForm = 'pro' | 'classic';

export const LANGS = ['en', 'id'] as const;
export type Lang = (typeof LANGS)[number];

/** A page's language from its BCP-47 tag (Starlight's route `lang`); English when unknown. */
export function langOf(tag: string | undefined): Lang {
  const base = (tag ?? '').toLowerCase().split('-')[0];
  return LANGS.find((l) => l === base) ?? 'en';
}

/** Where a language's pages live: English at the root, the others under their code. */
export function langPrefix(lang: Lang): string {
  return lang === 'en' ? '' : `/${lang}`;
}

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

/** The same steps on the Indonesian pages (src/content/docs/id/exchange/kraken/). */
const STEP_ANCHORS_ID: typeof STEP_ANCHORS = {
  pro: {
    'go-to-kraken': 'buka-kraken',
    switch: 'beralih-ke-kraken-pro',
    'open-api-page': 'buka-halaman-settings-dan-klik-create-api-key',
    'add-key': 'buka-halaman-settings-dan-klik-create-api-key',
    'name-key': 'beri-nama-kunci-anda',
    permissions: 'pilih-izin-permissions',
    ip: 'aktifkan-opsi-ip-whitelisting-dan-tambahkan-alamat-ip-yang-di-whitelist',
    nonce: 'aktifkan-custom-nonce-window',
    generate: 'jangan-atur-opsi-lain-dan-klik-generate-key',
    connect: 'hubungkan-kraken-dengan-api-key-yang-telah-dibuat',
  },
  classic: {
    'go-to-kraken': 'buka-kraken',
    switch: 'beralih-ke-kraken-classic',
    'open-api-page': 'buka-halaman-api',
    'add-key': 'klik-add-key',
    'name-key': 'beri-nama-kunci-anda',
    permissions: 'pilih-izin-permissions',
    ip: 'aktifkan-opsi-ip-whitelisting',
    nonce: 'beri-nama-kunci-anda',
    generate: 'jangan-atur-opsi-lain-dan-klik-generate-key',
    connect: 'hubungkan-kraken-dengan-api-key-yang-telah-dibuat',
  },
};

export const STEP_ANCHORS_BY_LANG: Record<Lang, typeof STEP_ANCHORS> = {
  en: STEP_ANCHORS,
  id: STEP_ANCHORS_ID,
};

/** A guide page's path in a language: `/id/exchange/kraken/troubleshooting/` for 'id'. */
export function guidePath(page: keyof typeof GUIDE_PATHS, lang: Lang = 'en'): string {
  return `${langPrefix(lang)}${GUIDE_PATHS[page]}`;
}

/** The URL of a guide step, e.g. stepUrl('pro', 'nonce') or stepUrl('pro', 'nonce', 'id'). */
export function stepUrl(form: GuideForm, step: StepKey, lang: Lang = 'en'): string {
  const anchors = STEP_ANCHORS_BY_LANG[lang][form];
  const anchor = anchors[step] ?? anchors['add-key'];
  return `${guidePath(form, lang)}#${anchor}`;
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

/** The Indonesian troubleshooting page keeps Kraken's messages as headings, so some match. */
const TROUBLE_ANCHORS_ID: Record<TroubleKey, string> = {
  'not-enough-permissions': 'not-enough-permission-for-api-keys',
  'invalid-key': 'eapiinvalid-key',
  'invalid-signature': 'eapiinvalid-signature',
  'invalid-nonce': 'eapiinvalid-nonce',
  'permission-denied': 'egeneralpermission-denied',
  'temporary-lockout': 'egeneraltemporary-lockout',
  'rate-limits': 'batas-panggilan-rate-limit',
  'kraken-unavailable': 'kraken-tidak-menjawab',
  'ip-restriction': 'semua-panggilan-ditolak-pembatasan-ip',
};

export const TROUBLE_ANCHORS_BY_LANG: Record<Lang, Record<TroubleKey, string>> = {
  en: TROUBLE_ANCHORS,
  id: TROUBLE_ANCHORS_ID,
};

export function troubleUrl(key: TroubleKey, lang: Lang = 'en'): string {
  return `${guidePath('troubleshooting', lang)}#${TROUBLE_ANCHORS_BY_LANG[lang][key]}`;
}
