import { createRoute, z } from '@hono/zod-openapi';
import { EXPLANATION_LOCALES } from '../../domain/codes.js';
import { VACANCY_ID_PATTERN } from '../../domain/vacancy.js';
import { MAX_TOP_K } from '../../matching/match-engine.js';
import { type MatchDeps, matchVacancy } from '../../use-cases/match-vacancy.js';
import { problems, wire } from '../http-schemas.js';
import { newRouter } from '../router.js';
import { CanStartByParam, MatchStartSchema, StartDateSummarySchema } from '../start-date-schemas.js';

const Factor = z.object({
  name: z.string(),
  weight: z.number(),
  value: z.number(),
  contribution: z.number(),
});
const Training = z.object({ kind: z.string(), key: z.string(), label: z.string() });
const MatchSchema = z
  .object({
    candidateId: z.string(),
    ring: z.number().int(),
    country: z.string(),
    pes: z.string(),
    score: z.number(),
    factors: z.array(Factor),
    explanation: z.object({
      matchedSkills: z.array(z.string()),
      missingSkills: z.array(z.string()),
      matchedOptionalSkills: z.array(z.string()),
      missingOptionalSkills: z.array(z.string()),
      languageGaps: z.array(
        z.object({ language: z.string(), required: z.string(), actual: z.string().nullable() }),
      ),
      training: z.array(Training),
    }),
    route: z.string(),
    documents: z.array(z.unknown()),
    diplomaRecognition: z.unknown(),
    start: MatchStartSchema,
    warnings: z.array(z.object({ ruleId: z.string(), message: z.string() })),
  })
  .openapi('CandidateMatch');
const VacancyMatchesSchema = z
  .object({
    vacancyId: z.string(),
    bottleneck: z.boolean(),
    mode: z.enum(['parallel', 'sequential']),
    ringsSearched: z.array(z.number().int()),
    rings: z.array(
      z.object({
        ring: z.number().int(),
        name: z.string(),
        total: z.number().int(),
        exclusions: z.record(z.string(), z.number().int()),
        matches: z.array(MatchSchema),
        startDates: StartDateSummarySchema,
        tookMs: z.number(),
      }),
    ),
    exclusions: z.record(z.string(), z.number().int()),
    trainingProgramme: z.array(
      z.object({ key: z.string(), label: z.string(), kind: z.string(), candidates: z.number().int() }),
    ),
    tookMs: z.number(),
  })
  .openapi('VacancyMatches');

const match = createRoute({
  method: 'post',
  path: '/{id}/matches',
  tags: ['Matching'],
  summary:
    'Rank candidates for a vacancy per ring, each match explained (bottleneck vacancies: four rings in parallel; others: Flanders)',
  request: {
    params: z.object({
      id: z
        .string()
        .regex(VACANCY_ID_PATTERN)
        .openapi({ param: { name: 'id', in: 'path' } }),
    }),
    query: z.object({
      mode: z
        .enum(['parallel', 'sequential'])
        .default('parallel')
        .openapi({ param: { name: 'mode', in: 'query' } }),
      topK: z.coerce
        .number()
        .int()
        .min(1)
        .max(MAX_TOP_K)
        .default(20)
        .openapi({ param: { name: 'topK', in: 'query' } }),
      wanted: z.coerce
        .number()
        .int()
        .min(1)
        .max(10_000)
        .default(20)
        .openapi({ param: { name: 'wanted', in: 'query' } }),
      locale: z
        .enum(EXPLANATION_LOCALES)
        .default('en')
        .openapi({ param: { name: 'locale', in: 'query' } }),
      canStartBy: CanStartByParam,
    }),
  },
  responses: {
    200: {
      description: 'Ranked, explained matches per ring',
      content: { 'application/json': { schema: VacancyMatchesSchema } },
    },
    ...problems(400, 401, 403, 404, 503),
  },
});

export function matchRoutes(deps: MatchDeps) {
  return newRouter().openapi(match, async (c) =>
    c.json(
      wire(await matchVacancy(deps, c.get('caller'), c.req.valid('param').id, c.req.valid('query'))),
      200,
    ),
  );
}
