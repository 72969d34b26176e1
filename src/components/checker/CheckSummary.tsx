import { useId } from 'react';
import type { GuideForm } from '../../lib/guide/links';
import type { Check } from '../../lib/rules/finding';
import { summarize } from '../../lib/rules/run-in';
import { stepLabel } from '../../lib/checker/step-label';
import { useMessages } from './messages';

type Verdict = 'fix' | 'incomplete' | 'ready';

const ICONS: Record<Verdict, string> = { fix: '✕', incomplete: '–', ready: '✓' };

interface Props {
  checks: readonly Check[];
  /** Which guide the fixes' links name. */
  form: GuideForm;
  /** Whether any results are shown yet: before that, one calm line instead of a verdict. */
  started?: boolean;
}

/** The checker page's verdict: the fixes to make, or "Ready to connect". */
export default function CheckSummary({ checks, form, started = true }: Props) {
  const id = useId();
  const { ui } = useMessages();
  const words = ui.summary;
  if (!started) {
    return (
      <section className="kc-summary" data-verdict="none" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="kc-summary-title">
          {words.none}
        </h2>
        <p>
          {words.noneText.before}
          <strong>{words.noneText.strong}</strong>
          {words.noneText.after}
        </p>
      </section>
    );
  }
  const { ready, fixes, unchecked } = summarize(checks);
  const fails = fixes.filter((c) => c.status === 'fail');
  const warnings = fixes.filter((c) => c.status === 'warn');
  const verdict: Verdict = fails.length > 0 ? 'fix' : ready ? 'ready' : 'incomplete';
  const title = {
    fix: words.fix(fails.length),
    incomplete: words.incomplete,
    ready: words.ready,
  }[verdict];
  return (
    <section className="kc-summary" data-verdict={verdict} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="kc-summary-title">
        <span className="kc-summary-icon" aria-hidden="true">
          {ICONS[verdict]}
        </span>
        {title}
      </h2>
      {fails.length > 0 ? (
        <ol className="kc-summary-list">
          {fails.map((c) => (
            <li key={c.id} data-fix={c.id}>
              <strong>{c.title}:</strong> {c.fix ?? c.detail}{' '}
              {c.step && c.stepKey ? <a href={c.step}>{stepLabel(ui, form, c.stepKey)}</a> : null}
            </li>
          ))}
        </ol>
      ) : null}
      {verdict === 'ready' ? <p>{words.readyText}</p> : null}
      {warnings.length > 0 ? <p>{words.worth(warnings.map((c) => c.title))}</p> : null}
      {unchecked.length > 0 ? <p>{words.unchecked(unchecked.map((c) => c.title))}</p> : null}
    </section>
  );
}
