/**
 * The words the engine reads questions with, as data, per language: names that mean the same
 * thing, the words that carry little, how a question asks for a value, whether it is about
 * the API or asks "should I", and how answers and refusals are phrased. Kraken's own names
 * (every permission's labels on both forms, the error strings that must match exactly) come
 * from the profile and the error table and are the same in every language. An edition in
 * another language adds its entry to LANGUAGES; nothing in the ranking code is English.
 */
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as indonesianStemmer } from '@orama/stemmers/indonesian';
import type { Lang } from '../guide/links';
import { listOf } from '../util/text';
import { KRAKEN_ERRORS } from '../kraken/errors';
import { SERVICE_PERMISSION_MESSAGE } from '../rules/permission-checks';
import {
  PERMISSIONS,
  type KeyOption,
  type OptionKey,
  type PermissionName,
} from '../profile/kraken';

/** The site's languages (English at the root, the others under their code). */
export type LanguageCode = Lang;

/** What kind of value a question asks for, from its wording. */
export type ValueKind = 'number' | 'label' | 'error' | 'reason' | 'source' | 'format';

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
  /** A nonce window above the guide's: it works, with what it costs. */
  nonceHigh: (value: string, guide: string) => string;
  /** The values beyond the guide's, as `nonceHigh` and `nonceWrong` name them. */
  larger: string;
  smaller: string;
  /** The nonce window asked about without a value: `field` as the form labels it. */
  nonceOn: (field: string, guide: string) => string;
  /** The IP restriction: `field` as the form labels it. */
  ipOn: (field: string) => string;
  /** A range broader than the service's: it works, the checker warns, the service's range is the fix. */
  ipBroad: (field: string) => string;
  /** Asked whether the key works without the IP restriction: it does, from anywhere. */
  ipOffWorks: (field: string) => string;
  /** A permission's label on each form, the form asked about first. */
  labels: (labels: readonly { edition: string; label: string }[]) => string;
  /** A permission's machine name, as the check API takes it. */
  machineName: (label: string, name: string) => string;
  /** Options the guide leaves unset, as the form asked about labels them, and why. */
  optionsOff: (options: readonly Pick<KeyOption, 'key' | 'label' | 'unset'>[]) => string;
  /** The endpoint's error bodies (Markdown), on this language's twins. */
  errors: ErrorPhrasing;
}

export interface ErrorPhrasing {
  methodTitle: string;
  method: string;
  unavailableTitle: string;
  noClient: string;
  noIndex: string;
  tooManyTitle: string;
  tooMany: (limit: number, seconds: number, retryAfter: number) => string;
  noPageTitle: string;
  noPage: (twins: string) => string;
  noQuestionTitle: string;
  noQuestion: string;
  notAnsweredTitle: string;
  tooLong: (name: string, length: number, max: number) => string;
  control: (name: string) => string;
}

