import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Client } from '@opensearch-project/opensearch';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LocalDynamo } from '../../scripts/local/dynalite.js';
import { buildLocalApp, type LocalApp } from '../../scripts/local/local-app.js';
import { findFreePort, type OpenSearchNode, startOpenSearch } from '../../scripts/opensearch/launcher.js';
import { ensureCandidateIndex } from '../../shared/adapters/opensearch/candidate-index.js';
import { createOpenSearchClient } from '../../shared/adapters/opensearch/client.js';
import { OpenSearchCandidateSearch } from '../../shared/adapters/opensearch/opensearch-candidate-search.js';
import { OpenSearchMatchEngine } from '../../shared/adapters/opensearch/opensearch-match-engine.js';
import type {
  CandidateSearch,
  SearchWrite,
  SearchWriteOutcome,
} from '../../shared/ports/candidate-search.js';
import { validCandidate, validVacancy } from '../fixtures/api-bodies.js';
import { startTestDynamo } from '../support/test-dynamo.js';

/**
 * OpenSearch slow, stopped, and crashing mid-batch under the API, on a node of this test's own
 * (it is slowed down and stopped). The app talks to the node through a TCP proxy that can hold
 * back the node's answers, with the OpenSearch match engine and a client that does not retry.
 * Writes always go to the table first and succeed; matches are a 503 problem while the engine
 * cannot answer; `stream.drain()` afterwards leaves the index holding exactly the table's ids and
 * versions. (nothing-lost.test.ts stops a node mid-ingest at volume and rebuilds a fresh node by
 * reindex; this file adds the match path, a slow node, and a bulk cut off part-way.)
 */
const alias = 'faults';
const STEP_TIMEOUT = 240_000;
const PES = { 'x-caller-role': 'pes', 'x-caller-org': 'ANAPEC' };
const EMPLOYER = { 'x-caller-role': 'employer', 'x-caller-org': 'emp-faults' };

