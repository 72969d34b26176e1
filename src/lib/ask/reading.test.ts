import { beforeAll, describe, expect, it } from 'vitest';
import { rankingConfig } from './config';
import { fixtureIndex, indexOf, section } from './fixture';
import { tokenize } from './prepared';
import { analyse } from './query';
import type { AskIndex } from './search-index';
import { EDITIONS } from '../profile/kraken';
import { LANGUAGES, PERMISSION_LABELS } from './vocabulary';

/** The fixture's English index, built once for every test that reads it. */
let index: AskIndex;
beforeAll(async () => {
  index = await fixtureIndex();
});

describe('analyse: an error remembered by its message, without its category', () => {
  const errorConcepts = (question: string) => {
    const config = rankingConfig();
    return analyse(index, question, config).concepts.filter((c) => c.weight === config.errorWeight);
  };

  it.each([
    ['I keep getting invalid nonce', 1],
    // The service's message by its first three words, in the plural users remember.
    ['the bot says not enough permissions', 1],
    // Quoted whole: the exact error, once, plural and all.
    ['what does EAPI:Invalid nonce mean', 1],
    ['buying one coin gives EAccount:Invalid permissions', 1],
    // The words, but not as the message says them.
    ['is my nonce invalid', 0],
    ['not enough', 0],
  ])('%j → %i error concept(s)', (question, count) => {
    expect(errorConcepts(question)).toHaveLength(count);
  });
});

describe('tokenize: a possessive is its word', () => {
  it.each([
    ["the service's range", ['servic', 'rang']],
    ['the service’s range', ['servic', 'rang']],
    ["Kraken's errors", ['kraken', 'error']],
    // An apostrophe inside a word is the word's own.
    ["don't", []],
  ])('%j → %j', (text, tokens) => {
    expect(tokenize(index, text)).toEqual(tokens);
  });
});

describe('analyse: the kind of value a question asks for', () => {
  it.each([
    ['What triggers this lockout?', 'reason'],
    ['what causes EAPI:Invalid nonce', 'reason'],
    ['how come every call is denied', 'reason'],
    ['how many permissions do I tick', 'number'],
    ['what happens if the nonce is low', 'error'],
    ['which permissions do I tick', 'label'],
    ['where is the Add key button', null],
  ])('%j → %s', (question, kind) => {
    expect(analyse(index, question, rankingConfig()).wants).toBe(kind);
  });
});

