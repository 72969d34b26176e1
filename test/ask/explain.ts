/**
 * Shows why a question gets the answer it does, for tuning on the development set:
 * `node_modules/.bin/jiti test/ask/explain.ts "what does the fix field hold" [--goal "…"] [--id]`
 * (build first). Prints the question as read (its concepts and their weights, the kind of value
 * asked for, about the API or not, asked how or not), the first sections with their score,
 * coverage and support, and the answer section's sentences with their scores.
 */
import { ask, withGoal } from '../../src/lib/ask/answer';
import { rankingConfig } from '../../src/lib/ask/config';
import { analyse } from '../../src/lib/ask/query';
import { rank } from '../../src/lib/ask/rank';
import { scoredUnits } from '../../src/lib/ask/score';
import { support } from '../../src/lib/ask/support';
import { builtIndexes } from './indexes';

const args = process.argv.slice(2);
const goalAt = args.indexOf('--goal');
const goal = goalAt >= 0 ? args[goalAt + 1]! : '';
const question = args.find((a, i) => !a.startsWith('--') && (goalAt < 0 || i !== goalAt + 1)) ?? '';
const indexes = builtIndexes();
const index = args.includes('--id') ? indexes.id : indexes.en;
const config = rankingConfig();
const query = withGoal(analyse(index, question, config), analyse(index, goal, config), config);
console.log(`read as: ${query.text}`);
console.log(
  `wants ${query.wants ?? '-'} · about the API ${query.aboutApi} · how ${query.how} · errors ${query.errors.join(', ') || '-'}`,
);
for (const c of query.concepts) {
  const names = c.names.map((n) => n.map((t) => t.token).join(' ')).join(' | ');
  console.log(
    `  ${names.slice(0, 70)}  w=${c.weight} r=${c.rarity.toFixed(2)}${c.generic ? ' generic' : ''}`,
  );
}
const ranked = await rank(index, query, goal, config);
console.log('first sections (before support):');
for (const r of ranked.slice(0, Number(process.env.ROWS ?? 6))) {
  const s = index.sections[r.id]!;
  console.log(
    `  ${r.score.toFixed(3)} cov ${r.coverage.toFixed(2)} sup ${support(index, query, r.id).toFixed(2)}  ${s.path}#${s.anchor}`,
  );
}
const result = await ask(index, question, goal);
if (!result.found) {
  console.log(`declined; closest: ${result.closest.map((c) => c.url).join(', ')}`);
} else {
  console.log(`answer (${result.source.url}, confident ${result.confident}):\n  ${result.answer}`);
  const id = index.sections.findIndex(
    (s) => `${index.site}${s.path}${s.anchor ? `#${s.anchor}` : ''}` === result.source.url,
  );
  if (id >= 0) {
    for (const u of scoredUnits(index, query, config, id)) {
      console.log(`  ${u.score.toFixed(2)}  ${u.u.markdown.slice(0, 110)}`);
    }
  }
}
