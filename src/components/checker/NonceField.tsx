import { useId } from 'react';
import type { CheckerAction, CheckerState } from '../../lib/checker/state';
import { FIELD_NAMES } from '../../lib/checker/state';
import { EDITIONS } from '../../lib/profile/kraken';

interface Props {
  state: CheckerState;
  dispatch: (action: CheckerAction) => void;
}

export default function NonceField({ state, dispatch }: Props) {
  const id = useId();
  const field = EDITIONS[state.form].nonceField;
  return (
    <div className="kc-field">
      <label htmlFor={`${id}-nonce`}>Nonce window on your key</label>
      <p className="kc-hint" id={`${id}-nonce-hint`}>
        What you entered in Kraken’s {field} field, written any way you like: 2000000, 2 000 000 or
        2M.
      </p>
      <input
        id={`${id}-nonce`}
        className="kc-input kc-input-short"
        type="text"
        name={FIELD_NAMES.nonceWindow}
        data-field="nonceWindow"
        value={state.nonceWindow ?? ''}
        aria-describedby={`${id}-nonce-hint`}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => dispatch({ type: 'text', field: 'nonceWindow', value: e.target.value })}
      />
    </div>
  );
}
