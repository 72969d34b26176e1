/**
 * The ranking configuration: every weight the engine uses, typed, with its default and why.
 * `ask()` takes a partial override, so the question-set tests can vary one weight and see what
 * it does to the three sets' rates; the server uses the defaults.
 */
export interface RankingConfig {
  /** Below this weighted share of the question found in the best section, the docs do not answer. */
  minCoverage: number;
  /** Below this share of the question held together in one place of the section, no answer. */
  minSupport: number;
  /**
   * A question naming n > 5 things needs that coverage and that support times (5 / n) to
   * this power: 0 keeps one bar for all.
   */
  longQuestion: number;
  /** How many of the first sections are tried for that support. */
  supportCandidates: number;
  /**
   * Among those, how much the support counts beside the score: 0 keeps the score's order,
   * 1 ranks by score times support.
   */
  supportWeight: number;
  /** The same, for a question about the API: the reference's long sections mention much. */
  apiSupportWeight: number;
  /**
   * ...and the share of the question a section holds counts to this power: a section whose
   * heading matches one word ("Response") but which lacks the rarest word asked ("Cache-Control")
   * yields to one that holds them all. 0 leaves it to the score alone.
   */
  coverageOrder: number;
  /** From this share on, an answer is shown on its own (the search dialog's box). */
  confidentCoverage: number;
  /** What the goal is about counts this much of its weight beside the question's own words. */
  goalWeight: number;
  /**
   * In a section's score (not in whether it answers), a concept held only by another of its
   * names than the question's counts this much.
   */
  otherName: number;
  /** A vocabulary concept (synonym group, permission, error string) weighs this much... */
  conceptWeight: number;
  /** ...an error string pasted into the question this much... */
  errorWeight: number;
  /** ...a word of the docs 1, a word every page uses this much... */
  genericWeight: number;
  /** ...a verb saying what to do with a thing this much... */
  actionWeight: number;
  /**
   * ...and a word the docs never use this much: it is the strongest sign that the docs do not
   * cover the question ("fees", "Binance", "2FA").
   */
  unknownWeight: number;
  /** How BM25, coverage, the heading's coverage and an exact error string add up in a section's score. */
  bm25: number;
  coverage: number;
  headingCoverage: number;
  /** Each: the error string in the section, and in its heading. */
  exactError: number;
  /** The fuzzy (one typo) search's BM25 counts this much beside the exact one. */
  fuzzy: number;
  /** Orama's field boosts. */
  boost: { heading: number; page: number };
  /**
   * Reference pages (the API) count this much unless the question is about the API; when it
   * is, the other pages count this much.
   */
  referenceFactor: number;
  /**
   * A page's text before its first heading sums up what its sections say in detail: it counts
   * this much, so that the section that says it wins a tie.
   */
  pageLead: number;
  /**
   * A question naming one form (Pro, Classic), or else a goal naming one: the other form's
   * guide counts this much (a question naming both is about neither alone).
   */
  otherForm: number;
  /** Paths of the reference pages (English; under its code in another language). */
  referencePaths: readonly string[];
  /**
   * Sentence scoring: an error string (or a field the question names, written as code), the
   * kind of value asked for, a list asked for as such.
   */
  unitError: number;
  unitValue: number;
  unitList: number;
  /** A sentence naming one thing by two of its names (what the form calls what the service does). */
  unitNames: number;
  /**
   * A concept in k of a section's sentences counts 1/k^unitSpread in each: what one sentence
   * says and the others do not tells them apart (0: every mention counts alike).
   */
  unitSpread: number;
  /** Asked how many or how long, a number of the thing asked about ("33 minutes") gains this much. */
  unitQuantity: number;
  /** Handed an error, a sentence that names only other errors loses this much. */
  unitOtherError: number;
  /** A link card points elsewhere: it loses this much. */
  unitLinkCard: number;
  /** The heading as a sentence, only when the body has nothing better. */
  unitHeading: number;
  /**
   * A sentence that opens with a name of what the question asks about and says what it is
   * ("Method: `POST` only") gains this much...
   */
  unitDefinition: number;
  /**
   * ...and among the sections that say the question, one that defines it so counts this much
   * more than a long one that only mentions it.
   */
  definition: number;
  /**
   * A figure's caption says in short what the step's prose says in full: the prose wins ties
   * and near ties.
   */
  unitCaption: number;
  /** A section's first sentence says what to do: it wins ties and near ties. */
  unitLead: number;
  /**
   * Asked how (or handed an error alone), a sentence that opens with what to do gains this much
   * (not one that only says what must be: "a nonce must be larger" is a cause).
   */
  unitInstruction: number;
  /**
   * A sentence that says what the reader sees loses this much, unless the question asks what
   * the message is: the asker has seen it.
   */
  unitSymptom: number;
  /**
   * A short answer takes the next sentences of its paragraph (three at most) while it is
   * shorter than this many characters: a sentence alone often leans on the next one. (At
   * 250 and 0.1 below, half the answers are under 250 characters and nine in ten under 510;
   * 200 and 0.2 made them 10 % shorter and left the asked value out of 3 % more of them.)
   */
  answerChars: number;
  /**
   * The answer takes one more sentence of its section when that sentence says at least this
   * weighted share of the question that the best ones leave unsaid (and the whole stays within
   * four times `answerChars`).
   */
  answerComplement: number;
  maxExcerpts: number;
  minExcerpts: number;
  passageChars: number;
}

export const DEFAULT_RANKING: Readonly<RankingConfig> = Object.freeze({
  minCoverage: 0.58,
  minSupport: 0.57,
  longQuestion: 0.75,
  supportCandidates: 5,
  supportWeight: 0.5,
  apiSupportWeight: 0.7,
  coverageOrder: 0.5,
  confidentCoverage: 0.8,
  goalWeight: 0.8,
  otherName: 0.9,
  conceptWeight: 1.3,
  errorWeight: 3,
  genericWeight: 0.25,
  actionWeight: 0.5,
  unknownWeight: 1.5,
  bm25: 0.3,
  coverage: 0.55,
  headingCoverage: 0.3,
  exactError: 0.3,
  fuzzy: 0.5,
  boost: { heading: 2, page: 1.5 },
  referenceFactor: 0.5,
  pageLead: 0.85,
  otherForm: 0.4,
  referencePaths: ['/reference/'],
  unitError: 2,
  unitValue: 1.5,
  unitList: 2,
  unitNames: 0.5,
  unitSpread: 0.25,
  unitOtherError: 1,
  unitQuantity: 1,
  unitLinkCard: 1,
  unitHeading: 0.5,
  unitDefinition: 0.5,
  definition: 0.2,
  unitCaption: 0.4,
  unitLead: 0.3,
  unitInstruction: 0.5,
  unitSymptom: 1,
  answerChars: 250,
  answerComplement: 0.1,
  maxExcerpts: 5,
  minExcerpts: 3,
  passageChars: 320,
});

export function rankingConfig(overrides: Partial<RankingConfig> = {}): RankingConfig {
  return { ...DEFAULT_RANKING, ...overrides };
}
