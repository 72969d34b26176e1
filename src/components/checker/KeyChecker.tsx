import type { ReactNode, SubmitEvent } from 'react';
import { useId } from 'react';
import type { GuideForm } from '../../lib/guide/links';
import type { CheckerState, Section } from '../../lib/checker/state';
import { SECTIONS, initialState } from '../../lib/checker/state';
import { moduleOf } from '../../lib/rules/registry';
import CheckList from './CheckList';
import CheckSummary from './CheckSummary';
import type { ServiceInfo } from './IpFields';
import IpFields from './IpFields';
import KeyFields from './KeyFields';
import NonceField from './NonceField';
import PermissionFields from './PermissionFields';
import { useAnnouncement, useChecker, useHydrated } from './useChecker';
import { useSharedKeys, useSharedServiceRange } from './useSharedKeys';

/** Where the no-JavaScript form posts (src/pages/exchange/kraken/key-checker/result.astro). */
export const RESULT_PATH = '/exchange/kraken/key-checker/result/';

interface Props extends ServiceInfo {
  form: GuideForm;
  ipRange?: string | undefined;
  /** What a posted form contained (the result page); absent on the checker page. */
  posted?: CheckerState | undefined;
}

/**
 * Every check in one form. Without JavaScript it is a plain form posted to
 * the result page; once the island runs, results follow the fields and
 * nothing is submitted.
 */
export default function KeyChecker({ form, ipRange, serviceName, connectUrl, posted }: Props) {
  const id = useId();
  const hydrated = useHydrated();
  // Before the island runs, a posted form's private key is the server's to skip: it never saw one.
  const where = posted && !hydrated ? 'server' : 'browser';
  const { state, dispatch, checks } = useChecker(
    () => posted ?? initialState(form, ipRange),
    SECTIONS,
    where,
  );
  useSharedKeys(state, dispatch);
  useSharedServiceRange(state.ipRange);
  const announcement = useAnnouncement('Key check', checks);
  const of = (section: Section) => checks.filter((c) => c.section === section);
  const title = (section: Section) => moduleOf(section).title;
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    if (hydrated) event.preventDefault();
  };
  return (
    <form
      className="kc-checker not-content"
      method="post"
      action={RESULT_PATH}
      aria-label="Key checker"
      data-hydrated={String(hydrated)}
      onSubmit={onSubmit}
    >
      <CheckSummary checks={checks} form={state.form} />
      <Part id={`${id}-perm`} title={title('permissions')}>
        <PermissionFields state={state} dispatch={dispatch} />
        <CheckList checks={of('permissions')} form={state.form} />
      </Part>
      <Part id={`${id}-ip`} title={title('ip')}>
        <IpFields
          state={state}
          dispatch={dispatch}
          serviceName={serviceName}
          connectUrl={connectUrl}
          prefilled={Boolean(ipRange) && state.ipRange === ipRange}
        />
        <CheckList checks={of('ip')} form={state.form} />
      </Part>
      <Part id={`${id}-nonce`} title={title('nonce')}>
        <NonceField state={state} dispatch={dispatch} />
        <CheckList checks={of('nonce')} form={state.form} />
      </Part>
      <Part id={`${id}-keys`} title={title('keys')}>
        <KeyFields state={state} dispatch={dispatch} hydrated={hydrated} inPostedForm />
        <CheckList checks={of('keys')} form={state.form} />
      </Part>
      {hydrated ? null : (
        <div className="kc-submit">
          <button type="submit" className="kc-button kc-button-primary">
            Check my key
          </button>
        </div>
      )}
      <p className="sr-only" role="status">
        {announcement}
      </p>
    </form>
  );
}

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="kc-part" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
