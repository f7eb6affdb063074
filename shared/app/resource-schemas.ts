import { z } from '@hono/zod-openapi';
import { CandidateInputSchema, CandidateRequestSchema } from '../domain/candidate.js';
import { RINGS } from '../domain/geography.js';
import { VACANCY_STATUSES, VacancyInputSchema, VacancyRequestSchema } from '../domain/vacancy.js';

/** Response shapes of the resources, registered as named OpenAPI components. */

export const ResolvedSkillSchema = z
  .object({ key: z.string(), label: z.string(), mapped: z.boolean(), esco: z.string().optional() })
  .openapi('ResolvedSkill');

// Their examples are the reference bodies (shared/demo/reference-bodies.ts) as recorded in
// shared/app/openapi/openapi-examples.json, attached to each request body of the document.
export const VacancyInputBody = VacancyRequestSchema.openapi('VacancyInput');

export const VacancySchema = VacancyInputSchema.omit({ requiredSkills: true, optionalSkills: true })
  .extend({
    id: z.string(),
    ownerOrg: z.string(),
    status: z.enum(VACANCY_STATUSES),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    closedAt: z.string().optional(),
    requiredSkills: z.array(ResolvedSkillSchema),
    optionalSkills: z.array(ResolvedSkillSchema),
    unmappedSkills: z.array(z.string()),
    bottleneck: z.boolean(),
    bottleneckListYear: z.number().int().optional(),
    ruleFindings: z.array(
      z.object({ ruleId: z.string(), severity: z.enum(['warn', 'info']), message: z.string() }),
    ),
  })
  .openapi('Vacancy');

export const VacancyPageSchema = z
  .object({ items: z.array(VacancySchema), nextCursor: z.string().optional() })
  .openapi('VacancyPage');

export const CandidateInputBody = CandidateRequestSchema.openapi('CandidateInput');

export const CandidateSchema = CandidateInputSchema.omit({ skills: true })
  .extend({
    id: z.string(),
    pes: z.string(),
    externalId: z.string(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    contentHash: z.string(),
    ring: z.union(RINGS.map((r) => z.literal(r))),
    skills: z.array(ResolvedSkillSchema),
    unmappedSkills: z.array(z.string()),
    retainUntil: z.string().optional().openapi({
      description: 'When the profile is erased unless the PES uploads it again (its retention period)',
    }),
  })
  .openapi('CandidateProfile');

export const CandidateUpsertSchema = z
  .object({ outcome: z.enum(['created', 'updated', 'unchanged']), candidate: CandidateSchema })
  .openapi('CandidateUpsertResult');

export const CandidatePageSchema = z
  .object({ items: z.array(CandidateSchema), nextCursor: z.string().optional() })
  .openapi('CandidatePage');
