/**
 * The words the engine reads questions with, as data, per language: names that mean the same
 * thing, the words that carry little, how a question asks for a value, whether it is about
 * the API or asks "should I", and how answers and refusals are phrased. Kraken's own names
 * (every permission's labels on both forms, the error strings that must match exactly) come
 * from the profile and the error table and are the same in every language. An edition in
 * another language adds its entry to LANGUAGES; nothing in the ranking code is English.
 */
import { KRAKEN_ERRORS } from '../kraken/errors';
import { SERVICE_PERMISSION_MESSAGE } from '../rules/permission-checks';
import { PERMISSIONS } from '../profile/kraken';

export type LanguageCode = 'en';

/** What kind of value a question asks for, from its wording. */
export type ValueKind = 'number' | 'label' | 'error';

/** The sentences answers are made of, beyond the docs' own. */
export interface Phrasing {
  answerHeading: string;
  excerptsHeading: string;
  sourcesHeading: string;
  /** When the docs do not answer: before the closest pages. */
  declined: string;
  /** The answer's source line: `heading` is a Markdown link already. */
  see: (link: string, pageTitle: string) => string;
  /** The verdict words a yes/no answer opens with. */
  yes: string;
  no: string;
  /** What to do with a permission, after the verdict: `label` as the form shows it. */
  permissionOn: (label: string) => string;
  permissionForbidden: (label: string, danger: string) => string;
  permissionExtra: (label: string) => string;
  /** About the nonce window, after the verdict: the value asked about, the guide's. */
  nonceRight: (value: string) => string;
  nonceWrong: (value: string, guide: string) => string;
}

export interface LanguageData {
  code: LanguageCode;
  /** Orama's tokenizer for this language: its stemmer and stop words. */
  tokenizer: {
    language: 'english';
    stemmer?: (word: string) => string;
    stopWords: readonly string[];
  };
  /** Names for one thing. A question naming one of them is also searched with the others. */
  synonyms: readonly (readonly string[])[];
  /**
   * Words users write in another form than the messages do, read in the messages' form when a
   * question is matched against the error strings.
   */
  wordVariants: Readonly<Record<string, string>>;
  /** Words every page uses: they rank, but a section matching only these answers nothing. */
  genericWords: readonly string[];
  /** Verbs that say what to do with a thing, not what the thing is: they weigh less. */
  actionWords: readonly string[];
  /**
   * Words that say which kind of value is asked for ("how long", "largest"), not what it is
   * about: they weigh like verbs, and a word the docs lack among them says nothing.
   */
  valueWords: readonly string[];
  valueCues: readonly { kind: ValueKind; pattern: RegExp }[];
  /** How an answer shows the kind of value asked for. */
  valuePatterns: Readonly<Record<ValueKind, RegExp>>;
  /**
   * A question about the API itself: endpoint, JSON, HTTP status, field names, schema. (A
   * field name written as one, `ipAllowlist`, is recognised in every language.)
   */
  apiCue: RegExp;
  /** A yes/no or "should I" question about turning something on or leaving it off. */
  verdictCue: RegExp;
  /** Such a question asking about leaving something off rather than turning it on. */
  offCue: RegExp;
  phrasing: Phrasing;
}

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

const ENGLISH: LanguageData = {
  code: 'en',
  tokenizer: {
    language: 'english',
    // Question words, auxiliaries and pronouns only: words such as "set", "key" or "window"
    // stay, they are the vocabulary of the guides.
    stopWords: [
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
      'between',
      'each',
      // Contractions: the docs write "do not"; the meaning is in the words around them.
      "don't",
      'dont',
      "doesn't",
      'doesnt',
      "isn't",
      "aren't",
      "can't",
      'cant',
      "won't",
      "didn't",
    ],
  },
  synonyms: [
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
    // The check that asks Kraken itself: the docs say "the check on Kraken".
    ['live check', 'check on kraken', 'check the key on kraken'],
    ['bot', 'bots', 'program', 'programs', 'trading bot'],
    ['too large', 'larger than', 'too big', 'size'],
    ['store', 'stored', 'save', 'saved', 'keep', 'kept'],
  ],
  // Users often quote the service's message in the plural ("permissions").
  wordVariants: { permissions: 'permission' },
  genericWords: ['kraken', 'key', 'keys', 'api', 'guide', 'step', 'page', 'service', 'trading'],
  actionWords: [
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
  ],
  valueWords: ['long', 'many', 'much', 'big', 'large', 'largest', 'max', 'maximum', 'often'],
  valueCues: [
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
  ],
  valuePatterns: {
    number: /\d/,
    label: /\*\*[^*]+\*\*|"[^"]+"|“[^”]+”|`[^`]+`|\b[A-Z][a-z]+ [A-Z][a-z]+/,
    // Kraken's errors, the service's message, and the check API's error codes.
    error:
      /\bE[A-Z][A-Za-z]*:[A-Z][A-Za-z ]+|Not enough permissions? for API keys|`[a-z]+(-[a-z]+)+`/,
  },
  apiCue:
    /\b(api\/|endpoint|json|http|status(es)? codes?|statuses|status values|schema|curl|post|request body|body size|field names?|response|[45]\d\d|check api)\b/i,
  verdictCue:
    /^(do|does|did|should|shall|must|can|could|is|are|will|would|may)\b.*\b(need|needs|needed|enable|enabled|tick|ticked|turn|turned|allow|allowed|leave|check|checked|select|selected|require|required|give|switch|on|off|set|use|keep)\b/i,
  offCue: /\b(off|disable|disabled|untick|unticked|uncheck|unchecked|without)\b/i,
  phrasing: {
    answerHeading: 'Answer',
    excerptsHeading: 'Excerpts',
    sourcesHeading: 'Sources',
    declined: 'The documentation does not answer this. These pages are the closest to it:',
    see: (link, pageTitle) => `See ${link} (${pageTitle}).`,
    yes: 'Yes',
    no: 'No',
    permissionOn: (label) =>
      `turn on **${label}**. The service needs it, with the other permissions of this step, and cannot trade without it.`,
    permissionForbidden: (label, danger) => `leave **${label}** off. With it, ${danger}.`,
    permissionExtra: (label) =>
      `leave **${label}** off. The service does not need it: turn on exactly the permissions this step lists.`,
    nonceRight: (value) => `${value} is the nonce window the guide asks for.`,
    nonceWrong: (value, guide) => `set the nonce window to ${guide}, not ${value}.`,
  },
};

export const LANGUAGES: Readonly<Record<LanguageCode, LanguageData>> = { en: ENGLISH };
export const DEFAULT_LANGUAGE: LanguageCode = 'en';
