/**
 * A JSON Schema document (draft 2020-12), as GET /v1/exchange/schema.json answers it, described
 * to the depth a reader needs: the keywords this API's schemas use, each node itself a schema.
 */
const NODE = { $ref: '#/components/schemas/JsonSchemaNode' };

export const JSON_SCHEMA_NODE = {
  type: 'object',
  description: 'A JSON Schema (draft 2020-12) node',
  properties: {
    $ref: { type: 'string' },
    type: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    title: { type: 'string' },
    description: { type: 'string' },
    properties: { type: 'object', additionalProperties: NODE },
    required: { type: 'array', items: { type: 'string' } },
    items: NODE,
    anyOf: { type: 'array', items: NODE },
    oneOf: { type: 'array', items: NODE },
    allOf: { type: 'array', items: NODE },
    enum: { type: 'array', items: { type: ['string', 'number', 'boolean', 'null'] } },
    const: { type: ['string', 'number', 'boolean', 'null'] },
    pattern: { type: 'string' },
    format: { type: 'string' },
    minimum: { type: 'number' },
    maximum: { type: 'number' },
    minLength: { type: 'integer' },
    maxLength: { type: 'integer' },
    minItems: { type: 'integer' },
    maxItems: { type: 'integer' },
    additionalProperties: { anyOf: [{ type: 'boolean' }, NODE] },
  },
} as const;

export const JSON_SCHEMA_DOCUMENT = {
  type: 'object',
  description: 'A JSON Schema document (draft 2020-12) with its definitions',
  required: ['$schema', '$id', '$defs'],
  properties: {
    $schema: { type: 'string', const: 'https://json-schema.org/draft/2020-12/schema' },
    $id: { type: 'string' },
    title: { type: 'string' },
    description: { type: 'string' },
    $ref: { type: 'string' },
    $defs: { type: 'object', additionalProperties: NODE },
  },
} as const;

export const JSON_SCHEMA_REF = { $ref: '#/components/schemas/JsonSchemaDocument' } as const;
