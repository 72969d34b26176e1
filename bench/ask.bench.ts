// What answering one question costs in process, on the index the build wrote: loading the
// index (once per process on the server), then `ask()` for every question of the question
// set, many rounds. Run by bench/ask.mjs (`vitest bench --run bench/ask.bench.ts`), which
// passes BENCH_OUT=file.json for the figures. Build first.
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { ask } from '../src/lib/ask/answer';
import { INDEX_FILE, loadIndexData } from '../src/lib/ask/search-index';
import { QUESTIONS } from '../test/ask/questions';

const ROUNDS = Number(process.env.ASK_ROUNDS ?? 20);

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

test('what answering a question costs in process', async () => {
  const file = new URL(`../dist/server/${INDEX_FILE}`, import.meta.url);
  const loadStarted = performance.now();
  const index = loadIndexData(JSON.parse(readFileSync(file, 'utf8')));
  const loadMs = performance.now() - loadStarted;
  // Warm-up: the first questions fill the tokenizer's caches.
  for (const q of QUESTIONS) await ask(index, q.ask, q.goal);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of QUESTIONS) {
      const started = performance.now();
      await ask(index, q.ask, q.goal);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  const figures = {
    loadMs,
    questions: QUESTIONS.length,
    answers: times.length,
    p50: quantile(times, 0.5),
    p99: quantile(times, 0.99),
    mean: times.reduce((s, t) => s + t, 0) / times.length,
  };
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, JSON.stringify(figures));
  console.log(figures);
});
