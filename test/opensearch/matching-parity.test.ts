import { Client } from '@opensearch-project/opensearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCandidateDocuments, demoVacancies } from '../../scripts/data/demo-pool.js';
import {
  seededRandom,
  syntheticCandidates,
  syntheticVacancyProfiles,
} from '../../scripts/data/synthetic-pool.js';
import { EmbeddedCandidateSearch } from '../../shared/adapters/embedded-search/embedded-candidate-search.js';
import { conditionToQuery } from '../../shared/adapters/opensearch/condition-to-query.js';
import { MATCHING_MAPPING_PROPERTIES } from '../../shared/adapters/opensearch/opensearch-mapping-requirements.js';
import {
  OpenSearchMatchEngine,
  type RankRound,
  type ScoreMismatch,
} from '../../shared/adapters/opensearch/opensearch-match-engine.js';
import type { RankRequest, RuleCondition } from '../../shared/matching/match-engine.js';
import {
  DEFAULT_MATCH_WEIGHTS,
  type MatchWeights,
  type VacancyMatchProfile,
} from '../../shared/matching/score-model.js';
import { defaultReferenceData } from '../../shared/rules/reference-data.js';
import {
  and,
  anyOf,
  type CandidateCondition,
  type KeywordField,
  type NumericField,
  not,
  or,
  satisfies,
} from '../../shared/search/candidate-condition.js';
import type { CandidateDocument } from '../../shared/search/candidate-document.js';
import { vacancyStartPlan } from '../../shared/start-date/vacancy-start.js';
import { builtInTaxonomy } from '../../shared/taxonomy/built-in-taxonomy.js';
import { opensearchUrl } from '../support/opensearch-url.js';

/**
 * Parity of the two engines on a real OpenSearch node: the same pool in both, then for every
 * vacancy profile and every ring the same top-k ids in the same order, the same scores, totals
 * and exclusion counts. Two pools: a seeded synthetic one (scripts/data/synthetic-pool.ts),
 * whose coarse factors give many exact ties, so the id tie-break is exercised on every page;
 * and the demo generator's (shared/demo), taken through the schema and the taxonomy.
 */

const CANDIDATES = 6000;
const VACANCIES = 36;
const TOP_K = 30;

const pool = syntheticCandidates({ seed: 2026, count: CANDIDATES });
const profiles = syntheticVacancyProfiles({ seed: 4711, count: VACANCIES });
const index = `matching-parity-${process.pid}-${Date.now()}`;
const demoIndex = `${index}-demo`;
const stressIndex = `${index}-stress`;
let client: Client;
let engine: OpenSearchMatchEngine;
const embedded = new EmbeddedCandidateSearch(pool);
const mismatches: ScoreMismatch[] = [];

const WHO_LIST = ['NG', 'SN', 'PK', 'BD', 'GH'];
const consent: RuleCondition = {
  ruleId: 'CONSENT',
  condition: { kind: 'flag', field: 'consentMatching', value: true },
};
const who: RuleCondition = { ruleId: 'WHO-01', condition: not(anyOf('country', WHO_LIST)) };
const protection: RuleCondition = {
  ruleId: 'FM-02',
  condition: or(not(anyOf('country', ['UA'])), {
    kind: 'dateOnOrAfter',
    field: 'temporaryProtectionUntil',
    date: '2026-06-01',
  }),
};
const diploma: RuleCondition = { ruleId: 'BE-07', condition: not(anyOf('diplomaRecognition', ['refused'])) };
const education: RuleCondition = {
  ruleId: 'BE-03',
  condition: { kind: 'range', field: 'educationLevel', gte: 4 },
};

/** Conditions vary with the vacancy, as the rules would set them. */
function conditionsFor(i: number, regulated: boolean): RuleCondition[] {
  const conditions = [consent, protection];
  if (regulated) conditions.push(who, diploma);
  if (i % 3 === 0) conditions.push(education);
  return conditions;
}

const WEIGHT_VARIANTS: MatchWeights[] = [
  DEFAULT_MATCH_WEIGHTS,
  {
    requiredSkills: 0.3,
    optionalSkills: 0.05,
    occupation: 0.2,
    language: 0.25,
    experience: 0.1,
    readiness: 0.07,
    diploma: 0.03,
  },
];

