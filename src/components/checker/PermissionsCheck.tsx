import type { GuideForm } from '../../lib/guide/links';
import { initialState } from '../../lib/checker/state';
import CheckPanel from './CheckPanel';
import PermissionFields from './PermissionFields';
import { useChecker } from './useChecker';

const SECTIONS = ['permissions'] as const;

/** Island for "Select permissions": the replica of Kraken's form and its checks. */
export default function PermissionsCheck({ form }: { form: GuideForm }) {
  const { state, dispatch, checks, filled, root } = useChecker(() => initialState(form), SECTIONS);
  return (
    <CheckPanel
      topic="permissions"
      checks={checks}
      form={state.form}
      filled={filled.length > 0}
      root={root}
    >
      <PermissionFields state={state} dispatch={dispatch} />
    </CheckPanel>
  );
}
