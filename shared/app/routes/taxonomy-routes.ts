import { createRoute, z } from '@hono/zod-openapi';
import { SkillRefSchema } from '../../domain/skill-ref.js';
import { normaliseTerm } from '../../taxonomy/normalise.js';
import type { Taxonomy } from '../../taxonomy/taxonomy.js';
import { jsonBody, problems } from '../http-schemas.js';
import { ResolvedSkillSchema } from '../resource-schemas.js';
import { newRouter } from '../router.js';

const tags = ['Taxonomy'];
const Labels = z.object({ en: z.string(), nl: z.string(), fr: z.string() });
const OccupationSchema = z
  .object({
    isco: z.string(),
    esco: z.string().optional(),
    labels: Labels,
    sector: z.string(),
    essentialSkills: z.array(z.string()),
    optionalSkills: z.array(z.string()),
  })
  .openapi('Occupation');
const SkillSchema = z
  .object({
    id: z.string(),
    esco: z.string().optional(),
    labels: Labels,
    synonyms: z.object({ en: z.array(z.string()), nl: z.array(z.string()), fr: z.array(z.string()) }),
    trainingModule: z.string().optional(),
  })
  .openapi('Skill');
const SearchQuery = z.object({
  q: z
    .string()
    .max(100)
    .optional()
    .openapi({ param: { name: 'q', in: 'query' }, description: 'Text in nl, en or fr', example: 'metsel' }),
});

const listOccupations = createRoute({
  method: 'get',
  path: '/occupations',
  tags,
  summary: 'Occupations (ISCO-08, ESCO where known) with nl/en/fr labels',
  request: { query: SearchQuery },
  responses: {
    200: {
      description: 'Occupations',
      content: { 'application/json': { schema: z.object({ items: z.array(OccupationSchema) }) } },
    },
    ...problems(400, 401),
  },
});

const listSkills = createRoute({
  method: 'get',
  path: '/skills',
  tags,
  summary: 'Skills vocabulary with nl/en/fr labels and synonyms',
  request: { query: SearchQuery },
  responses: {
    200: {
      description: 'Skills',
      content: { 'application/json': { schema: z.object({ items: z.array(SkillSchema) }) } },
    },
    ...problems(400, 401),
  },
});

const resolve = createRoute({
  method: 'post',
  path: '/skills/resolve',
  tags,
  summary: 'Map skill references (id, ESCO URI or free text) to taxonomy entries; unmapped ones are reported',
  request: {
    body: jsonBody(
      z.object({ skills: z.array(SkillRefSchema).min(1).max(100) }).strict(),
      'Skill references',
    ),
  },
  responses: {
    200: {
      description: 'Resolution',
      content: {
        'application/json': {
          schema: z.object({ skills: z.array(ResolvedSkillSchema), unmapped: z.array(z.string()) }),
        },
      },
    },
    ...problems(400, 401, 413, 415),
  },
});

function matches(q: string | undefined, texts: readonly string[]): boolean {
  if (!q) return true;
  const needle = normaliseTerm(q);
  return texts.some((t) => normaliseTerm(t).includes(needle));
}

/** Reference data every caller may read: occupations and skills. */
export function taxonomyRoutes(deps: { readonly taxonomy: Taxonomy }) {
  const { taxonomy } = deps;
  return newRouter()
    .openapi(listOccupations, (c) => {
      const { q } = c.req.valid('query');
      const items = taxonomy
        .occupations()
        .filter((o) => matches(q, [o.isco, o.labels.en, o.labels.nl, o.labels.fr]));
      return c.json(
        {
          items: items.map((o) => ({
            ...o,
            essentialSkills: [...o.essentialSkills],
            optionalSkills: [...o.optionalSkills],
          })),
        },
        200,
      );
    })
    .openapi(listSkills, (c) => {
      const { q } = c.req.valid('query');
      const items = taxonomy
        .skills()
        .filter((s) =>
          matches(q, [
            s.id,
            s.labels.en,
            s.labels.nl,
            s.labels.fr,
            ...s.synonyms.en,
            ...s.synonyms.nl,
            ...s.synonyms.fr,
          ]),
        );
      return c.json(
        {
          items: items.map((s) => ({
            ...s,
            synonyms: { en: [...s.synonyms.en], nl: [...s.synonyms.nl], fr: [...s.synonyms.fr] },
          })),
        },
        200,
      );
    })
    .openapi(resolve, (c) => c.json(taxonomy.resolveSkills(c.req.valid('json').skills, 'skills'), 200));
}
