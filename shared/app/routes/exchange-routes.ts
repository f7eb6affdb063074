import { createRoute, z } from '@hono/zod-openapi';
import { EXCHANGE_FORMAT } from '../../exchange/exchange-format.js';
import { exchangeJsonSchema } from '../../exchange/json-schema.js';
import { type ExportDeps, exportCandidates } from '../../use-cases/exchange-export.js';
import { problems } from '../http-schemas.js';
import { ndjsonResponse } from '../ndjson.js';
import { JSON_SCHEMA_REF } from '../openapi/json-schema-component.js';
import { newRouter } from '../router.js';

const tags = ['Bulk exchange'];

const exportRoute = createRoute({
  method: 'get',
  path: '/candidates',
  tags,
  summary: 'Export profiles in the exchange format (NDJSON, ESCO/ISCO/CEFR/ISO/ISCED codes)',
  description:
    'A PES exports its own profiles in full; the EU Talent Pool exports consenting profiles of every PES without identifying data. Each line validates against GET /v1/exchange/schema.json and can be uploaded as it is to POST /v1/candidates/bulk.',
  responses: {
    200: {
      description: 'One ExchangeCandidate per line',
      content: {
        'application/x-ndjson': {
          schema: z.string().openapi({ description: 'One ExchangeCandidate JSON object per line' }),
        },
      },
    },
    ...problems(401, 403, 503),
  },
});

const schemaRoute = createRoute({
  method: 'get',
  path: '/schema.json',
  tags,
  summary: `JSON Schema of the exchange format (${EXCHANGE_FORMAT}), generated from the validation schemas`,
  responses: {
    200: {
      description: 'JSON Schema (draft 2020-12)',
      content: { 'application/schema+json': { schema: JSON_SCHEMA_REF } },
    },
    ...problems(401, 403, 503),
  },
});

/** The EU Talent Pool / EURES exchange: export and the format's schema. */
export function exchangeRoutes(deps: ExportDeps) {
  const schema = exchangeJsonSchema();
  return (
    newRouter()
      .openapi(exportRoute, (c) =>
        ndjsonResponse(exportCandidates(deps, c.get('caller')), {
          'content-disposition': 'attachment; filename="candidates.ndjson"',
        }),
      )
      // The route's schema is a raw OpenAPI component (JSON_SCHEMA_REF), which zod cannot type.
      .openapi(schemaRoute, (c) =>
        c.json(schema as never, 200, { 'content-type': 'application/schema+json' }),
      )
  );
}
