import { createRoute, z } from '@hono/zod-openapi';
import { DIPLOMA_RECOGNITION } from '../../domain/candidate.js';
import { EXPLANATION_LOCALES } from '../../domain/codes.js';
import { MAX_TOP_K } from '../../matching/match-engine.js';
import { DOCUMENTS, type DocumentCode } from '../../rules/documents.js';
import { MIGRATION_ROUTES } from '../../rules/migration-routes.js';
import { type MatchDeps, matchVacancy } from '../../use-cases/match-vacancy.js';
import { idParameter, problems, wire } from '../http-schemas.js';
import { newRouter } from '../router.js';
import { CanStartByParam, MatchStartSchema, StartDateSummarySchema } from '../start-date-schemas.js';

const Factor = z.object({
  name: z.string(),
  weight: z.number(),
  value: z.number(),
  contribution: z.number(),
});
const Training = z.object({ kind: z.string(), key: z.string(), label: z.string() });
const SkillConceptSchema = z
  .object({
    key: z.string().openapi({
      description: 'The key matching compared (a taxonomy id, or `label:` free text)',
      example: 'bricklaying',
    }),
    label: z.string().openapi({ description: 'Its label in the locale asked', example: 'Metselen' }),
    esco: z.string().optional().openapi({
      description: 'Its ESCO skill URI; absent where ESCO has no concept for it or the text was not mapped',
      example: 'http://data.europa.eu/esco/skill/13e1c0a2-b90d-46f4-be51-11730360b38d',
    }),
  })
  .openapi('SkillConcept');
const conceptList = (which: string) =>
  z.array(SkillConceptSchema).openapi({ description: `The ${which} skills as concepts, with ESCO URIs` });
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
      skillConcepts: z
        .object({
          matched: conceptList('matched required'),
          missing: conceptList('missing required'),
          matchedOptional: conceptList('matched optional'),
          missingOptional: conceptList('missing optional'),
        })
        .openapi({ description: 'matchedSkills, missingSkills and the optional lists again, as concepts' }),
    }),
    route: z.enum(MIGRATION_ROUTES).openapi({ description: 'The migration route the candidate would take' }),
    documents: z.array(z.enum(Object.keys(DOCUMENTS) as [DocumentCode, ...DocumentCode[]])).openapi({
      description: 'Documents the route needs, as codes (e.g. `passport`, `single-permit-application`)',
    }),
    diplomaRecognition: z
      .object({
        required: z
          .boolean()
          .openapi({ description: 'The profession is regulated and the diploma needs NARIC recognition' }),
        // The assessment types the status as a string; its values are the candidate's.
        status: z
          .string()
          .openapi({ description: 'Where the recognition stands', enum: [...DIPLOMA_RECOGNITION] }),
        blocksStart: z.boolean().openapi({ description: 'Recognition is required and not yet granted' }),
      })
      .openapi('DiplomaRecognitionAssessment'),
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
      id: idParameter('vacancy'),
    }),
    query: z.object({
      mode: z
        .enum(['parallel', 'sequential'])
        .default('parallel')
        .openapi({
          param: { name: 'mode', in: 'query' },
          description:
            'parallel: every ring at once (the renewed concentric model); sequential: ring by ring, stopping once `wanted` candidates are found',
          example: 'parallel',
        }),
      topK: z.coerce
        .number()
        .int()
        .min(1)
        .max(MAX_TOP_K)
        .default(20)
        .openapi({
          param: { name: 'topK', in: 'query' },
          description: 'Matches returned per ring, best first',
          example: 20,
        }),
      wanted: z.coerce
        .number()
        .int()
        .min(1)
        .max(10_000)
        .default(20)
        .openapi({
          param: { name: 'wanted', in: 'query' },
          description:
            'Sequential mode only: stop after the first ring at which this many qualified candidates are found in total (ignored in parallel mode)',
          example: 20,
        }),
      locale: z
        .enum(EXPLANATION_LOCALES)
        .default('en')
        .openapi({
          param: { name: 'locale', in: 'query' },
          description: 'Language of the explanations and training labels',
          example: 'nl',
        }),
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
