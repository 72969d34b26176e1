/**
 * How much of a question a text holds (coverage), and how well each sentence of a section
 * answers it (its units' scores, which `extract` picks from). Pure functions of the index, the
 * query and the configuration.
 */
import type { RankingConfig } from './config';
import { holds, rarity, words, type Words } from './prepared';
import { unitsOf, type SectionUnits } from './section-units';
import { isError, type Concept, type Query } from './query';
import type { AskIndex } from './search-index';
import { ERROR_STRINGS } from './vocabulary';

/**
 * The weighted share of the question's concepts a text holds: each weighs what it says
 * (config) times how rare it is, so that "each" or "set" missing matters less than "fees".
 * `all`: the words every page uses count too (a heading that says "on Kraken" says more).
 */
export function coverage(
  query: Query,
  text: Words,
  raw: string,
  all = false,
  otherName = 1,
): number {
  let total = 0;
  let found = 0;
  // What the question is about is its content: "how do I set up" is the same question
  // whether a section says "set up" or not. Words every page uses count only when the
  // question has nothing else.
  const content = query.concepts.filter((c) => !c.generic);
  for (const c of content.length > 0 && !all ? content : query.concepts) {
    const weight = c.weight * c.rarity;
    total += weight;
    const held = c.names.findIndex((name) => holds(text, name));
    // Another name for what the question says counts a little less than its own words.
    if (held >= 0) found += weight * (c.asked !== undefined && held >= c.asked ? otherName : 1);
  }
  for (const e of query.errors) {
    if (raw.includes(e.toLowerCase())) found += 1;
    total += 1;
  }
  // So does a field of the API named as one (`about.key`), wherever the text writes it as code.
  for (const code of query.codes) {
    if (writesCode(raw, code)) found += 1;
    total += 1;
  }
  return total === 0 ? 0 : found / total;
}

/**
 * The text (lower case) writes the field as code: whole, or by its last part (`key` of
 * `about.key`), alone or ending a path (`about.stop` for `stop`).
 */
export function writesCode(raw: string, code: string): boolean {
  const last = code.split('.').at(-1)!;
  return raw.includes(`\`${code}\``) || raw.includes(`\`${last}\``) || raw.includes(`.${last}\``);
}

/**
 * The unit gives a number of something the question names ("33 minutes", "seven
 * permissions", also under a heading that names permissions).
 */
function counts(query: Query, counted: readonly Words[]): boolean {
  return query.concepts.some(
    (c) => !c.generic && counted.some((ws) => c.names.some((n) => n.length === 1 && holds(ws, n))),
  );
}

/** The text holds something of the question beyond words every page uses. */
export function meaningful(query: Query, text: Words): boolean {
  return query.concepts.some((c) => !c.generic && c.names.some((name) => holds(text, name)));
}

/** Code spans and the commas between them, and little else: a list of names. */
function namesOnly(markdown: string): boolean {
  const spans = markdown.match(/`[^`]+`/g) ?? [];
  const rest = markdown.replace(/`[^`]+`/g, '').replace(/[\s,.;:]|\band\b|\bor\b/g, '');
  return spans.length > 2 && rest.length < markdown.length / 10;
}

function unitScore(
  index: AskIndex,
  query: Query,
  config: RankingConfig,
  unit: SectionUnits['all'][number],
  context: Concept[],
  contextErrors: string[],
  spread: Map<Concept, number>,
): number {
  let score = 0;
  for (const c of query.concepts) {
    if (context.includes(c)) continue;
    const named = c.names.filter((n) => holds(unit.words, n));
    const name = named[0];
    // What one sentence of the section says and the others do not tells them apart: a word
    // the whole section repeats weighs less here than one only this sentence has.
    if (name) {
      score +=
        (c.weight * Math.max(...name.map((t) => rarity(index, t.token)))) /
        (spread.get(c) ?? 1) ** config.unitSpread;
    }
    // Two names of one thing in one sentence say what it is called where ("the Private key
    // refers to the API Secret field").
    if (named.length > 1 && !named.every((n) => named[0]!.every((t, i) => n[i] === t))) {
      score += config.unitNames;
    }
  }
  // A link card points elsewhere: the page it points to answers better.
  if (/^\[[^\]]+\]\([^)]+\):/.test(unit.markdown)) score -= config.unitLinkCard;
  const lower = unit.markdown.toLowerCase();
  for (const e of query.errors) {
    if (!contextErrors.includes(e) && lower.includes(e.toLowerCase())) score += config.unitError;
  }
  // A field the question names, written as code in the sentence ("`fallback` (why the probes
  // ran)"), is what the sentence is about.
  // Named in a bare list of names (every check's id), it is only listed there, not explained.
  if (query.codes.some((code) => writesCode(lower, code)) && !namesOnly(unit.markdown)) {
    score += config.unitError;
  }
  // Handed an error, a sentence about another one answers something else; one that names
  // another only in a link or an aside ("see Not enough permission …", "(also reported as …)")
  // still answers this one.
  const said = lower.replace(/\[[^\]]*\]\([^)]*\)|\([^)]*\)/g, ' ');
  if (
    query.errors.length > 0 &&
    !query.errors.some((e) => lower.includes(e.toLowerCase())) &&
    ERROR_STRINGS.some((e) => said.includes(e.toLowerCase()))
  ) {
    score -= config.unitOtherError;
  }
  if (query.wants && index.language.valuePatterns[query.wants].test(unit.markdown)) {
    score += config.unitValue;
  }
  // Asked how many or how long in something ("in minutes"), a number of that thing answers
  // ("about 33 minutes"), not a number of another.
  if (query.wants === 'number' && counts(query, unit.counted)) {
    score += config.unitQuantity;
  }
  // Asked which boxes or options: a list of them answers better than a sentence naming one.
  if (query.wants === 'label' && unit.list) score += config.unitList;
  return score;
}

