import { createRoute, z } from '@hono/zod-openapi';
import type { Clock } from '../../ports/clock.js';
import { RULES } from '../../rules/catalogue.js';
import type { Taxonomy } from '../../taxonomy/taxonomy.js';
import type { VacancyPolicy } from '../../use-cases/vacancy-policy.js';
import { dryRunIntake } from '../../use-cases/vacancy-use-cases.js';
import { jsonBody, problems, RuleFindingSchema, wire } from '../http-schemas.js';
import { VacancyInputBody } from '../resource-schemas.js';
import { newRouter } from '../router.js';

const tags = ['Rules'];
const Localized = z.object({ en: z.string(), nl: z.string(), fr: z.string() });
const RuleSchema = z
  .object({
    id: z.string(),
    version: z.string(),
    severity: z.enum(['block', 'warn', 'info']),
    stage: z.enum(['intake', 'match', 'both']),
    title: Localized,
    explanation: Localized,
    source: z.object({ title: z.string(), url: z.string() }),
    reads: z.array(z.string()),
  })
  .openapi('Rule');
const FindingSchema = z
  .object({
    ruleId: z.string(),
    ruleVersion: z.string(),
    outcome: z.enum(['pass', 'violation', 'not-applicable']),
    severity: z.enum(['block', 'warn', 'info']),
    message: Localized,
    source: z.object({ title: z.string(), url: z.string() }),
    fields: z.array(z.string()),
    inputsDigest: z.string(),
  })
  .openapi('RuleDecision');

const list = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary:
    'Every rule with its version, severity, explanation (en/nl/fr), legal source and the fields it reads',
  responses: {
    200: {
      description: 'The rule catalogue',
      content: { 'application/json': { schema: z.object({ items: z.array(RuleSchema) }) } },
    },
    ...problems(401),
  },
});

const dryRun = createRoute({
  method: 'post',
  path: '/dry-run',
  tags,
  summary: 'Run the intake rules on a vacancy without saving it (employers)',
  request: { body: jsonBody(VacancyInputBody, 'The vacancy to check') },
  responses: {
    200: {
      description: 'Every decision, and whether the vacancy would be accepted',
      content: {
        'application/json': {
          schema: z.object({
            accepted: z.boolean(),
            blocking: z
              .array(RuleFindingSchema)
              .openapi({ description: 'Findings that would refuse the vacancy (422)' }),
            warnings: z
              .array(RuleFindingSchema)
              .openapi({ description: 'Findings the vacancy would be stored with' }),
            decisions: z.array(FindingSchema),
          }),
        },
      },
    },
    ...problems(400, 401, 403, 413, 415),
  },
});

export function ruleRoutes(deps: {
  readonly policy: VacancyPolicy;
  readonly clock: Clock;
  readonly taxonomy: Taxonomy;
}) {
  return newRouter()
    .openapi(list, (c) => c.json(wire({ items: [...RULES] }), 200))
    .openapi(dryRun, (c) => {
      const result = dryRunIntake(deps, c.get('caller'), c.req.valid('json'));
      return c.json(
        wire({
          accepted: result.accepted,
          blocking: result.blocking,
          warnings: result.warnings,
          decisions: [...result.ruleDecisions],
        }),
        200,
      );
    });
}
