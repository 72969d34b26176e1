import type { ReactNode, RefObject, SubmitEvent } from 'react';
import { memo, useId, useState } from 'react';
import type { GuideForm } from '../../lib/guide/links';
import type { CheckerState, Section } from '../../lib/checker/state';
import { SECTIONS, initialState } from '../../lib/checker/state';
import { localePath } from '../../lib/rules/finding';
import CheckList from './CheckListView';
import CheckSummary from './CheckSummary';
import type { ServiceInfo } from './IpFields';
import IpFields from './IpFields';
import KeyFields from './KeyFieldsView';
import { useMessages } from './messages';
import NonceField from './NonceField';
import PermissionFields from './PermissionFields';
import { useAnnouncement, useChecker, useHydrated } from './useChecker';
import { useSharedServiceRange } from './useSharedKeys';

type FieldsProps = { state: CheckerState };
/**
 * Each section's fields re-render only when what they show changes: a key typed in one
 * field then costs one section's render, not the whole form's (within a frame on a slow
 * phone). Each comparison lists the state the fields read.
 */
const sameFields =
  (...fields: (keyof CheckerState)[]) =>
  <P extends FieldsProps>(a: P, b: P) =>
    fields.every((f) => a.state[f] === b.state[f]) &&
    (Object.keys(a) as (keyof P)[]).every((k) => k === 'state' || a[k] === b[k]);
const PermissionsPart = memo(PermissionFields, sameFields('form', 'permissions'));
const IpPart = memo(IpFields, sameFields('form', 'ipRange', 'ipAllowlist'));
const NoncePart = memo(NonceField, sameFields('form', 'nonceWindow'));
const KeysPart = memo(KeyFields, sameFields('apiKey', 'privateKey'));

/** Where the no-JavaScript form posts (src/pages/exchange/kraken/key-checker/result.astro, and its `/id/` twin). */
export const RESULT_PATH = '/exchange/kraken/key-checker/result/';

export interface KeyCheckerProps extends ServiceInfo {
  form: GuideForm;
  ipRange?: string | undefined;
  /** What a posted form contained (the result page); absent on the checker page. */
  posted?: CheckerState | undefined;
}

/**
 * Every check in one form. Without JavaScript it is a plain form posted to
 * the result page; once the island runs, results follow the fields and
 * nothing is submitted. Before any input it shows only the fields and a short
 * summary: a section's results appear once something in it is filled in, and
 * all of them after "Check my key" (or on the result page, which was posted).
 */
export default function KeyCheckerForm({
  form,
  ipRange,
  serviceName,
  connectUrl,
  posted,
}: KeyCheckerProps) {
  const id = useId();
  const { lang, ui } = useMessages();
  const hydrated = useHydrated();
  // Before the island runs, a posted form's private key is the server's to skip: it never saw one.
  const where = posted && !hydrated ? 'server' : 'browser';
  const { state, dispatch, checks, filled, root } = useChecker(
    () => posted ?? initialState(form, ipRange),
    SECTIONS,
    { where, shareKeys: true },
  );
  useSharedServiceRange(state.ipRange);
  const [checkAll, setCheckAll] = useState(posted !== undefined);
  const shown: readonly Section[] = checkAll ? SECTIONS : filled;
  const announcement = useAnnouncement(ui.checker.announcement, checks);
  const of = (section: Section) =>
    shown.includes(section) ? checks.filter((c) => c.section === section) : [];
  const title = (section: Section) => ui.sections[section];
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    // Without JavaScript the form posts; with it, every section shows its results here.
    if (!hydrated) return;
    event.preventDefault();
    setCheckAll(true);
  };
  return (
    <form
      ref={root as RefObject<HTMLFormElement | null>}
      className="kc-checker not-content"
      method="post"
      action={localePath(RESULT_PATH, lang)}
      aria-label={ui.checker.label}
      data-hydrated={String(hydrated)}
      onSubmit={onSubmit}
    >
      <CheckSummary checks={checks} form={state.form} started={shown.length > 0} />
      <Part id={`${id}-perm`} title={title('permissions')}>
        <PermissionsPart state={state} dispatch={dispatch} />
        <CheckList checks={of('permissions')} form={state.form} />
      </Part>
      <Part id={`${id}-ip`} title={title('ip')}>
        <IpPart
          state={state}
          dispatch={dispatch}
          serviceName={serviceName}
          connectUrl={connectUrl}
          prefilled={Boolean(ipRange) && state.ipRange === ipRange}
        />
        <CheckList checks={of('ip')} form={state.form} />
      </Part>
      <Part id={`${id}-nonce`} title={title('nonce')}>
        <NoncePart state={state} dispatch={dispatch} />
        <CheckList checks={of('nonce')} form={state.form} />
      </Part>
      <Part id={`${id}-keys`} title={title('keys')}>
        <KeysPart state={state} dispatch={dispatch} hydrated={hydrated} inPostedForm />
        <CheckList checks={of('keys')} form={state.form} />
      </Part>
      <div className="kc-submit">
        <button type="submit" className="kc-button kc-button-primary">
          {ui.checker.submit}
        </button>
      </div>
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
