import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Client } from '@opensearch-project/opensearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalDynamo } from '../../scripts/local/dynalite.js';
import { buildLocalApp, type LocalApp } from '../../scripts/local/local-app.js';
import { findFreePort, type OpenSearchNode, startOpenSearch } from '../../scripts/opensearch/launcher.js';
import { DynamoCandidateStore } from '../../shared/adapters/dynamodb/dynamo-candidate-store.js';
import { documentClient } from '../../shared/adapters/dynamodb/table.js';
import {
  candidateIndexPattern,
  ensureCandidateIndex,
} from '../../shared/adapters/opensearch/candidate-index.js';
import { createOpenSearchClient } from '../../shared/adapters/opensearch/client.js';
import { OpenSearchCandidateSearch } from '../../shared/adapters/opensearch/opensearch-candidate-search.js';
import { reindexCandidates } from '../../shared/adapters/opensearch/reindex.js';
import { systemClock } from '../../shared/ports/clock.js';
import { validCandidate } from '../fixtures/api-bodies.js';
import { startTestDynamo } from '../support/test-dynamo.js';

/**
 * Nothing is lost when the search engine goes away: writes go to the table first and succeed;
 * the in-process stream keeps the records the engine did not take, and hands them over once it
 * is back (or a reindex rebuilds the index from the table). This test runs its own node, since
 * it stops it mid-ingest.
 */
const alias = 'nothing-lost';
const CANDIDATES = 240;
const STOP_AT = 80;
/** Each step may start a node (15–30 s on a busy machine) besides its own work. */
const STEP_TIMEOUT = 240_000;

let dynamo: LocalDynamo;
let dataDir: string;
let port: number;
let node: OpenSearchNode | undefined;
let client: Client;
let search: OpenSearchCandidateSearch;
let local: LocalApp;

const startNode = (dir: string, onPort: number) =>
  startOpenSearch({ port: onPort, dataDir: dir, heap: '1g' });

function upsert(externalId: string, workExperienceYears: number): Promise<Response> {
  return Promise.resolve(
    local.app.request(`/v1/candidates/by-external-id/${externalId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-caller-role': 'pes', 'x-caller-org': 'ANAPEC' },
      body: JSON.stringify(validCandidate({ workExperienceYears })),
    }),
  );
}

function remove(id: string): Promise<Response> {
  return Promise.resolve(
    local.app.request(`/v1/candidates/${id}`, {
      method: 'DELETE',
      headers: { 'x-caller-role': 'pes', 'x-caller-org': 'ANAPEC' },
    }),
  );
}

/** Every candidate id and version in the table. */
async function tableVersions(): Promise<Map<string, number>> {
  const store = new DynamoCandidateStore(documentClient(dynamo.client), dynamo.tableName, {
    clock: systemClock,
  });
  const versions = new Map<string, number>();
  let cursor: string | undefined;
  do {
    const page = await store.scanAll({ limit: 500, cursor });
    for (const p of page.items) versions.set(p.id, p.version);
    cursor = page.nextCursor;
  } while (cursor);
  return versions;
}

async function indexVersions(on: OpenSearchCandidateSearch): Promise<Map<string, number>> {
  const versions = new Map<string, number>();
  for (const id of await on.ids()) versions.set(id, (await on.get(id))?.version ?? -1);
  return versions;
}

beforeAll(async () => {
  dynamo = await startTestDynamo();
  dataDir = await mkdtemp(path.join(tmpdir(), 'concentric-nothing-lost-'));
  port = await findFreePort();
  const started = performance.now();
  node = await startNode(dataDir, port);
  console.log(
    `[nothing-lost] second node ${node.url} ready in ${((performance.now() - started) / 1000).toFixed(1)}s`,
  );
  const admin = createOpenSearchClient({ url: node.url, region: 'local', requestTimeoutMs: 60_000 });
  await ensureCandidateIndex(admin, alias);
  await admin.close();
  // Fail fast while the node is down: no retries inside the client.
  client = createOpenSearchClient({
    url: node.url,
    region: 'local',
    maxRetries: 0,
    requestTimeoutMs: 10_000,
  });
  search = new OpenSearchCandidateSearch(client, alias);
  local = await buildLocalApp({ dynamo, search });
});

afterAll(async () => {
  await client?.close();
  await node?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  await dynamo?.stop();
});

describe('nothing is lost when OpenSearch goes down mid-ingest', () => {
  const ids: string[] = [];

  it(
    'accepts every write while the node is stopped, and keeps it in the table and the stream',
    async () => {
      let stopping: Promise<void> | undefined;
      const statuses: number[] = [];
      for (let i = 0; i < CANDIDATES; i++) {
        // The node goes away while writes keep coming, without waiting for it to be gone.
        if (i === STOP_AT) stopping = node?.stop();
        const res = await upsert(`LOST-${i}`, i % 20);
        statuses.push(res.status);
        ids.push(((await res.json()) as { candidate: { id: string } }).candidate.id);
      }
      await stopping;
      // Some updates and deletes while it is down too (a delete must not be lost either).
      for (let i = 0; i < 10; i++) statuses.push((await upsert(`LOST-${i * 7}`, 30)).status);
      for (const id of ids.slice(100, 105)) statuses.push((await remove(id)).status);

      expect(statuses.filter((s) => s < 200 || s >= 300)).toEqual([]);
      const table = await tableVersions();
      expect(table.size).toBe(CANDIDATES - 5);
      expect(local.stream.pendingCount).toBeGreaterThan(CANDIDATES - STOP_AT);
    },
    STEP_TIMEOUT,
  );

  it(
    'hands every pending record over once a node is back on the same data, leaving index = table',
    async () => {
      const started = performance.now();
      node = await startNode(dataDir, port);
      console.log(`[nothing-lost] node restarted in ${((performance.now() - started) / 1000).toFixed(1)}s`);
      expect(await local.stream.drain()).toBe(0);
      await client.indices.refresh({ index: alias });

      const [table, index] = [await tableVersions(), await indexVersions(search)];
      expect(await search.count()).toBe(table.size);
      expect([...index.keys()].sort()).toEqual([...table.keys()].sort());
      expect(Object.fromEntries(index)).toEqual(Object.fromEntries(table));
    },
    STEP_TIMEOUT,
  );

  it(
    'or, on a fresh node with an empty disk, a reindex rebuilds exactly the table',
    async () => {
      await node?.stop();
      const freshDir = await mkdtemp(path.join(tmpdir(), 'concentric-nothing-lost-fresh-'));
      const fresh = await startOpenSearch({ heap: '1g', dataDir: freshDir });
      const freshClient = createOpenSearchClient({
        url: fresh.url,
        region: 'local',
        requestTimeoutMs: 60_000,
      });
      try {
        const result = await reindexCandidates({
          store: local.deps.candidates,
          client: freshClient,
          alias,
        });
        expect(result).toMatchObject({ loaded: CANDIDATES - 5, failed: [] });
        const rebuilt = new OpenSearchCandidateSearch(freshClient, alias);
        const [table, index] = [await tableVersions(), await indexVersions(rebuilt)];
        expect(await rebuilt.count()).toBe(table.size);
        expect(Object.fromEntries(index)).toEqual(Object.fromEntries(table));
        await freshClient.indices.delete({ index: candidateIndexPattern(alias) });
      } finally {
        await freshClient.close();
        await fresh.stop();
        await rm(freshDir, { recursive: true, force: true });
      }
    },
    STEP_TIMEOUT,
  );
});
