import { createRoute, z } from '@hono/zod-openapi';
import {
  type EmployerCandidateDeps,
  viewCandidateForVacancy,
} from '../../use-cases/employer-candidate-view.js';
import { idParameter, problems, wire } from '../http-schemas.js';
import { newRouter } from '../router.js';

const BlindProfileFields = {
  id: z.string(),
  pes: z.string(),
  ring: z.number().int(),
  country: z.string(),
  region: z.string().optional(),
  nationalities: z.array(z.string()),
  occupations: z.array(
    z.object({ isco: z.string(), esco: z.string().optional(), yearsExperience: z.number() }),
  ),
  skills: z.array(z.object({ key: z.string(), label: z.string(), esco: z.string().optional() })),
  languages: z.array(z.object({ language: z.string(), level: z.string() })),
  education: z.object({
    iscedLevel: z.number().int(),
    diplomaCountry: z.string().optional(),
    diplomaRecognition: z.string(),
  }),
  workExperienceYears: z.number(),
  readiness: z.object({
    dutchCourseLevel: z.string().optional(),
    civicOrientation: z.string(),
    softSkillsTraining: z.string(),
    technicalModules: z.array(z.string()),
  }),
  availableFrom: z.string().optional(),
};

const BlindProfileSchema = z
  .object({ disclosure: z.literal('blind'), ...BlindProfileFields })
  .openapi('BlindCandidateProfile');

const IdentifiedProfileSchema = z
  .object({
    disclosure: z.literal('identified'),
    ...BlindProfileFields,
    identity: z.object({
      fullName: z.string().optional(),
      email: z.string().optional(),
      phone: z.string().optional(),
      birthDate: z.string().optional(),
      summary: z.string().optional(),
      educationField: z.string().optional(),
      skillLabels: z.array(z.string()),
    }),
  })
  .openapi('IdentifiedCandidateProfile');

const read = createRoute({
  method: 'get',
  path: '/{vacancyId}/candidates/{candidateId}',
  tags: ['Matching'],
  summary:
    'A candidate matching one of your open vacancies: the blind (pseudonymous) profile, or the identified one while the candidate consents to share it with you',
  request: {
    params: z.object({
      vacancyId: idParameter('vacancy', 'vacancyId'),
      candidateId: idParameter('candidate', 'candidateId'),
    }),
  },
  responses: {
    200: {
      description: '`disclosure` says which view this is',
      content: {
        'application/json': { schema: z.union([BlindProfileSchema, IdentifiedProfileSchema]) },
      },
    },
    ...problems(400, 401, 403, 404, 429),
  },
});

/** Employers' view of the candidates their vacancies match. */
export function employerCandidateRoutes(deps: EmployerCandidateDeps) {
  return newRouter().openapi(read, async (c) => {
    const { vacancyId, candidateId } = c.req.valid('param');
    return c.json(wire(await viewCandidateForVacancy(deps, c.get('caller'), vacancyId, candidateId)), 200);
  });
}
