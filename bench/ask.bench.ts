// What answering one question costs in process, on the index the build wrote: loading the
// index (once per process on the server), then the handler (`handleAsk`, the Markdown answer,
// limiter included) for every question of the three question sets, many rounds; and the
// sets' rates. Run by bench/ask.mjs (`vitest bench --run bench/ask.bench.ts`), which passes
// BENCH_OUT=file.json for the figures. Build first.
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { ask } from '../src/lib/ask/answer';
import { handleAsk } from '../src/lib/ask/http';
import { INDEX_FILE, loadIndexFile, type IndexFile } from '../src/lib/ask/search-index';
import { createMemoryStore } from '../src/lib/ratelimit/memory';
import { declineRate, rates } from '../test/ask/evaluate';
import { QUESTIONS } from '../test/ask/questions';
import { QUESTIONS_ID } from '../test/ask/questions-id';
import { OUT_OF_SCOPE_ID } from '../test/ask/questions-id-out-of-scope';
import { HELDOUT } from '../test/ask/questions-heldout';
import { OUT_OF_SCOPE } from '../test/ask/questions-out-of-scope';
import { HELDOUT_2 } from '../test/ask/questions-heldout-2';
import { PROBES } from '../test/ask/questions-probe';
import { PROBES_2 } from '../test/ask/questions-probe-2';
import { PROBES_3 } from '../test/ask/questions-probe-3';
import { PROBES_4 } from '../test/ask/questions-probe-4';
import { PROBES_5 } from '../test/ask/questions-probe-5';
import { PROBES_ID } from '../test/ask/questions-id-probe';
import { PROBES_ID_2 } from '../test/ask/questions-id-probe-2';

const ROUNDS = Number(process.env.ASK_ROUNDS ?? 20);
/** The handler's budget per question, p50, in process. */
export const TARGET_P50_MS = 2;

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

test('what answering a question costs in process', async () => {
  const file = new URL(`../dist/server/${INDEX_FILE}`, import.meta.url);
  const loadStarted = performance.now();
  const indexes = loadIndexFile(JSON.parse(readFileSync(file, 'utf8')) as IndexFile);
  const index = indexes.en;
  const loadMs = performance.now() - loadStarted;
  const deps = {
    index: () => Promise.resolve(indexes),
    store: createMemoryStore(),
    limit: { limit: Number.MAX_SAFE_INTEGER, windowMs: 60_000 },
  };
  const client = { ok: true as const, address: '127.0.0.1', bucket: 'bench' };
  const questions = [...QUESTIONS, ...HELDOUT, ...OUT_OF_SCOPE];
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
  const asker = (q: string, goal?: string) => ask(index, q, goal ?? '');
  const askerId = (q: string, goal?: string) => ask(indexes.id, q, goal ?? '');
  const [
    dev,
    heldout,
    heldout2,
    out,
    indonesian,
    outId,
    probes,
    probes2,
    probes3,
    probes4,
    probes5,
    probesId,
    probesId2,
  ] = await Promise.all([
    rates(index, asker, QUESTIONS),
    rates(index, asker, HELDOUT),
    rates(index, asker, HELDOUT_2),
    declineRate(asker, OUT_OF_SCOPE),
    rates(indexes.id, askerId, QUESTIONS_ID),
    declineRate(askerId, OUT_OF_SCOPE_ID),
    rates(index, asker, PROBES),
    rates(index, asker, PROBES_2),
    rates(index, asker, PROBES_3),
    rates(index, asker, PROBES_4),
    rates(index, asker, PROBES_5),
    rates(indexes.id, askerId, PROBES_ID),
    rates(indexes.id, askerId, PROBES_ID_2),
  ]);
  const pick = (r: typeof dev) => ({ first: r.first, top3: r.top3, value: r.value });
  const figures = {
    loadMs,
    questions: questions.length,
    answers: times.length,
    p50: quantile(times, 0.5),
    p99: quantile(times, 0.99),
    mean: times.reduce((s, t) => s + t, 0) / times.length,
    targetP50: TARGET_P50_MS,
    rates: {
      dev: pick(dev),
      heldout: pick(heldout),
      heldout2: pick(heldout2),
      outOfScope: out.declined,
      indonesian: pick(indonesian),
      indonesianOutOfScope: outId.declined,
      probes: pick(probes),
      probes2: pick(probes2),
      probes3: pick(probes3),
      probes4: pick(probes4),
      probes5: pick(probes5),
      probesId: pick(probesId),
      probesId2: pick(probesId2),
    },
  };
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, JSON.stringify(figures));
  console.log(figures);
});
