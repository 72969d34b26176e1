import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TROUBLE_KEYS } from '../guide/links';
import { PERMISSION_NAMES } from './permissions';
import { CHECK_IDS, CHECK_MODULES, INPUT_FIELDS, SECTIONS } from './registry';
import { runChecks } from './run';
import { CheckInputSchema, CheckResponseSchema } from './schema';

const REFERENCE = readFileSync(
  new URL('../../content/docs/reference/check-api.mdx', import.meta.url),
  'utf8',
);

/** The `code` spans of the reference's paragraph that follows `lead`. */
function codeListAfter(lead: string): string[] {
  const start = REFERENCE.indexOf(lead);
  expect(start, `the reference has “${lead}”`).toBeGreaterThan(-1);
  const paragraph = REFERENCE.slice(start + lead.length).split(/\n\s*\n/)[1] ?? '';
  return [...paragraph.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
}

/** Inputs that make every module answer every status it can. */
const INPUTS = [
  {},
  { permissions: [] },
  { permissions: [...PERMISSION_NAMES] },
  { nonceWindow: '', serviceRange: '192.0.2.0/24', ipAllowlist: '192.0.2.0/25' },
  { nonceWindow: '1', apiKey: 'x', privateKey: 'y' },
];

describe('the check registry', () => {
  it('answers exactly the ids its modules declare, in order, whatever the input', () => {
    for (const input of INPUTS) expect(runChecks(input).map((c) => c.id)).toEqual(CHECK_IDS);
  });

  it.each(CHECK_MODULES.map((m) => [m.section, m] as const))(
    '%s: every result carries its module’s section, step and declared troubleshooting keys',
    (_, module) => {
      for (const input of INPUTS) {
        for (const check of runChecks(input, { modules: [module] })) {
          expect(check.section).toBe(module.section);
          expect(check.stepKey).toBe(module.step);
          if (check.trouble) expect(module.trouble).toContain(check.trouble);
        }
      }
    },
  );

  it('has one module per section, and troubleshooting keys that exist', () => {
    expect(new Set(SECTIONS).size).toBe(CHECK_MODULES.length);
    for (const module of CHECK_MODULES)
      for (const key of module.trouble) expect(TROUBLE_KEYS).toContain(key);
  });

  it('gives the request schema exactly the fields the modules read', () => {
    expect(Object.keys(CheckInputSchema.shape).sort()).toEqual(['form', ...INPUT_FIELDS].sort());
  });

  it('gives the response schema exactly its ids and sections', () => {
    expect(CheckResponseSchema.safeParse({ checks: runChecks({}) }).success).toBe(true);
    const bad = { ...runChecks({})[0], id: 'permission.unknown' };
    expect(CheckResponseSchema.safeParse({ checks: [bad] }).success).toBe(false);
  });
});

describe('the check API reference', () => {
  it('lists the registry’s ids, in its order', () => {
    expect(codeListAfter('always all of them and always in this order:')).toEqual(CHECK_IDS);
  });

  it('lists every permission’s machine name, in the catalogue’s order', () => {
    const names = codeListAfter('| `apiKey`').filter((n) => !n.includes(' '));
    expect([...new Set(names)]).toEqual(PERMISSION_NAMES);
  });
});
