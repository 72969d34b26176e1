import { useEffect, useMemo, useReducer, useRef, useState, useSyncExternalStore } from 'react';
import type { Check } from '../../lib/rules/check';
import type { Where } from '../../lib/rules/key-checks';
import { checksFor, countText } from '../../lib/checker/checks';
import type { CheckerAction, CheckerState, Section } from '../../lib/checker/state';
import { reduce } from '../../lib/checker/state';

const subscribeNever = () => () => {};

/** false on the server and while hydrating, true once the island runs in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}

/** How long typing must pause before the live region speaks. */
const ANNOUNCE_DELAY_MS = 900;

/**
 * A short summary for a polite live region, spoken once the user pauses and
 * only when it changed: never the whole list on each keystroke.
 */
export function useAnnouncement(label: string, checks: readonly Check[]): string {
  const summary = `${label}: ${countText(checks)}.`;
  const [spoken, setSpoken] = useState('');
  const first = useRef(summary);
  useEffect(() => {
    if (summary === first.current) return undefined;
    const timer = setTimeout(() => {
      first.current = summary;
      setSpoken(summary);
    }, ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [summary]);
  return spoken;
}

export interface Checker {
  state: CheckerState;
  dispatch: (action: CheckerAction) => void;
  checks: Check[];
}

/** The island's state (held in memory only) and the checks it yields. */
export function useChecker(
  initial: () => CheckerState,
  sections: readonly Section[],
  where: Where = 'browser',
): Checker {
  const [state, dispatch] = useReducer(reduce, undefined, initial);
  const checks = useMemo(() => checksFor(state, sections, where), [state, sections, where]);
  return { state, dispatch, checks };
}
