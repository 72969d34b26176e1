import type { RateLimitStore } from './store';

/**
 * A shared store (Redis) with this process's memory behind it. When the shared store fails
 * (refused, dropped, or slower than `timeoutMs`), the limits are counted in memory instead,
 * the switch is logged once, and the shared store is tried again after `retryAfterMs`, not
 * on every request: an outage costs each request at most one timeout per `retryAfterMs`,
 * never a hang, a retry loop or an error answered to the user. Every limit still applies
 * in each process meanwhile, so the worst an outage allows is one budget per instance.
 * Counts made in memory stay there: back on the shared store, its own counts apply.
 * Nothing logged names a key or a client.
 */
export interface FailoverOptions {
  /** What the log lines call this store ("probe relay: client counters"). */
  name: string;
  /** How long to stay on memory after a failure before trying the shared store again. */
  retryAfterMs?: number;
  /** Longest wait for one shared-store operation. */
  timeoutMs?: number;
  log?: (message: string) => void;
  clock?: () => number;
}

export interface FailoverStore extends RateLimitStore {
  /** Whether operations go to memory now. */
  readonly degraded: boolean;
}

function why(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? code : error.message.slice(0, 80);
  }
  return 'unknown error';
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    (timer as { unref?: () => void }).unref?.();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export function createFailoverStore(
  shared: RateLimitStore,
  memory: RateLimitStore,
  {
    name,
    retryAfterMs = 5_000,
    timeoutMs = 1_000,
    log = (message) => console.warn(message),
    clock = Date.now,
  }: FailoverOptions,
): FailoverStore {
  let degraded = false;
  let retryAt = 0;

  async function run<T>(
    onShared: (store: RateLimitStore) => Promise<T>,
    onMemory: (store: RateLimitStore) => Promise<T>,
  ): Promise<T> {
    if (degraded && clock() < retryAt) return onMemory(memory);
    try {
      const result = await withTimeout(onShared(shared), timeoutMs);
      if (degraded) {
        degraded = false;
        log(`${name}: the shared rate-limit store answers again; limits are counted there.`);
      }
      return result;
    } catch (error) {
      retryAt = clock() + retryAfterMs;
      if (!degraded) {
        degraded = true;
        log(
          `${name}: the shared rate-limit store failed (${why(error)}); limits are counted in this process's memory, and the store is tried again every ${retryAfterMs / 1000} s.`,
        );
      }
      return onMemory(memory);
    }
  }

  return {
    get degraded() {
      return degraded;
    },
    hit: (key, windowMs, limit, nowMs, cost) =>
      run(
        (s) => s.hit(key, windowMs, limit, nowMs, cost),
        (s) => s.hit(key, windowMs, limit, nowMs, cost),
      ),
    peek: (key, limit, nowMs) =>
      run(
        (s) => s.peek(key, limit, nowMs),
        (s) => s.peek(key, limit, nowMs),
      ),
    block: (key, untilMs, nowMs, count) =>
      run(
        (s) => s.block(key, untilMs, nowMs, count),
        (s) => s.block(key, untilMs, nowMs, count),
      ),
    release: (key) =>
      run(
        (s) => s.release(key),
        (s) => s.release(key),
      ),
  };
}
