import { useId } from 'react';
import type { CheckerAction, CheckerState } from '../../lib/checker/state';
import { FIELD_NAMES } from '../../lib/checker/state';
import { EDITIONS } from '../../lib/profile/kraken';
import { useMessages } from './messages';

interface Props {
  state: CheckerState;
  dispatch: (action: CheckerAction) => void;
}

export default function NonceField({ state, dispatch }: Props) {
  const id = useId();
  const { ui } = useMessages();
  const field = EDITIONS[state.form].nonceField;
  return (
    <div className="kc-field">
      <label htmlFor={`${id}-nonce`}>{ui.nonce.label}</label>
      <p className="kc-hint" id={`${id}-nonce-hint`}>
        {ui.nonce.hint(field)}
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
