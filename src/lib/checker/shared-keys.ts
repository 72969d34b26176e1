/**
 * The keys typed on a page, shared between the islands that ask for them (the key-format
 * check and the live check at step 9, or on the checker page), so the user types them once.
 * Held in this module's memory only: never stored, never sent by this module.
 */
import type { CheckerAction } from './state';

export interface SharedKeys {
  apiKey: string | undefined;
  privateKey: string | undefined;
}

let current: SharedKeys = { apiKey: undefined, privateKey: undefined };
const listeners = new Set<(keys: SharedKeys) => void>();

export function getSharedKeys(): SharedKeys {
  return current;
}

/**
 * Records what one island holds and tells the others; `undefined` (a field not typed in
 * yet) leaves the shared value as it is, and unchanged values notify nobody.
 */
export function publishKeys(keys: SharedKeys): void {
  const next = {
    apiKey: keys.apiKey ?? current.apiKey,
    privateKey: keys.privateKey ?? current.privateKey,
  };
  if (next.apiKey === current.apiKey && next.privateKey === current.privateKey) return;
  current = next;
  for (const listener of listeners) listener(current);
}

/**
 * The keys an island's own action sets: a key field edited, or keys found typed in its fields
 * when it hydrated. Only these are published, at the moment of the action: an island never
 * republishes what it received, because a re-render still carrying an older received value
 * would otherwise overwrite what the user has typed since (characters lost while typing fast).
 */
export function keysSetBy(action: CheckerAction): SharedKeys | undefined {
  if (action.type === 'text') {
    if (action.field === 'apiKey') return { apiKey: action.value, privateKey: undefined };
    if (action.field === 'privateKey') return { apiKey: undefined, privateKey: action.value };
    return undefined;
  }
  if (action.type !== 'adopt') return undefined;
  const typed = (value: string | undefined) => (value ? value : undefined);
  const keys = { apiKey: typed(action.seen.apiKey), privateKey: typed(action.seen.privateKey) };
  return keys.apiKey === undefined && keys.privateKey === undefined ? undefined : keys;
}

export function subscribeKeys(listener: (keys: SharedKeys) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The service's IP range as last entered (or prefilled) on this page, for the live check to
 * compare with Kraken's answer. Not secret; held in memory only, like the keys.
 */
let serviceRange: string | undefined;

export function publishServiceRange(range: string | undefined): void {
  if (range !== undefined) serviceRange = range;
}

export function getServiceRange(): string | undefined {
  return serviceRange;
}
