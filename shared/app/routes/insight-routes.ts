import { createRoute, z } from '@hono/zod-openapi';
import { COUNTRY_REASONS, RING_REASONS } from '../../insight/sourcing-plan.js';
import { type InsightDeps, labourMarketTension, sourcingPlan } from '../../use-cases/insight-use-cases.js';
import { problems, wire } from '../http-schemas.js';
import { renderInsightReport } from '../insight-report/report-page.js';
import { newRouter } from '../router.js';

const tags = ['Insight'];

const level = z.coerce
  .number()
  .int()
  .min(1)
  .max(4)
  .default(2)
  .openapi({
    param: { name: 'level', in: 'query' },
    description: 'ISCO-08 digits to roll occupations up to (1–4)',
    example: 2,
  });
const minScore = z.coerce
  .number()
  .min(0)
  .max(1)
  .default(0.5)
  .openapi({
    param: { name: 'minScore', in: 'query' },
    description:
      'Match quality: the share of the occupation’s essential skills a qualified candidate holds (0–1)',
    example: 0.5,
  });
const year = z.coerce
  .number()
  .int()
  .min(2000)
  .max(2100)
  .optional()
  .openapi({
    param: { name: 'year', in: 'query' },
    description: 'Year of the bottleneck list (default: this year)',
    example: 2026,
  });

const Ring = z.number().int().min(1).max(4);
const RingTension = z.object({
  ring: Ring,
  name: z.string(),
  candidates: z.number().int(),
  tension: z.number(),
  countries: z.array(z.object({ country: z.string(), candidates: z.number().int() })),
});
const TensionSchema = z
  .object({
    asOf: z.string(),
    level: z.number().int(),
    minScore: z.number(),
    groups: z.array(
      z.object({
        group: z.string(),
        title: z.string().nullable(),
        vacancies: z.number().int(),
        openings: z.number().int(),
        bottleneckVacancies: z.number().int(),
        bottleneckOpenings: z.number().int(),
        candidates: z.number().int().openapi({ description: 'Qualified candidates, all rings' }),
        tension: z.number().openapi({ description: 'Qualified candidates per opening' }),
        flandersFillableOpenings: z.number().int(),
        flandersFillShare: z.number(),
        rings: z.array(RingTension),
      }),
    ),
    totals: z.object({
      vacancies: z.number().int(),
      openings: z.number().int(),
      flandersFillableOpenings: z.number().int(),
      flandersFillShare: z.number(),
    }),
  })
  .openapi('InsightTension');

const RouteSchema = z.object({
  route: z.string(),
  ruleId: z.string(),
  status: z.enum(['open', 'possible', 'closed']),
  vacancies: z.number().int(),
  reason: z.string(),
});
const StartWindowSchema = z
  .object({
    months: z.number().int().openapi({ description: 'Window length in months from `asOf`', example: 3 }),
    by: z
      .string()
      .openapi({ description: 'Last start date inside the window (ISO date)', example: '2026-06-01' }),
    candidates: z.number().int().openapi({
      description: 'Reachable qualified candidates of the ring who could start on or before `by`',
      example: 2,
    }),
  })
  .openapi('StartWindow', { description: 'Qualified candidates who could start within a window' });
