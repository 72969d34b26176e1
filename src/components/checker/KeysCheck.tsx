import type { GuideForm } from '../../lib/guide/links';
import { initialState } from '../../lib/checker/state';
import CheckPanel from './CheckPanel';
import KeyFields from './KeyFields';
import { useSharedKeys } from './useSharedKeys';
import { useChecker, useHydrated } from './useChecker';

const SECTIONS = ['keys'] as const;

/** Island for "Connect Kraken": the key formats, checked only in the browser. */
export default function KeysCheck({ form }: { form: GuideForm }) {
  const hydrated = useHydrated();
  const { state, dispatch, checks, filled, root } = useChecker(() => initialState(form), SECTIONS);
  useSharedKeys(state, dispatch);
  return (
    <CheckPanel
      topic="API keys"
      checks={checks}
      form={state.form}
      filled={filled.length > 0}
      root={root}
    >
      <KeyFields state={state} dispatch={dispatch} hydrated={hydrated} inPostedForm={false} />
    </CheckPanel>
  );
}
