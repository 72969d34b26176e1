import type { GuideForm } from '../../lib/guide/links';
import type { Check, CheckStatus } from '../../lib/rules/finding';
import { helpLabel, stepLabel } from '../../lib/checker/step-label';
import { useMessages } from './messages';
import './checker.css';

/** The icon beside each status's word: never colour alone. */
export const STATUS_ICON: Record<CheckStatus, string> = {
  pass: '✓',
  fail: '✕',
  warn: '!',
  skip: '–',
};

export interface CheckListProps {
  checks: readonly Check[];
  /** Which guide the step links name. */
  form: GuideForm;
}

/** Renders check results; shared by every checker island and the no-JavaScript result page. */
export default function CheckList({ checks, form }: CheckListProps) {
  if (checks.length === 0) return null;
  return (
    <ul className="kc-checks" role="list">
      {checks.map((check) => (
        <CheckItem key={check.id} check={check} form={form} />
      ))}
    </ul>
  );
}

function CheckItem({ check, form }: { check: Check; form: GuideForm }) {
  const { ui } = useMessages();
  return (
    <li className="kc-check" data-check={check.id} data-status={check.status}>
      <span className="kc-status">
        <span className="kc-status-icon" aria-hidden="true">
          {STATUS_ICON[check.status]}
        </span>
        <span className="kc-status-word">{ui.status[check.status]}</span>
        <span className="sr-only">:</span>
      </span>
      <div className="kc-check-body">
        <p className="kc-check-title">{check.title}</p>
        <p className="kc-check-detail">{check.detail}</p>
        {check.fix ? (
          <p className="kc-check-fix">
            <strong>{ui.fix}</strong>
            {check.fix}
          </p>
        ) : null}
        {check.step || check.help ? (
          <p className="kc-check-links">
            {check.step && check.stepKey ? (
              <a href={check.step}>
                {stepLabel(ui, form, check.stepKey)}
                <span className="sr-only">{ui.forResult(check.title)}</span>
              </a>
            ) : null}
            {check.help && check.trouble ? (
              <a href={check.help}>
                {helpLabel(ui, check.trouble)}
                <span className="sr-only">{ui.forResult(check.title)}</span>
              </a>
            ) : null}
          </p>
        ) : null}
      </div>
    </li>
  );
}