const SourcingPlanSchema = z
  .object({
    year: z.number().int(),
    asOf: z.string(),
    minScore: z.number(),
    list: z.object({
      year: z.number().int(),
      officialCount: z.number().int(),
      mappedOccupations: z.number().int(),
      carriedForward: z.boolean(),
      unverified: z.boolean(),
    }),
    startWindows: z
      .object({
        windows: z
          .array(
            z.object({
              months: z.number().int().openapi({ description: 'Months from `asOf`', example: 3 }),
              by: z
                .string()
                .openapi({ description: 'Last start date inside the window', example: '2026-06-01' }),
            }),
          )
          .openapi({ description: 'The windows every ring plan counts in' }),
        unverified: z.boolean().openapi({
          description: 'Some processing time or training figure the start dates rest on is unverified',
          example: true,
        }),
      })
      .openapi({ description: 'The start windows of the ring plans and whether their figures are verified' }),
    occupations: z.array(
      z.object({
        isco: z.string(),
        title: z.object({ en: z.string(), nl: z.string() }),
        listUnverified: z.boolean(),
        health: z.boolean(),
        regulated: z.boolean(),
        demand: z.object({ vacancies: z.number().int(), openings: z.number().int() }),
        tension: z.number().nullable(),
        routes: z.array(RouteSchema),
        thirdCountryRoute: z.boolean(),
        rings: z.array(
          z.object({
            ring: Ring,
            name: z.string(),
            source: z.boolean(),
            reason: z.enum(RING_REASONS),
            candidates: z.number().int(),
            reachableCandidates: z.number().int(),
            countries: z.array(
              z.object({
                country: z.string(),
                candidates: z.number().int(),
                recommended: z.boolean(),
                reason: z.enum(COUNTRY_REASONS),
                agreements: z.array(z.string()),
              }),
            ),
            trainingGaps: z.array(
              z.object({
                key: z.string(),
                kind: z.enum(['technical-module', 'skill']),
                label: z.string(),
                candidates: z.number().int(),
                share: z.number(),
              }),
            ),
            startWindows: z
              .array(StartWindowSchema)
              .nullable()
              .openapi({
                description:
                  'Reachable qualified candidates of the ring who could start within 1, 3, 6 and 12 months of `asOf` in at least one open vacancy of the occupation (earliest start: docs/start-dates.md); null when the occupation has no open vacancy',
                example: [
                  { months: 1, by: '2026-04-01', candidates: 0 },
                  { months: 3, by: '2026-06-01', candidates: 2 },
                  { months: 6, by: '2026-09-01', candidates: 5 },
                  { months: 12, by: '2027-03-01', candidates: 5 },
                ],
              }),
          }),
        ),
        sources: z.array(
          z.object({ ring: Ring, country: z.string().nullable(), candidates: z.number().int() }),
        ),
      }),
    ),
  })
  .openapi('InsightSourcingPlan');

const tension = createRoute({
  method: 'get',
  path: '/tension',
  tags,
  summary:
    'Open vacancies and qualified candidates per occupation group, ring and country; candidates per opening and the share Flanders alone can fill (operators, employers; aggregates only)',
  request: { query: z.object({ level, minScore }) },
  responses: {
    200: {
      description: 'Tension per occupation group',
      content: { 'application/json': { schema: TensionSchema } },
    },
    ...problems(400, 401, 403, 503),
  },
});

const plan = createRoute({
  method: 'get',
  path: '/sourcing-plan',
  tags,
  summary:
    'Per bottleneck occupation: rings and partner countries to source from (WHO-01, partner agreements, permit routes) and the most common training needs per ring (operators, employers; aggregates only)',
  request: { query: z.object({ year, minScore }) },
  responses: {
    200: {
      description: 'Sourcing plan for the year',
      content: { 'application/json': { schema: SourcingPlanSchema } },
    },
    ...problems(400, 401, 403, 404, 503),
  },
});

const report = createRoute({
  method: 'get',
  path: '/report',
  tags,
  summary: 'Printable report: tension and sourcing plan as one HTML page with inline SVG charts, no scripts',
  request: { query: z.object({ level, minScore, year }) },
  responses: {
    200: { description: 'The report', content: { 'text/html': { schema: z.string() } } },
    ...problems(400, 401, 403, 404, 503),
  },
});

/**
 * The page may only render what it carries: no script runs and nothing loads, whatever a
 * label in the data says (labels are escaped as well).
 */
const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function insightRoutes(deps: InsightDeps) {
  return newRouter()
    .openapi(tension, async (c) => {
      const query = c.req.valid('query');
      const result = await labourMarketTension(deps, c.get('caller'), {
        level: query.level as 1 | 2 | 3 | 4,
        minScore: query.minScore,
      });
      return c.json(wire(result), 200);
    })
    .openapi(plan, async (c) => {
      const query = c.req.valid('query');
      const result = await sourcingPlan(deps, c.get('caller'), query);
      return c.json(wire(result), 200);
    })
    .openapi(report, async (c) => {
      const query = c.req.valid('query');
      const caller = c.get('caller');
      const [tensionReport, sourcing] = await Promise.all([
        labourMarketTension(deps, caller, { level: query.level as 1 | 2 | 3 | 4, minScore: query.minScore }),
        sourcingPlan(deps, caller, { year: query.year, minScore: query.minScore }),
      ]);
      c.header('content-security-policy', REPORT_CSP);
      c.header('cache-control', 'private, no-store');
      return c.html(renderInsightReport({ tension: tensionReport, plan: sourcing }), 200);
    });
}
