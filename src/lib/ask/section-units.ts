/**
 * A section's answerable units as the engine reads them, worked out once per section and kept
 * in the index's cache: each unit's words, whether it says what to do, its words without the
 * permissions' labels, and the name it opens with and goes on to define.
 */
import { prepared, words, type Words } from './prepared';
import type { AskIndex } from './search-index';
import { figureFocus, plainText } from './sections';
import { units, type Unit } from './units';
import { PERMISSION_LABELS } from './vocabulary';

export interface SectionUnits {
  all: (Unit & {
    words: Words;
    /** Says what to do or what is required (the language's instruction or requirement). */
    instruction: boolean;
    /** Opens with what to do (the language's instruction pattern). */
    imperative: boolean;
    /** Says what the reader sees (the language's symptom pattern). */
    symptom: boolean;
    /** Its words but those of the permissions' labels it names. */
    unlabelled: Words;
    /** Its own words: a table row's without its column headings. */
    bare: Words;
    /**
     * What it defines, when it opens with a short name of it: a table row's first cell, a list
     * item's "Method:", "A warning is …" (no words when it does not).
     */
    head: Words;
    /** The words it gives a number of ("33 minutes", "seven permissions"). */
    counted: Words[];
  })[];
  heading: Words;
  /** The words of its code examples: they show how, as an instruction says it. */
  code: Words;
  /** The words of what its figures mark (`figureFocus`). */
  focus: Words;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The permissions' labels: a label of several words as written, a one-word one in bold. */
const LABELS = new RegExp(
  PERMISSION_LABELS.map((l) =>
    l.includes(' ') ? escapeRegExp(l) : `\\*\\*${escapeRegExp(l)}\\*\\*`,
  ).join('|'),
  'gi',
);
const withoutLabels = (markdown: string) => markdown.replace(LABELS, ' ');

/**
 * Where a definition's name ends: a colon, a semicolon, a dash, or the verb that defines (in
 * English and Indonesian).
 */
const HEAD_END = /:|;| — | (is|are|means|adalah|berarti|artinya) /;

/** The name a unit opens with and goes on to define, or '' (a sentence that only names it). */
function headOf(index: AskIndex, markdown: string): Words {
  const end = HEAD_END.exec(markdown);
  // A link card names the page it points to, not a thing it defines.
  const head = end && !markdown.startsWith('[') ? plainText(markdown.slice(0, end.index)) : '';
  const w = words(index, head.length <= 40 ? head : '');
  // A name is a few words; more are the start of a sentence about something else (before a
  // verb, "Its refusals (the error body below) are worded …", sooner than before a colon).
  return w.seq.length <= (end && end[1] ? 2 : 4) ? w : words(index, '');
}

/**
 * A number and the word after it ("33 minutes", "seven permissions"). Numbers in words count
 * from three: "one" and "two" are more often words of a sentence.
 */
function countPattern(index: AskIndex): RegExp {
  const numbers = ['\\d[\\d,.]*', ...index.language.numberWords.slice(3)].join('|');
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${numbers})\\s+([\\p{L}-]+)`, 'giu');
}

/** A section's units (the heading first, as a sentence) and its heading's words. */
export function unitsOf(index: AskIndex, id: number): SectionUnits {
  const p = prepared(index);
  let u = p.units.get(id);
  if (!u) {
    const section = index.sections[id]!;
    const all = units(section.markdown);
    const counting = countPattern(index);
    // A step's heading is often its instruction ("Do not configure any other options").
    if (section.anchor) all.unshift({ markdown: `${section.heading}.`, block: 0 });
    u = {
      all: all.map((unit) => {
        const own = (markdown: string) =>
          words(
            index,
            plainText(
              [unit.columns, unit.title, markdown].filter((t) => t !== undefined).join(' '),
            ),
          );
        const all = own(unit.markdown);
        // An error string's colon ("EGeneral:Internal error") is not where a clause ends.
        const plain = plainText(unit.markdown).replace(/\b(E[A-Z][A-Za-z]*):(?=\S)/g, '$1 ');
        const imperative = index.language.instruction.test(plain);
        return {
          ...unit,
          words: all,
          bare: unit.columns === undefined ? all : words(index, plainText(unit.markdown)),
          instruction: imperative || index.language.requirement.test(plain),
          imperative,
          symptom: index.language.symptom.test(unit.markdown),
          unlabelled: own(withoutLabels(unit.markdown)),
          head: headOf(index, unit.markdown),
          counted: [...unit.markdown.matchAll(counting)].map((m) => words(index, m[1]!)),
        };
      }),
      // A heading that is an error string says the section is about an error.
      heading: words(
        index,
        index.language.valuePatterns.error.test(section.heading)
          ? `${section.heading} ${index.language.errorWords.join(' ')}`
          : section.heading,
      ),
      code: words(
        index,
        [...section.markdown.matchAll(/^\s*(```|~~~)[^\n]*\n([\s\S]*?)^\s*\1/gm)]
          .map((m) => m[2])
          .join('\n'),
      ),
      focus: words(index, figureFocus(section.markdown)),
    };
    p.units.set(id, u);
  }
  return u;
}
