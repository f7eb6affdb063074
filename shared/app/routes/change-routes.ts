import { createRoute, z } from '@hono/zod-openapi';
import { type ChangeFeedDeps, readChanges } from '../../use-cases/change-feed.js';
import { ChangesPageSchema } from '../exchange-schemas.js';
import { problems, wire } from '../http-schemas.js';
import { newRouter } from '../router.js';

const ChangesQuery = z.object({
  since: z
    .string()
    .regex(/^\d{1,12}\.\d{1,6}$/, 'is not a cursor this feed issued')
    .optional()
    .openapi({
      param: { name: 'since', in: 'query' },
      description: 'A cursor this feed returned; absent: from the beginning (get all)',
      example: '1772442000000.000001',
    }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(100)
    .openapi({ param: { name: 'limit', in: 'query' }, description: 'Changes per page', example: 100 }),
  details: z
    .enum(['true', 'false'])
    .default('true')
    .openapi({
      param: { name: 'details', in: 'query' },
      description: 'Inline each resource as of the change (exchange format); false: references only',
      example: 'true',
    }),
});

const changes = createRoute({
  method: 'get',
  path: '/',
  tags: ['Bulk exchange'],
  summary: 'Change feed: creates, updates and erasures of candidates and vacancies, in order',
  description:
    'EURES pull style: without `since`, everything from the beginning; with it, what changed after that cursor. Each change carries its own cursor; `nextCursor` resumes after the last entry examined. Scoped to the caller: a PES sees its own candidates and bottleneck vacancies; the EU Talent Pool consenting candidates (no identifying data) and bottleneck vacancies; an employer its own vacancies and bottleneck vacancies; an operator every reference. Erasures are entries without personal data.',
  request: { query: ChangesQuery },
  responses: {
    200: { description: 'A page of changes', content: { 'application/json': { schema: ChangesPageSchema } } },
    ...problems(400, 401, 403, 503),
  },
});

export function changeRoutes(deps: ChangeFeedDeps) {
  return newRouter().openapi(changes, async (c) => {
    const query = c.req.valid('query');
    const page = await readChanges(deps, c.get('caller'), {
      since: query.since,
      limit: query.limit,
      details: query.details === 'true',
    });
    // A candidate's detail is the exchange format as an upload takes it (z.input: defaults not
    // filled in), which is exactly what the schema admits; the output type would demand them.
    return c.json(wire(page) as unknown as z.infer<typeof ChangesPageSchema>, 200);
  });
}