export interface LanguageData {
  code: LanguageCode;
  /** Orama's tokenizer for this language: its stemmer and stop words. */
  tokenizer: {
    language: 'english' | 'indonesian';
    stemmer?: (word: string) => string;
    stopWords: readonly string[];
  };
  /**
   * Words written informally or abbreviated ("brp", "aktifin"), read as the docs' word before
   * anything else, so that they neither count as words the docs lack nor miss a cue.
   */
  informal: Readonly<Record<string, string>>;
  /**
   * Irregular forms the stemmer cannot reduce ("gave", "kept", "sent"), read as the word's
   * base form, so that a past tense is not a word the docs lack.
   */
  baseForms: Readonly<Record<string, string>>;
  /**
   * Informal endings and their written form ("dimasukin" is "dimasukkan"): a word the docs
   * lack is read with the written ending when the docs have the word so written.
   */
  informalEndings: readonly (readonly [string, string])[];
  /**
   * Particles written onto a word ("benerinnya" is "benerin" + "nya"): an informal word with
   * one is read as its written form with the particle.
   */
  clitics: readonly string[];
  /**
   * Turns of phrase read as what they say ("keep retrying" is "retrying": "keep" there is not
   * the storing kind), applied before anything else.
   */
  phrases: readonly (readonly [RegExp, string])[];
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
  /**
   * Everyday words that say how something is asked, not what about ("yet", "normal",
   * "anywhere", "a bunch of", "exactly"): each weighs like a verb, whether or not the docs use
   * it, instead of like a word of the topic or one the docs do not cover. So none may be a
   * word the docs use as a name ("custom", of "Custom nonce window", is the stem of
   * "customer"). What the docs lack and is not here ("fees", "Binance", "2FA") stays the
   * strongest sign that they do not answer.
   */
  weakWords: readonly string[];
  valueCues: readonly { kind: ValueKind; pattern: RegExp }[];
  /** How an answer shows the kind of value asked for. */
  valuePatterns: Readonly<Record<ValueKind, RegExp>>;
  /**
   * A question about the API itself: endpoint, JSON, HTTP status, field names, schema. (A
   * field name written as one, `ipAllowlist`, is recognised in every language.)
   */
  apiCue: RegExp;
  /**
   * Words of `apiCue` that also describe what Kraken answered ("response", "JSON"): beside a
   * Kraken error pasted from a log they say where it came from, not that the question is
   * about this site's API.
   */
  answerWords: RegExp;
  /**
   * Words that call a name a field of the API ("the `fix` field", "field stop"): with a name
   * the docs write as code beside them, the question is about the API.
   */
  fieldWords: readonly string[];
  /**
   * What an error is called: a section headed by an error string ("EAPI:Invalid nonce") is
   * about an error, so "nonce error" is its question.
   */
  errorWords: readonly string[];
  /** The numbers zero to twelve as words: "seven permissions" is "7 permissions". */
  numberWords: readonly string[];
  /**
   * A question asking how to do something or what it takes ("how do I add …", "what do I need
   * for …"): a section answers it only where it says what to do, not where it only names the
   * thing.
   */
  howCue: RegExp;
  /** A sentence that says what to do: it opens with it ("Fix: …", "Copy …", "If …, create …"). */
  instruction: RegExp;
  /** A sentence that says what is required ("you must", "has to be", "the only way"). */
  requirement: RegExp;
  /**
   * A sentence that says what the reader sees (a troubleshooting entry's "What you see:"): the
   * asker sees it already, so it answers only what the message or screen is.
   */
  symptom: RegExp;
  /** A troubleshooting entry's cause ("**Cause:** …"): what the error means. */
  cause: RegExp;
  /** A sentence that opens by pointing back ("It says …", "This …"): it leans on the one before. */
  pointsBack: RegExp;
  /** A question asking what a permission is called (on a form, or beside another name). */
  nameCue: RegExp;
  /**
   * A question asking what a field is called (not whether two names are one): the nonce
   * window's and the IP restriction's labels are answered from the profile.
   */
  labelCue: RegExp;
  /** A question asking for a permission's machine name (the check API's, Kraken's). */
  machineNameCue: RegExp;
  /**
   * What users call a permission beyond Kraken's labels ("the withdrawal permission"), as a
   * pattern for the lower-case question, with the permission it names.
   */
  permissionWords: readonly (readonly [RegExp, PermissionName])[];
  /**
   * What users call the options the guide leaves unset (key expiration, the query dates), as
   * patterns for the lower-case question, with the options each names. Only as nouns: a key
   * that expires or has expired is the key's state, not the option.
   */
  optionWords: readonly (readonly [RegExp, readonly OptionKey[]])[];
  /** A yes/no or "should I" question about turning something on or leaving it off. */
  verdictCue: RegExp;
  /**
   * A yes/no question whose subject is the checker or the check API ("does the checker fail
   * if Withdraw is on?") asks what the tool does, not what to set: "No: leave Withdraw off"
   * would read as "it does not fail".
   */
  toolSubjectCue: RegExp;
  /** Asked whether the key or the bot still works ("will it work without …"). */
  worksCue: RegExp;
  /** A question about what is wrong with the key: no yes or no about a setting answers it. */
  keyFaultCue: RegExp;
  /** Such a question asking about leaving something off rather than turning it on. */
  offCue: RegExp;
  /**
   * A question about changing a key that exists ("do I need a new key to remove …", "can I
   * edit …"): whether it can be edited or must be made again is what it asks, and a yes or no
   * about the setting would answer another question.
   */
  changeCue: RegExp;
  /**
   * A question about what was seen (an error, a refusal, a failed check, a cause): the key's
   * settings are its premise, and what went wrong is what it asks.
   */
  symptomCue: RegExp;
  /**
   * Such a question asking whether something is wrong ("is 5000000 a problem?", "too low?"):
   * its yes is the other answer's no.
   */
  problemCue: RegExp;
  /** A question offering both answers ("on or off?"): the answer says which, without yes or no. */
  choiceCue: RegExp;
  /**
   * Words that put a number as a bound, just before it ("bigger than 2 million", "below
   * 2000000"): the question asks about the values beyond it, not about the number.
   */
  aboveCue: RegExp;
  belowCue: RegExp;
  /** A question asking how much, which or why ("berapa …"), not whether: no yes or no either. */
  openCue: RegExp;
  /**
   * A question asking where, how or when ("ada dimana?"): no verdict answers it, whatever
   * "harus" or "perlu" it holds.
   */
  placeCue: RegExp;
  /** Letting every address use the key ("0.0.0.0/0", "from anywhere"): the IP restriction's no. */
  anyAddressCue: RegExp;
  /**
   * Allowing a range broader than the service's ("a bigger range", "a whole /8"): it works,
   * and the checker warns about it.
   */
  broadRangeCue: RegExp;
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

/**
 * Every permission's labels on both forms: in a sentence they name a box, they do not say what
 * to do ("leave Add withdrawal addresses off" does not say how to add a withdrawal address).
 */
export const PERMISSION_LABELS: readonly string[] = [
  ...new Set(
    PERMISSIONS.flatMap((p) =>
      [p.pro, p.classic].flatMap((e) => (e ? [e.label, ...(e.aliases ?? [])] : [])),
    ),
  ),
].sort((a, b) => b.length - a.length);

/** Messages users paste as they see them: matched exactly (case aside), never loosely. */
export const ERROR_STRINGS: readonly string[] = [
  ...Object.keys(KRAKEN_ERRORS),
  SERVICE_PERMISSION_MESSAGE,
];

/**
 * "Is my key broken?", "my key is wrong?": asked what is wrong with the key, the answer is why
 * (a reason), not what to set.
 */
const EN_KEY_FAULT =
  /\b(is|was) (my|the|this) (api )?key (broken|break|wrong|bad|dead|invalid|at fault|the problem)\b|\bsomething wrong with (my|the) (api )?key\b|\b(my|the|this) (api )?key (is|was) (broken|wrong|bad|dead|invalid|at fault|the problem)\b/i;
const ID_KEY_FAULT = /\b(kunci|key)(nya)?( \S+){0,2} (yang |yg )?(salah|rusak|bermasalah)\b/i;

type UnsetOption = Pick<KeyOption, 'key' | 'label' | 'unset'>;

/**
 * The options' labels grouped by how the form shows them unset, in the order given: `words`
 * puts a group's labels (at "{}") in the language's phrase for that way of being unset.
 */
function byUnset(
  options: readonly UnsetOption[],
  words: Readonly<Record<KeyOption['unset'], string>>,
  and: string,
): string {
  const groups = new Map<KeyOption['unset'], string[]>();
  for (const o of options) groups.set(o.unset, [...(groups.get(o.unset) ?? []), `**${o.label}**`]);
  return [...groups]
    .map(([unset, labels]) => words[unset].replace('{}', listOf(labels, labels.length, and)))
    .join(` ${and} `);
}

const hasQueryDate = (options: readonly UnsetOption[]) => options.some((o) => o.key !== 'expiry');
const hasExpiry = (options: readonly UnsetOption[]) => options.some((o) => o.key === 'expiry');

const ENGLISH: LanguageData = {
  code: 'en',
  tokenizer: {
    language: 'english',
    // A possessive is its word: "the service's range" is about the service ("service’s" splits
    // at its curly apostrophe, leaving an "s" the stop words drop).
    stemmer: (word) => englishStemmer(word.replace(/'s$|'$/, '')),
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
      's',
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
      // Possessive pronouns standing alone ("mine looks shorter").
      'mine',
      'yours',
      'ours',
      'theirs',
      'hers',
      // "What is it called", "is it ok to": the question's frame, not what it is about.
      'called',
      'ok',
      'okay',
      'alright',
      'supposed',
      'vs',
      'versus',
      'actually',
      'really',
      // Words that weigh a question, not say what it is about ("all 7 perms", "ever return").
      'all',
      'ever',
      'again',
      'still',
      'even',
      'anyway',
      'every',
      // "What counts as a rate limit" asks what one is.
      'count',
      'counts',
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
      'wont',
      "didn't",
      'didnt',
      'isnt',
      'arent',
      "wasn't",
      'wasnt',
      "shouldn't",
      'shouldnt',
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
    // The button that opens the form; "Generate key" is the one that submits it.
    ['create api key', 'create key', 'add key', 'new key', 'make a key'],
    ['permission', 'permissions', 'perms', 'perm', 'access rights', 'scopes'],
    ['funds', 'money', 'balance', 'balances'],
    ['lockout', 'locked out', 'temporary lockout'],
    ['rate limit', 'rate limits', 'throttled', 'too many requests'],
    ['same thing as', 'same as', 'means', 'refers to'],
    ['check api', 'api/kraken/check', 'check endpoint'],
    ['key checker', 'checker'],
    // The check that asks Kraken itself: the docs say "the check on Kraken".
    ['live check', 'check on kraken', 'check the key on kraken'],
    // The docs call the user's bot "the trading service".
    ['bot', 'bots', 'program', 'programs', 'trading bot', 'trading service'],
    ['too large', 'larger than', 'too big', 'size'],
    ['store', 'stored', 'save', 'saved', 'keep', 'kept'],
    // An endpoint "answers" in the docs; users ask what it returns.
    ['answer', 'answers', 'return', 'returns', 'respond', 'responds'],
    // Kraken shows the private key once; users ask to see or view it again.
    ['show it again', 'see it again', 'view it again', 'shown again', 'show again', 'see again'],
    // A private key not kept when Kraken showed it: the docs say "no longer have it".
    [
      'no longer have',
      'lost',
      'lose',
      'forgot to save',
      'did not save',
      "didn't save",
      'didnt save',
      'forgot to copy',
      'did not copy',
      "didn't copy",
      'didnt copy',
    ],
    // The docs say "if you no longer have it".
    ['lost', 'lose it', 'no longer have'],
    // An account is created, or signed up for.
    ['sign up', 'create a new account', 'create an account', 'register', 'open an account'],
    // Kraken's page of API keys.
    ['api page', 'api tab'],
    // What the forms have, in the words users have for them.
    ['option', 'options', 'toggle', 'toggles', 'checkbox', 'checkboxes'],
    // Kraken Classic's IP list takes one entry per row: each row (a line, to many) is a box of
    // its own.
    ['field', 'box', 'boxes', 'text box', 'input box', 'row', 'rows', 'line', 'lines'],
    ['address bar', 'url', 'urls'],
    // One key for several programs, as users ask it and as the docs advise against it.
    [
      'share',
      'shared',
      'shares',
      'sharing',
      'one key for',
      'same key for',
      'one key per',
      'own key',
    ],
    // Two values pasted into each other's fields, as users put it.
    [
      "each other's field",
      "each other's fields",
      'each others field',
      'each others fields',
      'swapped',
      'swap',
      'mixed up',
      'wrong boxes',
      'wrong fields',
      'wrong box',
      'wrong field',
    ],
    // What a program shows when a call fails, as users see it.
    [
      'fail',
      'fails',
      'failed',
      'cannot load',
      "can't load",
      'cant load',
      'wont load',
      "won't load",
      'never loads',
      'not loading',
      'does not load',
      'doesnt load',
    ],
    ['guide', 'tutorial', 'walkthrough'],
    // Kraken not answering, as users put it.
    ['unreachable', 'unavailable', 'maintenance', 'outage', 'is down', 'seems down'],
    // The language, as people name it.
    ['indonesian', 'bahasa indonesia', 'indonesia', 'bahasa'],
    // Programs that read the docs: the Markdown twins and llms.txt are for them.
    ['llm', 'llms', 'ai assistant', 'ai agent', 'agent', 'language model', 'chatgpt', 'ai'],
    ['markdown', 'plain text', 'text version', 'markdown version', 'md'],
    // One key for several bots: the docs say not to share it.
    ['same key', 'same api key', 'share', 'shared', 'sharing', 'its own key', 'one key per bot'],
    // Kraken refuses a call, or denies it; users say rejected.
    ['denied', 'refused', 'refuses', 'rejected', 'rejects', 'rejecting', 'refusing'],
    // The docs say "by mistake".
    ['by mistake', 'accidentally', 'accidental', 'by accident', 'mistakenly'],
    // A range far broader than the service's, as the checker judges it.
    ['too wide', 'wider', 'too broad', 'broader'],
    // What the docs call plain Kraken, users call its app.
    ['plain kraken', 'kraken app', 'regular app', 'normal app', 'new app', 'main app'],
    // The docs give examples with "such as".
    ['example', 'examples', 'such as', 'for instance', 'e.g.'],
    // The docs say "before trying again".
    ['retry', 'retrying', 'retries', 'try again', 'trying again'],
    // Units of time as people abbreviate them.
    ['milliseconds', 'millisecond', 'ms'],
    ['seconds', 'second', 'sec', 'secs'],
    ['minutes', 'minute', 'min', 'mins'],
    ['hours', 'hour', 'hr', 'hrs'],
    // A key's length is counted in characters.
    ['length', 'characters', 'how many characters'],
    // Every method of an endpoint is an HTTP one; the docs say "Method: POST".
    ['http method', 'method', 'http verb'],
    // What an endpoint accepts, it allows; what it does not, it refuses.
    ['accept', 'accepts', 'accepted', 'allow', 'allows', 'allowed'],
  ],
  // Chat abbreviations, read as the words they stand for.
  informal: {
    acct: 'account',
    wat: 'what',
    wut: 'what',
    wht: 'what',
    // Question words misspelt where a typo's correction cannot tell: a four-letter word is not
    // read as a longer one it starts ("mean" is not "means"), "wich" is as near "with", and
    // a word of two letters is never corrected.
    shld: 'should',
    shud: 'should',
    wher: 'where',
    whr: 'where',
    wich: 'which',
    hw: 'how',
    btn: 'button',
    btns: 'buttons',
    pls: 'please',
    plz: 'please',
    u: 'you',
    ur: 'your',
    msg: 'message',
    req: 'request',
    reqs: 'requests',
    resp: 'response',
    addr: 'address',
    addrs: 'addresses',
    thx: 'thanks',
    chars: 'characters',
    char: 'character',
    bc: 'because',
    cuz: 'because',
    coz: 'because',
    abt: 'about',
    smth: 'something',
    sth: 'something',
    rn: 'now',
    // Asides that say nothing of the question.
    idk: '',
    tbh: '',
    imo: '',
    btw: '',
    lol: '',
  },
  baseForms: {
    gave: 'give',
    given: 'give',
    went: 'go',
    gone: 'go',
    goes: 'go',
    took: 'take',
    taken: 'take',
    made: 'make',
    sent: 'send',
    found: 'find',
    paid: 'pay',
    said: 'say',
    saw: 'see',
    seen: 'see',
    told: 'tell',
    knew: 'know',
    known: 'know',
    wrote: 'write',
    written: 'write',
    ran: 'run',
    chose: 'choose',
    chosen: 'choose',
    forgot: 'forget',
    forgotten: 'forget',
    broke: 'break',
    broken: 'break',
    came: 'come',
    did: 'do',
    done: 'do',
    thought: 'think',
    bought: 'buy',
    meant: 'mean',
    held: 'hold',
    stuck: 'stick',
    shown: 'show',
    built: 'build',
    began: 'begin',
    begun: 'begin',
    became: 'become',
    got: 'get',
    gotten: 'get',
  },
  informalEndings: [],
  clitics: [],
  phrases: [
    // "Keep retrying", "kept failing": going on doing it, not storing anything.
    [/\b(?:keep(?:s|ing)?|kept)\s+(?=\p{L}+ing\b)/giu, ''],
    // "Over and over" is "again".
    [/\bover and over(?: again)?\b/giu, 'again'],
    // Why a setting is asked about ("for safety", "just to be safe") says nothing of it.
    [/\b(?:for (?:safety|security)(?: reasons)?|(?:just )?to be safe|just in case)\b/giu, ''],
    // "One at a time": how many per go, not a time.
    [/\bat a time\b/giu, ''],
    // "What do I call it" asks for a name, not about a call to Kraken.
    [/\b(what (?:do|should|can) (?:i|we|you) )call (it|this|that|them)\b/giu, '$1name $2'],
    // An HTTP method the check API does not take is, in its reference, "any method but POST".
    [
      /\b(?:GET|PUT|PATCH|DELETE|HEAD|OPTIONS)\b(?: (?:request|call|method))?/gu,
      'any method but POST',
    ],
    // JavaScript turned off is what the docs call "without JavaScript".
    [
      /\b(?:with )?(?:javascript|js) (?:turned |switched |is )?(?:off|disabled|blocked)\b|\b(?:no|without|w\/o) (?:javascript|js)\b/giu,
      'without JavaScript',
    ],
    // A media type the check API does not take is, in its reference, "anything but
    // application/json".
    [
      /\b(?:text\/[\w.+-]+|application\/(?!json\b)[\w.+-]+|multipart\/[\w.+-]+)/giu,
      'Content-Type anything but application/json',
    ],
    // A form body is a media type the check API does not take, as its reference says.
    [
      /\b(?:form[- ](?:url)?encoded|url[- ]?encoded|form[- ]data)\b/giu,
      'Content-Type anything but application/json',
    ],
    // Who the question is asked for ("I'm helping a user whose …", "on behalf of my user") is
    // not what it is about.
    [
      /\b(?:i'?m|i am|we'?re|we are) helping (?:a|an|my|our|some)? ?(?:[\w-]+ )?(?:user|customer|client|trader|friend|person|someone)s?(?: (?:whose|who|with|that))?\b/giu,
      '',
    ],
    [
      /\bon behalf of (?:a|an|my|our)? ?(?:[\w-]+ )?(?:user|customer|client|trader|friend)s?\b/giu,
      '',
    ],
    // What a checker does, in the words users have for it: the docs say what it checks.
    [/\b(?:verif(?:y|ies)|looks? at|examines?|inspects?)\b/giu, 'check'],
    // "A fixed order" is the same order every time, not a fix.
    [/\bfixed (order|length|size|number|format|shape|set|list)\b/giu, 'same $1'],
    // "w/o" is "without".
    [/\bw\/o\b/giu, 'without'],
    // "The second item" is the one after the first, not a unit of time.
    [/\b(the|a|its|my|your) second\b/giu, '$1 2nd'],
  ],
  // Users often quote the service's message in the plural ("permissions").
  wordVariants: { permissions: 'permission' },
  genericWords: [
    'kraken',
    'key',
    'keys',
    'api',
    'guide',
    'step',
    'page',
    'service',
    'trading',
    // "The long one", "one per bot": a pronoun more often than a count.
    'one',
    'ones',
  ],
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
    'goes',
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
    'hold',
    'holds',
    'contain',
    'contains',
    'let',
    'lets',
    'give',
    'gives',
    'create',
  ],
  weakWords: [
    // Saying that something is missing ("no nonce window field"): what is missing is the topic.
    'no',
    'none',
    // When, how often, how sure.
    'first',
    'only',
    'before',
    'after',
    'during',
    'until',
    'yet',
    'already',
    'soon',
    'later',
    'earlier',
    'sometimes',
    'always',
    'usually',
    'normally',
    'whenever',
    'wherever',
    'however',
    'maybe',
    'perhaps',
    'probably',
    'possibly',
    'definitely',
    'certainly',
    'basically',
    'simply',
    'exactly',
    'exact',
    'anyways',
    'somehow',
    'instead',
    'together',
    'apart',
    'locally',
    'permanently',
    'permanent',
    'quickly',
    'slowly',
    'well',
    'fast',
    'quick',
    'slow',
    // Where, what, who, in general.
    'anywhere',
    'somewhere',
    'everywhere',
    'nowhere',
    'something',
    'anything',
    'everything',
    'nothing',
    'someone',
    'anyone',
    'everyone',
    'nobody',
    'somebody',
    // Who asks: the docs say "you", assistants say "the trader" or "the user".
    'trader',
    'traders',
    'user',
    'users',
    'person',
    // Where on a screen: the steps' figures show it.
    'menu',
    'screen',
    'near',
    'bottom',
    'side',
    'meantime',
    'meanwhile',
    // How a screen looks to the one asking ("the API page is empty").
    'empty',
    'blank',
    // Vague amounts and things.
    'multiple',
    'several',
    'various',
    'both',
    'either',
    'neither',
    'bunch',
    'lot',
    'lots',
    'stuff',
    'thing',
    'things',
    'kind',
    'sort',
    'way',
    'ways',
    'bit',
    'little',
    'huge',
    'tiny',
    'whole',
    'part',
    // Judgements.
    'normal',
    'usual',
    'regular',
    'real',
    'actual',
    'bad',
    'good',
    'great',
    'fine',
    'nice',
    'weird',
    'strange',
    'proper',
    'properly',
    'correctly',
    'right',
    'wrong',
    'sure',
    'okay',
    'mangled',
    'garbled',
    'corrupted',
    'messed',
    // Asking for a comparison: what is compared is the question.
    'difference',
    'differences',
    'different',
    'differ',
    'diff',
    'compare',
    'compared',
    // Verbs of talking, thinking and happening.
    'forget',
    'remember',
    'matter',
    'matters',
    'mind',
    'guess',
    'think',
    'wonder',
    'seem',
    'seems',
    'look',
    'looks',
    'looked',
    'like',
    'treat',
    'treats',
    'treated',
    'bother',
    'worry',
    'care',
    'complain',
    'complains',
    'cut',
    'drain',
    'drains',
    'load',
    'loads',
    'loading',
    'figure',
    'try',
    'tried',
    'trying',
    'happened',
    'happening',
    'come',
    'comes',
  ],
  valueWords: ['long', 'many', 'much', 'big', 'large', 'largest', 'max', 'maximum', 'often'],
  valueCues: [
    {
      kind: 'error',
      // What happens when a setting is wrong is, in these docs, the error Kraken answers with.
      pattern:
        /\b(which|what)\s+(error|message|code)s?\b|\berror (string|code|message)\b|\bwhat happens\b|\bwhat if\b/i,
    },
    {
      kind: 'number',
      pattern:
        /\bhow (many|much|long|big|large|often)\b|\b(which|what)\s+(is the\s+)?(http\s+)?status(\s+code)?\b|\b(what|which)\s+(value|number|size|length|amount)\b|\b(value|number) (do|should|must)\b|\bwhat .*\b(window|limit|length|size|points)\b.*\b(set|enter|use|need|be|is|have)\b|\b(set|enter|put)\b.*\bwindow\b/i,
    },
    // Asked what a thing is called, its label answers, even put as "what is the field for …".
    {
      kind: 'label',
      pattern:
        /\b(which|what)\s+(permissions?|options?|box(es)?|checkboxes|fields?|labels?|buttons?|toggles?|switch(es)?|settings?)\b|\bwhat(?:'s|’s|s| is| are)\b.* (called|label?led|named)\b|\bwhich .* (tick|enable|check|select)\b|\b(label|wording|caption) of\b|\bexact (label|name|wording|text)\b/i,
    },
    // How entries are written ("commas or one per line?"): the sentence that says how a form
    // takes them.
    {
      kind: 'format',
      pattern:
        /\b(commas?|comma[- ]separated|per (line|row)|one (by one|at a time)|(one|single|same|separate) (box|field|row|line)s?|own (box|field|row|line)|per (box|field)|separately|new lines?|line breaks?|together|at once|(multiple|several|many|two|three|four|five|\d+) (ips|ip addresses|ip ranges|ranges|addresses|entries))\b/i,
    },
    // Where a thing comes from ("where do I get the IP range"): the sentence that says where
    // to copy it from, not where it goes. ("Where do I find the API Secret" asks where it is.)
    {
      kind: 'source',
      pattern:
        /\bwhere (do|can|should|would|will) (i|we|you) (get|obtain|copy)\b|\bwhere (does|do|did) .+ come from\b/i,
    },
    // What a thing is for: the sentence that says what it does or why.
    {
      kind: 'reason',
      pattern: new RegExp(
        `${/^why\b|\bwhat (is|are) (the |a |an )?[\w ]+ for\b|\bwhat does .+ (do|mean)\b|\b(point|purpose|meaning) of\b|\bwhat (causes?|caused|triggers?|triggered)\b|\bhow come\b/i.source}|${EN_KEY_FAULT.source}`,
        'i',
      ),
    },
  ],
  valuePatterns: {
    // A count the docs spell out ("eight read-only probes") is a number too; "one" and "two"
    // are more often words of a sentence ("one of", "the two values") than answers.
    // A step's number ("in step 7", "langkah 7") points elsewhere: no number of the thing asked.
    number:
      /(?<!\b(?:step|langkah) \d*)(?<![a-z][\w-]*)\d|\b(three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i,
    reason:
      /\b(means?|says|lets|so that|because|otherwise|without it|refuses|could|cannot|needs? it|cause)\b/i,
    label: /\*\*[^*]+\*\*|"[^"]+"|“[^”]+”|`[^`]+`|\b[A-Z][a-z]+ [A-Z][a-z]+/,
    // Kraken's errors, the service's message, and the check API's error codes.
    error:
      /\bE[A-Z][A-Za-z]*:[A-Z][A-Za-z ]+|Not enough permissions? for API keys|`[a-z]+(-[a-z]+)+`/,
    source: /\bfrom (there|the|its|your)\b|\bshown on\b/i,
    format:
      /\bper (row|line)\b|\bseparated by commas\b|\bown row\b|\bone field\b|\bwhole list\b|\bnot a list\b/i,
  },
  apiCue:
    /\b(api\/|endpoint|json|http|status(es)? codes?|statuses|status values|schema|curl|post|request body|body size|field names?|responses?|array|header|[45]\d\d|check api)\b/i,
  answerWords: /\b(response|json|http|array)\b/gi,
  fieldWords: ['field', 'fields', 'property', 'attribute'],
  errorWords: ['error'],
  numberWords: [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
  ],
  howCue:
    /\bhow (do|can|could|should|would|shall) (i|we|you|one)\b|\bhow to\b|\b(what|which)\b[^?]{0,40}\b(do|does|would|will) (i|we|you|one|it) (need|have|take) (to|for)\b|\bwhat is (needed|required) (to|for)\b|\bwhat (do|should|must|can) (i|we|you) (put|enter|type|write|fill in|tick|select|choose|enable)\b/i,
  instruction:
    /^(fix|what to do):|^(\d+\.\s*)?(please\s+)?(\*\*[^*]{1,40}\*\*\s*|[A-Z][\w ]{0,30}:\s+)?((or|then|and|so|also|instead|first|now)\s+|(if|when|once|before|after|to|with|without|on|in)\b[^,:]{0,120}[,:]\s*)?(add|ask|avoid|change|check|choose|click|compare|connect|contact|copy|create|delete|describe|do not|don't|edit|enable|enter|fill|fix|follow|give|go|keep|leave|log in|look|make|name|never|open|paste|pick|put|remove|run|select|send|set|start|stop|switch|take|tell|tick|try|turn|type|untick|use|verify|wait)\b/i,
  requirement: /\byou (must|need to|have to|can only)\b|\b(must|has to|have to) be\b|\bonly way\b/i,
  symptom: /^\*\*What you see:\*\*/,
  cause: /^\*\*Cause:\*\*/,
  pointsBack: /^(it|this|that|these|those|they|its)\b/i,
  nameCue: /\b(called|named|labell?ed|label|same (thing |permission |box )?as)\b/i,
  labelCue: /\b(called|named|labell?ed|label)\b/i,
  machineNameCue: /\b(machine|api|json|internal|code)[ -]?names?\b/i,
  verdictCue:
    /^(do|does|did|should|shall|must|can|could|is|are|will|would|may|(is it )?(ok|okay|fine) to)\b.*\b(need|needs|needed|enable|enabled|tick|ticked|turn|turned|allow|allowed|leave|skip|omit|work|works|run|untick|uncheck|disable|hurt|harm|break|check|checked|select|selected|require|required|give|switch|on|off|set|use|keep|be|have|change|enough|right|correct|fine|necessary|mandatory|whitelist|restrict|ok|okay|good|too much|too high|too low|too big|too small|a problem|an issue|bad|risky|dangerous)\b|^(tick|untick|enable|disable|check|select|turn on|turn off|allow|need)\b[^?]{0,60}\?\s*$|\b(needed|required|necessary|mandatory|on or off|off or on|yes or no)\s*\?\s*$|\b(ok|okay|fine|enough)\b[^?]{0,60}\?\s*$/i,
  // Only as a permission: "the withdrawal permission", "allow withdrawals"; "can I make
  // withdrawals" asks about withdrawing, which the docs do not cover.
  permissionWords: [
    [
      /\bwithdrawals?\s+(permission|access|right)s?\b|\b(allow|enable|tick|untick|disable)\s+withdrawals?\b/,
      'funds_withdraw',
    ],
    [
      /\bdeposits?\s+(permission|access|right)s?\b|\b(allow|enable|tick|untick|disable)\s+deposits\b/,
      'funds_add',
    ],
    [/\bstaking\s+(permission|access|right)s?\b/, 'funds_earn'],
  ],
  optionWords: [
    [/\bexpir(y|ies|ation|ations|aton)\b|\bnever expires?\b/, ['expiry']],
    [/\b(query )?start (date|time)s?\b|\bstartdate\b/, ['queryStart']],
    [/\b(query )?end (date|time)s?\b|\benddate\b/, ['queryEnd']],
    [/\bquery (dates?|start (or|and|\/) end|date range|range)\b/, ['queryStart', 'queryEnd']],
  ],
  keyFaultCue: EN_KEY_FAULT,
  toolSubjectCue:
    /^(do|does|did|will|would|can|could|is|should)\s+(the |this |your |a )?(key checker|checker|check api|check endpoint|live check|check on kraken|endpoint)\b/i,
  worksCue: /\b(work|works|working|run|runs|trade|trades|function|functions)\b/i,
  symptomCue:
    /\b(cause|causes|caused|causing|normal|expected|errors?|denied|refused|rejected|not allowed|(fails?|failed|failing) (the|my|a)|says|said|shows|showed|complains?)\b/i,
  changeCue:
    /\b(remove|removing|delete|deleting|edit|editing|modify|recreate|re-create|regenerate|(another|new|second|existing|current|old) (api )?key)\b/i,
  offCue:
    /\b(off|disable|disabled|untick|unticked|uncheck|unchecked|without|empty|blank|skip|skipped|skipping|omit|omitted|leave (it |them )?out|not (to )?(restrict|enable|set|tick|use|turn on|whitelist|add|have)|no expir(y|ation)|never expires?)\b/i,
  problemCue:
    /\b(a problem|an issue|bad|risky|dangerous|harmful|hurt|harm|break|too (much|high|low|big|small|large))\b/i,
  choiceCue: /\b(on or off|off or on|yes or no|enabled or disabled|ticked or not)\b/i,
  aboveCue: /\b(above|over|exceeding|(more|bigger|larger|higher|greater) than)\s*$/i,
  belowCue: /\b(below|under|(less|smaller|lower|fewer) than)\s*$/i,
  openCue: /^(what|which|why|how (much|many|long|big))\b/i,
  placeCue: /^(where|when)\b/i,
  anyAddressCue:
    /(^|[^\d.])0\.0\.0\.0\/0\b|::\/0|\b(any|all|every)\s+(ips?|ip address(es)?|address(es)?)\b(?!\s+(ranges?|blocks?)\b)|\banywhere\b/i,
  broadRangeCue:
    /\b(bigger|wider|larger|broader)\b[^.?!]{0,40}\b(range|block|subnet|network)s?\b|(^|\s)\/([0-9]|1[0-9])\b|\b(my|home|office|own|local) (ips?|ip address(es)?|address(es)?)\b|\b(additional|extra|another|other) (ips?|ip address(es)?)\b/i,
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
    larger: 'a larger window',
    smaller: 'a smaller one',
    nonceHigh: (value, guide) =>
      `${value} works, but it is more than the guide's ${guide}: Kraken then accepts nonces further below the highest it has seen, which weakens its protection against replayed requests. Set ${guide}.`,
    nonceOn: (field, guide) =>
      `set ${field} to ${guide}. Without it, Kraken refuses the service's calls that arrive out of order with \`EAPI:Invalid nonce\`.`,
    labels: (labels) =>
      `${labels.map((l) => `on ${l.edition} it is **${l.label}**`).join('; ')}.`.replace(/^o/, 'O'),
    machineName: (label, name) => `**${label}** is \`${name}\` in the check API's \`permissions\`.`,
    optionsOff: (options) =>
      [
        `leave ${byUnset(options, { off: '{} off', unticked: '{} unticked', 'no-expiration': '{} at no expiration' }, 'and')}.`,
        hasQueryDate(options) &&
          "With a query start or end date, the service's queries of your order and trade history fail with `EGeneral:Invalid arguments`.",
        hasExpiry(options) && "A key that expires stops the service's trading on that date.",
      ]
        .filter(Boolean)
        .join(' '),
    ipOn: (field) =>
      `turn on ${field} and enter the trading service's IP range, copied from its Kraken connection page, so that the key works only from the service's addresses.`,
    ipOffWorks: (field) =>
      `Yes, the key works without it, but from any address, so a leaked key could be used from anywhere; the key checker warns about it. Turn on ${field} and enter the trading service's IP range.`,
    ipBroad: (field) =>
      `A range broader than the trading service's works, but the key then works from every address in it, so a leaked key could be used from any of them; the key checker warns about it. Enter only the service's IP range in ${field}.`,
    errors: {
      methodTitle: 'Method not allowed',
      method: 'Ask with `GET` (or `HEAD`).',
      unavailableTitle: 'Questions are not available',
      noClient:
        'This server could not tell which address the request came from, so it cannot apply its limits. If this keeps happening, the site is misconfigured behind its proxy.',
      noIndex: 'This server has no question index: it is built with the site (`npm run build`).',
      tooManyTitle: 'Too many questions',
      tooMany: (limit, seconds, retryAfter) =>
        `This address asked ${limit} questions in ${seconds} s. Wait ${retryAfter} s and ask again.`,
      noPageTitle: 'No such page',
      noPage: (twins) =>
        `This is not a page of this documentation. Ask on one of these:\n\n${twins}`,
      noQuestionTitle: 'No question',
      noQuestion: 'Put the question in the `ask` parameter: `?ask=<question>`.',
      notAnsweredTitle: 'Question not answered',
      tooLong: (name, length, max) =>
        `\`${name}\` is ${length} characters long; at most ${max} are answered. Shorten it and ask again.`,
      control: (name) =>
        `\`${name}\` contains control characters (such as line breaks or tabs). Write it on one line, with plain spaces, and ask again.`,
    },
  },
};

/**
 * Indonesian, as Indonesian traders write it: informal and abbreviated words, English crypto
 * terms mixed in, the yes/no question asked with "perlu", "harus", "boleh" … and a trailing
 * "ga?". Kraken's labels stay in English in the answers, as the Indonesian pages keep them.
 */
const INDONESIAN: LanguageData = {
  code: 'id',
  tokenizer: {
    language: 'indonesian',
    // Orama's Indonesian stemmer: "penarikan" and "menarik", "izinkan" and "perizinan" meet.
    stemmer: indonesianStemmer,
    // Function words, question words, modal verbs and particles (the informal ones read as
    // their standard form first): the guides' own words ("kunci", "izin", "atur") stay.
    stopWords: [
      'yang',
      'dan',
      'di',
      'ke',
      'dari',
      'untuk',
      'pada',
      'dengan',
      'atau',
      'ini',
      'itu',
      'tersebut',
      'apa',
      'apakah',
      'bagaimana',
      'mana',
      'dimana',
      'kenapa',
      'mengapa',
      'kapan',
      'siapa',
      'saya',
      'aku',
      'gue',
      'gw',
      'kita',
      'kami',
      'anda',
      'kamu',
      'adalah',
      'ialah',
      'ada',
      'bisa',
      'dapat',
      'harus',
      'perlu',
      'wajib',
      'boleh',
      'mesti',
      'usah',
      'mau',
      'ingin',
      'juga',
      'sudah',
      'sih',
      'dong',
      'deh',
      'kok',
      'ya',
      'nya',
      'tolong',
      'mohon',
      'kalau',
      'jika',
      'agar',
      'saja',
      'tidak',
      'bukan',
      'akan',
      'tuh',
      'nih',
      'kah',
      'lah',
      'pun',
      'padahal',
      'terus',
      'halo',
      'hai',
      'makasih',
      'terima',
      'kasih',
      'gan',
      'bro',
      'min',
      'sebaiknya',
      'seharusnya',
      'punya',
      // Prepositions and the words that frame a question ("dalam hal", "di mana letak").
      'oleh',
      'dalam',
      'antara',
      'hal',
      'letak',
      'tentang',
      'mengenai',
      'terhadap',
      'melalui',
      'lewat',
      'sebuah',
      'secara',
      // Chat words that join, time or colour a question ("tapi", "tadi", "bingung"): no topic
      // of it.
      'tapi',
      'tetapi',
      'tadi',
      'cuma',
      'kan',
      'aja',
      'bingung',
      'kayaknya',
      'bebas',
      // The person an assistant asks for ("user saya"): who asks, not what about.
      'user',
      'pengguna',
      // English words of a question asked half in English ("do I need …").
      'i',
      'do',
      'does',
      'is',
      'the',
      'need',
      'should',
      'my',
    ],
  },
  informal: {
    brp: 'berapa',
    lg: 'lagi',
    dr: 'dari',
    sdh: 'sudah',
    ato: 'atau',
    kl: 'kalau',
    klo: 'kalau',
    sy: 'saya',
    bkn: 'bukan',
    trs: 'terus',
    hrs: 'harus',
    blm: 'belum',
    sblm: 'sebelum',
    krn: 'karena',
    tp: 'tapi',
    jg: 'juga',
    bs: 'bisa',
    gmn: 'bagaimana',
    gimana: 'bagaimana',
    dmn: 'dimana',
    yg: 'yang',
    dgn: 'dengan',
    utk: 'untuk',
    kalo: 'kalau',
    udah: 'sudah',
    udh: 'sudah',
    aja: 'saja',
    ga: 'tidak',
    gak: 'tidak',
    gk: 'tidak',
    nggak: 'tidak',
    ngga: 'tidak',
    enggak: 'tidak',
    engga: 'tidak',
    tdk: 'tidak',
    bener: 'benar',
    aktifin: 'aktifkan',
    nyalain: 'aktifkan',
    matiin: 'matikan',
    bikin: 'buat',
    pake: 'pakai',
    dipake: 'dipakai',
    masukin: 'masukkan',
    nyimpen: 'simpan',
    nyimpan: 'simpan',
    disimpen: 'disimpan',
    benerin: 'perbaiki',
    solusinya: 'perbaikan',
    solusi: 'perbaikan',
    ngecek: 'periksa',
    cek: 'periksa',
    dicek: 'diperiksa',
    nunggu: 'tunggu',
    bedanya: 'beda',
    pas: 'saat',
    // Jakarta's nasal verbs and "ke-" forms, read as the docs write them.
    ngirim: 'mengirim',
    skrg: 'sekarang',
    kecepetan: 'lebih cepat',
    dua2nya: 'keduanya',
    duanya: 'keduanya',
    dikirimin: 'dikirim',
    pencet: 'klik',
    dipencet: 'diklik',
    kebaca: 'terbaca',
    ketuker: 'tertukar',
    kebalik: 'tertukar',
    dinyalain: 'diaktifkan',
    nyalakan: 'aktifkan',
    js: 'JavaScript',
  },
  // Indonesian words do not change for tense: the stemmer's affixes are all there is.
  baseForms: {},
  // Jakarta's "-in" is the written "-kan" or "-i" ("masukin", "benerin", "isiin").
  informalEndings: [
    ['in', 'kan'],
    ['in', 'i'],
  ],
  clitics: ['nya', 'lah', 'kah'],
  phrases: [
    // JavaScript turned off is what the docs call "tanpa JavaScript".
    [
      /\b(?:javascript|js) (?:mati|dimatikan|nonaktif|off)\b|\btanpa (?:js|javascript)\b/giu,
      'tanpa JavaScript',
    ],
    // "Habis login": after logging in, as the guides' first step says it ("Masuk").
    [/\bhabis login\b/giu, 'setelah masuk'],
    [/\bhabis (?=masuk|bikin|buat|generate)/giu, 'setelah '],
  ],
  synonyms: [
    ['private key', 'api secret', 'secret key', 'kunci privat', 'kunci rahasia'],
    // What the docs call plain Kraken, users call its app.
    ['kraken biasa', 'app kraken', 'aplikasi kraken', 'app kraken biasa', 'aplikasi kraken biasa'],
    ['api key', 'public key', 'kunci api', 'kunci publik'],
    [
      'ip whitelisting',
      'ip whitelist',
      'whitelist ip',
      'pembatasan ip',
      'pembatasan alamat ip',
      'ip address restriction',
      'ip restriction',
      'allowlist',
      'ip allowlist',
      'ip range',
      'rentang ip',
      'alamat ip',
    ],
    ['nonce window', 'custom nonce window', 'jendela nonce'],
    ['buat kunci', 'create api key', 'add key', 'kunci baru', 'buat api key'],
    ['izin', 'permission', 'permissions', 'perms', 'hak akses'],
    ['penarikan', 'withdraw', 'withdrawal', 'tarik dana'],
    ['lockout', 'terkunci', 'temporary lockout'],
    ['daftar', 'mendaftar', 'buat akun', 'membuat akun', 'akun baru', 'sign up', 'register'],
    ['beralih', 'pindah', 'switch'],
    ['rate limit', 'batas panggilan', 'too many requests', 'rate limit exceeded'],
    ['pemeriksa kunci', 'key checker', 'checker'],
    ['pemeriksaan di kraken', 'live check', 'periksa kunci langsung', 'langsung ke kraken'],
    ['bot', 'program', 'trading bot', 'layanan trading'],
    ['panggilan', 'call', 'request', 'permintaan'],
    ['centang', 'mencentang', 'dicentang', 'aktifkan', 'diaktifkan', 'tick', 'enable'],
    ['sama dengan', 'berarti', 'mengacu pada', 'artinya'],
    ['simpan', 'disimpan', 'dikirim', 'kirim'],
    ['tautan', 'link'],
    ['dana', 'saldo'],
    ['biaya', 'fee', 'fees', 'komisi'],
    // Kraken Classic's IP list takes one entry per row (baris): each row is a box of its own.
    ['kolom', 'field', 'box', 'kotak', 'baris'],
  ],
  wordVariants: { permissions: 'permission' },
  genericWords: [
    'kraken',
    'kunci',
    'key',
    'keys',
    'api',
    'panduan',
    'langkah',
    'halaman',
    'layanan',
    'trading',
  ],
  actionWords: [
    'atur',
    'aktif',
    'aktifkan',
    'buat',
    'pakai',
    'masuk',
    'masukkan',
    'isi',
    'diisi',
    'klik',
    'buka',
    'cari',
    'lihat',
    'cara',
    'caranya',
    'arti',
    'benar',
    'tahu',
    'muncul',
    'kena',
    'dapat',
    'beri',
  ],
  weakWords: [
    // Giving ("dikasih nama"): setting it, as "beri" is. ("Kasih" alone is a stop word.)
    'dikasih',
    'belum',
    'sudah',
    // When, as "before" and "after" are in English.
    'setelah',
    'sesudah',
    'sebelum',
    'nanti',
    'kadang',
    'selalu',
    'biasanya',
    'mungkin',
    'pokoknya',
    'pas',
    'sembarang',
    'sesuatu',
    'apapun',
    'semuanya',
    'banget',
    'sekali',
    'aja',
    'doang',
    'aman',
    'lupa',
    'tersedia',
    // Asking for a comparison: what is compared is the question.
    'beda',
    'berbeda',
    'perbedaan',
    'bandingkan',
  ],
  valueWords: ['berapa', 'lama', 'banyak', 'besar', 'panjang', 'maksimal', 'maks', 'sering'],
  valueCues: [
    { kind: 'error', pattern: /\b(error|pesan|kode)\s+(apa|mana)\b|\bapa yang terjadi\b/i },
    {
      kind: 'reason',
      pattern: new RegExp(
        `${/\b(kenapa|mengapa|buat apa|untuk apa|fungsi(nya)?|artinya|maksudnya)\b/i.source}|${ID_KEY_FAULT.source}`,
        'i',
      ),
    },
    {
      kind: 'format',
      pattern:
        /\b(koma|per (baris|kolom)|satu[- ](per[- ])?satu|satu (kolom|baris|box)|baris baru|(di)?pisah(kan)?|terpisah|sekaligus|(banyak|beberapa|dua|tiga|empat|\d+) (ip|alamat|range|rentang|entri))\b/i,
    },
    {
      kind: 'source',
      pattern: /\bdari\s*mana\b|\b(dapat|dapet|ambil|cari|nyari)\b.*\bdi\s*mana\b/i,
    },
    { kind: 'number', pattern: /\bberapa\b|\bpanjang(nya)?\b|\bberapa lama\b/i },
    {
      kind: 'label',
      pattern:
        /\b(izin|permissions?|opsi|kolom|tombol|pengaturan|centang)\s+(apa|mana)\b|\b(apa|mana)\s+saja\b|\bdimana\b/i,
    },
  ],
  valuePatterns: {
    ...ENGLISH.valuePatterns,
    reason: /\b(artinya|berarti|karena|agar|supaya|sehingga|tanpa|menolak|bisa|penyebab)\b/i,
    source: /\bdari (sana|situ|halaman|layanan)\b|\bditampilkan di\b/i,
    format:
      /\bper baris\b|\bdipisahkan koma\b|\bbarisnya sendiri\b|\bsatu kolom\b|\bseluruh daftar\b|\bbukan daftar\b/i,
  },
  apiCue:
    /\b(api\/|endpoint|json|http|kode status|status codes?|skema|schema|curl|post|request body|nama field|field names?|response|respons|array|header|[45]\d\d|check api)\b/i,
  answerWords: /\b(response|respons|json|http|array)\b/gi,
  fieldWords: ['field', 'kolom', 'properti', 'atribut'],
  errorWords: ['error', 'galat', 'kesalahan'],
  numberWords: [
    'nol',
    'satu',
    'dua',
    'tiga',
    'empat',
    'lima',
    'enam',
    'tujuh',
    'delapan',
    'sembilan',
    'sepuluh',
    'sebelas',
    'dua belas',
  ],
  howCue:
    /\b(bagaimana|gimana|gmn)\s+(cara|perbaiki|memperbaiki|mengatasi|atasi)(nya)?\b|^cara\b|\bcaranya\b/i,
  instruction:
    /^(perbaikan|solusi):|^(\d+\.\s*)?(silakan\s+|mohon\s+)?(\*\*[^*]{1,40}\*\*\s*|[A-Z][\w ]{0,30}:\s+)?((atau|lalu|kemudian|dan|juga)\s+|(jika|kalau|bila|saat|setelah|sebelum|untuk|dengan|tanpa|di)\b[^,:]{0,120}[,:]\s*)?(aktifkan|atur|beralih|biarkan|buat|buka|centang|cek|coba|ganti|gunakan|hapus|hentikan|hubungi|hubungkan|isi|jangan|ketik|klik|lihat|masuk|masukkan|minta|nyalakan|pastikan|periksa|perbaiki|pergi|pilih|salin|sambungkan|tambahkan|tempel|tempelkan|tunggu|ubah|beri|berikan|edit|tulis)\b/i,
  requirement: /\b(harus|wajib|perlu)\b|\bsatu-satunya cara\b/i,
  symptom: /^\*\*Yang Anda lihat:\*\*/,
  cause: /^\*\*Penyebab:\*\*/,
  pointsBack: /^(ini|itu|hal ini|hal itu|mereka)\b/i,
  nameCue: /\b(disebut|namanya|label(nya)?|sama dengan|sama kayak|sama seperti)\b/i,
  labelCue: /\b(disebut|namanya|label(nya)?)\b/i,
  machineNameCue: /\bnama (mesin|internal|api|json|kode)(nya)?\b|\bmachine[ -]?names?\b/i,
  verdictCue:
    /\b(perlu|harus|wajib|boleh|apakah|usah|mesti|benar|masalah|bermasalah|bahaya|berbahaya|jalan|berjalan|berfungsi|gapapa|gpp|apa-apa|oke|ok|aman)\b|\btidak\s*\??$/i,
  // "Penarikan" (withdrawal) is as often the withdrawal itself as the permission: only Kraken's
  // labels name one.
  permissionWords: [],
  optionWords: [
    [
      /(?<!\b(sudah|udah|dah|telah) )\b(kedaluwarsa|kadaluarsa|kadaluwarsa)\b|\bexpir(y|ation|aton)\b/,
      ['expiry'],
    ],
    [/\b(query )?start (date|time)\b|\btanggal mulai\b/, ['queryStart']],
    [/\b(query )?end (date|time)\b|\btanggal (akhir|selesai)\b/, ['queryEnd']],
    [/\b(tanggal query|query dates?|query date range)\b/, ['queryStart', 'queryEnd']],
  ],
  keyFaultCue: ID_KEY_FAULT,
  toolSubjectCue:
    /^(apakah\s+)?(pemeriksa kunci|pemeriksa|pemeriksaan langsung|check api|endpoint)\b/i,
  worksCue: /\b(jalan|berjalan|bekerja|berfungsi|trading)\b/i,
  symptomCue:
    /\b(penyebab|menyebabkan|bikin error|normal|wajar|error|ditolak|menolak|gagal|muncul|bilang|katanya)\b/i,
  changeCue:
    /\b(hapus|dihapus|menghapus|edit|diedit|mengedit|ubah|diubah|mengubah|buat ulang|(key|kunci) (baru|lama|yang sudah ada))\b/i,
  offCue:
    /\b(nonaktif|nonaktifkan|dinonaktifkan|matikan|dimatikan|tanpa|off|kosong|kosongkan|dikosongkan|kosongin|dikosongin|skip|lewati|dilewati|lewatkan|dilewatkan|(gak|ga|nggak|ngga|tidak|tak) usah)\b/i,
  problemCue:
    /\b(masalah|bermasalah|bahaya|berbahaya|kebesaran|kegedean|kekecilan|terlalu (besar|tinggi|kecil|rendah))\b/i,
  choiceCue: /\b(on atau off|off atau on|aktif atau tidak|nyala atau mati|ya atau tidak)\b/i,
  aboveCue: /\b(di atas|melebihi|lebih( besar| tinggi| banyak)? (dari|daripada))\s*$/i,
  belowCue: /\b(di bawah|kurang (dari|daripada)|lebih (kecil|rendah|sedikit) (dari|daripada))\s*$/i,
  openCue: /\b(berapa|apa saja|yang mana|kenapa|mengapa)\b/i,
  placeCue: /\b(di ?mana|dmn|dari mana|bagaimana|gimana|gmn|kapan)\b/i,
  anyAddressCue:
    /(^|[^\d.])0\.0\.0\.0\/0\b|::\/0|\b(semua|sembarang)\s+(ip|alamat)\b(?!\s+(range|rentang|blok)\b)|\bdari mana saja\b/i,
  broadRangeCue:
    /\b(rentang|range|blok|subnet)\b[^.?!]{0,40}\blebih (luas|besar|lebar)\b|(^|\s)\/([0-9]|1[0-9])\b|\b(ip|alamat)( ip)? (rumah|kantor|saya|sendiri|laptop|komputer|lain|tambahan)\b/i,
  phrasing: {
    answerHeading: 'Jawaban',
    excerptsHeading: 'Kutipan',
    sourcesHeading: 'Sumber',
    declined: 'Dokumentasi tidak menjawab ini. Halaman-halaman ini yang paling dekat:',
    see: (link, pageTitle) => `Lihat ${link} (${pageTitle}).`,
    yes: 'Ya',
    no: 'Tidak',
    permissionOn: (label) =>
      `aktifkan **${label}**. Layanan membutuhkannya, bersama izin lain pada langkah ini, dan tidak dapat melakukan trading tanpanya.`,
    // The profile's danger is in English: the Indonesian answer says what the pages say.
    permissionForbidden: (label) =>
      `biarkan **${label}** nonaktif. Layanan tidak membutuhkannya, dan kunci yang memilikinya membahayakan dana Anda jika suatu saat bocor.`,
    permissionExtra: (label) =>
      `biarkan **${label}** nonaktif. Layanan tidak membutuhkannya: aktifkan tepat izin yang disebut langkah ini.`,
    nonceRight: (value) => `${value} adalah nonce window yang diminta panduan.`,
    nonceWrong: (value, guide) => `atur nonce window ke ${guide}, bukan ${value}.`,
    larger: 'nilai yang lebih besar',
    smaller: 'nilai yang lebih kecil',
    nonceHigh: (value, guide) =>
      `${value} bisa dipakai, tetapi lebih besar dari ${guide} di panduan: Kraken lalu menerima nonce yang lebih jauh di bawah nonce tertinggi yang pernah dilihatnya, sehingga perlindungannya terhadap permintaan yang diulang melemah. Atur ${guide}.`,
    nonceOn: (field, guide) =>
      `atur ${field} ke ${guide}. Tanpanya, Kraken menolak panggilan layanan yang tiba tidak berurutan dengan \`EAPI:Invalid nonce\`.`,
    labels: (labels) =>
      `${labels.map((l) => `di ${l.edition} namanya **${l.label}**`).join('; ')}.`.replace(
        /^d/,
        'D',
      ),
    machineName: (label, name) => `**${label}** ditulis \`${name}\` di \`permissions\` check API.`,
    optionsOff: (options) =>
      [
        `biarkan ${byUnset(options, { off: '{} nonaktif', unticked: '{} tidak dicentang', 'no-expiration': '{} tetap tanpa kedaluwarsa (no expiration)' }, 'dan')}.`,
        hasQueryDate(options) &&
          'Dengan query start date atau query end date, kueri layanan atas riwayat order dan trade Anda gagal dengan `EGeneral:Invalid arguments`.',
        hasExpiry(options) &&
          'Kunci yang kedaluwarsa membuat layanan berhenti trading pada tanggal itu.',
      ]
        .filter(Boolean)
        .join(' '),
    ipOn: (field) =>
      `aktifkan ${field} dan masukkan rentang IP layanan trading, disalin dari halaman penghubungan Kraken-nya, agar kunci hanya bekerja dari alamat layanan.`,
    ipOffWorks: (field) =>
      `Ya, kunci tetap berfungsi tanpanya, tetapi dari alamat mana pun, sehingga kunci yang bocor dapat dipakai dari mana saja; pemeriksa kunci memperingatkannya. Aktifkan ${field} dan masukkan rentang IP layanan trading.`,
    ipBroad: (field) =>
      `Rentang yang lebih luas dari rentang layanan trading tetap berfungsi, tetapi kunci lalu bekerja dari setiap alamat di dalamnya, sehingga kunci yang bocor dapat dipakai dari alamat mana pun di sana; pemeriksa kunci memperingatkannya. Masukkan hanya rentang IP layanan di ${field}.`,
    errors: {
      methodTitle: 'Metode tidak diizinkan',
      method: 'Bertanyalah dengan `GET` (atau `HEAD`).',
      unavailableTitle: 'Pertanyaan tidak tersedia',
      noClient:
        'Server ini tidak dapat mengetahui dari alamat mana permintaan datang, jadi tidak dapat menerapkan batasnya. Jika ini terus terjadi, konfigurasi situs di belakang proxy-nya salah.',
      noIndex:
        'Server ini tidak memiliki indeks pertanyaan: indeks itu dibuat bersama situs (`npm run build`).',
      tooManyTitle: 'Terlalu banyak pertanyaan',
      tooMany: (limit, seconds, retryAfter) =>
        `Alamat ini mengajukan ${limit} pertanyaan dalam ${seconds} detik. Tunggu ${retryAfter} detik, lalu bertanya lagi.`,
      noPageTitle: 'Halaman tidak ada',
      noPage: (twins) =>
        `Ini bukan halaman dokumentasi ini. Bertanyalah di salah satu halaman berikut:\n\n${twins}`,
      noQuestionTitle: 'Tidak ada pertanyaan',
      noQuestion: 'Tulis pertanyaan di parameter `ask`: `?ask=<pertanyaan>`.',
      notAnsweredTitle: 'Pertanyaan tidak dijawab',
      tooLong: (name, length, max) =>
        `\`${name}\` panjangnya ${length} karakter; paling banyak ${max} yang dijawab. Persingkat, lalu bertanya lagi.`,
      control: (name) =>
        `\`${name}\` berisi karakter kontrol (seperti baris baru atau tab). Tulis dalam satu baris, dengan spasi biasa, lalu bertanya lagi.`,
    },
  },
};

export const LANGUAGES: Readonly<Record<LanguageCode, LanguageData>> = {
  en: ENGLISH,
  id: INDONESIAN,
};
export const DEFAULT_LANGUAGE: LanguageCode = 'en';
