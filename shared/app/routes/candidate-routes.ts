import { createRoute, z } from '@hono/zod-openapi';
import type { CandidateProfile } from '../../domain/candidate.js';
import { ExternalIdSchema } from '../../domain/candidate.js';
import type { Page } from '../../ports/page.js';
import {
  type CandidateDeps,
  getCandidate,
  listCandidates,
  upsertCandidate,
} from '../../use-cases/candidate-use-cases.js';
import { type ErasureDeps, eraseCandidate } from '../../use-cases/erasure-use-cases.js';
import { idParameter, jsonBody, PageQuerySchema, problems } from '../http-schemas.js';
import { headerRef } from '../openapi/components.js';
import {
  CandidateInputBody,
  CandidatePageSchema,
  CandidateSchema,
  CandidateUpsertSchema,
} from '../resource-schemas.js';
import { newRouter } from '../router.js';

const tags = ['Candidates'];
const IdParams = z.object({
  id: idParameter('candidate'),
});
const ExternalIdParams = z.object({
  externalId: ExternalIdSchema.openapi({
    param: { name: 'externalId', in: 'path' },
    description: "The PES's own id for the jobseeker; with the PES it keys the profile",
    example: 'MA-2026-000123',
  }),
});
const etagHeader = { ETag: headerRef('ETag') };

const upsert = createRoute({
  method: 'put',
  path: '/by-external-id/{externalId}',
  tags,
  summary: "Upsert a profile by the PES's own id (idempotent: the same body twice gives one record)",
  request: { params: ExternalIdParams, body: jsonBody(CandidateInputBody, 'The candidate profile') },
  responses: {
    200: {
      description: 'Updated, or unchanged',
      headers: etagHeader,
      content: { 'application/json': { schema: CandidateUpsertSchema } },
    },
    201: {
      description: 'Created',
      headers: { ...etagHeader, Location: headerRef('Location') },
      content: { 'application/json': { schema: CandidateUpsertSchema } },
    },
    ...problems(400, 401, 403, 412, 413, 415, 503),
  },
});

const list = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: "List the calling PES's own candidates",
  request: { query: PageQuerySchema },
  responses: {
    200: {
      description: 'A page of candidates',
      content: { 'application/json': { schema: CandidatePageSchema } },
    },
    ...problems(400, 401, 403, 503),
  },
});

const read = createRoute({
  method: 'get',
  path: '/{id}',
  tags,
  summary: 'Read one of your candidates',
  request: { params: IdParams },
  responses: {
    200: {
      description: 'The candidate',
      headers: etagHeader,
      content: { 'application/json': { schema: CandidateSchema } },
    },
    ...problems(400, 401, 403, 404, 503),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/{id}',
  tags,
  summary:
    'Erase one of your candidates: from the store, the search index and so every match, at once; an audit tombstone (ids, PES, time, reason) remains',
  request: { params: IdParams },
  responses: { 204: { description: 'Deleted' }, ...problems(400, 401, 403, 404, 503) },
});

const page = (p: Page<CandidateProfile>) => ({
  items: [...p.items],
  ...(p.nextCursor ? { nextCursor: p.nextCursor } : {}),
});

/** Partner employment services' candidate resource. */
export function candidateRoutes(deps: CandidateDeps & ErasureDeps) {
  return newRouter()
    .openapi(upsert, async (c) => {
      const result = await upsertCandidate(
        deps,
        c.get('caller'),
        c.req.valid('param').externalId,
        c.req.valid('json'),
      );
      const body = { outcome: result.outcome, candidate: result.candidate };
      const headers = { ETag: result.etag, Location: `/v1/candidates/${result.candidate.id}` };
      return result.outcome === 'created' ? c.json(body, 201, headers) : c.json(body, 200, headers);
    })
    .openapi(list, async (c) =>
      c.json(page(await listCandidates(deps, c.get('caller'), c.req.valid('query'))), 200),
    )
    .openapi(read, async (c) => {
      const { candidate, etag } = await getCandidate(deps, c.get('caller'), c.req.valid('param').id);
      return c.json(candidate, 200, { ETag: etag });
    })
    .openapi(remove, async (c) => {
      await eraseCandidate(deps, c.get('caller'), c.req.valid('param').id);
      return c.body(null, 204);
    });
}
