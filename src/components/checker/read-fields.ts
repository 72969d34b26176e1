import type { GuideForm } from '../../lib/guide/links';
import type { SeenFields } from '../../lib/checker/state';
import { FIELD_NAMES, TEXT_FIELDS } from '../../lib/checker/state';
import type { PermissionName } from '../../lib/rules/permissions';
import { isPermissionName } from '../../lib/rules/permissions';

/**
 * What the fields inside `root` hold right now (see SeenFields): each text
 * field carries `data-field` with the state field it shows, and the boxes and
 * the form switch their no-JavaScript form names.
 */
export function readFields(root: ParentNode): SeenFields {
  const seen: SeenFields = {};
  for (const field of TEXT_FIELDS) {
    const el = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(
      `[data-field="${field}"]`,
    );
    if (el) seen[field] = el.value;
  }
  const form = root.querySelector<HTMLInputElement>(
    `input[type="radio"][name="${FIELD_NAMES.form}"]:checked`,
  );
  if (form && (form.value === 'pro' || form.value === 'classic')) {
    seen.form = form.value satisfies GuideForm;
  }
  const boxes = [
    ...root.querySelectorAll<HTMLInputElement>(
      `input[type="checkbox"][name="${FIELD_NAMES.permissions}"]`,
    ),
  ];
  if (boxes.length > 0) {
    seen.permissions = boxes
      .filter((box) => box.checked)
      .map((box) => box.value)
      .filter((name): name is PermissionName => isPermissionName(name));
  }
  return seen;
}
