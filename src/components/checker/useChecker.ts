import type { RefObject } from 'react';
import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { Check } from '../../lib/rules/check';
import type { Where } from '../../lib/rules/module';
import { checksFor, countIn } from '../../lib/checker/run-checks';
import type { CheckerAction, CheckerState, Section } from '../../lib/checker/state';
import { filledSections, reduce } from '../../lib/checker/state';
import { useMessages } from './messages';
import { readFields } from './read-fields';
import { useSharedKeys } from './useSharedKeys';

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
  const { ui } = useMessages();
  const summary = `${label}: ${countIn(ui, checks)}.`;
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

/**
 * Once the island has hydrated, takes over what its fields already hold:
 * React keeps what was typed on screen while hydrating but not in the
 * state, so without this a key pasted before the island ran would be shown
 * and yet ignored. Runs before the first paint of the hydrated island.
 */
export function useAdoptFields(
  root: RefObject<HTMLElement | null>,
  dispatch: (action: CheckerAction) => void,
): void {
  useLayoutEffect(() => {
    if (root.current) dispatch({ type: 'adopt', seen: readFields(root.current) });
  }, [root, dispatch]);
}

export interface Checker {
  state: CheckerState;
  dispatch: (action: CheckerAction) => void;
  checks: Check[];
  /** The sections with something filled in: only they show results before "Check". */
  filled: Section[];
  /** Put on the element holding the island's fields. */
  root: RefObject<HTMLElement | null>;
}

export interface CheckerOptions {
  /** Where the checks run: 'server' before a posted form's island has hydrated. */
  where?: Where;
  /** The island's key fields follow and feed the other islands' on the page. */
  shareKeys?: boolean;
}

/** The island's state (held in memory only) and the checks it yields, in its page's language. */
export function useChecker(
  initial: () => CheckerState,
  sections: readonly Section[],
  { where = 'browser', shareKeys = false }: CheckerOptions = {},
): Checker {
  const [start] = useState(initial);
  const [state, ownDispatch] = useReducer(reduce, start);
  const dispatch = useSharedKeys(ownDispatch, shareKeys);
  const root = useRef<HTMLElement>(null);
  useAdoptFields(root, dispatch);
  const messages = useMessages();
  const checks = useMemo(
    () => checksFor(state, sections, messages, where),
    [state, sections, messages, where],
  );
  const filled = useMemo(() => filledSections(state, start, sections), [state, start, sections]);
  return { state, dispatch, checks, filled, root };
}
