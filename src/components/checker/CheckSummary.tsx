import { useId } from 'react';
import type { GuideForm } from '../../lib/guide/links';
import type { Check } from '../../lib/rules/finding';
import { summarize } from '../../lib/rules/run';
import { stepLabel } from '../../lib/checker/step-label';

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
  if (!started) {
    return (
      <section className="kc-summary" data-verdict="none" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="kc-summary-title">
          Nothing checked yet
        </h2>
        <p>
          Fill in what you see on Kraken below: each part shows its results once you fill it in, and{' '}
          <strong>Check my key</strong> checks everything at once.
        </p>
      </section>
    );
  }
  const { ready, fixes, unchecked } = summarize(checks);
  const fails = fixes.filter((c) => c.status === 'fail');
  const warnings = fixes.filter((c) => c.status === 'warn');
  const verdict: Verdict = fails.length > 0 ? 'fix' : ready ? 'ready' : 'incomplete';
  const title = {
    fix:
      fails.length === 1
        ? '1 thing to fix before you connect'
        : `${fails.length} things to fix before you connect`,
    incomplete: 'Nothing to fix so far',
    ready: 'Ready to connect',
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
              {c.step && c.stepKey ? <a href={c.step}>{stepLabel(form, c.stepKey)}</a> : null}
            </li>
          ))}
        </ol>
      ) : null}
      {verdict === 'ready' ? (
        <p>
          Your key’s settings match the guide: enter the keys on the service’s Kraken connection
          page.
        </p>
      ) : null}
      {warnings.length > 0 ? (
        <p>Worth a look: {warnings.map((c) => c.title).join(', ')} (marked “Warning” below).</p>
      ) : null}
      {unchecked.length > 0 ? (
        <p>Not checked yet: {unchecked.map((c) => c.title).join(', ')}.</p>
      ) : null}
    </section>
  );
}
