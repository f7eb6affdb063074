import '@hono/zod-openapi';
import type { Client } from '@opensearch-project/opensearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  candidateIndexPattern,
  ensureCandidateIndex,
} from '../../shared/adapters/opensearch/candidate-index.js';
import { createOpenSearchClient } from '../../shared/adapters/opensearch/client.js';
import { OpenSearchCandidateSearch } from '../../shared/adapters/opensearch/opensearch-candidate-search.js';
import type { ImportTotals, RowReport } from '../../shared/ports/import-store.js';
import { candidateId } from '../../shared/use-cases/candidate-use-cases.js';
import { bulkFile } from '../fixtures/bulk-file.js';
import { type ExchangeHarness, NDJSON, PES_VDAB, startExchangeHarness } from '../support/exchange-harness.js';
import { opensearchUrl } from '../support/opensearch-url.js';

/**
 * The bulk upload's accounting against a real OpenSearch node: 10,000 rows, 5 % bad; every good
 * row is in dynalite and in the index, no bad row is in either, and a retry writes nothing.
 */
const alias = `bulk-exchange-${process.pid}-${Date.now()}`;
const file = bulkFile({ seed: 13, rows: 10_000 });
let client: Client;
let h: ExchangeHarness;

beforeAll(async () => {
  client = createOpenSearchClient({ url: opensearchUrl(), region: 'local', requestTimeoutMs: 60_000 });
  await ensureCandidateIndex(client, alias);
  h = await startExchangeHarness({ search: new OpenSearchCandidateSearch(client, alias) });
});
afterAll(async () => {
  await h?.close();
  await client?.indices.delete({ index: candidateIndexPattern(alias) }, { ignore: [404] });
  await client?.close();
});

describe('bulk upload on OpenSearch', () => {
  it('stores and indexes every good row of 10,000 and no bad one', async () => {
    const res = await h.request('POST', '/v1/candidates/bulk', {
      as: PES_VDAB,
      type: NDJSON,
      body: file.lines.join('\n'),
      headers: { 'idempotency-key': 'os-1' },
    });
    const report = (await res.json()) as { totals: ImportTotals; rows: RowReport[] };
    expect(report.totals).toMatchObject({ rows: 10_000, accepted: file.goodIds.length, rejected: 500 });
    expect(report.rows.map((r) => r.status)).toEqual(file.expected.map((e) => e.status));
    expect(await h.stream.drain()).toBe(0);

    await client.indices.refresh({ index: alias });
    const search = h.deps.search;
    const expected = new Set(file.goodIds.map((id) => candidateId('VDAB', id)));
    expect(new Set(await search.ids({ pes: 'VDAB' }))).toEqual(expected);
    expect((await h.items('candidate')).length).toBe(expected.size);
    for (const bad of file.badIds) expect(await search.get(candidateId('VDAB', bad))).toBeUndefined();

    const retry = await h.request('POST', '/v1/candidates/bulk', {
      as: PES_VDAB,
      type: NDJSON,
      body: file.lines.join('\n'),
      headers: { 'idempotency-key': 'os-1' },
    });
    expect(await retry.json()).toEqual(report);
    await client.indices.refresh({ index: alias });
    expect(await search.count({ pes: 'VDAB' })).toBe(expected.size);
  }, 300_000);
});
