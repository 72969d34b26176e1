import type { GuideForm } from '../../lib/guide/links';
import { initialState } from '../../lib/checker/state';
import CheckPanel from './CheckPanel';
import NonceField from './NonceField';
import { useChecker } from './useChecker';

const SECTIONS = ['nonce'] as const;

/** Island for the nonce window step. */
export default function NonceCheck({ form }: { form: GuideForm }) {
  const { state, dispatch, checks, filled, root } = useChecker(() => initialState(form), SECTIONS);
  return (
    <CheckPanel
      topic="nonce window"
      checks={checks}
      form={state.form}
      filled={filled.length > 0}
      root={root}
    >
      <NonceField state={state} dispatch={dispatch} />
    </CheckPanel>
  );
}
