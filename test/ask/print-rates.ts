/**
 * Prints the question sets' rates on the built index (and the probe sets', tuned on like the
 * development set):
 * `node_modules/.bin/jiti test/ask/print-rates.ts` (build first). `--dev-misses` adds the misses
 * of the sets tuned on (development, Indonesian, probes); `--misses` adds every set's, held-out
 * and out-of-scope included, for reviewing, not tuning.
 */
import { ask } from '../../src/lib/ask/answer';
import { declineRate, line, rates, ratesLines, setLine } from './evaluate';
import { builtIndexes } from './indexes';
import { QUESTIONS } from './questions';
import { HELDOUT } from './questions-heldout';
import { HELDOUT_2 } from './questions-heldout-2';
import { QUESTIONS_ID } from './questions-id';
import { OUT_OF_SCOPE_ID } from './questions-id-out-of-scope';
import { OUT_OF_SCOPE } from './questions-out-of-scope';
import { PROBES } from './questions-probe';
import { PROBES_2 } from './questions-probe-2';
import { PROBES_3 } from './questions-probe-3';
import { PROBES_4 } from './questions-probe-4';
import { PROBES_5 } from './questions-probe-5';
import { PROBES_ID } from './questions-id-probe';
import { PROBES_ID_2 } from './questions-id-probe-2';

const { en: index, id: indexId } = builtIndexes();
const asker = (q: string, goal?: string) => ask(index, q, goal);
const askerId = (q: string, goal?: string) => ask(indexId, q, goal);
const dev = await rates(index, asker, QUESTIONS);
const heldout = await rates(index, asker, HELDOUT);
const heldout2 = await rates(index, asker, HELDOUT_2);
const out = await declineRate(asker, OUT_OF_SCOPE);
const indonesian = await rates(indexId, askerId, QUESTIONS_ID);
const outId = await declineRate(askerId, OUT_OF_SCOPE_ID);
const probes = await rates(index, asker, PROBES);
const probes2 = await rates(index, asker, PROBES_2);
const probes3 = await rates(index, asker, PROBES_3);
const probes4 = await rates(index, asker, PROBES_4);
const probes5 = await rates(index, asker, PROBES_5);
const probesId = await rates(indexId, askerId, PROBES_ID);
const probesId2 = await rates(indexId, askerId, PROBES_ID_2);
const verbose = process.argv.includes('--misses');
// Only the sets tuned on: what to look at while tuning, without seeing the held-out misses.
const devOnly = process.argv.includes('--dev-misses');
for (const [name, r, tunedOn] of [
  ['development', dev, true],
  ['held-out', heldout, false],
  ['second held-out', heldout2, false],
  ['Indonesian', indonesian, true],
  ['probe', probes, true],
  ['second probe', probes2, true],
  ['third probe', probes3, true],
  ['fourth probe', probes4, true],
  ['fifth probe', probes5, true],
  ['Indonesian probe', probesId, true],
  ['second Indonesian probe', probesId2, true],
] as const) {
  if (!verbose && !(devOnly && tunedOn)) continue;
  for (const [kind, misses] of Object.entries(r.misses)) {
    for (const m of misses) console.log(`${name} ${kind}: ${m.ask} → ${m.got}`);
  }
}
if (verbose) {
  for (const m of out.answered) console.log(`out-of-scope answered: ${m.ask} → ${m.got}`);
  for (const m of outId.answered)
    console.log(`Indonesian out-of-scope answered: ${m.ask} → ${m.got}`);
}
console.log(
  [
    ...ratesLines(dev, heldout, out),
    line('second held-out set (never tuned on)', heldout2),
    ...setLine('Indonesian', indonesian, outId),
    line('probe sets (tuned on)', probes),
    line('second probe sets (tuned on)', probes2),
    line('third probe sets (tuned on)', probes3),
    line('fourth probe sets (tuned on)', probes4),
    line('fifth probe sets (tuned on)', probes5),
    line('Indonesian probe set (tuned on)', probesId),
    line('second Indonesian probe set (tuned on)', probesId2),
  ].join('\n'),
);
