import { useId } from 'react';
import type { CheckerAction, CheckerState } from '../../lib/checker/state';
import { FIELD_NAMES } from '../../lib/checker/state';
import { EDITIONS } from '../../lib/profile/kraken';
import { useMessages } from './messages';

export interface ServiceInfo {
  /** service.name, e.g. "the trading service". */
  serviceName: string;
  /** service.connectUrl: the service's Kraken connection page, when configured. */
  connectUrl?: string | undefined;
}

interface Props extends ServiceInfo {
  state: CheckerState;
  dispatch: (action: CheckerAction) => void;
  /** Whether the range field was prefilled from the site's configuration. */
  prefilled: boolean;
}

export default function IpFields({ state, dispatch, serviceName, connectUrl, prefilled }: Props) {
  const id = useId();
  const { ui } = useMessages();
  const field = EDITIONS[state.form].ipField;
  return (
    <div className="kc-fields">
      <div className="kc-field">
        <label htmlFor={`${id}-range`}>{ui.ip.rangeLabel}</label>
        <p className="kc-hint" id={`${id}-range-hint`}>
          {prefilled ? (
            ui.ip.prefilled(serviceName)
          ) : (
            <>
              {ui.ip.copyRange(serviceName)}
              {connectUrl ? (
                <>
                  {' '}
                  (<a href={connectUrl}>{ui.ip.openIt}</a>)
                </>
              ) : null}
              {ui.ip.exactly}
            </>
          )}
        </p>
        <input
          id={`${id}-range`}
          className="kc-input kc-mono"
          type="text"
          name={FIELD_NAMES.ipRange}
          data-field="ipRange"
          value={state.ipRange ?? ''}
          aria-describedby={`${id}-range-hint`}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
          onChange={(e) => dispatch({ type: 'text', field: 'ipRange', value: e.target.value })}
        />
      </div>
      <div className="kc-field">
        <label htmlFor={`${id}-allow`}>{ui.ip.allowLabel}</label>
        <p className="kc-hint" id={`${id}-allow-hint`}>
          {ui.ip.allowHint(field)}
        </p>
        <textarea
          id={`${id}-allow`}
          className="kc-input kc-mono"
          name={FIELD_NAMES.ipAllowlist}
          data-field="ipAllowlist"
          rows={3}
          value={state.ipAllowlist ?? ''}
          aria-describedby={`${id}-allow-hint`}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
          onChange={(e) => dispatch({ type: 'text', field: 'ipAllowlist', value: e.target.value })}
        />
      </div>
    </div>
  );
}