/**
 * The concepts of the question a unit defines (opens with a name of, then says what it is),
 * but those the section's heading or page already names: "Method: `POST` only" defines the
 * method; a row that lists `warn` among an error's outcomes only mentions it.
 */
export function defines(unit: SectionUnits['all'][number], query: Query, context: Words): boolean {
  return query.concepts.some(
    (c) =>
      !c.generic &&
      c.names.some((n) => holds(unit.head, n)) &&
      !c.names.some((n) => holds(context, n)),
  );
}

/**
 * A section defines something the question asks about in one of its units, with the kind of
 * value asked for (a row that defines `ipAllowlist` does not say how many it holds).
 */
export function definesIn(index: AskIndex, query: Query, id: number): boolean {
  const section = index.sections[id]!;
  const { all } = unitsOf(index, id);
  const context = words(index, `${section.pageTitle} ${section.heading}`);
  // A definition is itself the reason asked for; a number, a label or an error is a value.
  const kind =
    query.wants && query.wants !== 'reason' ? index.language.valuePatterns[query.wants] : null;
  return all.some(
    (u) => u.block !== 0 && defines(u, query, context) && (kind === null || kind.test(u.markdown)),
  );
}

/** Each unit of section `id` with its score for the question, in the section's order. */
export function scoredUnits(
  index: AskIndex,
  query: Query,
  config: RankingConfig,
  id: number,
): { u: SectionUnits['all'][number]; i: number; score: number }[] {
  const section = index.sections[id]!;
  const { all, heading } = unitsOf(index, id);
  // What the heading names is the context of every sentence below it: the sentences are
  // judged on the rest of the question (and on holding the value asked for).
  const title = words(index, section.pageTitle);
  const inHeading = section.anchor
    ? query.concepts.filter((c) => c.names.some((n) => holds(heading, n) || holds(title, n)))
    : [];
  const headingErrors = query.errors.filter((e) =>
    section.heading.toLowerCase().includes(e.toLowerCase()),
  );
  const lead = all.findIndex((u) => u.block !== 0);
  // Handed an error alone (nothing else asked, nor about the API) that the section names, under whatever
  // heading ("**What you see:** …"): the section is about it, and the error is the context of
  // its sentences like a heading's words, so that what to do answers, not what is seen.
  const named = query.errors.filter((e) =>
    all.some((u) => u.markdown.toLowerCase().includes(e.toLowerCase())),
  );
  // An error remembered by its message ("too many requests") names it as well as a pasted one.
  const remembered =
    query.errors.length === 0 &&
    query.concepts.some(
      (c) => isError(c, config) && all.some((u) => c.names.some((n) => holds(u.words, n))),
    );
  const aboutAnError = !query.aboutApi && (named.length > 0 || remembered);
  const errorAlone = query.wants === null && !query.how && aboutAnError;
  // Asked what it means ("is my key broken?") too, the section is about the error: what it says
  // of it answers, not the sentence that shows it.
  const errorSubject = errorAlone || (query.wants === 'reason' && aboutAnError);
  const errorContext = [...inHeading, ...query.concepts.filter((c) => isError(c, config))];
  const errorsNamed = [...new Set([...headingErrors, ...named])];
  // An instruction that names the error still says what to do about it in particular, and so
  // does a table row keyed by it (what the page says to do is in its cells).
  const contextOf = (u: SectionUnits['all'][number]) =>
    errorSubject && !u.instruction && u.columns === undefined
      ? { context: errorContext, errors: errorsNamed }
      : { context: inHeading, errors: headingErrors };
  // Asked how, or handed an error the section is about with nothing else asked: what to do
  // answers ("**Fix:** …"), not what is seen.
  const aboutError =
    errorAlone || headingErrors.length > 0 || inHeading.some((c) => isError(c, config));
  const wantsFix = query.how || (aboutError && query.wants === null);
  const definedIn = words(index, `${section.pageTitle} ${section.heading}`);
  // In how many of the body's sentences each concept is.
  const spread = new Map(
    query.concepts.map((c) => [
      c,
      Math.max(
        1,
        all.filter((u) => u.block !== 0 && c.names.some((n) => holds(u.words, n))).length,
      ),
    ]),
  );
  return all.map((u, i) => {
    const { context, errors } = contextOf(u);
    return {
      u,
      i,
      score:
        unitScore(index, query, config, u, context, errors, spread) -
        // The heading only when the body has nothing better; the first sentence wins near ties.
        (u.block === 0 ? config.unitHeading : 0) +
        (i === lead ? config.unitLead : 0) +
        (u.block !== 0 && defines(u, query, definedIn) ? config.unitDefinition : 0) +
        (wantsFix && u.imperative && u.block !== 0 ? config.unitInstruction : 0) -
        // What the asker sees already answers only what the message is.
        (u.symptom && query.wants !== 'error' ? config.unitSymptom : 0) -
        (u.caption ? config.unitCaption : 0),
    };
  });
}
