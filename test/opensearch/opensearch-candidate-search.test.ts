import type { Client } from '@opensearch-project/opensearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../scripts/opensearch/launcher.js';
import {
  candidateIndexPattern,
  ensureCandidateIndex,
} from '../../shared/adapters/opensearch/candidate-index.js';
import { createOpenSearchClient } from '../../shared/adapters/opensearch/client.js';
import { OpenSearchCandidateSearch } from '../../shared/adapters/opensearch/opensearch-candidate-search.js';
import { RetriesExhaustedError } from '../../shared/concurrency/retry.js';
import { compareStrings } from '../../shared/matching/score-model.js';
import type { CandidateDocument } from '../../shared/search/candidate-document.js';
import { toCandidateDocument } from '../../shared/search/candidate-document.js';
import { opensearchUrl } from '../support/opensearch-url.js';
import { candidateProfile } from '../unit/indexing/candidate-profiles.js';

const alias = `cand-search-test-${process.pid}-${Date.now()}`;
let client: Client;
let search: OpenSearchCandidateSearch;

beforeAll(async () => {
  client = createOpenSearchClient({ url: opensearchUrl(), region: 'local' });
  await ensureCandidateIndex(client, alias);
  search = new OpenSearchCandidateSearch(client, alias, { refresh: 'wait_for', idsPageSize: 100 });
});

afterAll(async () => {
  await client?.indices.delete({ index: candidateIndexPattern(alias) }, { ignore: [404] });
  await client?.close();
});

const doc = (
  externalId: string,
  version = 1,
  overrides: Partial<CandidateDocument> = {},
): CandidateDocument => ({
  ...toCandidateDocument(candidateProfile(externalId, { version })),
  ...overrides,
});

