import type { GuideForm, StepKey, TroubleKey } from '../guide/links';
import type { UiCatalogue } from '../messages/types';

/** "Kraken Pro guide, step 5, Select permissions" for a result's `stepKey`, in `ui`'s language. */
export function stepLabel(ui: UiCatalogue, form: GuideForm, step: StepKey): string {
  const title = ui.stepTitles[form][step];
  return title ? `${ui.guideName[form]}, ${title}` : ui.guideName[form];
}

/** "Troubleshooting: EAPI:Invalid nonce" for a result's `trouble`, in `ui`'s language. */
export function helpLabel(ui: UiCatalogue, trouble: TroubleKey): string {
  return ui.troubleshooting(ui.helpTitles[trouble]);
}
