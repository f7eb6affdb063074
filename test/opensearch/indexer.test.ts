import type { Client } from '@opensearch-project/opensearch';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_ARTIFACT_PATH } from '../../scripts/data/taxonomy/built-in-path.js';
import { DynamoCandidateStore } from '../../shared/adapters/dynamodb/dynamo-candidate-store.js';
import { streamRecord } from '../../shared/adapters/dynamodb/stream-record.js';
import {
  candidateIndexPattern,
  indicesBehindAlias,
} from '../../shared/adapters/opensearch/candidate-index.js';
import { createOpenSearchClient } from '../../shared/adapters/opensearch/client.js';
import { OpenSearchCandidateSearch } from '../../shared/adapters/opensearch/opensearch-candidate-search.js';
import type { CandidateProfile } from '../../shared/domain/candidate.js';
import { opensearchUrl } from '../support/opensearch-url.js';
import { candidateProfile } from '../unit/indexing/candidate-profiles.js';

/**
 * The indexer Lambda's handler, imported as Lambda imports it (the composition root reads its
 * configuration from the environment), fed DynamoDB stream records of the real shape.
 */
const alias = `indexer-test-${process.pid}-${Date.now()}`;
const TABLE = 'concentric';
const at = new Date('2026-03-02T09:00:00Z');
let handler: (event: DynamoDBStreamEvent) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;
let client: Client;
let search: OpenSearchCandidateSearch;

const keys = (id: string) => ({ PK: `CAND#${id}`, SK: 'CAND' });
const item = (profile: CandidateProfile) => DynamoCandidateStore.item(profile);
const insert = (p: CandidateProfile) => streamRecord(TABLE, keys(p.id), item(p), undefined, at);
const modify = (from: CandidateProfile, to: CandidateProfile) =>
  streamRecord(TABLE, keys(to.id), item(to), item(from), at);
const remove = (p: CandidateProfile) => streamRecord(TABLE, keys(p.id), undefined, item(p), at);
const event = (...records: DynamoDBRecord[]): DynamoDBStreamEvent => ({ Records: records });
const sequence = (record: DynamoDBRecord) => record.dynamodb?.SequenceNumber;

beforeAll(async () => {
  process.env.OPENSEARCH_URL = opensearchUrl();
  process.env.CANDIDATE_INDEX_ALIAS = alias;
  // The indexer creates the index's text analysis from the deployment's taxonomy artifact.
  process.env.TAXONOMY_PATH = BUILT_IN_ARTIFACT_PATH;
  const lambda = await import('../../functions/indexer/handler.js');
  const context = { functionName: 'concentric-indexer', awsRequestId: 'indexer-invocation' } as Context;
  handler = (e) => lambda.handler(e, context);
  client = createOpenSearchClient({ url: opensearchUrl(), region: 'local' });
  search = new OpenSearchCandidateSearch(client, alias);
});

afterAll(async () => {
  await client?.indices.delete({ index: candidateIndexPattern(alias) }, { ignore: [404] });
  await client?.close();
});

describe('indexer Lambda handler', () => {
  const a1 = candidateProfile('IDX-A', { version: 1 });
  const a2 = candidateProfile('IDX-A', { version: 2, input: { workExperienceYears: 9 } });
  const b1 = candidateProfile('IDX-B', { version: 1 });
  const c1 = candidateProfile('IDX-C', {
    version: 1,
    input: { residence: { country: 'BE', region: 'BE-VLG' } },
  });

  it('creates the index behind the alias on its first batch, then applies inserts, updates and removals', async () => {
    expect(await indicesBehindAlias(client, alias)).toEqual([]);
    const vacancy = streamRecord(
      TABLE,
      { PK: 'VAC#v1', SK: 'VAC' },
      { PK: 'VAC#v1', SK: 'VAC', entity: 'vacancy' },
      undefined,
      at,
    );
    const result = await handler(
      event(insert(a1), insert(b1), vacancy, modify(a1, a2), remove(b1), insert(c1)),
    );
    expect(result).toEqual({ batchItemFailures: [] });
    expect(await indicesBehindAlias(client, alias)).toHaveLength(1);

    expect(await search.get(a1.id)).toMatchObject({ version: 2, workExperienceYears: 9 });
    expect(await search.get(b1.id)).toBeUndefined();
    expect(await search.get(c1.id)).toMatchObject({ version: 1, ring: 1 });
    await client.indices.refresh({ index: alias });
    expect((await search.ids()).sort()).toEqual([a1.id, c1.id].sort());
  });

  it('treats a replayed batch as done: every write is stale, nothing fails, nothing changes', async () => {
    const result = await handler(event(insert(a1), modify(a1, a2), insert(b1), remove(b1)));
    expect(result).toEqual({ batchItemFailures: [] });
    expect(await search.get(a1.id)).toMatchObject({ version: 2 });
    expect(await search.get(b1.id)).toBeUndefined();
  });

  it('reports exactly the records that failed', async () => {
    const d1 = candidateProfile('IDX-D', { version: 1 });
    const e1 = candidateProfile('IDX-E', { version: 1 });
    // A profile the index cannot take: its document has a non-numeric ring.
    const broken = { ...candidateProfile('IDX-BROKEN'), ring: 'outer space' } as unknown as CandidateProfile;
    const alsoBroken = {
      ...candidateProfile('IDX-BROKEN-2'),
      workExperienceYears: 'many',
    } as unknown as CandidateProfile;
    const records = [insert(d1), insert(broken), insert(e1), insert(alsoBroken)];
    const result = await handler(event(...records));
    expect(result.batchItemFailures).toEqual([
      { itemIdentifier: sequence(records[1] as DynamoDBRecord) },
      { itemIdentifier: sequence(records[3] as DynamoDBRecord) },
    ]);
    expect(await search.get(d1.id)).toMatchObject({ version: 1 });
    expect(await search.get(e1.id)).toMatchObject({ version: 1 });
    expect(await search.get(broken.id)).toBeUndefined();
  });
});
