import { useEffect } from 'react';
import {
  getSharedKeys,
  publishKeys,
  publishServiceRange,
  subscribeKeys,
} from '../../lib/checker/shared-keys';
import type { CheckerAction, CheckerState } from '../../lib/checker/state';

/** Keeps an island's key fields in step with every other island's on the page. */
export function useSharedKeys(
  state: CheckerState,
  dispatch: (action: CheckerAction) => void,
): void {
  const { apiKey, privateKey } = state;
  useEffect(() => {
    const follow = (keys: ReturnType<typeof getSharedKeys>, keepHeld: boolean) =>
      dispatch({ type: 'shared', ...keys, keepHeld });
    follow(getSharedKeys(), true);
    return subscribeKeys((keys) => follow(keys, false));
  }, [dispatch]);
  useEffect(() => {
    if (apiKey === undefined && privateKey === undefined) return;
    publishKeys({ apiKey, privateKey });
  }, [apiKey, privateKey]);
}

/** Tells the page's live check which service range this island holds. */
export function useSharedServiceRange(range: string | undefined): void {
  useEffect(() => publishServiceRange(range), [range]);
}
