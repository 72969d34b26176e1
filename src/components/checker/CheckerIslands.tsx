/**
 * The guide pages' checker islands, in whatever language their entry module
 * gives them (see messages.tsx): one per step that has a check.
 */
import type { GuideForm } from '../../lib/guide/links';
import { initialState } from '../../lib/checker/state';
import CheckPanel from './CheckPanel';
import type { ServiceInfo } from './IpFields';
import IpFields from './IpFields';
import KeyFields from './KeyFieldsView';
import NonceField from './NonceField';
import PermissionFields from './PermissionFields';
import { useChecker, useHydrated } from './useChecker';
import { useSharedServiceRange } from './useSharedKeys';

export interface FormProps {
  form: GuideForm;
}

const PERMISSIONS = ['permissions'] as const;
const IP = ['ip'] as const;
const NONCE = ['nonce'] as const;
const KEYS = ['keys'] as const;

/** "Select permissions": the replica of Kraken's form and its checks. */
export function PermissionsIsland({ form }: FormProps) {
  const { state, dispatch, checks, filled, root } = useChecker(
    () => initialState(form),
    PERMISSIONS,
  );
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

export interface IpProps extends ServiceInfo, FormProps {
  /** service.ipRange from the build's configuration; undefined leaves the field empty. */
  ipRange?: string | undefined;
}

/** The IP whitelisting step. */
export function IpIsland({ form, ipRange, serviceName, connectUrl }: IpProps) {
  const { state, dispatch, checks, filled, root } = useChecker(
    () => initialState(form, ipRange),
    IP,
  );
  useSharedServiceRange(state.ipRange);
  return (
    <CheckPanel topic="ip" checks={checks} form={state.form} filled={filled.length > 0} root={root}>
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

/** The nonce window step. */
export function NonceIsland({ form }: FormProps) {
  const { state, dispatch, checks, filled, root } = useChecker(() => initialState(form), NONCE);
  return (
    <CheckPanel
      topic="nonce"
      checks={checks}
      form={state.form}
      filled={filled.length > 0}
      root={root}
    >
      <NonceField state={state} dispatch={dispatch} />
    </CheckPanel>
  );
}

/** "Connect Kraken": the key formats, checked only in the browser. */
export function KeysIsland({ form }: FormProps) {
  const hydrated = useHydrated();
  const { state, dispatch, checks, filled, root } = useChecker(() => initialState(form), KEYS, {
    shareKeys: true,
  });
  return (
    <CheckPanel
      topic="keys"
      checks={checks}
      form={state.form}
      filled={filled.length > 0}
      root={root}
    >
      <KeyFields state={state} dispatch={dispatch} hydrated={hydrated} inPostedForm={false} />
    </CheckPanel>
  );
}