/** A TCP proxy in front of the node whose answers can be held back (a slow node, not a dead one). */
function delayingProxy(targetPort: number) {
  let delayMs = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((downstream) => {
    const upstream = connect(targetPort, '127.0.0.1');
    for (const s of [downstream, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    }
    downstream.on('data', (chunk) => upstream.write(chunk));
    // Answers wait `delayMs`, in order, on one chain per connection.
    let chain = Promise.resolve();
    upstream.on('data', (chunk) => {
      const wait = delayMs;
      chain = chain.then(async () => {
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        if (!downstream.destroyed) downstream.write(chunk);
      });
    });
    downstream.on('close', () => upstream.destroy());
    upstream.on('close', () => void chain.then(() => downstream.destroy()));
    downstream.on('error', () => upstream.destroy());
    upstream.on('error', () => downstream.destroy());
  });
  return {
    listen: () =>
      new Promise<number>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
      ),
    setDelay: (ms: number) => {
      delayMs = ms;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The indexer's side of the engine, with two ways to fail without touching the node: refusing
 * every write (a connection that cannot be made), or dying after handing the first `n` writes
 * of a bulk over (the node applies those, the indexer never hears back).
 */
class CrashingSearch implements CandidateSearch {
  mode: 'pass' | 'refuse' | { readonly crashAfter: number } = 'pass';
  constructor(private readonly inner: OpenSearchCandidateSearch) {}
  async write(writes: readonly SearchWrite[]): Promise<SearchWriteOutcome[]> {
    if (this.mode === 'pass') return this.inner.write(writes);
    if (this.mode === 'refuse')
      throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    await this.inner.write(writes.slice(0, this.mode.crashAfter));
    throw new Error(`indexer died after ${this.mode.crashAfter} of ${writes.length} writes`);
  }
  get: CandidateSearch['get'] = (id, filter) => this.inner.get(id, filter);
  count: CandidateSearch['count'] = (filter) => this.inner.count(filter);
  ids: CandidateSearch['ids'] = (filter) => this.inner.ids(filter);
}

let dynamo: LocalDynamo;
let dataDir: string;
let nodePort: number;
let node: OpenSearchNode | undefined;
let proxy: ReturnType<typeof delayingProxy>;
let client: Client;
let direct: OpenSearchCandidateSearch;
let search: CrashingSearch;
let local: LocalApp;
let vacancyId: string;

const startNode = () => startOpenSearch({ port: nodePort, dataDir, heap: '1g' });

function request(method: string, url: string, headers: Record<string, string>, body?: unknown) {
  return Promise.resolve(
    local.app.request(url, {
      method,
      headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    }),
  );
}
const upsert = (externalId: string, years: number) =>
  request(
    'PUT',
    `/v1/candidates/by-external-id/${externalId}`,
    PES,
    validCandidate({ workExperienceYears: years }),
  );
const match = () => request('POST', `/v1/vacancies/${vacancyId}/matches`, EMPLOYER);

/**
 * A match as a client does it after a 503: again after the Retry-After, a few times. The first
 * queries on a restarted node compile the painless script and warm its caches, which on a busy
 * machine can outlast the client's 3 s timeout (a 503 as well, rightly).
 */
async function matchWithRetries(attempts = 6): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < attempts; i++) {
    const res = await match();
    statuses.push(res.status);
    if (res.status !== 503) break;
    await new Promise((r) => setTimeout(r, 2_000));
  }
  return statuses;
}

async function tableVersions(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  let cursor: string | undefined;
  do {
    const page = await local.deps.candidates.scanAll({ limit: 500, cursor });
    for (const p of page.items) out[p.id] = p.version;
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

/** Read from the node directly (not through the proxy), after a refresh. */
async function indexVersions(): Promise<Record<string, number>> {
  const reader = createOpenSearchClient({ url: node?.url, region: 'local' });
  try {
    await reader.indices.refresh({ index: alias });
    const on = new OpenSearchCandidateSearch(reader, alias);
    const out: Record<string, number> = {};
    for (const id of await on.ids()) out[id] = (await on.get(id))?.version ?? -1;
    return out;
  } finally {
    await reader.close();
  }
}

beforeAll(async () => {
  dynamo = await startTestDynamo();
  dataDir = await mkdtemp(path.join(tmpdir(), 'concentric-faults-'));
  nodePort = await findFreePort();
  node = await startNode();
  const admin = createOpenSearchClient({ url: node.url, region: 'local', requestTimeoutMs: 60_000 });
  await ensureCandidateIndex(admin, alias);
  await admin.close();
  proxy = delayingProxy(nodePort);
  const proxyPort = await proxy.listen();
  // No retries and a short timeout: a slow node shows as a timeout within the test's patience.
  client = createOpenSearchClient({
    url: `http://127.0.0.1:${proxyPort}`,
    region: 'local',
    maxRetries: 0,
    requestTimeoutMs: 3_000,
  });
  direct = new OpenSearchCandidateSearch(client, alias);
  search = new CrashingSearch(direct);
  local = await buildLocalApp({
    dynamo,
    search,
    matcher: new OpenSearchMatchEngine({ client, index: alias }),
    rateLimit: false,
  });
  const created = await request('POST', '/v1/vacancies', EMPLOYER, validVacancy());
  vacancyId = ((await created.json()) as { id: string }).id;
  for (let i = 0; i < 30; i++) expect((await upsert(`BASE-${i}`, i % 12)).status).toBe(201);
  expect(local.stream.pendingCount).toBe(0);
}, STEP_TIMEOUT);

afterAll(async () => {
  await client?.close();
  await proxy?.close();
  await node?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  await dynamo?.stop();
});

describe('OpenSearch faults under the API (own node, OpenSearch match engine)', () => {
  it('matches while healthy', async () => {
    // The first query compiles the painless script: on a cold node it may need a retry too.
    expect((await matchWithRetries()).at(-1)).toBe(200);
  });

  it(
    'slow node (answers held 8 s, client timeout 3 s): writes succeed, matches 503, then the index catches up',
    async () => {
      proxy.setDelay(8_000);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await upsert(`SLOW-${i}`, 3)).status);
      statuses.push((await upsert('BASE-0', 20)).status);
      expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 200]);
      expect(local.stream.pendingCount).toBe(7);

      const res = await match();
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(res.headers.get('retry-after')).toBe('5');

      proxy.setDelay(0);
      // The node may well have applied the timed-out bulks: redelivered, those are stale, not lost.
      expect(await local.stream.drain()).toBe(0);
      expect(await indexVersions()).toEqual(await tableVersions());
      expect((await matchWithRetries()).at(-1)).toBe(200);
    },
    STEP_TIMEOUT,
  );

  it(
    'stopped node: writes and deletes succeed, matches 503; after a restart a drain leaves index = table',
    async () => {
      await node?.stop();
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) statuses.push((await upsert(`DOWN-${i}`, 5)).status);
      const ids = Object.keys(await tableVersions()).slice(0, 3);
      for (const id of ids) statuses.push((await request('DELETE', `/v1/candidates/${id}`, PES)).status);
      expect(statuses).toEqual([...Array(10).fill(201), 204, 204, 204]);
      expect(local.stream.pendingCount).toBe(13);

      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const res = await match();
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({
        type: 'https://concentric.example/problems/service-unavailable',
        status: 503,
      });
      // The caller gets "retry later"; the log names the engine's own error.
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('ConnectionError'));
      warn.mockRestore();

      node = await startNode();
      expect(await local.stream.drain()).toBe(0);
      const [index, table] = [await indexVersions(), await tableVersions()];
      expect(Object.keys(index).sort()).toEqual(Object.keys(table).sort());
      expect(index).toEqual(table);
      expect((await matchWithRetries()).at(-1)).toBe(200);
    },
    STEP_TIMEOUT,
  );

  it(
    'indexer dying mid-bulk: the node took 9 of 25, redelivery gives exactly the stored set',
    async () => {
      search.mode = 'refuse'; // the writes pile up as pending stream records
      for (let i = 0; i < 25; i++) expect((await upsert(`BULK-${i}`, i % 10)).status).toBe(201);
      expect(local.stream.pendingCount).toBe(25);

      search.mode = { crashAfter: 9 };
      expect(await local.stream.drain()).toBe(25);
      // The node took 9 of the 25; the stream still owes all 25.
      const [afterCrash, stored] = [await indexVersions(), await tableVersions()];
      expect(Object.keys(stored).filter((id) => !(id in afterCrash))).toHaveLength(16);
      search.mode = 'pass';
      expect(await local.stream.drain()).toBe(0);
      expect(await indexVersions()).toEqual(await tableVersions());
    },
    STEP_TIMEOUT,
  );
});