function rankRequests(): { name: string; request: RankRequest }[] {
  const requests: { name: string; request: RankRequest }[] = [];
  profiles.forEach((profile, i) => {
    for (const ring of [1, 2, 3, 4] as const) {
      requests.push({
        name: `vacancy ${i} (${profile.occupation}) ring ${ring}`,
        request: {
          profile,
          weights: WEIGHT_VARIANTS[i % WEIGHT_VARIANTS.length] as MatchWeights,
          ring:
            ring === 4
              ? { ring, countries: i % 4 === 0 ? ['MA', 'TN'] : ['MA', 'TN', 'NG', 'IN', 'UA', 'PH'] }
              : { ring },
          conditions: conditionsFor(i, profile.regulated),
          // Now and then as an employment service, which sees only its own candidates.
          pes: i % 7 === 3 ? { 1: 'VDAB', 2: 'ACTIRIS', 3: 'UWV', 4: 'ANAPEC' }[ring] : undefined,
          topK: TOP_K,
        },
      });
    }
  });
  return requests;
}

async function createIndex(name: string, docs: readonly CandidateDocument[]): Promise<void> {
  await client.indices.create({
    index: name,
    body: {
      settings: { number_of_shards: 2, number_of_replicas: 0, refresh_interval: '-1' },
      mappings: {
        dynamic: 'strict',
        properties: { ...MATCHING_MAPPING_PROPERTIES, skillText: { type: 'text' } },
      },
    },
  });
  for (let start = 0; start < docs.length; start += 2000) {
    const operations = docs
      .slice(start, start + 2000)
      .flatMap((doc) => [
        { index: { _index: name, _id: doc.id, version: doc.version, version_type: 'external' } },
        doc,
      ]);
    const { body } = await client.bulk({ body: operations });
    if (body.errors)
      throw new Error(`bulk load failed: ${JSON.stringify(body.items.find((i) => i.index?.error))}`);
  }
  await client.indices.refresh({ index: name });
}

beforeAll(async () => {
  client = new Client({ node: opensearchUrl() });
  await createIndex(index, pool);
  engine = new OpenSearchMatchEngine({ client, index, onScoreMismatch: (m) => mismatches.push(m) });
});

afterAll(async () => {
  await client?.indices.delete({ index: [index, demoIndex, stressIndex] }, { ignore: [404] });
  await client?.close();
});

describe('OpenSearch and embedded engines rank identically', () => {
  it('holds the whole pool', async () => {
    const { body } = await client.count({ index });
    expect(body.count).toBe(CANDIDATES);
  });

  const requests = rankRequests();
  it.each(requests)('$name', async ({ request }) => {
    const [expected, actual] = await Promise.all([embedded.rank(request), engine.rank(request)]);
    expect(actual.hits.map((h) => h.id)).toEqual(expected.hits.map((h) => h.id));
    actual.hits.forEach((hit, i) => {
      expect(Math.abs(hit.score - (expected.hits[i]?.score ?? Number.NaN))).toBeLessThanOrEqual(1e-6);
      // Not just close: both are the same float32, and the breakdowns are the same model.
      expect(hit.score).toBe(expected.hits[i]?.score);
      expect(hit.breakdown).toEqual(expected.hits[i]?.breakdown);
    });
    expect(actual.total).toBe(expected.total);
    expect(actual.exclusions).toEqual(expected.exclusions);
  });

  it('found real work to compare: many hits, ties and exclusions', async () => {
    const results = await Promise.all(requests.map(({ request }) => embedded.rank(request)));
    const hits = results.flatMap((r) => r.hits);
    const tiedNeighbours = results.flatMap((r) =>
      r.hits.slice(1).filter((h, i) => h.score === r.hits[i]?.score),
    );
    expect(hits.length).toBeGreaterThan(VACANCIES * 4 * TOP_K * 0.6);
    expect(tiedNeighbours.length).toBeGreaterThan(100);
    expect(results.filter((r) => r.total > 0).length).toBeGreaterThan(results.length * 0.9);
    for (const rule of ['CONSENT', 'WHO-01', 'FM-02', 'BE-07', 'BE-03']) {
      expect(
        results.reduce((sum, r) => sum + (r.exclusions[rule] ?? 0), 0),
        rule,
      ).toBeGreaterThan(0);
    }
  });

  it('painless scores equal the model recomputed from _source on every hit', () => {
    expect(mismatches).toEqual([]);
  });
});

