// What answering one question costs in process, on the index the build wrote: loading the
// index (once per process on the server), then the handler (`handleAsk`, the Markdown answer,
// limiter included) for every question of the three question sets, many rounds; and every
// set's rates (test/ask/sets.ts). Run by bench/ask.mjs (`vitest bench --run
// bench/ask.bench.ts`), which passes BENCH_OUT=file.json for the figures. Build first.
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { ask } from '../src/lib/ask/answer';
import { handleAsk } from '../src/lib/ask/http';
import { INDEX_FILE, loadIndexFile, type IndexFile } from '../src/lib/ask/search-index';
import { createMemoryStore } from '../src/lib/ratelimit/memory';
import { declineRate, rates } from '../test/ask/evaluate';
import { ANSWERABLE_SETS, DECLINE_SETS, answerable, declining } from '../test/ask/sets';

const ROUNDS = Number(process.env.ASK_ROUNDS ?? 20);
/** The handler's budget per question, p50, in process. */
export const TARGET_P50_MS = 2;

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

test('what answering a question costs in process', async () => {
  const file = new URL(`../dist/server/${INDEX_FILE}`, import.meta.url);
  const loadStarted = performance.now();
  const indexes = loadIndexFile(JSON.parse(readFileSync(file, 'utf8')) as IndexFile);
  const loadMs = performance.now() - loadStarted;
  const deps = {
    index: () => Promise.resolve(indexes),
    store: createMemoryStore(),
    limit: { limit: Number.MAX_SAFE_INTEGER, windowMs: 60_000 },
  };
  const client = { ok: true as const, address: '127.0.0.1', bucket: 'bench' };
  const questions = [
    ...answerable('dev').questions,
    ...answerable('heldout').questions,
    ...declining('outOfScope').questions,
  ];
  const request = (q: { ask: string; goal?: string }) => {
    const url = new URL('http://127.0.0.1/exchange/kraken.md');
    url.searchParams.set('ask', q.ask);
    if (q.goal) url.searchParams.set('goal', q.goal);
    return new Request(url);
  };
  const answer = async (q: { ask: string; goal?: string }) => {
    const res = await handleAsk(request(q), 'exchange/kraken.md', client, deps);
    if (res.status !== 200) throw new Error(`${q.ask}: ${res.status}`);
    await res.text();
  };
  // Warm-up: the first questions fill the tokenizer's caches.
  for (const q of questions) await answer(q);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of questions) {
      const started = performance.now();
      await answer(q);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  // Every set's rates, in the table's order, with its name and note for the printout.
  const askerIn = (language: keyof typeof indexes) => (q: string, goal?: string) =>
    ask(indexes[language], q, goal ?? '');
  const answered = await Promise.all(
    ANSWERABLE_SETS.map(async (set) => {
      const r = await rates(indexes[set.language], askerIn(set.language), set.questions);
      const { name, note } = set;
      return { name, note, answerable: r.answerable, first: r.first, top3: r.top3, value: r.value };
    }),
  );
  const declined = await Promise.all(
    DECLINE_SETS.map(async (set) => ({
      name: set.name,
      target: set.target,
      declined: (await declineRate(askerIn(set.language), set.questions)).declined,
    })),
  );
  const figures = {
    loadMs,
    questions: questions.length,
    answers: times.length,
    p50: quantile(times, 0.5),
    p99: quantile(times, 0.99),
    mean: times.reduce((s, t) => s + t, 0) / times.length,
    targetP50: TARGET_P50_MS,
    rates: { answered, declined },
  };
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, JSON.stringify(figures));
  console.log(figures);
});
