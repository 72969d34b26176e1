/**
 * Phrases only one language's catalogue has, for scanning built JavaScript: every offline
 * code rendered with its samples, and every interface string (the checker's and the live
 * check's), cut where values and
 * punctuation go (so each phrase is a literal of the catalogue's source), at least four
 * words long, and absent from the other language's words.
 */
import { EN_RULES } from '../src/lib/messages/en/rules';
import { EN_UI } from '../src/lib/messages/en/ui';
import { LIVE_WORDS } from '../src/lib/messages/en/live-words';
import { ID_LIVE_WORDS } from '../src/lib/messages/id/live-words';
import { ID_RULES } from '../src/lib/messages/id/rules';
import { ID_UI } from '../src/lib/messages/id/ui';
import { OFFLINE_CODES } from '../src/lib/messages/codes';
import { wordsOf } from '../src/lib/messages/render';
import { SAMPLES } from '../src/lib/messages/samples';
import type { Coded, RuleCatalogue, UiCatalogue } from '../src/lib/messages/types';
import type { LiveWords } from '../src/lib/messages/live-types';

function uiStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    // Arguments of each kind the interface's functions take: a name, a count, a status, a list.
    const tries: unknown[][] = [['Xy', 2, 'Zq'], ['fail', 2], [2], [['Xy', 'Zq']]];
    for (const args of tries) {
      try {
        const out = String((value as (...a: unknown[]) => unknown)(...args));
        if (!out.includes('undefined')) return [out];
      } catch {
        // not this kind of argument
      }
    }
    throw new Error(`No sample arguments for ${String(value)}`);
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(uiStrings);
  return [];
}

function texts(rules: RuleCatalogue, ui: UiCatalogue, live: LiveWords): string[] {
  const words = OFFLINE_CODES.flatMap((code) =>
    (SAMPLES[code] as readonly { values: unknown }[]).flatMap((s) => {
      const w = wordsOf(rules, { code, values: s.values } as Coded<typeof code>);
      return [w.title, w.detail, w.fix ?? ''];
    }),
  );
  return [...words, ...uiStrings(ui), ...uiStrings(live)];
}

function phrases(list: readonly string[]): string[] {
  return list
    .flatMap((t) => t.split(/“[^”]*”|[\d,.;:!?()]+|Xy|Zq/))
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 4);
}

export function catalogPhrases(): { en: string[]; id: string[] } {
  const en = texts(EN_RULES, EN_UI, LIVE_WORDS);
  const id = texts(ID_RULES, ID_UI, ID_LIVE_WORDS);
  const only = (mine: string[], other: string[]) => {
    const theirs = other.join('\n');
    return [...new Set(phrases(mine))].filter((p) => !theirs.includes(p));
  };
  return { en: only(en, id), id: only(id, en) };
}
