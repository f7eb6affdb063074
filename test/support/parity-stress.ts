import { seededRandom, syntheticCandidates } from '../../scripts/data/synthetic-pool.js';
import { DEFAULT_MATCH_WEIGHTS, type VacancyMatchProfile } from '../../shared/matching/score-model.js';
import type { CandidateDocument } from '../../shared/search/candidate-document.js';
import { consent, diploma, type NamedRequest } from './parity-cases.js';

/**
 * The pool built for the pruning's edge cases in test/opensearch/matching-parity.test.ts, and the
 * searches that reach them: hundreds of identical candidates (ties at the k-th score, broken by
 * id), a PES whose every candidate has the highest bound, one smaller than topK, and vacancies
 * with no optional skills, no languages, no required skills, or a required skill nobody holds.
 */

export function stressPool(): CandidateDocument[] {
  const base = syntheticCandidates({ seed: 77, count: 3000 });
  const template: CandidateDocument = {
    ...(base[0] as CandidateDocument),
    ring: 1,
    pes: 'VDAB',
    country: 'BE',
    region: 'BE-VLG',
    occupations: ['7112'],
    iscoGroups: ['7', '71', '711', '7112'],
    skills: ['bricklaying', 'masonry', 'mortar-mixing', 'scaffolding', 'stress-skill', 'teamwork', 'tiling'],
    skillText: [],
    languages: { en: 3, nl: 5 },
    workExperienceYears: 5,
    readinessDutch: 2,
    readinessCivic: 2,
    readinessSoftSkills: 2,
    diplomaRecognition: 'not-needed',
    consentMatching: true,
    temporaryProtectionUntil: undefined,
  };
  const clone = (id: string, overrides: Partial<CandidateDocument>): CandidateDocument => ({
    ...template,
    id,
    ...overrides,
  });
  const pad = (i: number) => String(i).padStart(4, '0');
  const random = seededRandom(5);
  return [
    ...base,
    // Identical: one score, 700 times.
    ...Array.from({ length: 700 }, (_, i) => clone(`tie-1-${pad((i * 7919) % 700)}`, {})),
    // Two tied groups in ring 2.
    ...Array.from({ length: 300 }, (_, i) =>
      clone(`tie-2-${pad(i)}`, {
        ring: 2,
        pes: 'FOREM',
        region: 'BE-WAL',
        workExperienceYears: i % 2 === 0 ? 5 : 1,
      }),
    ),
    // Everyone holds every skill and the unit group: all at the highest bound level.
    ...Array.from({ length: 400 }, (_, i) =>
      clone(`full-3-${pad(i)}`, {
        ring: 3,
        pes: 'STRESS-FULL',
        country: 'NL',
        region: undefined,
        workExperienceYears: [0, 1, 1.3, 2.5, 5][Math.floor(random() * 5)] as number,
        languages: { nl: 1 + Math.floor(random() * 6) },
        readinessDutch: Math.floor(random() * 3),
        readinessCivic: Math.floor(random() * 3),
        diplomaRecognition: i % 10 === 0 ? 'refused' : 'not-needed',
      }),
    ),
    // Ring 3 of STRESS-PERFECT, ties at the top score: per five ids, 'full match' scores
    // the float32 1 (every factor at 1, or experience a hair below the minimum that still rounds
    // to 1) twice, and misses it three times (experience 1.9, civic orientation in progress,
    // Dutch below the required level).
    ...Array.from({ length: 200 }, (_, i) =>
      clone(`perf-3-${pad((i * 37) % 200)}`, {
        ring: 3,
        pes: 'STRESS-PERFECT',
        country: 'NL',
        region: undefined,
        ...[
          {},
          { workExperienceYears: 2 * (1 - 1e-9) },
          { workExperienceYears: 1.9 },
          { readinessCivic: 1 },
          { languages: { en: 3, nl: 2 } },
        ][i % 5],
      }),
    ),
    // Fewer than topK.
    ...Array.from({ length: 15 }, (_, i) =>
      clone(`few-4-${pad(i)}`, { ring: 4, pes: 'STRESS-FEW', country: 'MA', region: undefined }),
    ),
  ];
}

// 'stress-skill' is the clones' alone: they outscore the synthetic candidates.
const vacancy = (overrides: Partial<VacancyMatchProfile>): VacancyMatchProfile => ({
  requiredSkills: ['bricklaying', 'masonry', 'stress-skill'],
  optionalSkills: ['scaffolding', 'tiling'],
  occupation: '7112',
  languages: [{ language: 'nl', level: 3 }],
  minExperienceYears: 2,
  regulated: false,
  ...overrides,
});

const VACANCIES: Record<string, VacancyMatchProfile> = {
  'full match': vacancy({}),
  'no optional skills, no languages': vacancy({
    requiredSkills: ['bricklaying', 'masonry', 'mortar-mixing', 'stress-skill'],
    optionalSkills: [],
    languages: [],
    minExperienceYears: 0,
  }),
  'no required skills': vacancy({ requiredSkills: [], optionalSkills: ['tiling'], languages: [] }),
  'a required skill nobody holds': vacancy({
    requiredSkills: ['bricklaying', 'label:nobody-holds-this', 'masonry'],
    optionalSkills: ['teamwork'],
    languages: [{ language: 'nl', level: 4 }],
  }),
  regulated: vacancy({ regulated: true, occupation: '2221', requiredSkills: ['nursing', 'wound-care'] }),
};

/** Each edge-case vacancy in every ring, and at the top sizes around each group of the pool. */
export function stressRequests(): NamedRequest[] {
  const requests: NamedRequest[] = [];
  for (const [name, profile] of Object.entries(VACANCIES)) {
    const conditions = profile.regulated ? [consent, diploma] : [consent];
    const common = { profile, weights: DEFAULT_MATCH_WEIGHTS, conditions };
    for (const ring of [1, 2, 3, 4] as const) {
      requests.push({
        name: `${name}, ring ${ring}, top 30`,
        request: { ...common, ring: ring === 4 ? { ring, countries: ['MA', 'TN'] } : { ring }, topK: 30 },
      });
    }
    requests.push(
      { name: `${name}, ring 1, top 1 among 700 ties`, request: { ...common, ring: { ring: 1 }, topK: 1 } },
      { name: `${name}, ring 1, top 700`, request: { ...common, ring: { ring: 1 }, topK: 700 } },
      { name: `${name}, ring 1, top 701`, request: { ...common, ring: { ring: 1 }, topK: 701 } },
      {
        name: `${name}, ring 2 of FOREM, top 1000 (above the pool)`,
        request: { ...common, ring: { ring: 2 }, pes: 'FOREM', topK: 1000 },
      },
      {
        name: `${name}, ring 3, every candidate at the highest bound, top 25`,
        request: { ...common, ring: { ring: 3 }, pes: 'STRESS-FULL', topK: 25 },
      },
      ...[10, 80, 81].map((topK) => ({
        name: `${name}, ring 3 of STRESS-PERFECT, top ${topK} (80 at the perfect score for 'full match')`,
        request: { ...common, ring: { ring: 3 as const }, pes: 'STRESS-PERFECT', topK },
      })),
      {
        name: `${name}, ring 4, 15 candidates, top 20`,
        request: { ...common, ring: { ring: 4, countries: ['MA'] }, pes: 'STRESS-FEW', topK: 20 },
      },
    );
  }
  return requests;
}
