import type { Check, CheckStatus } from '../../lib/rules/check';
import { helpLabel, stepLabel } from '../../lib/checker/step-label';
import './checker.css';

/** The visible word and icon for each status: never colour alone. */
export const STATUS_TEXT: Record<CheckStatus, { word: string; icon: string }> = {
  pass: { word: 'Pass', icon: '✓' },
  fail: { word: 'Fail', icon: '✕' },
  warn: { word: 'Warning', icon: '!' },
  skip: { word: 'Not checked', icon: '–' },
};

export interface CheckListProps {
  checks: readonly Check[];
}

/** Renders check results; shared by every checker island and the no-JavaScript result page. */
export default function CheckList({ checks }: CheckListProps) {
  if (checks.length === 0) return null;
  return (
    <ul className="kc-checks" role="list">
      {checks.map((check) => (
        <CheckItem key={check.id} check={check} />
      ))}
    </ul>
  );
}

function CheckItem({ check }: { check: Check }) {
  const status = STATUS_TEXT[check.status];
  return (
    <li className="kc-check" data-check={check.id} data-status={check.status}>
      <span className="kc-status">
        <span className="kc-status-icon" aria-hidden="true">
          {status.icon}
        </span>
        <span className="kc-status-word">{status.word}</span>
        <span className="sr-only">:</span>
      </span>
      <div className="kc-check-body">
        <p className="kc-check-title">{check.title}</p>
        <p className="kc-check-detail">{check.detail}</p>
        {check.fix ? (
          <p className="kc-check-fix">
            <strong>Fix: </strong>
            {check.fix}
          </p>
        ) : null}
        {check.step || check.help ? (
          <p className="kc-check-links">
            {check.step ? (
              <a href={check.step}>
                {stepLabel(check.step)}
                <span className="sr-only"> (for {check.title})</span>
              </a>
            ) : null}
            {check.help ? (
              <a href={check.help}>
                {helpLabel(check.help)}
                <span className="sr-only"> (for {check.title})</span>
              </a>
            ) : null}
          </p>
        ) : null}
      </div>
    </li>
  );
}
