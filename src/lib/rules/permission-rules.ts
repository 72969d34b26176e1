import type { GuideForm } from '../guide/links';
import type { OfflineFinding, Source } from '../messages/types';
import type { CheckModule } from './module';
import type { PermissionName } from './permissions';
import {
  EXTRA_PERMISSIONS,
  FORBIDDEN_PERMISSIONS,
  PERMISSION_NAMES,
  REQUIRED_PERMISSIONS,
  getPermission,
} from './permissions';

export { SERVICE_PERMISSION_MESSAGE } from '../messages/words';
export type { Source } from '../messages/types';

/** The options a check's id and wording depend on. */
export interface PermissionJudgement {
  form: GuideForm;
  /** `permission.` for what was typed, `live.` for what Kraken reported. */
  prefix: 'permission.' | 'live.';
  source: Source;
}

const OFFLINE: Omit<PermissionJudgement, 'form'> = { prefix: 'permission.', source: 'typed' };
const stepKey = 'permissions' as const;

/**
 * The rule for one permission, whoever reports it: the same for typed and reported keys.
 * Required: on passes, off fails. Forbidden: off passes, on fails. Extra: on warns.
 */
export function assessPermission(
  name: PermissionName,
  on: boolean,
  { form, prefix, source }: PermissionJudgement,
): OfflineFinding {
  const id = `${prefix}${name}`;
  const values = { name, form, source };
  switch (getPermission(name).requirement) {
    case 'required':
      return on
        ? { id, status: 'pass', code: 'permission.required.pass', values, stepKey }
        : {
            id,
            status: 'fail',
            code: 'permission.required.fail',
            values,
            stepKey,
            trouble: 'not-enough-permissions',
          };
    case 'forbidden':
      return on
        ? { id, status: 'fail', code: 'permission.forbidden.fail', values, stepKey }
        : { id, status: 'pass', code: 'permission.forbidden.pass', values, stepKey };
    case 'extra':
      return on
        ? { id, status: 'warn', code: 'permission.extra-one.warn', values, stepKey }
        : { id, status: 'pass', code: 'permission.extra-one.pass', values, stepKey };
  }
}

/** Every permission of the catalogue, judged one by one (the live check's `live.<name>`). */
export function assessEveryPermission(
  selected: Iterable<PermissionName>,
  judgement: PermissionJudgement,
): OfflineFinding[] {
  const on = new Set(selected);
  return PERMISSION_NAMES.map((name) => assessPermission(name, on.has(name), judgement));
}

/** Every id `assessPermissions` answers with, in its order. */
export const PERMISSION_CHECK_IDS: readonly string[] = [
  ...[...REQUIRED_PERMISSIONS, ...FORBIDDEN_PERMISSIONS].map((name) => `permission.${name}`),
  'permission.extra',
];

/**
 * `permission.<name>` for the required and the forbidden permissions, then
 * `permission.extra`. `selected` undefined (nothing given) skips them all.
 */
export function assessPermissions(
  selected: Iterable<PermissionName> | undefined,
  form: GuideForm,
): OfflineFinding[] {
  const named = [...REQUIRED_PERMISSIONS, ...FORBIDDEN_PERMISSIONS];
  if (selected === undefined) {
    return [
      ...named.map((name): OfflineFinding => ({
        id: `permission.${name}`,
        status: 'skip',
        code: 'permission.skip',
        values: { name, form },
        stepKey,
      })),
      {
        id: 'permission.extra',
        status: 'skip',
        code: 'permission.extra.skip',
        values: {},
        stepKey,
      },
    ];
  }
  const on = new Set(selected);
  const judgement = { ...OFFLINE, form };
  const extras = EXTRA_PERMISSIONS.filter((name) => on.has(name));
  return [
    ...named.map((name) => assessPermission(name, on.has(name), judgement)),
    extras.length === 0
      ? {
          id: 'permission.extra',
          status: 'pass',
          code: 'permission.extra.pass',
          values: { form },
          stepKey,
        }
      : {
          id: 'permission.extra',
          status: 'warn',
          code: 'permission.extra.warn',
          values: { form, on: extras },
          stepKey,
        },
  ];
}

export const permissionsModule: CheckModule = {
  section: 'permissions',
  ids: PERMISSION_CHECK_IDS,
  fields: ['permissions'],
  step: 'permissions',
  trouble: ['not-enough-permissions'],
  run: (values, { form }) => assessPermissions(values.permissions, form),
};
