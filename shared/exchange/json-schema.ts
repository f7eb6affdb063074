import { z } from 'zod';
import { LANGUAGE_CODES } from '../domain/codes.js';
import { CountryCodeSchema, LanguageCodeSchema } from '../domain/common-schemas.js';
import { EXCHANGE_FORMAT, ExchangeCandidateSchema, ExchangeVacancySchema } from './exchange-format.js';

export const EXCHANGE_SCHEMA_ID = 'https://concentric.example/schemas/concentric-exchange-1.json';

type JsonSchema = Record<string, unknown>;

/**
 * Code lists the zod schemas check in code (a refine) are spelled out for other systems: a
 * pattern for ISO 3166-1 alpha-2, the ISO 639-1 list itself.
 */
function annotateCodes(ctx: { zodSchema: unknown; jsonSchema: JsonSchema }): void {
  if (ctx.zodSchema === CountryCodeSchema) {
    ctx.jsonSchema.pattern = '^[A-Z]{2}$';
    ctx.jsonSchema.description = 'ISO 3166-1 alpha-2 country code';
  }
  if (ctx.zodSchema === LanguageCodeSchema) {
    ctx.jsonSchema.enum = [...LANGUAGE_CODES].sort();
    ctx.jsonSchema.description = 'ISO 639-1 language code';
  }
}

function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    override: annotateCodes as never,
  }) as JsonSchema;
  return json;
}

/**
 * The JSON Schema of the exchange format, generated from the zod schemas the API validates
 * with, so the document and the validation cannot drift. The root validates one NDJSON line of
 * an import or export (a candidate); `$defs` also holds the public vacancy of the change feed.
 */
export function exchangeJsonSchema(): JsonSchema {
  const candidate = toJsonSchema(ExchangeCandidateSchema, 'input');
  const vacancy = toJsonSchema(ExchangeVacancySchema, 'output');
  const defs = {
    ...((candidate.$defs as JsonSchema | undefined) ?? {}),
    ...((vacancy.$defs as JsonSchema | undefined) ?? {}),
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: EXCHANGE_SCHEMA_ID,
    title: EXCHANGE_FORMAT,
    description:
      'Concentric exchange format: one candidate profile per NDJSON line (import: POST /v1/candidates/bulk or /v1/candidate-imports; export: GET /v1/exchange/candidates). Vacancies appear in the change feed (GET /v1/changes) as ExchangeVacancy. See docs/exchange.md.',
    $ref: '#/$defs/ExchangeCandidate',
    $defs: defs,
  };
}
