import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildLocalApp, type LocalApp } from '../../scripts/local/local-app.js';
import { EmbeddedCandidateSearch } from '../../shared/adapters/embedded-search/embedded-candidate-search.js';
import type { MatchEngine, RankRequest, RankResult } from '../../shared/matching/match-engine.js';
import type {
  CandidateFilter,
  CandidateSearch,
  SearchWrite,
  SearchWriteOutcome,
} from '../../shared/ports/candidate-search.js';
import type { CandidateDocument } from '../../shared/search/candidate-document.js';
import { validCandidate, validVacancy } from '../fixtures/api-bodies.js';
import { type Harness, startHarness } from '../support/api-harness.js';

/**
 * The search engine failing under the API, on dynalite with the embedded engine behind a switch:
 * down (every call throws, as a refused connection does), or crashing mid-batch (it takes the
 * first N writes of a bulk request, then the connection dies). The table is the source of truth:
 * writes succeed, matches say 503, and redelivery of the pending stream records leaves the index
 * holding exactly the stored set. The real-node versions are in test/opensearch/faults-opensearch
 * and nothing-lost.
 */
class FaultySearch implements CandidateSearch, MatchEngine {
  readonly inner = new EmbeddedCandidateSearch();
  mode: { kind: 'up' } | { kind: 'down' } | { kind: 'crash-after'; writes: number } = { kind: 'up' };
  /** Writes the inner engine took, per bulk call (to see where a crash cut a batch). */
  readonly batches: number[] = [];

  async write(writes: readonly SearchWrite[]): Promise<SearchWriteOutcome[]> {
    this.guard();
    if (this.mode.kind === 'crash-after') {
      const taken = writes.slice(0, this.mode.writes);
      await this.inner.write(taken);
      this.batches.push(taken.length);
      throw new Error(`connection reset after ${taken.length} of ${writes.length} writes`);
    }
    this.batches.push(writes.length);
    return this.inner.write(writes);
  }
  async get(id: string, filter?: CandidateFilter): Promise<CandidateDocument | undefined> {
    this.guard();
    return this.inner.get(id, filter);
  }
  async count(filter?: CandidateFilter): Promise<number> {
    this.guard();
    return this.inner.count(filter);
  }
  async ids(filter?: CandidateFilter): Promise<string[]> {
    this.guard();
    return this.inner.ids(filter);
  }
  async rank(request: RankRequest): Promise<RankResult> {
    this.guard();
    return this.inner.rank(request);
  }
  private guard() {
    if (this.mode.kind === 'down')
      throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
  }
}

const PES: [string, string] = ['pes', 'ANAPEC'];
const EMPLOYER: [string, string] = ['employer', 'emp-faults'];

describe('search engine faults under the API (embedded engine behind a switch)', () => {
  let h: Harness;
  let local: LocalApp;
  const search = new FaultySearch();
  let vacancyId: string;

  const call = (method: string, path: string, as: [string, string], body?: unknown) =>
    Promise.resolve(
      local.app.request(path, {
        method,
        headers: {
          'x-caller-role': as[0],
          'x-caller-org': as[1],
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      }),
    );
  const upsert = (externalId: string, workExperienceYears = 6) =>
    call('PUT', `/v1/candidates/by-external-id/${externalId}`, PES, validCandidate({ workExperienceYears }));

  /** Every candidate id → version in the table, and in the index. */
  async function tableVersions(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    let cursor: string | undefined;
    do {
      const page = await local.deps.candidates.scanAll({ limit: 200, cursor });
      for (const p of page.items) out[p.id] = p.version;
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  }
  async function indexVersions(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const id of await search.inner.ids()) out[id] = (await search.inner.get(id))?.version ?? -1;
    return out;
  }

  beforeAll(async () => {
    // A harness only for its dynalite; the app is built here around the faulty engine.
    h = await startHarness();
    local = await buildLocalApp({ dynamo: h.dynamo, search, matcher: search, rateLimit: false });
    const created = await call('POST', '/v1/vacancies', EMPLOYER, validVacancy());
    vacancyId = ((await created.json()) as { id: string }).id;
    for (let i = 0; i < 20; i++) expect((await upsert(`UP-${i}`)).status).toBe(201);
  });
  afterAll(async () => h.close());

  it('engine down: writes still succeed, matches are a 503 problem, and a drain catches the index up', async () => {
    search.mode = { kind: 'down' };
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) statuses.push((await upsert(`DOWN-${i}`)).status);
    for (let i = 0; i < 5; i++) statuses.push((await upsert(`UP-${i}`, 12)).status); // updates
    const ids = Object.keys(await tableVersions()).slice(0, 3);
    for (const id of ids) statuses.push((await call('DELETE', `/v1/candidates/${id}`, PES)).status);
    expect(statuses).toEqual([...Array(15).fill(201), ...Array(5).fill(200), 204, 204, 204]);
    expect(local.stream.pendingCount).toBe(23);

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const match = await call('POST', `/v1/vacancies/${vacancyId}/matches`, EMPLOYER);
    // Reported to the operator with the engine's own error; the caller only hears "retry later".
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ECONNREFUSED'));
    warn.mockRestore();
    expect(match.status).toBe(503);
    expect(match.headers.get('content-type')).toBe('application/problem+json');
    expect(match.headers.get('retry-after')).toBe('5');
    expect(await match.json()).toMatchObject({
      type: 'https://concentric.example/problems/service-unavailable',
    });

    search.mode = { kind: 'up' };
    expect(await local.stream.drain()).toBe(0);
    expect(await indexVersions()).toEqual(await tableVersions());
    expect((await call('POST', `/v1/vacancies/${vacancyId}/matches`, EMPLOYER)).status).toBe(200);
  });

  it('indexer crashing mid-batch: redelivery of the whole batch gives exactly the stored set', async () => {
    // Build up a batch: the engine refuses while 40 writes land in the table.
    search.mode = { kind: 'down' };
    for (let i = 0; i < 40; i++) expect((await upsert(`BATCH-${i}`, i % 15)).status).toBe(201);
    expect(local.stream.pendingCount).toBe(40);

    // The next delivery dies after the engine took 17 of the 40.
    search.mode = { kind: 'crash-after', writes: 17 };
    search.batches.length = 0;
    expect(await local.stream.drain()).toBe(40);
    expect(search.batches).toEqual([17]);
    const partial = await indexVersions();
    const table = await tableVersions();
    expect(Object.keys(partial).length).toBe(Object.keys(table).length - 40 + 17);

    // Redelivered whole: the 17 already taken come back stale (same version), the rest apply.
    search.mode = { kind: 'up' };
    const write = vi.spyOn(search.inner, 'write');
    expect(await local.stream.drain()).toBe(0);
    const outcomes = (await write.mock.results[0]?.value) as SearchWriteOutcome[];
    expect(outcomes.filter((o) => o.status === 'stale')).toHaveLength(17);
    expect(outcomes.filter((o) => o.status === 'applied')).toHaveLength(23);
    expect(await indexVersions()).toEqual(await tableVersions());
  });
});
