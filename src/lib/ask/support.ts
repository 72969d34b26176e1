/**
 * How much of a question one place of a section holds together (support): a section can hold
 * every word of a question in sentences about different things; an answer says them together.
 * Pure: the index, the query and the section in, a share out.
 */
import { holds, words, type Words } from './prepared';
import type { Query } from './query';
import type { AskIndex } from './search-index';
import { writesCode } from './score';
import { unitsOf } from './section-units';

const join = (...parts: Words[]): Words => {
  const seq = parts.flatMap((p) => p.seq);
  if (parts.every((p) => p.parts === undefined)) return { seq, set: new Set(seq) };
  const split = parts.flatMap((p) => p.parts ?? p.seq);
  return { seq, set: new Set([...seq, ...split]), parts: split };
};

/**
 * How much of the question one place of a section holds together: its heading and page title
 * with one sentence and the next. A section can hold every word of a question in different
 * sentences about different things ("delete that key", "your account"); an answer says them
 * together. (The share is `coverage`'s, worked out per part: what each part holds is found
 * once, and a place holds what any of its parts does.)
 */
export function support(index: AskIndex, query: Query, id: number, reference = false): number {
  const section = index.sections[id]!;
  const { all, heading, code, focus } = unitsOf(index, id);
  // What the section's figures mark shows what the step is about, as its heading says it.
  const context = join(heading, words(index, section.pageTitle), focus);
  const raw = (i: number) =>
    `${section.heading} ${all[i]?.markdown ?? ''} ${all[i + 1]?.markdown ?? ''}`.toLowerCase();
  // Asked how many or how long, a place without a number does not answer ("how long does a
  // withdrawal take" is not answered by a sentence that names withdrawals).
  const pattern = query.wants === 'number' ? index.language.valuePatterns.number : null;
  const answers = (text: string) => pattern === null || pattern.test(text);
  // Asked how to do something, only a sentence that says what to do answers, and a
  // permission's label in it names a box, not what to do ("leave Add withdrawal addresses
  // off" does not say how to add one), unless the question names the permission itself.
  const labelled = query.concepts.some((c) => c.label);
  const generic = query.concepts.filter((c) => !c.generic);
  const content = generic.length > 0 ? generic : query.concepts;
  const weights = content.map((c) => c.weight * c.rarity);
  const total = weights.reduce((a, b) => a + b, 0) + query.errors.length + query.codes.length;
  if (total === 0) return 0;
  const heldIn = (text: Words) => content.map((c) => c.names.some((name) => holds(text, name)));
  const none = content.map(() => false);
  const share = (parts: boolean[][], rawText: string) => {
    let found = 0;
    for (let k = 0; k < content.length; k++) if (parts.some((p) => p[k])) found += weights[k]!;
    for (const e of query.errors) if (rawText.includes(e.toLowerCase())) found += 1;
    for (const code of query.codes) if (writesCode(rawText, code)) found += 1;
    return found / total;
  };
  const inContext = heldIn(context);
  // Column headings are every row's: they say what a row is, not that it answers. But a row
  // whose first cell is what the question names says what that is: "the section field" is
  // the row `section` under "Field".
  // And asked for a value, the column headings of a row that holds some of the question
  // name the kinds of value it gives ("which status and code when the body is too large" is
  // the Status and Code of the row about a body too large).
  const keyed = (u: (typeof all)[number]) => {
    const bare = heldIn(u.bare);
    if (query.wants !== null && u.columns !== undefined && bare.some(Boolean))
      return heldIn(u.words);
    return u.keyColumn && content.some((c) => c.names.some((n) => holds(u.head, n)))
      ? heldIn(join(u.bare, words(index, u.keyColumn)))
      : bare;
  };
  // (The reference says how to use the API by what it does: "`Accept-Language: id` answers
  // in Bahasa Indonesia" is how to get Indonesian, whether the question names the API or not.)
  const how = query.how && !query.aboutApi && !reference;
  const own = all.map((u) =>
    how ? (u.instruction ? heldIn(labelled ? u.words : u.unlabelled) : none) : keyed(u),
  );
  const headingRaw = section.heading.toLowerCase();
  let best = answers(section.heading) ? share([inContext], headingRaw) : 0;
  if (query.how && code.seq.length > 0) {
    best = Math.max(best, share([inContext, heldIn(code)], headingRaw));
  }
  // Asked how, the sentence before an instruction says when it applies ("There are two causes:
  // …", then "**Fix:** …"): with the instruction, it is one place, where the instruction holds
  // something of the question itself.
  const situation = (i: number) =>
    query.how && all[i + 1]?.instruction && own[i + 1]!.some(Boolean) ? keyed(all[i]!) : own[i]!;
  for (let i = 0; i < all.length; i++) {
    if (!answers(raw(i))) continue;
    best = Math.max(best, share([inContext, situation(i), own[i + 1] ?? none], raw(i)));
  }
  return best;
}