describe('analyse: the question in the words the docs would use', () => {
  const config = rankingConfig();
  const read = (question: string) => analyse(index, question, config);
  const weightOf = (question: string, token: string) =>
    read(question).concepts.find((c) => c.names[0]![0]!.token === token);
  it.each([
    // An irregular form the docs lack is its base form...
    ['the service gave me a range', 'the service give me a range'],
    ['kraken pro took my key', 'kraken pro take my key'],
    // ...but one the docs write stays as written.
    ['which nonce kraken saw last', 'which nonce kraken saw last'],
    // "Keep" before another verb goes on doing it; before a thing, it stores it.
    ['can i just keep retrying', 'can i just retrying'],
    ['bot keeps failing on every call', 'bot failing on every call'],
    ['the bot kept failing', 'the bot failing'],
    ['i restarted it over and over', 'i restarted it again'],
    // Why it is asked says nothing of the setting; "shld" is "should".
    ['shld i set an expiry for safety?', 'should i set an expiry ?'],
    ['key expiration just to be safe', 'key expiration '],
    // Who it is asked for says nothing of it either; a form body is a media type.
    ["I'm helping a user whose script gets 415", ' script gets 415'],
    ['calling it on behalf of my user', 'calling it '],
    ['where do i keep the private key', 'where do i keep the private key'],
    // Chat abbreviations, and asides that say nothing of the question.
    ['what chars can it have', 'what characters can it have'],
    ['idk which one is the secret', ' which one is the secret'],
    ['it fails bc the key is wrong', 'it fails because the key is wrong'],
    ['wat does the /24 mean', 'what does the /24 mean'],
    ['add key btn classic', 'add key button classic'],
    ['api key kraken pro wher', 'api key kraken pro where'],
    ['wich permisions', 'which permissions'],
    // "At a time" is how many per go.
    ['classic lets me add 1 ip at a time', 'classic lets me add 1 ip '],
    // Naming it, not a call to Kraken; JavaScript off as the docs say it.
    ['what do i call it', 'what do i name it'],
    ['does it work with javascript turned off', 'does it work without JavaScript'],
    ['checker with js off?', 'checker without JavaScript?'],
    ['does the key checker work w/o javascript', 'does the key checker work without JavaScript'],
    ['a key w/o the ip restriction', 'a key without the ip restriction'],
    // A method the check API does not take, in its reference's words.
    ['what does a GET request to it return', 'what does a any method but POST to it return'],
    ['does it take PUT?', 'does it take any method but POST?'],
    // A media type it does not take, in its reference's words; JSON stays as written.
    ['does it take text/plain?', 'does it take Content Type anything but application/json?'],
    ['is application/json ok', 'is application/json ok'],
    ['will it take form-encoded', 'will it take Content Type anything but application/json'],
    // What a checker does, as the docs say it.
    ['what does the checker look at', 'what does the checker check'],
    ['does it verify the ip list', 'does it check the ip list'],
  ])('%j reads as %j', (question, text) => {
    expect(read(question).text).toBe(text);
  });

  it.each([
    // Who asks, and where on the screen: how it is asked, not what about.
    ['in the meantime can the trader check it', 'meantim', config.actionWeight],
    ['the button near the bottom of the form', 'bottom', config.actionWeight],
    ['under which menu are the keys', 'menu', config.actionWeight],
    ['classic api page is empty', 'empti', config.actionWeight],
    // An everyday word weighs like a verb, whether or not the docs use it.
    ['which ones exactly', 'exactli', config.actionWeight],
    // "One" is a pronoun more often than a count.
    ['the long one goes in which field', 'on', config.genericWeight],
    // "Goes" is a verb of where, whichever form the docs use.
    ['which one goes where', 'go', config.actionWeight],
    // "First" says when, not what ("do i need an account first").
    ['do i need an account first', 'first', config.actionWeight],
    // "Only" weighs how much, not what.
    ['classic only lets me add one', 'onli', config.actionWeight],
    // When it happens is how it is asked.
    ['should i cut it before pasting', 'befor', config.actionWeight],
    // Forgetting something is not setting it: what is forgotten is the question.
    ['what if i forget the window', 'forget', config.actionWeight],
    // How many of them: a vague amount.
    ['can i use the same key for both of my bots', 'both', config.actionWeight],
    // Saying something is missing: what is missing is the question.
    ['no nonce window field on the form', 'no', config.actionWeight],
    // How something looks, or is treated, is how it is asked.
    ['mine looks shorter than the other one', 'look', config.actionWeight],
    ['screens dont look like my kraken', 'like', config.actionWeight],
    ['does the check api treat it as a failure', 'treat', config.actionWeight],
    // Asked to compare, what is compared is the question.
    ["what's the difference between the two", 'differ', config.actionWeight],
    // A word of the topic the docs lack stays the strongest sign they do not cover it.
    ['what are the trading fees', 'fee', config.unknownWeight],
  ])('%j: %s weighs %d', (question, token, weight) => {
    expect(weightOf(question, token)).toMatchObject({
      weight,
      generic: weight < 1,
    });
  });

  it.each([['mine looks shorter than the other one', 'mine']])(
    '%j: the pronoun %j is no concept',
    (question, word) => {
      const tokens = read(question).concepts.flatMap((c) => c.names.flat().map((t) => t.token));
      expect(tokens).not.toContain(word);
    },
  );
});

