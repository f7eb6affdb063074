import type { Client } from '@opensearch-project/opensearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalDynamo } from '../../scripts/local/dynalite.js';
import { buildLocalApp, type LocalApp } from '../../scripts/local/local-app.js';
import {
  candidateIndexPattern,
  ensureCandidateIndex,
} from '../../shared/adapters/opensearch/candidate-index.js';
import { createOpenSearchClient } from '../../shared/adapters/opensearch/client.js';
import { OpenSearchCandidateSearch } from '../../shared/adapters/opensearch/opensearch-candidate-search.js';
import { OpenSearchMatchEngine } from '../../shared/adapters/opensearch/opensearch-match-engine.js';
import type { CandidateProfile } from '../../shared/domain/candidate.js';
import { fixedClock } from '../../shared/ports/clock.js';
import { expireCandidates } from '../../shared/use-cases/erasure-use-cases.js';
import { validVacancy } from '../fixtures/api-bodies.js';
import { markedCandidate, personalMarkers, scanTable } from '../support/erasure-checks.js';
import { opensearchUrl } from '../support/opensearch-url.js';
import { startTestDynamo } from '../support/test-dynamo.js';

/**
 * Erasure on the real engine: the app on dynalite with OpenSearch as its index and match engine.
 * After an erasure (on request, or by the retention sweep) the candidate is checked gone by
 * direct queries: a Scan of the table, and get, term and full-text queries on the node.
 */
const alias = `erasure-${process.pid}-${Date.now()}`;
const PES = { 'x-caller-role': 'pes', 'x-caller-org': 'ANAPEC' };
const EMPLOYER = { 'x-caller-role': 'employer', 'x-caller-org': 'emp-erasure' };

let dynamo: LocalDynamo;
let client: Client;
let local: LocalApp;
let vacancyId: string;

async function send(method: string, path: string, headers: Record<string, string>, body?: unknown) {
  return local.app.request(path, {
    method,
    headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

async function upsert(externalId: string, marker: string): Promise<string> {
  const res = await send('PUT', `/v1/candidates/by-external-id/${externalId}`, PES, markedCandidate(marker));
  expect(res.status).toBe(201);
  return ((await res.json()) as { candidate: { id: string } }).candidate.id;
}

async function matchedIds(): Promise<string[]> {
  const res = await send('POST', `/v1/vacancies/${vacancyId}/matches?topK=100`, EMPLOYER);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { rings: { matches: { candidateId: string }[] }[] };
  return body.rings.flatMap((r) => r.matches.map((m) => m.candidateId));
}

/** What the node holds, asked directly: the document by id, by term, and every document's source. */
async function onTheNode(id: string) {
  await client.indices.refresh({ index: alias });
  const byId = await client.get({ index: alias, id }, { ignore: [404] });
  const byTerm = await client.search({ index: alias, body: { query: { term: { id } } } });
  const all = await client.search({ index: alias, body: { query: { match_all: {} }, size: 1000 } });
  return {
    found: (byId.body as { found?: boolean }).found === true,
    termHits: byTerm.body.hits.hits.length,
    sources: all.body.hits.hits.map((h) => JSON.stringify(h._source)),
  };
}

async function expectGone(id: string, markers: string[]) {
  const node = await onTheNode(id);
  expect(node.found).toBe(false);
  expect(node.termHits).toBe(0);
  for (const source of node.sources) {
    expect(source).not.toContain(id);
    for (const m of markers) expect(source).not.toContain(m);
  }
  for (const item of await scanTable(dynamo.client, dynamo.tableName)) {
    const text = JSON.stringify(item);
    for (const m of markers) expect(text).not.toContain(m);
    if (text.includes(id))
      expect(['candidate-erased', 'audit', 'feed-intent', 'feed-entry']).toContain(item.entity);
  }
  expect(await matchedIds()).not.toContain(id);
}

beforeAll(async () => {
  dynamo = await startTestDynamo();
  client = createOpenSearchClient({ url: opensearchUrl(), region: 'local' });
  await ensureCandidateIndex(client, alias);
  local = await buildLocalApp({
    dynamo,
    clock: fixedClock('2026-03-02T09:00:00.000Z'),
    search: new OpenSearchCandidateSearch(client, alias, { refresh: 'wait_for' }),
    matcher: new OpenSearchMatchEngine({ client, index: alias }),
    rateLimit: false,
  });
  const res = await send('POST', '/v1/vacancies', EMPLOYER, validVacancy());
  vacancyId = ((await res.json()) as { id: string }).id;
});

afterAll(async () => {
  await client?.indices.delete({ index: candidateIndexPattern(alias) }, { ignore: [404] });
  await client?.close();
  await dynamo?.stop();
});

describe('erasure on a real OpenSearch node', () => {
  it('on request: gone from the table, the index and matches; the other candidates stay', async () => {
    const erased = await upsert('OS-ERASE-1', 'OSERASEMARK');
    const kept = await upsert('OS-KEEP-1', 'OSKEEPMARK');
    const markers = personalMarkers('OSERASEMARK', 'OS-ERASE-1').filter((m) => !m.startsWith('OS-'));
    expect(await matchedIds()).toEqual(expect.arrayContaining([erased, kept]));
    expect((await onTheNode(erased)).found).toBe(true);

    expect((await send('DELETE', `/v1/candidates/${erased}`, PES)).status).toBe(204);

    await expectGone(erased, markers);
    expect((await onTheNode(kept)).found).toBe(true);
    expect(await matchedIds()).toContain(kept);
  });

  it('by the retention sweep: the same, with a tombstone that says why', async () => {
    const due = await upsert('OS-RETAIN-1', 'OSRETAINMARK');
    const current = (await local.deps.candidates.get('ANAPEC', due)) as CandidateProfile;
    await local.deps.candidates.put(
      { ...current, version: current.version + 1, retainUntil: '2026-03-01T00:00:00.000Z' },
      current.version,
    );
    expect(await matchedIds()).toContain(due);

    expect((await expireCandidates(local.deps)).expired).toBe(1);

    await expectGone(
      due,
      personalMarkers('OSRETAINMARK', 'OS-RETAIN-1').filter((m) => !m.startsWith('OS-')),
    );
    const audit = await local.deps.audit.query({
      subject: due,
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-12-31T00:00:00.000Z',
      limit: 100,
    });
    expect(audit.items.find((r) => r.action === 'candidate.expired')).toMatchObject({
      reason: 'retention-expired',
      subject: { id: due, owner: 'ANAPEC' },
    });
  });
});