describe("on the demo pool, with the rules' own eligibility conditions", () => {
  const taxonomy = builtInTaxonomy();
  const demoPool = demoCandidateDocuments({ seed: 31, count: 4000, taxonomy });
  const vacancies = demoVacancies({
    seed: 32,
    count: VACANCIES,
    taxonomy,
    reference: defaultReferenceData,
    today: '2026-03-01',
  });
  const demoEmbedded = new EmbeddedCandidateSearch(demoPool);
  let demoEngine: OpenSearchMatchEngine;

  beforeAll(async () => {
    await createIndex(demoIndex, demoPool);
    demoEngine = new OpenSearchMatchEngine({
      client,
      index: demoIndex,
      onScoreMismatch: (m) => mismatches.push(m),
    });
  });

  // Every ring, whether or not the vacancy is a bottleneck one: parity, not policy, is tested. Ring
  // 4 is searched whole, as the match plan searches it (partner coverage is the CM-02 condition),
  // and for one vacancy in four also narrowed to its agreement countries (the engines' country scope).
  const requests = vacancies.flatMap((vacancy, i) =>
    ([1, 2, 3, 4] as const).map((ring) => {
      const request: RankRequest = {
        profile: vacancy.profile,
        weights: DEFAULT_MATCH_WEIGHTS,
        ring: ring === 4 && i % 4 === 0 ? { ring, countries: vacancy.partnerCountries } : { ring },
        conditions: vacancy.conditions,
        topK: TOP_K,
      };
      return { name: `demo vacancy ${i} (${vacancy.profile.occupation}) ring ${ring}`, request };
    }),
  );

  it.each(requests)('$name', async ({ request }) => {
    const [expected, actual] = await Promise.all([demoEmbedded.rank(request), demoEngine.rank(request)]);
    expect(actual.hits.map((h) => [h.id, h.score])).toEqual(expected.hits.map((h) => [h.id, h.score]));
    expect(actual.total).toBe(expected.total);
    expect(actual.exclusions).toEqual(expected.exclusions);
  });

  it('compared real rankings and real exclusions, and no painless score differed from the model', async () => {
    const results = await Promise.all(requests.map(({ request }) => demoEmbedded.rank(request)));
    expect(results.filter((r) => r.hits.length > 0).length).toBeGreaterThan(requests.length * 0.5);
    const excluded = (rule: string) => results.reduce((sum, r) => sum + (r.exclusions[rule] ?? 0), 0);
    expect(excluded('CONSENT')).toBeGreaterThan(0);
    expect(excluded('FR-11')).toBeGreaterThan(0);
    // Ring 4 residents of countries whose agreement does not cover the occupation, and of listed
    // countries for health vacancies, are counted, not left out of the pool.
    expect(excluded('CM-02')).toBeGreaterThan(0);
    expect(excluded('WHO-01')).toBeGreaterThan(0);
    expect(mismatches).toEqual([]);
  });

  // "Can start by" (shared/start-date/start-condition.ts) as the match use case adds it: one more
  // filter per ring, built from the vacancy, the ring and the date.
  const today = '2026-03-01';
  const startRequests = vacancies.slice(0, 12).flatMap((vacancy, i) => {
    const matchVacancy = vacancy.vacancy;
    if (!matchVacancy) return [];
    const plan = vacancyStartPlan(matchVacancy, vacancy.profile, { today, data: defaultReferenceData }, (s) =>
      taxonomy.trainingModule(s),
    );
    return ([1, 3, 4] as const).flatMap((ring) =>
      ['2026-04-01', '2026-09-01', '2027-03-01'].map((by) => {
        const request: RankRequest = {
          profile: vacancy.profile,
          weights: DEFAULT_MATCH_WEIGHTS,
          ring: { ring },
          conditions: [
            ...vacancy.conditions,
            { ruleId: 'CAN-START-BY', condition: plan.canStartBy(ring, by) },
          ],
          topK: TOP_K,
        };
        return {
          name: `can start by ${by}: demo vacancy ${i} (${vacancy.profile.occupation}) ring ${ring}`,
          request,
        };
      }),
    );
  });

  it.each(startRequests)('$name', async ({ request }) => {
    const [expected, actual] = await Promise.all([demoEmbedded.rank(request), demoEngine.rank(request)]);
    expect(actual.hits.map((h) => [h.id, h.score])).toEqual(expected.hits.map((h) => [h.id, h.score]));
    expect(actual.total).toBe(expected.total);
    expect(actual.exclusions).toEqual(expected.exclusions);
  });

  it('the start filter both kept and excluded candidates', async () => {
    const results = await Promise.all(startRequests.map(({ request }) => demoEmbedded.rank(request)));
    expect(startRequests.length).toBeGreaterThanOrEqual(30);
    expect(results.reduce((n, r) => n + (r.exclusions['CAN-START-BY'] ?? 0), 0)).toBeGreaterThan(0);
    expect(results.reduce((n, r) => n + r.total, 0)).toBeGreaterThan(0);
  });
});