describe('OpenSearchCandidateSearch on a real node', () => {
  it('round-trips a document: write, get, count, ids', async () => {
    const a = doc('RT-A');
    expect(await search.write([{ op: 'upsert', document: a }])).toEqual([{ id: a.id, status: 'applied' }]);
    expect(await search.get(a.id)).toEqual(JSON.parse(JSON.stringify(a)));
    expect(await search.ids()).toContain(a.id);
    expect(await search.get('cand_nobody')).toBeUndefined();
    // A read through a tenant filter sees only that PES's documents.
    expect(await search.get(a.id, { pes: a.pes })).toMatchObject({ id: a.id });
    expect(await search.get(a.id, { pes: 'VDAB' })).toBeUndefined();
  });

  it('deletes, and a delete of a missing document is success', async () => {
    const b = doc('DEL-B', 2);
    await search.write([{ op: 'upsert', document: b }]);
    expect(await search.write([{ op: 'delete', id: b.id, version: 3 }])).toEqual([
      { id: b.id, status: 'applied' },
    ]);
    expect(await search.get(b.id)).toBeUndefined();
    expect(await search.write([{ op: 'delete', id: 'cand_never_there', version: 1 }])).toEqual([
      { id: 'cand_never_there', status: 'applied' },
    ]);
  });

  it('ignores an older or equal version after a newer one', async () => {
    const v2 = doc('VER-C', 2, { workExperienceYears: 2 });
    const v1 = doc('VER-C', 1, { workExperienceYears: 1 });
    expect(await search.write([{ op: 'upsert', document: v2 }])).toEqual([{ id: v2.id, status: 'applied' }]);
    expect(await search.write([{ op: 'upsert', document: v1 }])).toEqual([{ id: v1.id, status: 'stale' }]);
    expect(await search.write([{ op: 'upsert', document: { ...v2, workExperienceYears: 9 } }])).toEqual([
      { id: v2.id, status: 'stale' },
    ]);
    expect(await search.get(v2.id)).toMatchObject({ version: 2, workExperienceYears: 2 });
    // An older delete does not remove the newer document either.
    expect(await search.write([{ op: 'delete', id: v2.id, version: 2 }])).toEqual([
      { id: v2.id, status: 'stale' },
    ]);
    expect(await search.get(v2.id)).toMatchObject({ version: 2 });
  });

  it('keeps a document deleted when an older upsert arrives after the delete', async () => {
    const v1 = doc('TOMB-D', 1);
    const v2 = doc('TOMB-D', 2);
    await search.write([{ op: 'upsert', document: v1 }]);
    // The stream writes a removal as version old + 1.
    expect(await search.write([{ op: 'delete', id: v1.id, version: 2 }])).toEqual([
      { id: v1.id, status: 'applied' },
    ]);
    expect(await search.write([{ op: 'upsert', document: v1 }])).toEqual([{ id: v1.id, status: 'stale' }]);
    expect(await search.write([{ op: 'upsert', document: v2 }])).toEqual([{ id: v2.id, status: 'stale' }]);
    expect(await search.get(v1.id)).toBeUndefined();
    // A re-creation after the delete (a newer version) is applied.
    expect(await search.write([{ op: 'upsert', document: doc('TOMB-D', 3) }])).toEqual([
      { id: v1.id, status: 'applied' },
    ]);
  });

  it('applies events out of order in one bulk as if in order', async () => {
    const id = doc('ORDER-E').id;
    const outcomes = await search.write([
      { op: 'upsert', document: doc('ORDER-E', 3, { educationLevel: 3 }) },
      { op: 'upsert', document: doc('ORDER-E', 1, { educationLevel: 1 }) },
      { op: 'upsert', document: doc('ORDER-E', 2, { educationLevel: 2 }) },
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['applied', 'stale', 'stale']);
    expect(await search.get(id)).toMatchObject({ version: 3, educationLevel: 3 });
  });

  it('reports a bulk partial failure per record: only the malformed document fails', async () => {
    const good = [doc('PART-1'), doc('PART-2'), doc('PART-3')];
    const bad = doc('PART-BAD', 1, { ring: 'far away' as unknown as CandidateDocument['ring'] });
    const outcomes = await search.write([
      { op: 'upsert', document: good[0] as CandidateDocument },
      { op: 'upsert', document: bad },
      { op: 'upsert', document: good[1] as CandidateDocument },
      { op: 'delete', id: 'cand_gone', version: 1 },
      { op: 'upsert', document: good[2] as CandidateDocument },
    ]);
    expect(outcomes.map((o) => [o.id, o.status])).toEqual([
      [good[0]?.id, 'applied'],
      [bad.id, 'failed'],
      [good[1]?.id, 'applied'],
      ['cand_gone', 'applied'],
      [good[2]?.id, 'applied'],
    ]);
    expect(outcomes[1]).toMatchObject({
      retryable: false,
      reason: expect.stringMatching(/^mapper_parsing_exception/),
    });
    expect(await search.get(bad.id)).toBeUndefined();
  });

  it('counts and lists by PES and ring, all ids across pages in byte order', async () => {
    const pool = Array.from({ length: 250 }, (_, i) =>
      doc(`POOL-${i}`, 1, i % 5 === 0 ? { pes: 'VDAB', ring: 1, country: 'BE' } : { pes: 'ANETI', ring: 4 }),
    );
    const outcomes = await search.write(pool.map((document) => ({ op: 'upsert' as const, document })));
    expect(outcomes.every((o) => o.status === 'applied')).toBe(true);

    expect(await search.count({ pes: 'VDAB' })).toBe(50);
    expect(await search.count({ pes: 'ANETI', rings: [4] })).toBe(200);
    expect(await search.count({ rings: [1] })).toBe(50);
    const vdab = await search.ids({ pes: 'VDAB' });
    expect(vdab).toEqual(
      pool
        .filter((d) => d.pes === 'VDAB')
        .map((d) => d.id)
        .sort(compareStrings),
    );

    const all = await search.ids();
    expect(all.length).toBe(await search.count());
    expect(all.length).toBeGreaterThan(250);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual([...all].sort(compareStrings));
  });

  it('fails items retryably, not by creating an index, when the alias is missing', async () => {
    const missing = `${alias}-missing`;
    const outcomes = await new OpenSearchCandidateSearch(client, missing).write([
      { op: 'upsert', document: doc('NOALIAS') },
    ]);
    expect(outcomes[0]).toMatchObject({
      status: 'failed',
      retryable: true,
      reason: expect.stringMatching(/index_not_found/),
    });
    expect((await client.indices.exists({ index: missing })).body).toBe(false);
  });

  it('throws when the node cannot be reached, so the caller retries the batch', async () => {
    const port = await findFreePort();
    const nowhere = createOpenSearchClient({
      url: `http://127.0.0.1:${port}`,
      region: 'local',
      maxRetries: 0,
    });
    try {
      // The bounded retry helper gives up with a 503-class error; the refusal is its cause.
      const failure = await new OpenSearchCandidateSearch(nowhere, alias)
        .write([{ op: 'upsert', document: doc('DOWN') }])
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect(failure).toBeInstanceOf(RetriesExhaustedError);
      expect((failure as RetriesExhaustedError).message).toMatch(
        /^OpenSearch _bulk is overloaded or unavailable/,
      );
      expect(String((failure as RetriesExhaustedError).cause)).toMatch(/ECONNREFUSED|connect/i);
    } finally {
      await nowhere.close();
    }
  });
});
