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
import { defaultReferenceData } from '../../shared/rules/reference-data.js';
import { satisfies } from '../../shared/search/candidate-condition.js';
import type { CandidateDocument } from '../../shared/search/candidate-document.js';
import { builtInTaxonomy } from '../../shared/taxonomy/built-in-taxonomy.js';
import { opensearchUrl } from '../support/opensearch-url.js';
import { demoRequests, rankRequests, startRequests } from '../support/parity-cases.js';
import { expectSameRanking } from '../support/parity-checks.js';
import { stressPool, stressRequests } from '../support/parity-stress.js';
import { randomConditions } from '../support/random-conditions.js';

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

  const requests = rankRequests(profiles, TOP_K);
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

  const requests = demoRequests(vacancies, TOP_K);

  it.each(requests)('$name', async ({ request }) => {
    const [expected, actual] = await Promise.all([demoEmbedded.rank(request), demoEngine.rank(request)]);
    expectSameRanking(actual, expected);
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

  const today = '2026-03-01';
  const starts = startRequests(vacancies.slice(0, 12), taxonomy, today, TOP_K);

  it.each(starts)('$name', async ({ request }) => {
    const [expected, actual] = await Promise.all([demoEmbedded.rank(request), demoEngine.rank(request)]);
    expectSameRanking(actual, expected);
  });

  it('the start filter both kept and excluded candidates', async () => {
    const results = await Promise.all(starts.map(({ request }) => demoEmbedded.rank(request)));
    expect(starts.length).toBeGreaterThanOrEqual(30);
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
  const stressDocs = stressPool();
  const stressEmbedded = new EmbeddedCandidateSearch(stressDocs);
  let stressEngine: OpenSearchMatchEngine;
  let rounds: RankRound[] = [];
  const roundsBySearch = new Map<string, RankRound[]>();

  beforeAll(async () => {
    await createIndex(stressIndex, stressDocs);
    stressEngine = new OpenSearchMatchEngine({
      client,
      index: stressIndex,
      onScoreMismatch: (m) => mismatches.push(m),
      onRound: (round) => rounds.push(round),
    });
  });

  const requests = stressRequests();

  it.each(requests)('$name', async ({ name, request }) => {
    rounds = [];
    const [expected, actual] = await Promise.all([stressEmbedded.rank(request), stressEngine.rank(request)]);
    roundsBySearch.set(name, rounds);
    expectSameRanking(actual, expected, { breakdowns: true });
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
  const conditions = randomConditions(seededRandom(99), 60, 3);
  it.each(conditions.map((c, i) => [i, c] as const))('random condition %i', async (_i, condition) => {
    const expected = pool.filter((doc: CandidateDocument) => satisfies(doc, condition)).length;
    const { body } = await client.count({
      index,
      body: { query: { bool: { filter: [conditionToQuery(condition)] } } },
    });
    expect(body.count, JSON.stringify(condition)).toBe(expected);
  });
});
