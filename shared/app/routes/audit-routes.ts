import { createRoute, z } from '@hono/zod-openapi';
import { AUDIT_ACTIONS } from '../../ports/audit-log.js';
import { type AuditQueryDeps, queryAudit } from '../../use-cases/audit-queries.js';
import { problems, wire } from '../http-schemas.js';
import { newRouter } from '../router.js';

const Decision = z.object({
  ruleId: z.string(),
  ruleVersion: z.string(),
  outcome: z.string(),
  severity: z.string(),
  inputsDigest: z.string(),
});

const AuditRecordSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actor: z.object({
      kind: z.enum(['caller', 'system']),
      role: z.string().optional(),
      org: z.string(),
      subject: z.string(),
    }),
    action: z.enum(AUDIT_ACTIONS),
    subject: z.object({
      kind: z.enum(['candidate', 'vacancy', 'candidate-list']),
      id: z.string(),
      owner: z.string(),
    }),
    outcome: z.string().optional(),
    purpose: z.string().optional(),
    reason: z.string().optional(),
    vacancyId: z.string().optional(),
    candidateIds: z.array(z.string()).optional(),
    ring: z.number().int().optional(),
    exclusions: z.record(z.string(), z.number().int()).optional(),
    decisions: z.array(Decision).optional(),
    pairs: z
      .array(z.object({ candidateId: z.string(), blocked: z.boolean(), decisionsDigest: z.string() }))
      .optional(),
  })
  .openapi('AuditRecord');

const param = (name: string, description: string, example: string | number) => ({
  param: { name, in: 'query' as const },
  description,
  example,
});

const list = createRoute({
  method: 'get',
  path: '/',
  tags: ['Audit'],
  summary:
    'The append-only audit log (operators): personal-data reads and changes, consent changes, erasures and rule decisions',
  request: {
    query: z.object({
      subject: z
        .string()
        .regex(/^[A-Za-z0-9_.:-]{1,100}$/)
        .optional()
        .openapi(
          param('subject', 'A candidate or vacancy id, or `pes:<code>` for list reads', 'vac_00000030'),
        ),
      actor: z
        .string()
        .regex(/^[A-Za-z0-9._-]{2,64}$/)
        .optional()
        .openapi(
          param('actor', 'The acting organisation (`system` for scheduled jobs)', 'emp-bouwgroep-vdb'),
        ),
      from: z.iso
        .datetime({ offset: true })
        .optional()
        .openapi(
          param(
            'from',
            'Inclusive; default: all time with subject or actor, else the last 24 h',
            '2026-03-01T00:00:00Z',
          ),
        ),
      to: z.iso
        .datetime({ offset: true })
        .optional()
        .openapi(param('to', 'Inclusive; default now', '2026-03-02T23:59:59Z')),
      limit: z.coerce
        .number()
        .int()
        .min(1)
        .max(100)
        .default(50)
        .openapi(param('limit', 'Records per page', 50)),
      cursor: z
        .string()
        .max(2000)
        .optional()
        .openapi(
          param(
            'cursor',
            '`nextCursor` of the previous page; absent: the first page',
            'eyJ0IjoiMjAyNi0wMy0wMlQwOTowMDowMFoifQ',
          ),
        ),
    }),
  },
  responses: {
    200: {
      description: 'Records, oldest first',
      content: {
        'application/json': {
          schema: z.object({ items: z.array(AuditRecordSchema), nextCursor: z.string().optional() }),
        },
      },
    },
    ...problems(400, 401, 403, 429),
  },
});

export function auditRoutes(deps: AuditQueryDeps) {
  return newRouter().openapi(list, async (c) => {
    const page = await queryAudit(deps, c.get('caller'), c.req.valid('query'));
    return c.json(
      wire({ items: [...page.items], ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) }),
      200,
    );
  });
}
