import { createRoute, z } from '@hono/zod-openapi';
import { CONSENT_PURPOSE_PATTERN } from '../../domain/consent.js';
import { type ConsentDeps, changeConsent } from '../../use-cases/consent-use-cases.js';
import { idParameter, problems, wire } from '../http-schemas.js';
import { headerRef } from '../openapi/components.js';
import { newRouter } from '../router.js';

const tags = ['Candidates'];
const Params = z.object({
  id: idParameter('candidate'),
  purpose: z
    .string()
    .regex(CONSENT_PURPOSE_PATTERN, "must be 'matching' or 'share-with-employer:<organisation id>'")
    .openapi({
      param: { name: 'purpose', in: 'path' },
      description: '`matching`, or `share-with-employer:<employer organisation id>`',
      example: 'share-with-employer:emp-bouwgroep-vdb',
    }),
});

const ConsentResultSchema = z
  .object({
    candidateId: z.string(),
    purpose: z.string(),
    granted: z.boolean(),
    changed: z.boolean(),
    consent: z.object({
      matching: z.boolean(),
      recordedAt: z.string(),
      sharing: z
        .array(
          z.object({ employerOrg: z.string(), grantedAt: z.string(), withdrawnAt: z.string().optional() }),
        )
        .optional(),
    }),
  })
  .openapi('ConsentChange');

const response = (description: string) => ({
  description,
  headers: { ETag: headerRef('ETag') },
  content: { 'application/json': { schema: ConsentResultSchema } },
});

const grant = createRoute({
  method: 'put',
  path: '/{id}/consents/{purpose}',
  tags,
  summary: "Record a candidate's consent for one purpose (the owning PES; idempotent)",
  request: { params: Params },
  responses: { 200: response('The consent as it now stands'), ...problems(400, 401, 403, 404, 412, 429) },
});

const withdraw = createRoute({
  method: 'delete',
  path: '/{id}/consents/{purpose}',
  tags,
  summary:
    "Withdraw a candidate's consent for one purpose, effective at once (matching: out of every match; sharing: blind again)",
  request: { params: Params },
  responses: { 200: response('The consent as it now stands'), ...problems(400, 401, 403, 404, 412, 429) },
});

/** The owning PES's consent resource on its candidates. */
export function consentRoutes(deps: ConsentDeps) {
  return newRouter()
    .openapi(grant, async (c) => {
      const { id, purpose } = c.req.valid('param');
      const { etag, ...result } = await changeConsent(deps, c.get('caller'), id, purpose, 'grant');
      return c.json(wire(result), 200, { ETag: etag });
    })
    .openapi(withdraw, async (c) => {
      const { id, purpose } = c.req.valid('param');
      const { etag, ...result } = await changeConsent(deps, c.get('caller'), id, purpose, 'withdraw');
      return c.json(wire(result), 200, { ETag: etag });
    });
}
