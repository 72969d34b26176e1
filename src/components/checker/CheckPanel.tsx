import type { ReactNode, RefObject } from 'react';
import { useId } from 'react';
import type { GuideForm } from '../../lib/guide/links';
import { GUIDE_PATHS } from '../../lib/guide/links';
import type { Check } from '../../lib/rules/finding';
import { localePath } from '../../lib/rules/finding';
import CheckList from './CheckListView';
import { useMessages } from './messages';
import { useAnnouncement, useHydrated } from './useChecker';

interface Props {
  /** Which check it is: names its title and the live region's summary. */
  topic: 'permissions' | 'ip' | 'nonce' | 'keys';
  checks: readonly Check[];
  /** Which guide the results' links name. */
  form: GuideForm;
  /** Whether the user has filled something in: the results appear only then. */
  filled: boolean;
  /** The island's root, where its fields are read back when it hydrates. */
  root: RefObject<HTMLElement | null>;
  children: ReactNode;
}

/** The frame of a checker island on a guide page: title, fields, results, live region. */
export default function CheckPanel({ topic, checks, form, filled, root, children }: Props) {
  const id = useId();
  const hydrated = useHydrated();
  const { lang, ui } = useMessages();
  const announcement = useAnnouncement(ui.panelAnnouncement(ui.topics[topic]), checks);
  return (
    <section
      ref={root}
      className="kc-panel not-content"
      aria-labelledby={`${id}-title`}
      data-hydrated={String(hydrated)}
    >
      <h3 className="kc-panel-title" id={`${id}-title`}>
        {ui.panelTitle(ui.topics[topic])}
      </h3>
      <noscript>
        <p className="kc-nojs">
          {ui.noScript.before}
          <a href={localePath(GUIDE_PATHS.checker, lang)}>{ui.noScript.link}</a>
          {ui.noScript.after}
        </p>
      </noscript>
      {children}
      {filled ? <CheckList checks={checks} form={form} /> : null}
      <p className="sr-only" role="status">
        {announcement}
      </p>
    </section>
  );
}
