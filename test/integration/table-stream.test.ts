import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalDynamo } from '../../scripts/local/dynalite.js';
import { dynoxideBinary, startDynoxide } from '../../scripts/local/dynoxide.js';
import { buildLocalApp, type LocalApp } from '../../scripts/local/local-app.js';
import { EmbeddedCandidateSearch } from '../../shared/adapters/embedded-search/embedded-candidate-search.js';
import type {
  CandidateSearch,
  SearchWrite,
  SearchWriteOutcome,
} from '../../shared/ports/candidate-search.js';
import { validCandidate } from '../fixtures/api-bodies.js';

/**
 * The table's real DynamoDB stream (dynoxide, NEW_AND_OLD_IMAGES as CDK defines it) read by
 * scripts/local/table-stream.ts into indexStreamBatch, the indexer Lambda's own code
 * (shared/composition/stream-indexer.ts): what the API writes and erases reaches the index
 * through the stream's records, and a batch the search engine refuses is read again, never skipped.
 */

/** The embedded engine, refusing every write while `down` is set (as a stopped node would). */
class FlakySearch extends EmbeddedCandidateSearch implements CandidateSearch {
  down = false;
  override async write(writes: readonly SearchWrite[]): Promise<SearchWriteOutcome[]> {
    if (!this.down) return super.write(writes);
    return writes.map((w) => ({
      id: w.op === 'upsert' ? w.document.id : w.id,
      status: 'failed',
      reason: 'search engine down',
      retryable: true,
    }));
  }
}

const PES = { 'x-caller-role': 'pes', 'x-caller-org': 'ANAPEC', 'content-type': 'application/json' };

describe.skipIf(!dynoxideBinary())('the table stream on dynoxide, read by the indexer code', () => {
  let dynamo: LocalDynamo;
  let local: LocalApp;
  const search = new FlakySearch();

  const upsert = async (externalId: string, body = validCandidate()) => {
    const response = await local.app.request(`/v1/candidates/by-external-id/${externalId}`, {
      method: 'PUT',
      headers: PES,
      body: JSON.stringify(body),
    });
    expect(response.status).toBeLessThan(300);
    return ((await response.json()) as { candidate: { id: string; version: number } }).candidate;
  };

  beforeAll(async () => {
    dynamo = (await startDynoxide({ tableName: 'streamed', stream: true })) as LocalDynamo;
    local = await buildLocalApp({ dynamo, search, rateLimit: false });
  });
  afterAll(async () => {
    local?.close();
    await dynamo?.stop();
  });

  it('runs on the stream, not the in-process hand-off', () => {
    expect(dynamo.stream).toBe(true);
    expect(local.stream.constructor.name).toBe('TableStream');
  });

  it('indexes a created and an updated candidate from their stream records', async () => {
    const created = await upsert('MA-S1');
    expect(await search.get(created.id)).toMatchObject({ id: created.id, version: 1, pes: 'ANAPEC' });
    const updated = await upsert('MA-S1', validCandidate({ workExperienceYears: 9 }));
    expect(updated.version).toBe(2);
    expect(await search.get(created.id)).toMatchObject({ version: 2, workExperienceYears: 9 });
  });

  it('removes an erased candidate from the index through its REMOVE record', async () => {
    const created = await upsert('MA-S2');
    expect(await search.get(created.id)).toBeDefined();
    const erased = await local.app.request(`/v1/candidates/${created.id}`, {
      method: 'DELETE',
      headers: PES,
    });
    expect(erased.status).toBe(204);
    expect(await search.get(created.id)).toBeUndefined();
  });

  it('keeps records the search engine refused and indexes them on the next drain', async () => {
    search.down = true;
    const created = await upsert('MA-S3');
    expect(await search.get(created.id)).toBeUndefined();
    expect(local.stream.pendingCount).toBeGreaterThan(0);
    search.down = false;
    expect(await local.stream.drain()).toBe(0);
    expect(await search.get(created.id)).toMatchObject({ id: created.id, version: 1 });
  });
});
