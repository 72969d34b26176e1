import { useId } from 'react';
import type { GuideForm } from '../../lib/guide/links';
import type { CheckerAction, CheckerState } from '../../lib/checker/state';
import { FIELD_NAMES, isOn } from '../../lib/checker/state';
import { EDITIONS } from '../../lib/profile/kraken';
import { formLayout } from '../../lib/rules/permissions';
import { useMessages } from './messages';

const FORM_NAMES: Record<GuideForm, string> = {
  pro: EDITIONS.pro.name,
  classic: EDITIONS.classic.name,
};

/** Where each form's permission boxes live on Kraken, shown above the replica. */
const FORM_PLACES: Record<GuideForm, string> = {
  pro: EDITIONS.pro.place,
  classic: EDITIONS.classic.place,
};

interface Props {
  state: CheckerState;
  dispatch: (action: CheckerAction) => void;
}

/**
 * A replica of Kraken's key permissions, in the Pro or the Classic layout:
 * the same labels, groups and order as the catalogue, so the user ticks what
 * they see on Kraken. Pro's WebSocket interface is a switch, as on Kraken.
 */
export default function PermissionFields({ state, dispatch }: Props) {
  const id = useId();
  const { ui } = useMessages();
  const groups = formLayout(state.form);
  const boxes = groups.filter((g) => g.permissions.every((p) => p.entry.control === 'checkbox'));
  const toggles = groups.flatMap((g) => g.permissions.filter((p) => p.entry.control === 'toggle'));
  return (
    <div className="kc-permissions">
      <fieldset className="kc-form-switch">
        <legend>{ui.permissions.whichForm}</legend>
        <div className="kc-segmented">
          {(['pro', 'classic'] as const).map((form) => (
            <label key={form}>
              <input
                type="radio"
                name={FIELD_NAMES.form}
                value={form}
                checked={state.form === form}
                onChange={() => dispatch({ type: 'form', form })}
              />
              <span>{FORM_NAMES[form]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="kc-replica" data-form={state.form} aria-describedby={`${id}-where`}>
        <legend className="kc-replica-legend">
          {EDITIONS[state.form].permissionsLegend}
          <span className="sr-only">{ui.permissions.asOn(FORM_NAMES[state.form])}</span>
        </legend>
        <p className="kc-replica-where" id={`${id}-where`}>
          <span className="kc-replica-brand">{FORM_NAMES[state.form]}</span>{' '}
          {FORM_PLACES[state.form]}. {ui.permissions.tickExactly}
        </p>
        <div className="kc-replica-groups">
          {boxes.map((group) => (
            <fieldset key={group.label} className="kc-replica-group">
              <legend>{group.label}</legend>
              {group.permissions.map((p) => (
                <label key={p.name} className="kc-box">
                  <input
                    type="checkbox"
                    name={FIELD_NAMES.permissions}
                    value={p.name}
                    checked={isOn(state, p.name)}
                    onChange={(e) =>
                      dispatch({ type: 'permission', name: p.name, on: e.target.checked })
                    }
                  />
                  <span>{p.entry.label}</span>
                </label>
              ))}
            </fieldset>
          ))}
        </div>
        {toggles.map((p) => (
          <div key={p.name} className="kc-toggle-row">
            <label className="kc-toggle">
              <span className="kc-toggle-label">{p.entry.label}</span>
              <input
                type="checkbox"
                role="switch"
                name={FIELD_NAMES.permissions}
                value={p.name}
                checked={isOn(state, p.name)}
                onChange={(e) =>
                  dispatch({ type: 'permission', name: p.name, on: e.target.checked })
                }
              />
              <span className="kc-toggle-track" aria-hidden="true" />
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
