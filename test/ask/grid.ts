/**
 * Varies one weight of the ranking configuration over the development sets (English and
 * Indonesian) and prints their rates for each value, to choose a default on the sets tuned on:
 * `node_modules/.bin/jiti test/ask/grid.ts minCoverage 0.55 0.6 0.65` (build first). The
 * held-out and out-of-scope sets are not printed: they are measured, not tuned on.
 */
import { ask } from '../../src/lib/ask/answer';
import { DEFAULT_RANKING, type RankingConfig } from '../../src/lib/ask/config';
import { rates } from './evaluate';
import { builtIndexes } from './indexes';
import { QUESTIONS } from './questions';
import { QUESTIONS_ID } from './questions-id';

const [key, ...values] = process.argv.slice(2) as [keyof RankingConfig, ...string[]];
if (!key || !(key in DEFAULT_RANKING) || values.length === 0) {
  console.error('usage: grid.ts <weight> <value> [<value> …]');
  process.exit(2);
}
const { en, id } = builtIndexes();
const pct = (x: number) => `${Math.round(x * 100)} %`;
for (const value of values) {
  const config = { [key]: Number(value) } as Partial<RankingConfig>;
  const dev = await rates(en, (q, goal) => ask(en, q, { goal: goal ?? '', config }), QUESTIONS);
  const idn = await rates(id, (q, goal) => ask(id, q, { goal: goal ?? '', config }), QUESTIONS_ID);
  console.log(
    `${key}=${value}${Number(value) === DEFAULT_RANKING[key] ? ' (default)' : ''}: development ${pct(dev.first)} / ${pct(dev.top3)} / ${pct(dev.value)}, declined ${pct(dev.declined)}; Indonesian ${pct(idn.first)} / ${pct(idn.top3)} / ${pct(idn.value)}`,
  );
}
