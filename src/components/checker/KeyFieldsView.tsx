import { useId, useState } from 'react';
import type { CheckerAction, CheckerState } from '../../lib/checker/state';
import { FIELD_NAMES } from '../../lib/checker/state';
import { useMessages } from './messages';

interface Props {
  state: CheckerState;
  dispatch: (action: CheckerAction) => void;
  /** The island runs in the browser (false on the server and before hydration). */
  hydrated: boolean;
  /**
   * The fields sit in the checker page's no-JavaScript form: the private key
   * field then only appears once the island runs, so the form can never post it.
   */
  inPostedForm: boolean;
}

/** Attributes that keep browsers and keyboards from storing, correcting or suggesting a key. */
const SECRET_INPUT = {
  autoComplete: 'off',
  spellCheck: false,
  autoCapitalize: 'off',
  autoCorrect: 'off',
  'data-1p-ignore': true,
  'data-lpignore': 'true',
  'data-form-type': 'other',
} as const;

export default function KeyFields({ state, dispatch, hydrated, inPostedForm }: Props) {
  const id = useId();
  const { ui } = useMessages();
  const showPrivate = hydrated || !inPostedForm;
  return (
    <div className="kc-fields">
      <KeyInput
        id={`${id}-api`}
        label={ui.keys.apiLabel}
        hint={ui.keys.apiHint}
        name={FIELD_NAMES.apiKey}
        field="apiKey"
        value={state.apiKey ?? ''}
        canToggle={hydrated}
        onChange={(value) => dispatch({ type: 'text', field: 'apiKey', value })}
      />
      {showPrivate ? (
        <KeyInput
          id={`${id}-private`}
          label={ui.keys.privateLabel}
          hint={ui.keys.privateHint}
          field="privateKey"
          value={state.privateKey ?? ''}
          canToggle={hydrated}
          onChange={(value) => dispatch({ type: 'text', field: 'privateKey', value })}
        />
      ) : (
        <p className="kc-hint kc-private-note">{ui.keys.privateNote}</p>
      )}
    </div>
  );
}

interface KeyInputProps {
  id: string;
  label: string;
  hint: string;
  /** Only the API key has a name: a field without one is never part of a posted form. */
  name?: string;
  /** Which state field it shows: read back if something was typed before the island ran. */
  field: 'apiKey' | 'privateKey';
  value: string;
  canToggle: boolean;
  onChange: (value: string) => void;
}

function KeyInput({ id, label, hint, name, field, value, canToggle, onChange }: KeyInputProps) {
  const [shown, setShown] = useState(false);
  const { ui } = useMessages();
  return (
    <div className="kc-field">
      <label htmlFor={id}>{label}</label>
      <p className="kc-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <div className="kc-secret">
        <input
          id={id}
          className="kc-input kc-mono"
          type={shown ? 'text' : 'password'}
          {...(name ? { name } : {})}
          data-field={field}
          value={value}
          aria-describedby={`${id}-hint`}
          {...SECRET_INPUT}
          onChange={(e) => onChange(e.target.value)}
        />
        {canToggle ? (
          <button
            type="button"
            className="kc-button"
            aria-pressed={shown}
            onClick={() => setShown((s) => !s)}
          >
            {ui.keys.show}
            <span className="sr-only"> {label}</span>
          </button>
        ) : null}
      </div>
    </div>
  );
}
