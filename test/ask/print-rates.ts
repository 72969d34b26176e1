/**
 * Prints every question set's rates on the built index (test/ask/sets.ts lists them):
 * `node_modules/.bin/jiti test/ask/print-rates.ts` (build first). `--dev-misses` adds the misses
 * of the sets tuned on (development, Indonesian, probes); `--misses` adds every set's, held-out
 * and out-of-scope included, for reviewing, not tuning.
 */
import { ask } from '../../src/lib/ask/answer';
import { declineLine, declineRate, line, rates } from './evaluate';
import { builtIndexes } from './indexes';
import { ANSWERABLE_SETS, DECLINE_SETS } from './sets';

const indexes = builtIndexes();
const askerIn = (language: keyof typeof indexes) => (q: string, goal?: string) =>
  ask(indexes[language], q, goal ?? '');
const verbose = process.argv.includes('--misses');
// Only the sets tuned on: what to look at while tuning, without seeing the held-out misses.
const devOnly = process.argv.includes('--dev-misses');
const lines: string[] = [];
for (const set of ANSWERABLE_SETS) {
  const r = await rates(indexes[set.language], askerIn(set.language), set.questions);
  const kind = set.targets ? '' : set.tunedOn ? ' (tuned on)' : ' (never tuned on)';
  lines.push(line(`${set.name}${kind}`, r));
  if (!verbose && !(devOnly && set.tunedOn)) continue;
  for (const [kind, misses] of Object.entries(r.misses)) {
    for (const m of misses) console.log(`${set.name} ${kind}: ${m.ask} → ${m.got}`);
  }
}
for (const set of DECLINE_SETS) {
  const out = await declineRate(askerIn(set.language), set.questions);
  lines.push(declineLine(set.name, out.declined));
  if (verbose)
    for (const m of out.answered) console.log(`${set.name} answered: ${m.ask} → ${m.got}`);
}
console.log(lines.join('\n'));
