import { Client } from '@opensearch-project/opensearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCandidateDocuments, demoVacancies } from '../../scripts/data/demo-pool.js';
import { EmbeddedCandidateSearch } from '../../shared/adapters/embedded-search/embedded-candidate-search.js';
import { EmbeddedStartCounts } from '../../shared/adapters/embedded-search/embedded-start-counts.js';
import { MATCHING_MAPPING_PROPERTIES } from '../../shared/adapters/opensearch/opensearch-mapping-requirements.js';
import { OpenSearchStartCounts } from '../../shared/adapters/opensearch/opensearch-start-counts.js';
import { fullScanRank } from '../../shared/matching/full-scan.js';
import type { RankRequest } from '../../shared/matching/match-engine.js';
import { DEFAULT_MATCH_WEIGHTS } from '../../shared/matching/score-model.js';
import type { StartCounts } from '../../shared/ports/start-counts.js';
import { assessPair } from '../../shared/rules/match.js';
import { defaultReferenceData } from '../../shared/rules/reference-data.js';
import { startSpread } from '../../shared/start-date/start-spread.js';
import { startDateSummary } from '../../shared/start-date/start-summary.js';
import { vacancyStartPlan } from '../../shared/start-date/vacancy-start.js';
import { builtInTaxonomy } from '../../shared/taxonomy/built-in-taxonomy.js';
import { opensearchUrl } from '../support/opensearch-url.js';

/**
 * Ring start-date summaries over every kept candidate (shared/use-cases/ring-start-dates.ts):
 * on a real node and in the embedded engine, the spread found from "can start by" counts is the
 * same, and equals the summary of every kept candidate's computed earliest start.
 */

const TODAY = '2026-03-01';
const taxonomy = builtInTaxonomy();
const pool = demoCandidateDocuments({ seed: 41, count: 4000, taxonomy });
const vacancies = demoVacancies({
  seed: 42,
  count: 10,
  taxonomy,
  reference: defaultReferenceData,
  today: TODAY,
});
const ctx = { today: TODAY, data: defaultReferenceData };
const index = `start-counts-${process.pid}-${Date.now()}`;
let client: Client;
let engine: OpenSearchStartCounts;
const embedded = new EmbeddedStartCounts(new EmbeddedCandidateSearch(pool));

beforeAll(async () => {
  client = new Client({ node: opensearchUrl() });
  await client.indices.create({
    index,
    body: {
      settings: { number_of_shards: 2, number_of_replicas: 0, refresh_interval: '-1' },
      mappings: {
        dynamic: 'strict',
        properties: { ...MATCHING_MAPPING_PROPERTIES, skillText: { type: 'text' } },
      },
    },
  });
  const operations = pool.flatMap((doc) => [{ index: { _index: index, _id: doc.id } }, doc]);
  const { body } = await client.bulk({ body: operations });
  if (body.errors) throw new Error('bulk load failed');
  await client.indices.refresh({ index });
  engine = new OpenSearchStartCounts({ client, index });
});

afterAll(async () => {
  await client?.indices.delete({ index }, { ignore: [404] });
  await client?.close();
});

const cases = vacancies.flatMap((v, i) => {
  const vacancy = v.vacancy;
  return vacancy
    ? ([1, 2, 3, 4] as const).map((ring) => {
        const request: RankRequest = {
          profile: v.profile,
          weights: DEFAULT_MATCH_WEIGHTS,
          ring: { ring },
          conditions: v.conditions,
          topK: 5,
        };
        return {
          name: `demo vacancy ${i} (${v.profile.occupation}) ring ${ring}`,
          vacancy,
          request,
        };
      })
    : [];
});

const spreadOf = (counts: StartCounts, c: (typeof cases)[number]) => {
  const plan = vacancyStartPlan(c.vacancy, c.request.profile, ctx, (s) => taxonomy.trainingModule(s));
  return startSpread(TODAY, (dates) =>
    counts.countEach(
      c.request,
      dates.map((by) => plan.canStartBy(c.request.ring.ring, by)),
    ),
  );
};

/** Every kept candidate's computed start, summarised (what the counts must reproduce). */
function exact(c: (typeof cases)[number]) {
  const plan = vacancyStartPlan(c.vacancy, c.request.profile, ctx, (s) => taxonomy.trainingModule(s));
  const ranked = fullScanRank(pool, { ...c.request, topK: 1000 });
  expect(ranked.total).toBeLessThanOrEqual(1000);
  const kept = ranked.hits;
  const byId = new Map(pool.map((d) => [d.id, d]));
  const starts = kept.map((h) => {
    const doc = byId.get(h.id);
    if (!doc) throw new Error(h.id);
    return plan.startOf(doc, assessPair(c.vacancy, doc, ctx));
  });
  const { unverified: _, ...summary } = startDateSummary(starts);
  return summary;
}

describe('start-date spread over every kept candidate', () => {
  const results: { candidates: number; median: string | null; latest: string | null }[] = [];

  it.each(cases)('$name', async (c) => {
    const expected = exact(c);
    const [fromEmbedded, fromOpenSearch] = await Promise.all([spreadOf(embedded, c), spreadOf(engine, c)]);
    expect(fromEmbedded).toEqual(expected);
    expect(fromOpenSearch).toEqual(expected);
    results.push(expected);
  });

  it('compared real spreads: rings with more candidates than the top k, dates that differ', () => {
    expect(results.filter((r) => r.candidates > 5).length).toBeGreaterThan(5);
    expect(results.filter((r) => r.median !== r.latest).length).toBeGreaterThan(3);
  });
});
