/** The relay's refusal words per language: for the server only, never an island. */
import { EN_RELAY } from './en/relay';
import { ID_RELAY } from './id/relay';
import type { RelayWords } from './relay-types';
import type { Lang } from './types';

export const RELAY_WORDS: Readonly<Record<Lang, RelayWords>> = { en: EN_RELAY, id: ID_RELAY };
