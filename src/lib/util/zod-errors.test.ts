import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { fieldPath, friendlyZodError, parseFriendly } from './zod-errors';

const Schema = z
  .object({
    form: z.enum(['pro', 'classic'], { error: 'Must be "pro" or "classic".' }),
    list: z.array(z.string()).optional(),
  })
  .strict();

describe('friendlyZodError', () => {
  it('names each field at fault', () => {
    const result = Schema.safeParse({ form: 'new', list: ['a', 3] });
    expect(result.success ? null : friendlyZodError(result.error)).toMatchInlineSnapshot(`
      {
        "fields": {
          "form": [
            "Must be "pro" or "classic".",
          ],
          "list[1]": [
            "Invalid input: expected string, received number",
          ],
        },
        "message": "form: Must be "pro" or "classic". list[1]: Invalid input: expected string, received number.",
      }
    `);
  });

  it('reports each unknown field under its own name', () => {
    const result = Schema.safeParse({ form: 'pro', colour: 1, size: 2 });
    expect(result.success ? null : friendlyZodError(result.error)).toMatchInlineSnapshot(`
      {
        "fields": {
          "colour": [
            "Unknown field.",
          ],
          "size": [
            "Unknown field.",
          ],
        },
        "message": "colour: Unknown field. size: Unknown field.",
      }
    `);
  });

  it('names unknown fields that shadow Object.prototype', () => {
    const result = Schema.safeParse(
      JSON.parse('{"form":"pro","__proto__":1,"constructor":2,"toString":3}'),
    );
    expect(result.success ? null : Object.keys(friendlyZodError(result.error).fields)).toEqual([
      '__proto__',
      'constructor',
      'toString',
    ]);
  });

  it('reports a body that is not an object at the root', () => {
    const result = Schema.safeParse([1]);
    expect(result.success ? null : friendlyZodError(result.error).message).toMatchInlineSnapshot(
      `"body: Invalid input: expected object, received array."`,
    );
  });

  it('never repeats a value from the input', () => {
    const result = Schema.safeParse({ form: 'SECRET-VALUE', list: ['SECRET-VALUE', 7] });
    expect(JSON.stringify(result.success ? null : friendlyZodError(result.error))).not.toContain(
      'SECRET',
    );
  });
});

describe('fieldPath', () => {
  it.each([
    { path: [], expected: '' },
    { path: ['a'], expected: 'a' },
    { path: ['a', 2, 'b'], expected: 'a[2].b' },
    { path: ['k'.repeat(100)], expected: `${'k'.repeat(64)}…` },
  ])('writes $path as “$expected”', ({ path, expected }) => {
    expect(fieldPath(path)).toBe(expected);
  });
});

describe('parseFriendly', () => {
  it('returns the data when valid', () => {
    expect(parseFriendly(Schema, { form: 'pro' })).toEqual({ ok: true, data: { form: 'pro' } });
  });
});
