/**
 * Which one to three sentences of the answer's section answer the question: the best scored
 * one, the sentences of its paragraph it leans on, and a sentence that says what the question
 * asks and these leave unsaid.
 */
import type { RankingConfig } from './config';
import { holds } from './prepared';
import { isError, type Concept, type Query } from './query';
import { scoredUnits } from './score';
import type { AskIndex } from './search-index';
import { unitsOf, type SectionUnits } from './section-units';

/** The best one to three sentences of section `id` for the question. */
export function extract(
  index: AskIndex,
  query: Query,
  config: RankingConfig,
  id: number,
  about?: string,
): { text: string; score: number } {
  const { all } = unitsOf(index, id);
  if (all.length === 0) return { text: '', score: 0 };
  const scored = scoredUnits(index, query, config, id);
  // About one permission (a verdict's), the sentences that name it in bold come first, and of
  // those the ones about it alone (fewest other labels beside it).
  const labelsIn = (markdown: string) => markdown.match(/\*\*[^*]+\*\*/g)?.length ?? 0;
  const namingAll = about
    ? scored.filter((s) => s.u.block !== 0 && s.u.markdown.includes(`**${about}**`))
    : [];
  const fewest = Math.min(...namingAll.map((s) => labelsIn(s.u.markdown)));
  const naming = namingAll.filter((s) => labelsIn(s.u.markdown) === fewest);
  const best = (naming.length > 0 ? naming : scored).reduce((a, b) => (b.score > a.score ? b : a));
  const picked = [best.u];
  // A sentence that points back ("It says nothing about your key") takes the one it leans on,
  // unless that one points back too: two sentences leaning on a third say less than one.
  const before = all[best.i - 1];
  if (
    before &&
    before.block === best.u.block &&
    pointsBack(index, best.u) &&
    !pointsBack(index, before)
  )
    picked.unshift(before);
  // After a verdict, the one sentence that says why (and one that goes on from it, "It …"):
  // the verdict said the rest.
  if (about) {
    const after = all[best.i + 1];
    if (after && after.block === best.u.block && pointsBack(index, after)) picked.push(after);
    return finish(picked, best.score);
  }
  // Asked what the heading says ("what does the checker check" under "What is checked"), no
  // sentence says more than another: the section's list says it, item by item.
  if (best.u.item && best.score <= config.unitLead) {
    for (let k = best.i + 1; k < all.length && all[k]!.item; k++) {
      if (length([...picked, all[k]!]) > 2 * config.answerChars) break;
      picked.push(all[k]!);
    }
    return finish(picked, best.score);
  }
  // A heading alone says little: its first sentence follows.
  if (best.u.block === 0 && all[1]) picked.push(all[1]);
  // A short sentence takes its neighbours in the same paragraph, up to three sentences.
  for (let k = best.i + 1; k < all.length && picked.length < 3; k++) {
    const next = all[k]!;
    if (best.u.block === 0 || next.block !== best.u.block || length(picked) > config.answerChars)
      break;
    picked.push(next);
  }
  // Handed an error alone, what it means comes before what to do about it: the entry's cause,
  // and after its cause (when that won, on words of a log line: "private/Balance"), its fix.
  const cause = all.find((u) => index.language.cause.test(u.markdown));
  const errorAlone =
    query.concepts.some((c) => isError(c, config)) && query.wants === null && !query.how;
  if (cause && errorAlone && !picked.includes(cause) && best.u.instruction) {
    picked.unshift(cause);
  }
  if (cause && errorAlone && best.u === cause && !picked.some((u) => u.instruction)) {
    const fix = all.slice(best.i + 1).find((u) => u.instruction);
    if (fix) picked.push(fix);
  }
  // Not past four times the short answer's length: a long addition would bury the answer.
  const more = complement(index, query, config, scored, picked);
  if (more && picked.length < 3 && length([...picked, more]) <= 4 * config.answerChars)
    picked.push(more);
  return finish(picked, best.score);
}

type Unit = SectionUnits['all'][number];

/** Opens by pointing back ("It says …"): it leans on the sentence before it. */
const pointsBack = (index: AskIndex, u: Unit) => index.language.pointsBack.test(u.markdown);

/** The sentences' length as one text. */
const length = (units: readonly Unit[]) => units.map((u) => u.markdown).join(' ').length;

/** The sentences as one text, each ending with its stop. */
function finish(picked: Unit[], score: number): { text: string; score: number } {
  // A list item ends without a stop; the next sentence starts a new one. So does a sentence
  // whose colon introduced a figure ("Enter `2000000` (2 million):"): the figure is not here.
  const ended = (u: Unit, k: number) => {
    if (k === picked.length - 1) return u.markdown;
    if (u.markdown.endsWith(':') && !u.list) return `${u.markdown.slice(0, -1)}.`;
    return /[.!?:)]$/.test(u.markdown) ? u.markdown : `${u.markdown}.`;
  };
  let text = picked.map(ended).join(' ').replace(/:$/, '.');
  if (!/[.!?)]$/.test(text)) text += '.';
  return { text, score };
}

type ScoredUnit = ReturnType<typeof scoredUnits>[number];

/**
 * A question often asks two things ("what does it mean and how do I fix it", "which box, and
 * how are the addresses separated"): where the best sentences leave a good part of it unsaid
 * (its words, the kind of value it asks for, or what to do when asked how) and another
 * sentence of the section says that part, the answer takes that sentence too.
 */
function complement(
  index: AskIndex,
  query: Query,
  config: RankingConfig,
  scored: ScoredUnit[],
  picked: Unit[],
): Unit | undefined {
  const content = query.concepts.filter((c) => !c.generic);
  const total = content.reduce((sum, c) => sum + c.weight * c.rarity, 0);
  const said = (c: Concept) => picked.some((u) => c.names.some((n) => holds(u.words, n)));
  const unsaid = content.filter((c) => !said(c));
  // Not a label: its pattern (anything in bold, two capitalised words) is in most sentences of
  // a step, so it cannot tell whether the answer names the label asked for.
  const kind =
    query.wants && query.wants !== 'label' ? index.language.valuePatterns[query.wants] : null;
  const wantsValue = kind !== null && !picked.some((u) => kind.test(u.markdown));
  const wantsHow = query.how && !picked.some((u) => u.imperative);
  let best: ScoredUnit | undefined;
  let bestGain = 0;
  for (const s of scored) {
    // What the asker sees already adds nothing, unless the question asks what the message is.
    if (s.u.block === 0 || picked.includes(s.u) || s.score <= 0) continue;
    if (s.u.symptom && query.wants !== 'error') continue;
    // A sentence that points back ("It also happens …") says nothing without the one before.
    const before = scored[s.i - 1];
    if (pointsBack(index, s.u) && !(before && picked.includes(before.u))) continue;
    const words =
      total === 0
        ? 0
        : unsaid
            .filter((c) => c.names.some((n) => holds(s.u.words, n)))
            .reduce((sum, c) => sum + c.weight * c.rarity, 0) / total;
    // The kind of value asked for, or what to do when asked how, is as much as the whole
    // question: without it the answer does not answer.
    const gain =
      words +
      (wantsValue && kind!.test(s.u.markdown) ? 1 : 0) +
      (wantsHow && s.u.imperative ? 1 : 0);
    if (gain > bestGain || (gain === bestGain && best && s.score > best.score)) {
      best = s;
      bestGain = gain;
    }
  }
  return bestGain >= config.answerComplement ? best?.u : undefined;
}
