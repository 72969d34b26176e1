import { z } from 'astro/zod';
import { CheckRequestSchema, CheckResponseSchema } from '../rules';
import { ErrorBodySchema } from './json';

/** JSON Schema drafts put this on the root only. */
function body(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

/**
 * The check API's JSON Schema, generated from the zod schemas the handler
 * uses: `$defs.CheckRequest`, `$defs.CheckResponse` and `$defs.ErrorResponse`.
 */
export function checkApiJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: '/api/kraken/check.schema.json',
    title: 'POST /api/kraken/check',
    description:
      'Offline checks of a Kraken API key configuration. Send CheckRequest as application/json; a 200 answer is CheckResponse, any other status is ErrorResponse.',
    $defs: {
      CheckRequest: body(CheckRequestSchema, 'input'),
      CheckResponse: body(CheckResponseSchema, 'output'),
      ErrorResponse: body(ErrorBodySchema, 'output'),
    },
  };
}
