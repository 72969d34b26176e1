/**
 * Kraken's vocabulary for answering questions, as data: names that mean the same thing,
 * every permission's labels on both forms, and the error strings that must match exactly.
 * Retrieval expands a question with these; no question has a code path of its own.
 */
import { KRAKEN_ERRORS } from '../kraken/errors';
import { SERVICE_PERMISSION_MESSAGE } from '../rules/permission-checks';
import { PERMISSIONS } from '../rules/permissions';

/** Names for one thing. A question naming one of them is also searched with the others. */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['private key', 'api secret', 'secret key', 'api private key'],
  ['api key', 'public key'],
  [
    'ip whitelisting',
    'ip whitelist',
    'whitelisted ip',
    'ip restriction',
    'ip address restriction',
    'allowlist',
    'ip allowlist',
    'ip range',
    'ip address',
  ],
  ['nonce window', 'custom nonce window'],
  ['generate key', 'create api key', 'create key', 'add key', 'new key', 'make a key'],
  ['permission', 'permissions', 'access rights', 'scopes'],
  ['lockout', 'locked out', 'temporary lockout'],
  ['rate limit', 'rate limits', 'throttled', 'too many requests'],
  ['same thing as', 'same as', 'means', 'refers to'],
  ['check api', 'api/kraken/check', 'check endpoint'],
  ['key checker', 'checker'],
  ['bot', 'bots', 'program', 'programs', 'trading bot'],
  ['too large', 'larger than', 'too big'],
];

/**
 * Each permission's names: Kraken's machine name, the Pro label, the Classic label and the
 * aliases the forms have used. One-word labels ("Query", "Deposit") only count as a name
 * when written with their group, so that the plain word does not pull in a permission.
 */
export const PERMISSION_GROUPS: readonly (readonly string[])[] = PERMISSIONS.map((p) => {
  const names = new Set<string>([p.name, p.name.replace(/_/g, ' ')]);
  for (const entry of [p.pro, p.classic]) {
    if (!entry) continue;
    for (const label of [entry.label, ...(entry.aliases ?? [])]) {
      names.add(label.toLowerCase());
      if (!label.includes(' ')) names.add(`${entry.group} ${label}`.toLowerCase());
    }
  }
  return [...names].filter((n) => n.includes(' ') || n.includes('_'));
});

/** Messages users paste as they see them: matched exactly (case aside), never loosely. */
export const ERROR_STRINGS: readonly string[] = [
  ...Object.keys(KRAKEN_ERRORS),
  SERVICE_PERMISSION_MESSAGE,
];

/**
 * Words users write in another form than the messages do, read in the messages' form when a
 * question is matched against ERROR_STRINGS: users often quote the service's message in the
 * plural ("permissions"), and should land on it all the same.
 */
export const WORD_VARIANTS: Readonly<Record<string, string>> = { permissions: 'permission' };

/**
 * Words that carry no meaning for retrieval. Question words, auxiliaries and pronouns only:
 * words such as "set", "key" or "window" stay, they are the vocabulary of the guides.
 */
export const STOP_WORDS: readonly string[] = [
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'from',
  'by',
  'with',
  'about',
  'into',
  'as',
  'it',
  'its',
  'this',
  'that',
  'these',
  'those',
  'there',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  'do',
  'does',
  'did',
  'doing',
  'have',
  'has',
  'had',
  'i',
  'me',
  'my',
  'we',
  'our',
  'you',
  'your',
  'he',
  'she',
  'they',
  'them',
  'their',
  'what',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'why',
  'how',
  'can',
  'could',
  'should',
  'would',
  'will',
  'shall',
  'may',
  'might',
  'must',
  'so',
  'if',
  'then',
  'than',
  'too',
  'very',
  'just',
  'also',
  'any',
  'some',
  'please',
  'tell',
  'does',
  "i'm",
  "what's",
  'im',
  'whats',
  'hi',
  'hello',
  'thanks',
  'need',
  'want',
  'get',
  'got',
];

/**
 * Words every page uses. They still rank, but a section matching only these does not make an
 * answer: "Kraken key" alone answers nothing.
 */
export const GENERIC_WORDS: readonly string[] = [
  'kraken',
  'key',
  'keys',
  'api',
  'guide',
  'step',
  'page',
  'service',
  'trading',
];

/** Verbs that say what to do with a thing, not what the thing is: they weigh less. */
export const ACTION_WORDS: readonly string[] = [
  'set',
  'setup',
  'up',
  'enable',
  'add',
  'use',
  'make',
  'put',
  'enter',
  'find',
  'turn',
  'go',
  'see',
  'say',
  'says',
  'mean',
  'means',
  'work',
  'happen',
  'happens',
  'now',
  'know',
];

/** What kind of value a question asks for, from its wording. */
export type ValueKind = 'number' | 'label' | 'error';

export const VALUE_CUES: readonly { kind: ValueKind; pattern: RegExp }[] = [
  {
    kind: 'error',
    pattern: /\b(which|what)\s+(error|message|code)s?\b|\berror (string|code|message)\b/i,
  },
  {
    kind: 'number',
    pattern:
      /\bhow (many|much|long|big|large|often)\b|\b(which|what)\s+(http\s+)?status(\s+code)?\b|\b(what|which)\s+(value|number|size|length|amount)\b|\b(value|number) (do|should|must)\b|\bwhat .*\b(window|limit|length|size|points)\b.*\b(set|enter|use|need|be|is|have)\b|\b(set|enter|put)\b.*\bwindow\b/i,
  },
  {
    kind: 'label',
    pattern:
      /\b(which|what)\s+(permissions?|options?|boxes|checkboxes|fields?|labels?|buttons?|toggles?|settings?)\b|\bwhat is .* called\b|\bwhich .* (tick|enable|check|select)\b/i,
  },
];

/** How the answer shows the kind of value asked for. */
export const VALUE_PATTERNS: Record<ValueKind, RegExp> = {
  number: /\d/,
  label: /\*\*[^*]+\*\*|"[^"]+"|“[^”]+”|`[^`]+`|\b[A-Z][a-z]+ [A-Z][a-z]+/,
  error: /\bE[A-Z][A-Za-z]*:[A-Z][A-Za-z ]+|Not enough permissions? for API keys/,
};
