import type { GuideForm } from '../../lib/guide/links';
import { initialState } from '../../lib/checker/state';
import CheckPanel from './CheckPanel';
import type { ServiceInfo } from './IpFields';
import IpFields from './IpFields';
import { useChecker } from './useChecker';
import { useSharedServiceRange } from './useSharedKeys';

const SECTIONS = ['ip'] as const;

interface Props extends ServiceInfo {
  form: GuideForm;
  /** service.ipRange from the build's configuration; undefined leaves the field empty. */
  ipRange?: string | undefined;
}

/** Island for the IP whitelisting step. */
export default function IpCheck({ form, ipRange, serviceName, connectUrl }: Props) {
  const { state, dispatch, checks, filled, root } = useChecker(
    () => initialState(form, ipRange),
    SECTIONS,
  );
  useSharedServiceRange(state.ipRange);
  return (
    <CheckPanel
      topic="IP restriction"
      checks={checks}
      form={state.form}
      filled={filled.length > 0}
      root={root}
    >
      <IpFields
        state={state}
        dispatch={dispatch}
        serviceName={serviceName}
        connectUrl={connectUrl}
        prefilled={Boolean(ipRange)}
      />
    </CheckPanel>
  );
}
