import { createRoute, z } from '@hono/zod-openapi';
import { SkillRefSchema } from '../../domain/skill-ref.js';
import { normaliseTerm } from '../../taxonomy/normalise.js';
import { searchOccupations } from '../../taxonomy/occupation-search.js';
import type { Taxonomy } from '../../taxonomy/taxonomy.js';
import { resolveSkillsWithSuggestions, skillsInText } from '../../use-cases/skill-resolution.js';
import { jsonBody, problems, wire } from '../http-schemas.js';
import { ResolvedSkillSchema } from '../resource-schemas.js';
import { newRouter } from '../router.js';

const tags = ['Taxonomy'];
const ESCO_GAP = 'Why no ESCO concept fits this curated entry (it then has no `esco`)';
const Labels = z
  .object({ en: z.string(), nl: z.string(), fr: z.string() })
  .catchall(z.string())
  .openapi({
    description: 'Preferred label per language (ISO 639-1); an ESCO import adds its other languages',
    example: { en: 'bricklayer', nl: 'metselaar', fr: 'maçon', de: 'Maurer/Maurerin' },
  });
const Synonyms = z
  .object({ en: z.array(z.string()), nl: z.array(z.string()), fr: z.array(z.string()) })
  .catchall(z.array(z.string()))
  .openapi({
    description: 'Alternative labels per language (ISO 639-1)',
    example: { en: ['masonry'], nl: ['metselwerk'], fr: ['pose de briques'] },
  });
const OccupationSchema = z
  .object({
    kind: z.enum(['occupation', 'isco-unit-group']).openapi({
      description: '`isco-unit-group`: an ISCO-08 unit group no loaded occupation is filed under (ILO title)',
      example: 'occupation',
    }),
    isco: z.string(),
    esco: z.string().optional().openapi({
      description: 'ESCO occupation URI',
      example: 'http://data.europa.eu/esco/occupation/05f321f8-055b-407d-bf19-e0ddabda56b7',
    }),
    escoGap: z
      .string()
      .optional()
      .openapi({ description: ESCO_GAP, example: 'ESCO files no occupation under ISCO-08 3221' }),
    labels: Labels,
    synonyms: Synonyms.optional(),
    sector: z.string(),
    essentialSkills: z.array(z.string()),
    optionalSkills: z.array(z.string()),
  })
  .openapi('Occupation');
const SkillSchema = z
  .object({
    id: z.string(),
    esco: z.string().optional().openapi({
      description: 'ESCO skill URI',
      example: 'http://data.europa.eu/esco/skill/13e1c0a2-b90d-46f4-be51-11730360b38d',
    }),
    escoGap: z.string().optional().openapi({
      description: ESCO_GAP,
      example: 'driving licence categories (Directive 2006/126/EC) are licences, not ESCO skills',
    }),
    labels: Labels,
    synonyms: Synonyms,
    trainingModule: z.string().optional(),
  })
  .openapi('Skill');
const SearchQuery = z.object({
  q: z
    .string()
    .max(100)
    .optional()
    .openapi({
      param: { name: 'q', in: 'query' },
      description: 'Text in any loaded language, an ISCO-08 code or an ESCO URI',
      example: 'metsel',
    }),
});
const ListQuery = SearchQuery.extend({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(200)
    .openapi({ param: { name: 'limit', in: 'query' }, description: 'At most this many hits', example: 20 }),
});

const listOccupations = createRoute({
  method: 'get',
  path: '/occupations',
  tags,
  summary:
    'Occupations: curated and loaded ESCO occupations, then every other ISCO-08 unit group, by code, URI or title',
  request: { query: ListQuery },
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
  summary: 'Skills vocabulary with labels and synonyms in every loaded language',
  request: { query: ListQuery },
  responses: {
    200: {
      description: 'Skills',
      content: { 'application/json': { schema: z.object({ items: z.array(SkillSchema) }) } },
    },
    ...problems(400, 401),
  },
});

const SkillCandidateSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    esco: z.string().optional().openapi({ description: 'ESCO skill URI, when the skill has one' }),
    matched: z.string().openapi({ description: 'The label or synonym it was found by, normalised' }),
    score: z.number().min(0).max(1),
  })
  .openapi('SkillCandidate');

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
          schema: z.object({
            skills: z.array(ResolvedSkillSchema),
            unmapped: z.array(z.string()),
            suggestions: z
              .array(
                z.object({
                  term: z.string().openapi({ description: 'An unmapped term, as given' }),
                  candidates: z.array(SkillCandidateSchema),
                }),
              )
              .openapi({
                description:
                  'Per unmapped term, up to 3 skills it may mean, best first, scored 0–1 (at least 0.5). Suggestions only: nothing is applied; send the chosen id to resolve it.',
              }),
          }),
        },
      },
    },
    ...problems(400, 401, 413, 415),
  },
});

const SkillInTextSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    esco: z.string().optional().openapi({ description: 'ESCO skill URI, when the skill has one' }),
    mentions: z.array(
      z.object({
        text: z.string().openapi({ description: 'The passage as written in the text' }),
        start: z
          .number()
          .int()
          .min(0)
          .openapi({ description: 'Offset of its first character (UTF-16 code units)' }),
        end: z.number().int().min(0).openapi({ description: 'Offset just past its last character' }),
      }),
    ),
  })
  .openapi('SkillInText');

const extract = createRoute({
  method: 'post',
  path: '/skills/extract',
  tags,
  summary: 'Skills a free text names (a vacancy description, a CV paragraph), with where it names them',
  description:
    'Every place where the words of the text spell a label or synonym of exactly one loaded skill, in any loaded language, after the normalisation skill labels get (case, diacritics, punctuation); the longest term wins and mentions never overlap. For a person to review: nothing is added to a vacancy or a profile.',
  request: {
    body: jsonBody(
      z.object({ text: z.string().min(1).max(10_000) }).strict(),
      'Free text, up to 10,000 characters',
    ),
  },
  responses: {
    200: {
      description: 'The skills named, in the order first named',
      content: { 'application/json': { schema: z.object({ skills: z.array(SkillInTextSchema) }) } },
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
      const { q, limit } = c.req.valid('query');
      return c.json({ items: wire(searchOccupations(taxonomy, q, limit)) }, 200);
    })
    .openapi(listSkills, (c) => {
      const { q, limit } = c.req.valid('query');
      const items = taxonomy
        .skills()
        .filter((s) =>
          matches(q, [s.id, s.esco ?? '', ...Object.values(s.labels), ...Object.values(s.synonyms).flat()]),
        );
      return c.json({ items: wire(items.slice(0, limit)) }, 200);
    })
    .openapi(resolve, (c) => c.json(resolveSkillsWithSuggestions(taxonomy, c.req.valid('json').skills), 200))
    .openapi(extract, (c) => c.json(skillsInText(taxonomy, c.req.valid('json').text), 200));
}
