import { useCallback, useEffect } from 'react';
import {
  getSharedKeys,
  keysSetBy,
  publishKeys,
  publishServiceRange,
  subscribeKeys,
} from '../../lib/checker/shared-keys';
import type { CheckerAction } from '../../lib/checker/state';

type Dispatch = (action: CheckerAction) => void;

/**
 * Keeps an island's key fields in step with every other island's on the page. Returns the
 * dispatch the island's fields use: it publishes the user's own edits as they happen, while
 * keys received from other islands are only followed, never echoed back.
 */
export function useSharedKeys(dispatch: Dispatch, share = true): Dispatch {
  useEffect(() => {
    if (!share) return undefined;
    const follow = (keys: ReturnType<typeof getSharedKeys>, keepHeld: boolean) =>
      dispatch({ type: 'shared', ...keys, keepHeld });
    follow(getSharedKeys(), true);
    return subscribeKeys((keys) => follow(keys, false));
  }, [dispatch, share]);
  return useCallback(
    (action: CheckerAction) => {
      dispatch(action);
      const keys = share ? keysSetBy(action) : undefined;
      if (keys) publishKeys(keys);
    },
    [dispatch, share],
  );
}

/** Tells the page's live check which service range this island holds. */
export function useSharedServiceRange(range: string | undefined): void {
  useEffect(() => publishServiceRange(range), [range]);
}
