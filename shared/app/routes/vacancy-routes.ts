import { createRoute, z } from '@hono/zod-openapi';
import type { Vacancy } from '../../domain/vacancy.js';
import type { Page } from '../../ports/page.js';
import {
  closeVacancy,
  createVacancy,
  getVacancy,
  listVacancies,
  updateVacancy,
  type VacancyDeps,
} from '../../use-cases/vacancy-use-cases.js';
import {
  IdempotencyKeyHeaderSchema,
  IfMatchHeaderSchema,
  IfMatchRequiredHeaderSchema,
  idParameter,
  jsonBody,
  PageQuerySchema,
  problems,
} from '../http-schemas.js';
import { headerRef } from '../openapi/components.js';
import { VacancyInputBody, VacancyPageSchema, VacancySchema } from '../resource-schemas.js';
import { newRouter } from '../router.js';

const tags = ['Vacancies'];
const IdParams = z.object({
  id: idParameter('vacancy'),
});
const vacancyResponse = (description: string, created = false) => ({
  description,
  headers: { ETag: headerRef('ETag'), ...(created ? { Location: headerRef('Location') } : {}) },
  content: { 'application/json': { schema: VacancySchema } },
});

const create = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Post a vacancy (employers). Intake rules run first; a block stores nothing.',
  request: { headers: IdempotencyKeyHeaderSchema, body: jsonBody(VacancyInputBody, 'The vacancy') },
  responses: { 201: vacancyResponse('Created', true), ...problems(400, 401, 403, 409, 413, 415, 422, 503) },
});

const list = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: "List the caller's own vacancies, newest first",
  request: { query: PageQuerySchema },
  responses: {
    200: {
      description: 'A page of vacancies',
      content: { 'application/json': { schema: VacancyPageSchema } },
    },
    ...problems(400, 401, 403, 503),
  },
});

const read = createRoute({
  method: 'get',
  path: '/{id}',
  tags,
  summary: 'Read one of your vacancies',
  request: { params: IdParams },
  responses: { 200: vacancyResponse('The vacancy'), ...problems(400, 401, 403, 404, 503) },
});

const update = createRoute({
  method: 'put',
  path: '/{id}',
  tags,
  summary: 'Replace a vacancy (If-Match required: optimistic concurrency)',
  request: {
    params: IdParams,
    headers: IfMatchRequiredHeaderSchema,
    body: jsonBody(VacancyInputBody, 'The new vacancy'),
  },
  responses: {
    200: vacancyResponse('Updated'),
    ...problems(400, 401, 403, 404, 412, 413, 415, 422, 428, 503),
  },
});

const close = createRoute({
  method: 'post',
  path: '/{id}/close',
  tags,
  summary: 'Close a vacancy (idempotent; If-Match optional)',
  request: { params: IdParams, headers: IfMatchHeaderSchema },
  responses: { 200: vacancyResponse('Closed'), ...problems(400, 401, 403, 404, 412, 503) },
});

const page = (p: Page<Vacancy>) => ({
  items: [...p.items],
  ...(p.nextCursor ? { nextCursor: p.nextCursor } : {}),
});

/** Employers' vacancy resource: thin handlers over the vacancy use cases. */
export function vacancyRoutes(deps: VacancyDeps) {
  return newRouter()
    .openapi(create, async (c) => {
      const { vacancy, etag } = await createVacancy(deps, c.get('caller'), c.req.valid('json'));
      return c.json(vacancy, 201, { ETag: etag, Location: `/v1/vacancies/${vacancy.id}` });
    })
    .openapi(list, async (c) =>
      c.json(page(await listVacancies(deps, c.get('caller'), c.req.valid('query'))), 200),
    )
    .openapi(read, async (c) => {
      const { vacancy, etag } = await getVacancy(deps, c.get('caller'), c.req.valid('param').id);
      return c.json(vacancy, 200, { ETag: etag });
    })
    .openapi(update, async (c) => {
      const { vacancy, etag } = await updateVacancy(
        deps,
        c.get('caller'),
        c.req.valid('param').id,
        c.req.valid('json'),
        c.req.valid('header')['if-match'],
      );
      return c.json(vacancy, 200, { ETag: etag });
    })
    .openapi(close, async (c) => {
      const { vacancy, etag } = await closeVacancy(
        deps,
        c.get('caller'),
        c.req.valid('param').id,
        c.req.valid('header')['if-match'],
      );
      return c.json(vacancy, 200, { ETag: etag });
    });
}