/**
 * The pruning's edge cases, on a pool built for them: hundreds of identical candidates (ties
 * at the k-th score, broken by id), a PES whose every candidate has the highest bound, one
 * smaller than topK, and vacancies with no optional skills, no languages, no required skills,
 * or a required skill nobody holds (the highest bound levels are empty).
 */
describe('pruning edge cases: ties, full bounds, topK above the pool, empty top levels', () => {
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
  const stressPool: CandidateDocument[] = [
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
  const stressEmbedded = new EmbeddedCandidateSearch(stressPool);
  let stressEngine: OpenSearchMatchEngine;
  let rounds: RankRound[] = [];
  const roundsBySearch = new Map<string, RankRound[]>();

  beforeAll(async () => {
    await createIndex(stressIndex, stressPool);
    stressEngine = new OpenSearchMatchEngine({
      client,
      index: stressIndex,
      onScoreMismatch: (m) => mismatches.push(m),
      onRound: (round) => rounds.push(round),
    });
  });

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
  const vacancies: Record<string, VacancyMatchProfile> = {
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
  const requests: { name: string; request: RankRequest }[] = [];
  for (const [name, profile] of Object.entries(vacancies)) {
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

  it.each(requests)('$name', async ({ name, request }) => {
    rounds = [];
    const [expected, actual] = await Promise.all([stressEmbedded.rank(request), stressEngine.rank(request)]);
    roundsBySearch.set(name, rounds);
    expect(actual.hits.map((h) => [h.id, h.score])).toEqual(expected.hits.map((h) => [h.id, h.score]));
    expect(actual.hits.map((h) => h.breakdown)).toEqual(expected.hits.map((h) => h.breakdown));
    expect(actual.total).toBe(expected.total);
    expect(actual.exclusions).toEqual(expected.exclusions);
  });

  it('compared the cases it was built for, through every kind of round', async () => {
    const results = new Map(
      await Promise.all(
        requests.map(async ({ name, request }) => [name, await stressEmbedded.rank(request)] as const),
      ),
    );
    const get = (name: string) => results.get(name) as Awaited<ReturnType<typeof stressEmbedded.rank>>;
    // 700 ties at the top of ring 1: the lowest ids win, and the 700th and 701st differ in score.
    const ties = get('full match, ring 1, top 701');
    expect(new Set(ties.hits.slice(0, 700).map((h) => h.score)).size).toBe(1);
    expect(ties.hits[700]?.score).toBeLessThan(ties.hits[0]?.score as number);
    expect(get('full match, ring 1, top 1 among 700 ties').hits[0]?.id).toBe('tie-1-0000');
    // topK above the pool: every eligible candidate comes back.
    const forem = get('full match, ring 2 of FOREM, top 1000 (above the pool)');
    expect(forem.hits.length).toBe(forem.total);
    expect(forem.total).toBeLessThan(1000);
    expect(get('full match, ring 4, 15 candidates, top 20').hits.length).toBe(15);
    // Ties within the pool where every candidate has the highest bound.
    const full = get('full match, ring 3, every candidate at the highest bound, top 25');
    expect(full.hits.slice(1).filter((h, i) => h.score === full.hits[i]?.score).length).toBeGreaterThan(5);
    // The rounds: one that settled at once, a second round below the first threshold, a walk
    // down empty levels, and one with no restriction at all.
    const all = [...roundsBySearch.values()];
    expect(all.some((r) => r.length === 1)).toBe(true);
    expect(all.some((r) => r.length === 2 && (r[1]?.threshold as number) < (r[0]?.threshold as number))).toBe(
      true,
    );
    expect(roundsBySearch.get('a required skill nobody holds, ring 1, top 30')?.[0]?.hits).toBe(0);
    expect(all.some((r) => r.length >= 3)).toBe(true);
    expect(all.some((r) => r.at(-1)?.threshold === Number.NEGATIVE_INFINITY)).toBe(true);
    const perfectHits = get(
      "full match, ring 3 of STRESS-PERFECT, top 81 (80 at the perfect score for 'full match')",
    ).hits;
    expect(perfectHits.slice(0, 80).every((h) => h.score === 1)).toBe(true);
    expect(perfectHits[80]?.score).toBeLessThan(1);
    expect(
      perfectHits.some((h) =>
        h.breakdown.factors.some((f) => f.name === 'experience' && f.value < 1 && h.score === 1),
      ),
    ).toBe(true);
    expect(mismatches).toEqual([]);
  });
});

describe('condition translation selects exactly what the evaluator accepts', () => {
  const random = seededRandom(99);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const KEYWORDS: Record<KeywordField, readonly string[]> = {
    country: ['BE', 'MA', 'NG', 'UA', 'NL', 'XX'],
    nationalities: ['BE', 'MA', 'FR', 'UA'],
    occupations: ['7112', '2221', '5321'],
    iscoGroups: ['7', '22', '711', '5321'],
    skills: ['welding', 'nursing', 'teamwork', 'no-such-skill'],
    pes: ['VDAB', 'ANAPEC', 'IOM-MATCH'],
    diplomaRecognition: ['refused', 'pending', 'not-needed'],
    technicalModules: ['VCA basic safety', 'Forklift certificate', 'no-such-module'],
  };
  const NUMERIC: Record<NumericField, [number, number]> = {
    ring: [1, 4],
    educationLevel: [2, 7],
    workExperienceYears: [0, 25],
    readinessDutch: [0, 4],
    readinessCivic: [0, 2],
    readinessSoftSkills: [0, 2],
    birthYear: [1965, 2006],
    noticePeriodWeeks: [0, 13],
  };

  function randomCondition(depth: number): CandidateCondition {
    const kind = pick(
      depth > 0
        ? ['anyOf', 'range', 'date', 'flag', 'language', 'and', 'or', 'atLeast', 'not', 'not', 'constant']
        : ['anyOf', 'range', 'date', 'flag', 'language'],
    );
    const children = () => Array.from({ length: Math.floor(random() * 3) }, () => randomCondition(depth - 1));
    switch (kind) {
      case 'anyOf': {
        const field = pick(Object.keys(KEYWORDS) as KeywordField[]);
        return anyOf(
          field,
          KEYWORDS[field].filter(() => random() < 0.5),
        );
      }
      case 'range': {
        const field = pick(Object.keys(NUMERIC) as NumericField[]);
        const [min, max] = NUMERIC[field];
        const bound = () =>
          random() < 0.3 ? undefined : min + (max - min) * random() * (random() < 0.5 ? 1 : 0.5);
        return { kind: 'range', field, gte: bound(), lte: bound() };
      }
      case 'date':
        return random() < 0.5
          ? {
              kind: 'dateOnOrAfter',
              field: 'temporaryProtectionUntil',
              date: pick(['2025-03-04', '2026-03-05', '2027-03-04']),
            }
          : {
              kind: 'dateOnOrAfter',
              field: 'availableFrom',
              date: pick(['2026-01-01', '2026-06-15', '2026-12-01']),
            };
      case 'language':
        return {
          kind: 'languageAtLeast',
          language: pick(['nl', 'en', 'fr']),
          level: Math.floor(random() * 7),
        };
      case 'atLeast': {
        const any = children();
        return { kind: 'atLeast', min: Math.floor(random() * (any.length + 2)), any };
      }
      case 'flag':
        return { kind: 'flag', field: 'consentMatching', value: random() < 0.5 };
      case 'and':
        return and(...children());
      case 'or':
        return or(...children());
      case 'not':
        return not(randomCondition(depth - 1));
      default:
        return { kind: random() < 0.5 ? 'always' : 'never' };
    }
  }

  const conditions = Array.from({ length: 60 }, () => randomCondition(3));
  it.each(conditions.map((c, i) => [i, c] as const))('random condition %i', async (_i, condition) => {
    const expected = pool.filter((doc: CandidateDocument) => satisfies(doc, condition)).length;
    const { body } = await client.count({
      index,
      body: { query: { bool: { filter: [conditionToQuery(condition)] } } },
    });
    expect(body.count, JSON.stringify(condition)).toBe(expected);
  });
});
