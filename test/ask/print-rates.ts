/**
 * Prints the three question sets' rates on the built index, with every miss:
 * `node_modules/.bin/jiti test/ask/print-rates.ts` (build first). The tool for tuning on the
 * development set while watching the held-out and out-of-scope sets.
 */
import { readFileSync } from 'node:fs';
import { ask } from '../../src/lib/ask/answer';
import { INDEX_FILE, loadIndexData } from '../../src/lib/ask/search-index';
import { declineRate, rates, ratesLines } from './evaluate';
import { QUESTIONS } from './questions';
import { HELDOUT } from './questions-heldout';
import { OUT_OF_SCOPE } from './questions-out-of-scope';

const file = new URL(`../../dist/server/${INDEX_FILE}`, import.meta.url);
const index = loadIndexData(JSON.parse(readFileSync(file, 'utf8')));
const asker = (q: string, goal?: string) => ask(index, q, goal);
const dev = await rates(index, asker, QUESTIONS);
const heldout = await rates(index, asker, HELDOUT);
const out = await declineRate(asker, OUT_OF_SCOPE);
const verbose = process.argv.includes('--misses');
for (const [name, r] of [
  ['development', dev],
  ['held-out', heldout],
] as const) {
  if (!verbose) break;
  for (const [kind, misses] of Object.entries(r.misses)) {
    for (const m of misses) console.log(`${name} ${kind}: ${m.ask} → ${m.got}`);
  }
}
if (verbose)
  for (const m of out.answered) console.log(`out-of-scope answered: ${m.ask} → ${m.got}`);
console.log(ratesLines(dev, heldout, out).join('\n'));
