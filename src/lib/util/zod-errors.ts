import { z } from 'astro/zod';
import { clip } from './text';

/** Field path → messages; the root (the body as a whole) is `""`. */
export type FieldMessages = Record<string, string[]>;

export interface FriendlyZodError {
  /** One line naming every field at fault, e.g. "permissions[2]: Unknown permission. colour: Unknown field." */
  message: string;
  fields: FieldMessages;
}

/** ["permissions", 2, "x"] → "permissions[2].x". */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += (out === '' ? '' : '.') + clip(String(key), 64);
  }
  return out;
}

function add(fields: Map<string, string[]>, field: string, message: string): void {
  fields.set(field, [...(fields.get(field) ?? []), message]);
}

/**
 * Turns a zod error into messages that name the field. Unknown keys of a
 * strict object are reported under each key's own name, so a client sees
 * `{ "colour": ["Unknown field."] }` rather than a root-level complaint.
 * Messages come from the schema or zod's defaults, never from the input's values.
 */
export function friendlyZodError(error: z.ZodError): FriendlyZodError {
  // A Map, as field names such as "__proto__" or "constructor" come from the input.
  const fields = new Map<string, string[]>();
  for (const issue of error.issues) {
    const base = fieldPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add(fields, fieldPath([...issue.path, key]), 'Unknown field.');
    } else {
      add(fields, base, issue.message);
    }
  }
  const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
  const message = [...fields]
    .map(
      ([field, messages]) =>
        `${field === '' ? 'body' : field}: ${messages.map(sentence).join(' ')}`,
    )
    .join(' ');
  return { message, fields: Object.fromEntries(fields) };
}

/** Parses with `schema`, returning the data or the friendly error. */
export function parseFriendly<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; error: FriendlyZodError } {
  const result = schema.safeParse(value);
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, error: friendlyZodError(result.error) };
}
