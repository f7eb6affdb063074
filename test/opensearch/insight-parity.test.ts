import { Client } from '@opensearch-project/opensearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCandidateDocuments, demoVacancies } from '../../scripts/data/demo-pool.js';
import { SYNTHETIC_OCCUPATIONS, syntheticCandidates } from '../../scripts/data/synthetic-pool.js';
import { EmbeddedCandidateSearch } from '../../shared/adapters/embedded-search/embedded-candidate-search.js';
import { EmbeddedInsightEngine } from '../../shared/adapters/embedded-search/embedded-insight-engine.js';
import { OpenSearchInsightEngine } from '../../shared/adapters/opensearch/opensearch-insight-engine.js';
import { MATCHING_MAPPING_PROPERTIES } from '../../shared/adapters/opensearch/opensearch-mapping-requirements.js';
import type { SupplyRequest } from '../../shared/insight/insight-engine.js';
import { groupAt, type IscoLevel, unitGroupsIn } from '../../shared/insight/isco-groups.js';
import { essentialSkills, trainingGapItems } from '../../shared/insight/occupation-profiles.js';
import { type GapItem, groupSpec } from '../../shared/insight/qualification.js';
import { defaultReferenceData } from '../../shared/rules/reference-data.js';
import type { CandidateDocument } from '../../shared/search/candidate-document.js';
import { type StartWindowSpec, startWindowSpecs } from '../../shared/start-date/start-windows.js';
import { vacancyStartPlan } from '../../shared/start-date/vacancy-start.js';
import { builtInTaxonomy } from '../../shared/taxonomy/built-in-taxonomy.js';
import { opensearchUrl } from '../support/opensearch-url.js';

/**
 * Parity of the insight engines on a real OpenSearch node: the same pool in both, then for every
 * ISCO level and several match-quality thresholds the same counts per group, ring and country,
 * and the same training needs. Two pools: the demo generator's (real taxonomy skills, modules
 * taken, consent refusals, partner countries) and the synthetic one (its own skill vocabulary).
 */

const DEMO_CANDIDATES = 5000;
const SYNTHETIC_CANDIDATES = 6000;
const MIN_SCORES = [0, 0.25, 0.5, 0.75, 1];
const LEVELS: IscoLevel[] = [1, 2, 3, 4];

const taxonomy = builtInTaxonomy();
const demoPool = demoCandidateDocuments({ seed: 2027, count: DEMO_CANDIDATES, taxonomy });
const syntheticPool = syntheticCandidates({ seed: 99, count: SYNTHETIC_CANDIDATES });
const SYNTHETIC_PROFILES = new Map(SYNTHETIC_OCCUPATIONS.map((o) => [o.isco, o.skills]));

// Start windows (shared/start-date/start-windows.ts) of each occupation, from demo vacancies:
// per ring and window, the union of the vacancies' "can start by" conditions.
const TODAY = '2026-03-01';
const demoOpenVacancies = demoVacancies({
  seed: 32,
  count: 120,
  taxonomy,
  reference: defaultReferenceData,
  today: TODAY,
});
function demoStartWindows(isco: string): StartWindowSpec[] {
  const plans = demoOpenVacancies.flatMap((v) =>
    v.vacancy && v.profile.occupation === isco
      ? [
          vacancyStartPlan(v.vacancy, v.profile, { today: TODAY, data: defaultReferenceData }, (s) =>
            taxonomy.trainingModule(s),
          ),
        ]
      : [],
  );
  return startWindowSpecs(TODAY, plans);
}

const prefix = `insight-parity-${process.pid}-${Date.now()}`;
let client: Client;

