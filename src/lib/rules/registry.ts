/**
 * Every offline check module, in the order the guide meets them. Adding a
 * check means one module here, its field in the request schema (schema.ts
 * will not compile without it) and its place in the MDX.
 */
import { ipModule } from './ip-rule';
import { keysModule } from './key-rules';
import type { CheckModule, InputField } from './module';
import { nonceModule } from './nonce-rule';
import { permissionsModule } from './permission-rules';

export const CHECK_MODULES: readonly CheckModule[] = [
  permissionsModule,
  ipModule,
  nonceModule,
  keysModule,
];

export type Section = CheckModule['section'];

/** The checker's sections, in order. */
export const SECTIONS: readonly Section[] = CHECK_MODULES.map((m) => m.section);

/** Every id the offline checks answer with, in order. */
export const CHECK_IDS: readonly string[] = CHECK_MODULES.flatMap((m) => m.ids);

/** Every input field the modules read, in order. */
export const INPUT_FIELDS: readonly InputField[] = [
  ...new Set(CHECK_MODULES.flatMap((m) => m.fields)),
];

export function moduleOf(section: Section): CheckModule {
  const found = CHECK_MODULES.find((m) => m.section === section);
  if (!found) throw new TypeError(`No check module for ${section}`);
  return found;
}
