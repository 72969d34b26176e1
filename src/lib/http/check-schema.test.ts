import { describe, expect, it } from 'vitest';
import { checkApiJsonSchema } from './check-schema';

describe('checkApiJsonSchema', () => {
  const schema = checkApiJsonSchema() as { $defs: Record<string, Record<string, unknown>> };

  it('describes the request, refusing unknown fields and leaving out privateKey', () => {
    const request = schema.$defs.CheckRequest ?? {};
    expect(request.additionalProperties).toBe(false);
    expect(Object.keys(request.properties as object)).toEqual([
      'form',
      'permissions',
      'nonceWindow',
      'serviceRange',
      'ipAllowlist',
      'apiKey',
    ]);
    expect(request.required ?? []).toEqual([]);
  });

  it('pins the whole document', () => {
    expect(schema).toMatchInlineSnapshot(`
      {
        "$defs": {
          "CheckRequest": {
            "additionalProperties": false,
            "properties": {
              "apiKey": {
                "description": "Kraken's public API key.",
                "type": "string",
              },
              "form": {
                "default": "pro",
                "description": "Which Kraken form the key was made on; decides the labels in messages and the guide links.",
                "enum": [
                  "pro",
                  "classic",
                ],
                "type": "string",
              },
              "ipAllowlist": {
                "description": "What was entered in Kraken's IP restriction field.",
                "type": "string",
              },
              "nonceWindow": {
                "description": "The nonce window as typed, e.g. "2000000", "2 000 000" or "2M".",
                "type": [
                  "string",
                  "number",
                ],
              },
              "permissions": {
                "description": "The permissions ticked on the key, by machine name. Absent: the permission checks skip.",
                "items": {
                  "enum": [
                    "funds_query",
                    "funds_add",
                    "funds_withdraw",
                    "funds_earn",
                    "add_withdraw_address",
                    "update_withdraw_address",
                    "trades_query_open",
                    "trades_query_closed",
                    "trades_modify",
                    "trades_close",
                    "ledger_query",
                    "export_data",
                    "websocket",
                  ],
                  "type": "string",
                },
                "maxItems": 100,
                "type": "array",
              },
              "serviceRange": {
                "description": "The service's IP range from its connection page (comma, space or newline separated).",
                "type": "string",
              },
            },
            "type": "object",
          },
          "CheckResponse": {
            "additionalProperties": false,
            "properties": {
              "checks": {
                "items": {
                  "additionalProperties": false,
                  "properties": {
                    "code": {
                      "description": "What was found, as a stable code; title, detail and fix are its words.",
                      "enum": [
                        "permission.required.pass",
                        "permission.required.fail",
                        "permission.forbidden.pass",
                        "permission.forbidden.fail",
                        "permission.extra-one.pass",
                        "permission.extra-one.warn",
                        "permission.skip",
                        "permission.extra.pass",
                        "permission.extra.warn",
                        "permission.extra.skip",
                        "ip.skip",
                        "ip.fail",
                        "ip.empty",
                        "ip.broad",
                        "ip.pass",
                        "nonce.skip",
                        "nonce.empty",
                        "nonce.invalid",
                        "nonce.pass",
                        "nonce.low",
                        "nonce.high",
                        "key.api.skip",
                        "key.api.invalid",
                        "key.api.pass",
                        "key.api.length",
                        "key.private.server",
                        "key.private.skip",
                        "key.private.invalid",
                        "key.private.pass",
                        "key.private.length",
                        "key.swapped.skip",
                        "key.swapped.same",
                        "key.swapped.both",
                        "key.swapped.api-private",
                        "key.swapped.private-api",
                        "key.swapped.pass",
                      ],
                      "type": "string",
                    },
                    "detail": {
                      "type": "string",
                    },
                    "fix": {
                      "type": [
                        "string",
                        "null",
                      ],
                    },
                    "help": {
                      "description": "A troubleshooting entry (from trouble).",
                      "type": "string",
                    },
                    "id": {
                      "enum": [
                        "permission.funds_query",
                        "permission.trades_query_open",
                        "permission.trades_query_closed",
                        "permission.trades_modify",
                        "permission.trades_close",
                        "permission.ledger_query",
                        "permission.websocket",
                        "permission.funds_withdraw",
                        "permission.add_withdraw_address",
                        "permission.update_withdraw_address",
                        "permission.extra",
                        "ip.allowlist",
                        "nonce-window",
                        "key.api-key",
                        "key.private-key",
                        "key.swapped",
                      ],
                      "type": "string",
                    },
                    "section": {
                      "enum": [
                        "permissions",
                        "ip",
                        "nonce",
                        "keys",
                      ],
                      "type": "string",
                    },
                    "status": {
                      "enum": [
                        "pass",
                        "fail",
                        "warn",
                        "skip",
                      ],
                      "type": "string",
                    },
                    "step": {
                      "description": "Path and anchor of the guide step (from stepKey).",
                      "type": [
                        "string",
                        "null",
                      ],
                    },
                    "stepKey": {
                      "anyOf": [
                        {
                          "enum": [
                            "go-to-kraken",
                            "switch",
                            "open-api-page",
                            "add-key",
                            "name-key",
                            "permissions",
                            "ip",
                            "nonce",
                            "generate",
                            "connect",
                          ],
                          "type": "string",
                        },
                        {
                          "type": "null",
                        },
                      ],
                    },
                    "title": {
                      "type": "string",
                    },
                    "trouble": {
                      "enum": [
                        "not-enough-permissions",
                        "invalid-key",
                        "invalid-signature",
                        "invalid-nonce",
                        "permission-denied",
                        "temporary-lockout",
                        "rate-limits",
                        "kraken-unavailable",
                        "ip-restriction",
                      ],
                      "type": "string",
                    },
                  },
                  "required": [
                    "id",
                    "status",
                    "code",
                    "title",
                    "detail",
                    "fix",
                    "step",
                    "section",
                    "stepKey",
                  ],
                  "type": "object",
                },
                "type": "array",
              },
            },
            "required": [
              "checks",
            ],
            "type": "object",
          },
          "ErrorResponse": {
            "additionalProperties": false,
            "properties": {
              "error": {
                "additionalProperties": false,
                "properties": {
                  "code": {
                    "type": "string",
                  },
                  "fields": {
                    "additionalProperties": {
                      "items": {
                        "type": "string",
                      },
                      "type": "array",
                    },
                    "propertyNames": {
                      "type": "string",
                    },
                    "type": "object",
                  },
                  "message": {
                    "type": "string",
                  },
                  "serverTime": {
                    "type": "number",
                  },
                  "status": {
                    "maximum": 9007199254740991,
                    "minimum": -9007199254740991,
                    "type": "integer",
                  },
                },
                "required": [
                  "status",
                  "code",
                  "message",
                ],
                "type": "object",
              },
            },
            "required": [
              "error",
            ],
            "type": "object",
          },
        },
        "$id": "/api/kraken/check.schema.json",
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "description": "Offline checks of a Kraken API key configuration. Send CheckRequest as application/json; a 200 answer is CheckResponse, any other status is ErrorResponse.",
        "title": "POST /api/kraken/check",
      }
    `);
  });
});
