import { Client } from '@opensearch-project/opensearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCandidateDocuments, demoStartPlans } from '../../scripts/data/demo-pool.js';
import { EmbeddedCandidateSearch } from '../../shared/adapters/embedded-search/embedded-candidate-search.js';
import { EmbeddedInsightEngine } from '../../shared/adapters/embedded-search/embedded-insight-engine.js';
import { conditionToQuery } from '../../shared/adapters/opensearch/condition-to-query.js';
import { OpenSearchInsightEngine } from '../../shared/adapters/opensearch/opensearch-insight-engine.js';
import { MATCHING_MAPPING_PROPERTIES } from '../../shared/adapters/opensearch/opensearch-mapping-requirements.js';
import {
  clauseCount,
  MAX_CLAUSES,
  windowParts,
} from '../../shared/adapters/opensearch/start-window-query.js';
import { unitGroupsIn } from '../../shared/insight/isco-groups.js';
import { essentialSkills } from '../../shared/insight/occupation-profiles.js';
import { groupSpec } from '../../shared/insight/qualification.js';
import { anyCondition } from '../../shared/rules/conditions.js';
import { defaultReferenceData } from '../../shared/rules/reference-data.js';
import { satisfies } from '../../shared/search/candidate-condition.js';
import { type StartWindowSpec, startWindowSpecs } from '../../shared/start-date/start-windows.js';
import { builtInTaxonomy } from '../../shared/taxonomy/built-in-taxonomy.js';
import { opensearchUrl } from '../support/opensearch-url.js';

/**
 * A deployment with many open vacancies per occupation: their start windows pass OpenSearch's
 * clause limit as one filter. The node itself shows the limit is real (the unsplit filter is
 * refused), and the insight engine, which sends such a window as disjoint parts, still counts
 * exactly what the embedded engine counts.
 */

const TODAY = '2026-03-01';
const taxonomy = builtInTaxonomy();
const docs = demoCandidateDocuments({ seed: 404, count: 3000, taxonomy });
const plansByOccupation = demoStartPlans({
  seed: 61,
  count: 2500,
  taxonomy,
  reference: defaultReferenceData,
  today: TODAY,
});
const windowsOf = (isco: string): StartWindowSpec[] =>
  startWindowSpecs(TODAY, plansByOccupation.get(isco) ?? []);
const unsplit = (w: StartWindowSpec) => ({
  bool: { filter: [{ term: { ring: w.ring } }, conditionToQuery(w.condition)] },
});
const occupations = [...plansByOccupation.keys()].sort();
const oversized = occupations.flatMap((isco) =>
  windowsOf(isco)
    .filter((w) => clauseCount(unsplit(w)) > MAX_CLAUSES)
    .map((w) => ({ isco, window: w })),
);

const index = `start-window-clauses-${process.pid}-${Date.now()}`;
let client: Client;

beforeAll(async () => {
  client = new Client({ node: opensearchUrl() });
  await client.indices.create({
    index,
    body: {
      settings: { number_of_shards: 1, number_of_replicas: 0, refresh_interval: '-1' },
      mappings: {
        dynamic: 'strict',
        properties: { ...MATCHING_MAPPING_PROPERTIES, skillText: { type: 'text' } },
      },
    },
  });
  const { body } = await client.bulk({
    body: docs.flatMap((doc) => [{ index: { _index: index, _id: doc.id } }, doc]),
  });
  if (body.errors) throw new Error('bulk load failed');
  await client.indices.refresh({ index });
});

afterAll(async () => {
  await client?.indices.delete({ index }, { ignore: [404] });
  await client?.close();
});

describe('start windows over many vacancies', () => {
  it('has windows whose unsplit filter passes the clause limit', () => {
    expect(oversized.length).toBeGreaterThan(0);
    for (const { window } of oversized) expect(windowParts(window).length).toBeGreaterThan(1);
  });

  it("the node refuses the plain union of the vacancies' conditions as one query", async () => {
    // What the windows were before their conditions were factored (condition-union.ts).
    const { isco, window } = oversized[0] as (typeof oversized)[number];
    const plain = anyCondition(
      ...(plansByOccupation.get(isco) ?? []).map((plan) => plan.canStartBy(window.ring, window.by)),
    );
    const query = { bool: { filter: [{ term: { ring: window.ring } }, conditionToQuery(plain)] } };
    expect(clauseCount(query)).toBeGreaterThan(2 * MAX_CLAUSES);
    const refused = await client.count({ index, body: { query } }).then(
      () => 'accepted',
      (error: unknown) => JSON.stringify((error as { meta?: { body?: unknown } }).meta?.body),
    );
    expect(refused).toMatch(/too_many_clauses|maxClauseCount/i);
  });

  it('the parts fit, and their counts add up to the whole', async () => {
    const { window } = oversized[0] as (typeof oversized)[number];
    let sum = 0;
    for (const part of windowParts(window)) {
      expect(clauseCount(part)).toBeLessThanOrEqual(MAX_CLAUSES);
      sum += (await client.count({ index, body: { query: part } })).body.count;
    }
    const expected = docs.filter(
      (doc) => doc.ring === window.ring && satisfies(doc, window.condition),
    ).length;
    expect(sum).toBe(expected);
    expect(sum).toBeGreaterThan(0);
  });

  it('the insight engines agree on every occupation with an oversized window', async () => {
    const isco = [...new Set(oversized.map((o) => o.isco))];
    const request = {
      groups: isco.map((group) =>
        groupSpec({
          group,
          units: unitGroupsIn(group),
          profileOf: (unit) => essentialSkills(taxonomy, unit),
          minScore: 0,
          gaps: [],
          startWindows: windowsOf(group),
        }),
      ),
    };
    const [expected, actual] = await Promise.all([
      new EmbeddedInsightEngine(new EmbeddedCandidateSearch(docs)).supply(request),
      new OpenSearchInsightEngine({ client, index }).supply(request),
    ]);
    expect(actual).toEqual(expected);
    const startable = expected.groups.flatMap((g) => g.rings.flatMap((r) => Object.values(r.startable)));
    expect(startable.some((n) => n > 0)).toBe(true);
  });
});
