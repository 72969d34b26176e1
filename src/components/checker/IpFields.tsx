import { useId } from 'react';
import type { CheckerAction, CheckerState } from '../../lib/checker/state';
import { FIELD_NAMES } from '../../lib/checker/state';
import { EDITIONS } from '../../lib/profile/kraken';

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
  const field = EDITIONS[state.form].ipField;
  return (
    <div className="kc-fields">
      <div className="kc-field">
        <label htmlFor={`${id}-range`}>Service’s IP range (from its connection page)</label>
        <p className="kc-hint" id={`${id}-range-hint`}>
          {prefilled ? (
            <>
              Filled in with {serviceName}’s range. Change it only if its connection page shows
              another.
            </>
          ) : (
            <>
              Copy the range from {serviceName}’s Kraken connection page
              {connectUrl ? (
                <>
                  {' '}
                  (<a href={connectUrl}>open it</a>)
                </>
              ) : null}
              , exactly as shown.
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
        <label htmlFor={`${id}-allow`}>What you entered in Kraken’s IP restriction field</label>
        <p className="kc-hint" id={`${id}-allow-hint`}>
          The addresses or blocks in Kraken’s {field} field, separated by commas, spaces or new
          lines. Leave it empty if you entered none.
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