describe('weakWords: none is a word of a name', () => {
  // Kraken's labels (permissions, the forms' fields), each of whose words a user may write
  // alone ("custom window"), and the vocabulary's one-word names for things: an everyday word
  // that stems like one of them would weaken the name. (A longer name of the vocabulary is
  // matched as a phrase, whatever its words weigh alone.)
  it.each(Object.values(LANGUAGES).map((l) => [l.code, l] as const))('%s', (_code, language) => {
    const stem = (w: string) => language.tokenizer.stemmer?.(w.toLowerCase()) ?? w.toLowerCase();
    const named = new Set(
      [
        ...PERMISSION_LABELS,
        ...Object.values(EDITIONS).flatMap((e) => [e.nonceField, e.ipField]),
        ...language.synonyms.flat().filter((name) => !name.includes(' ')),
      ]
        .flatMap((name) => name.replace(/[“”"]/g, '').split(/\s+/))
        .map(stem),
    );
    const clashes = language.weakWords.filter((w) => named.has(stem(w)));
    expect(clashes).toEqual([]);
  });
});

describe('analyse: words joined by a hyphen', () => {
  let reference: AskIndex;
  beforeAll(async () => {
    reference = await indexOf([
      section(
        '/reference/check-api/',
        'Check API',
        'Errors',
        'errors',
        'The nonce window is checked as `nonce-window`. A body with a private key answers `private-key-sent`. The probes are read-only.',
      ),
    ]);
  });
  it.each([
    // The docs join them only in a code, and write the words apart in prose: the words.
    ['nonce-window value', 'nonce window value'],
    // The docs join them in prose, or only in a code of three words: as written.
    ['are the probes read-only', 'are the probes read-only'],
    ['what is private-key-sent', 'what is private-key-sent'],
    // Written as code by the question: as written.
    ['what is `nonce-window`', 'what is `nonce-window`'],
    // Joined where the docs never join them: the words.
    ['ip-whitelist on classic', 'ip whitelist on classic'],
  ])('%j reads as %j', (question, text) => {
    expect(analyse(reference, question, rankingConfig()).text).toBe(text);
  });
});

describe('analyse: one thing, in the words users have for it', () => {
  const namesOf = (question: string) =>
    analyse(index, question, rankingConfig()).concepts.map((c) =>
      c.names.map((n) => n.map((t) => t.token).join(' ')),
    );
  it.each([
    // The docs say not to share a key; users ask about using the same one.
    ['can two bots use the same key', 'share'],
    ['any example of a good name', 'such as'],
    ['can i keep retrying', 'try again'],
    ['the checker says the range is too wide', 'wider'],
    ['i sent my private key to a server by accident', 'by mistake'],
    ['check results in bahasa indonesia', 'indonesian'],
    ['every order gets rejected', 'denied'],
    ['a plain text version for an llm', 'markdown'],
    // A one-word name in another of its forms.
    ['what is returned for a bad body', 'answer'],
    // What the docs call plain Kraken, users call its app.
    ['can i create the key in the regular app', 'plain kraken'],
    ['the kraken app only shows a notice', 'plain kraken'],
  ])('%j is also searched as %j', (question, name) => {
    const stemmed = tokenizeName(index, name);
    expect(namesOf(question).some((names) => names.includes(stemmed))).toBe(true);
  });
  it('a verb that says what to do is not a name in another form: "mean" is not "means"', () => {
    expect(namesOf('what does it mean').some((names) => names.includes('same'))).toBe(false);
  });
});

const tokenizeName = (index: AskIndex, name: string) => tokenize(index, name).join(' ');

describe('analyse: what to put in a field asks what to do', () => {
  it.each([
    ['pro key name what do i put', true],
    ['what should I enter in the nonce window field', true],
    ['the service says not enough permission. what do I tick?', true],
    ['how do I add the IP range', true],
    // What it is, or what it does, is not what to do.
    ['what is the key name for', false],
    ['what do I get back from the check api', false],
  ])('%j asks how: %s', (question, how) => {
    expect(analyse(index, question, rankingConfig()).how).toBe(how);
  });
});

describe('the number asked for: a step number points elsewhere, a digit in a name is none', () => {
  it.each([
    ['The private key is 88 characters long.', true],
    ['It lets calls arrive up to about 33 minutes out of order.', true],
    ['Eight read-only probes, one per permission.', true],
    ['If you restricted the key in step 7, expect this.', false],
    ['Seperti di langkah 7, periksa kuncinya.', false],
    // A digit inside a name (IPv4, base64, utf-8) counts nothing.
    ['IPv4 or IPv6 addresses and CIDR blocks.', false],
    ['A `charset=utf-8` parameter is allowed.', false],
    ['More than 256 addresses or ranges.', true],
    ['A prefix shorter than /16.', true],
  ])('%j holds a number: %s', (sentence, number) => {
    expect(index.language.valuePatterns.number.test(sentence)).toBe(number);
  });
});