async function createIndex(name: string, docs: readonly CandidateDocument[]): Promise<void> {
  await client.indices.create({
    index: name,
    body: {
      // Two shards: the counts must not depend on the production index having one.
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
      .flatMap((doc) => [{ index: { _index: name, _id: doc.id } }, doc]);
    const { body } = await client.bulk({ body: operations });
    if (body.errors)
      throw new Error(`bulk load failed: ${JSON.stringify(body.items.find((i) => i.index?.error))}`);
  }
  await client.indices.refresh({ index: name });
}

/** Every group at the level that the pool's occupations fall in, plus one nobody is in. */
function groupsAt(pool: readonly CandidateDocument[], level: IscoLevel): string[] {
  const groups = new Set(pool.flatMap((d) => d.occupations.map((o) => groupAt(o, level))));
  groups.add(groupAt('0110', level)); // armed forces: no candidate
  return [...groups].sort();
}

interface Pool {
  readonly name: string;
  readonly docs: readonly CandidateDocument[];
  readonly index: string;
  readonly profileOf: (isco: string) => readonly string[];
  readonly gapsOf: (isco: string) => GapItem[];
  readonly windowsOf: (isco: string) => StartWindowSpec[];
}

const POOLS: Pool[] = [
  {
    name: 'demo',
    docs: demoPool,
    index: `${prefix}-demo`,
    profileOf: (isco) => essentialSkills(taxonomy, isco),
    gapsOf: (isco) => trainingGapItems(taxonomy, isco),
    windowsOf: demoStartWindows,
  },
  {
    name: 'synthetic',
    docs: syntheticPool,
    index: `${prefix}-synthetic`,
    profileOf: (isco) => SYNTHETIC_PROFILES.get(isco) ?? [],
    // Pairs of skills, one pair "taught by a module" nobody took: coverage by skills alone.
    gapsOf: (isco) => {
      const skills = SYNTHETIC_PROFILES.get(isco) ?? [];
      return [
        {
          key: `module:${isco}`,
          kind: 'technical-module',
          label: isco,
          skills: skills.slice(0, 2),
          module: `m-${isco}`,
        },
        ...skills
          .slice(2, 5)
          .map((s): GapItem => ({ key: `skill:${s}`, kind: 'skill', label: s, skills: [s] })),
      ];
    },
    windowsOf: () => [],
  },
];

function requestsFor(pool: Pool): { name: string; request: SupplyRequest }[] {
  return LEVELS.flatMap((level) =>
    MIN_SCORES.map((minScore) => ({
      name: `${pool.name} pool, level ${level}, minScore ${minScore}`,
      request: {
        groups: groupsAt(pool.docs, level).map((group) =>
          groupSpec({
            group,
            units: unitGroupsIn(group),
            profileOf: pool.profileOf,
            minScore,
            gaps: level === 4 ? pool.gapsOf(group) : [],
            startWindows: level === 4 ? pool.windowsOf(group) : [],
          }),
        ),
      },
    })),
  );
}

beforeAll(async () => {
  client = new Client({ node: opensearchUrl() });
  for (const pool of POOLS) await createIndex(pool.index, pool.docs);
});

afterAll(async () => {
  await client?.indices.delete({ index: POOLS.map((p) => p.index) }, { ignore: [404] });
  await client?.close();
});

describe.each(POOLS)('insight engines agree on the $name pool', (pool) => {
  const embedded = new EmbeddedInsightEngine(new EmbeddedCandidateSearch(pool.docs));
  const requests = requestsFor(pool);
  let engine: OpenSearchInsightEngine;
  beforeAll(() => {
    engine = new OpenSearchInsightEngine({ client, index: pool.index });
  });

  it('holds the whole pool', async () => {
    const { body } = await client.count({ index: pool.index });
    expect(body.count).toBe(pool.docs.length);
  });

  it.each(requests)('$name', async ({ request }) => {
    const [expected, actual] = await Promise.all([embedded.supply(request), engine.supply(request)]);
    expect(actual).toEqual(expected);
  });

  it('compared real work: candidates in every ring, thresholds that bite, training needs', async () => {
    const results = await Promise.all(requests.map(({ request }) => embedded.supply(request)));
    const total = (i: number) => results[i]?.groups.reduce((n, g) => n + g.candidates, 0) ?? 0;
    // Level 4: minScore 0 counts more than 0.5, which counts more than 1.
    const level4 = MIN_SCORES.length * 3;
    expect(total(level4)).toBeGreaterThan(total(level4 + 2));
    expect(total(level4 + 2)).toBeGreaterThan(total(level4 + 4));
    for (const ring of [0, 1, 2, 3])
      expect(results[level4]?.groups.some((g) => (g.rings[ring]?.candidates ?? 0) > 0)).toBe(true);
    const needs =
      results[level4 + 2]?.groups.flatMap((g) => g.rings.flatMap((r) => Object.values(r.gaps))) ?? [];
    expect(needs.filter((n) => n > 0).length).toBeGreaterThan(10);
    if (pool.name === 'demo') {
      // Start windows counted in every ring, growing with the window, and some fewer than all.
      const rings = results[level4 + 2]?.groups.flatMap((g) => g.rings) ?? [];
      const counted = rings.filter((r) => Object.keys(r.startable).length === 4);
      expect(new Set(counted.map((r) => r.ring))).toEqual(new Set([1, 2, 3, 4]));
      for (const r of counted) {
        const counts = ['1', '3', '6', '12'].map((k) => r.startable[k] ?? 0);
        expect(counts).toEqual([...counts].sort((a, b) => a - b));
        expect(counts[3]).toBeLessThanOrEqual(r.candidates);
      }
      const sum = (k: string) => counted.reduce((n, r) => n + (r.startable[k] ?? 0), 0);
      expect(sum('1')).toBeGreaterThan(0);
      expect(sum('1')).toBeLessThan(sum('12'));
      expect(sum('12')).toBeLessThan(counted.reduce((n, r) => n + r.candidates, 0));
    }
  });
});
