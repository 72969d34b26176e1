/**
 * Every question set, in one table: which index it asks, whether it was tuned on, the issue's
 * targets where it has them and the floors the server tests hold it to. The server tests, the
 * rates printout and the benchmark all read this table, so that a new set is one row.
 *
 * A floor is what the engine reaches (measured, not a target) where a target is not met yet,
 * or the target where it is: no change may make a set worse. Raise a floor when the engine
 * gets there; never lower a target.
 */
import type { LanguageCode } from '../../src/lib/ask/vocabulary';
import type { Question } from './questions';
import { QUESTIONS } from './questions';
import { HELDOUT } from './questions-heldout';
import { HELDOUT_2 } from './questions-heldout-2';
import { QUESTIONS_ID } from './questions-id';
import { OUT_OF_SCOPE_ID } from './questions-id-out-of-scope';
import { PROBES_ID } from './questions-id-probe';
import { PROBES_ID_2 } from './questions-id-probe-2';
import { OUT_OF_SCOPE, type OutOfScope } from './questions-out-of-scope';
import { PROBES } from './questions-probe';
import { PROBES_2 } from './questions-probe-2';
import { PROBES_3 } from './questions-probe-3';
import { PROBES_4 } from './questions-probe-4';
import { PROBES_5 } from './questions-probe-5';
import { PROBES_6 } from './questions-probe-6';

export interface Rates {
  first: number;
  top3: number;
  value: number;
}

export interface AnswerableSet {
  /** The set's key in the benchmark's figures. */
  key: string;
  /** As the printouts name it. */
  name: string;
  language: LanguageCode;
  questions: readonly Question[];
  /** Tuned on (development material), or a measure never tuned on (its misses not read). */
  tunedOn: boolean;
  /** The targets, where it sets them. */
  targets?: Partial<Rates>;
  floors: Rates;
  /** What the benchmark prints beside the rates: the targets, or the rates on arrival. */
  note: string;
}

export interface DeclineSet {
  key: string;
  name: string;
  language: LanguageCode;
  questions: readonly OutOfScope[];
  /** The share to decline: the target, held as the floor. */
  target: number;
}

/** The targets for the development set, which the Indonesian set is held to too. */
const DEVELOPMENT = { first: 0.8, top3: 0.95 };

export const ANSWERABLE_SETS: readonly AnswerableSet[] = [
  {
    key: 'dev',
    name: 'development set',
    language: 'en',
    questions: QUESTIONS,
    tunedOn: true,
    targets: DEVELOPMENT,
    floors: { ...DEVELOPMENT, value: 0.84 },
    note: 'targets: first ≥ 80 %, top-3 ≥ 95 %',
  },
  {
    key: 'heldout',
    name: 'held-out set',
    language: 'en',
    questions: HELDOUT,
    tunedOn: false,
    targets: { first: 0.9, top3: 0.95, value: 0.9 },
    floors: { first: 0.9, top3: 0.95, value: 0.9 },
    note: 'targets: first ≥ 90 %, top-3 ≥ 95 %, value ≥ 90 %',
  },
  {
    // Written fresh later and never tuned on: how far the engine generalises. Its floor is
    // what it measured when written, as a guard.
    key: 'heldout2',
    name: 'second held-out set',
    language: 'en',
    questions: HELDOUT_2,
    tunedOn: false,
    floors: { first: 0.75, top3: 0.88, value: 0.5 },
    note: 'never tuned on, no target; 75 / 88 / 51 % when written',
  },
  {
    // Asked of the Indonesian index, held to the development set's targets.
    key: 'indonesian',
    name: 'Indonesian set',
    language: 'id',
    questions: QUESTIONS_ID,
    tunedOn: true,
    targets: { ...DEVELOPMENT, value: 0.8 },
    floors: { first: 0.9, top3: 0.95, value: 0.95 },
    note: 'targets: first ≥ 80 %, top-3 ≥ 95 %',
  },
  // The probe sets: written fresh by others who saw no question set and no engine code, then
  // tuned on like the development set. No target; no regression.
  {
    key: 'probes',
    name: 'probe sets',
    language: 'en',
    questions: PROBES,
    tunedOn: true,
    floors: { first: 0.9, top3: 0.95, value: 0.82 },
    note: 'tuned on, no target',
  },
  {
    key: 'probes2',
    name: 'second probe sets',
    language: 'en',
    questions: PROBES_2,
    tunedOn: true,
    floors: { first: 0.85, top3: 0.9, value: 0.7 },
    note: 'tuned on, no target; 76 / 88 / 53 % before tuning',
  },
  {
    key: 'probes3',
    name: 'third probe sets',
    language: 'en',
    questions: PROBES_3,
    tunedOn: true,
    floors: { first: 0.82, top3: 0.91, value: 0.72 },
    note: 'tuned on, no target; 71 / 85 / 58 % before tuning',
  },
  {
    key: 'probes4',
    name: 'fourth probe sets',
    language: 'en',
    questions: PROBES_4,
    tunedOn: true,
    floors: { first: 0.84, top3: 0.9, value: 0.75 },
    note: 'tuned on, no target; 79 / 86 / 70 % before tuning',
  },
  {
    key: 'probes5',
    name: 'fifth probe sets',
    language: 'en',
    questions: PROBES_5,
    tunedOn: true,
    floors: { first: 0.82, top3: 0.91, value: 0.68 },
    note: 'tuned on, no target; 71 / 81 / 56 % and 73 / 82 / 58 % before tuning',
  },
  {
    key: 'probes6',
    name: 'sixth probe sets',
    language: 'en',
    questions: PROBES_6,
    tunedOn: true,
    floors: { first: 0.75, top3: 0.84, value: 0.65 },
    note: 'tuned on, no target; 73 / 84 / 71 % and 69 / 82 / 49 % before tuning',
  },
  {
    key: 'probesId',
    name: 'Indonesian probe set',
    language: 'id',
    questions: PROBES_ID,
    tunedOn: true,
    floors: { first: 0.76, top3: 0.88, value: 0.6 },
    note: 'tuned on, no target',
  },
  {
    key: 'probesId2',
    name: 'second Indonesian probe set',
    language: 'id',
    questions: PROBES_ID_2,
    tunedOn: true,
    floors: { first: 0.7, top3: 0.84, value: 0.51 },
    note: 'tuned on, no target; 64 / 74 / 43 % before tuning',
  },
];

export const DECLINE_SETS: readonly DeclineSet[] = [
  {
    key: 'outOfScope',
    name: 'out-of-scope set',
    language: 'en',
    questions: OUT_OF_SCOPE,
    target: 0.95,
  },
  {
    key: 'indonesianOutOfScope',
    name: 'Indonesian out-of-scope set',
    language: 'id',
    questions: OUT_OF_SCOPE_ID,
    target: 0.95,
  },
];

/** A set by its key: the tests that single one out. */
export function answerable(key: string): AnswerableSet {
  const set = ANSWERABLE_SETS.find((s) => s.key === key);
  if (!set) throw new Error(`no question set ${key}`);
  return set;
}

export function declining(key: string): DeclineSet {
  const set = DECLINE_SETS.find((s) => s.key === key);
  if (!set) throw new Error(`no question set ${key}`);
  return set;
}
