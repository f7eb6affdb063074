import { spawn } from 'node:child_process';
import type { Client } from '@opensearch-project/opensearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalDynamo } from '../../scripts/local/dynalite.js';
import { DynamoCandidateStore } from '../../shared/adapters/dynamodb/dynamo-candidate-store.js';
import { documentClient } from '../../shared/adapters/dynamodb/table.js';
import {
  candidateIndexPattern,
  indicesBehindAlias,
} from '../../shared/adapters/opensearch/candidate-index.js';
import { createOpenSearchClient } from '../../shared/adapters/opensearch/client.js';
import { OpenSearchCandidateSearch } from '../../shared/adapters/opensearch/opensearch-candidate-search.js';
import {
  ReindexAbandonedError,
  type ReindexProgress,
  reindexCandidates,
} from '../../shared/adapters/opensearch/reindex.js';
import type { CandidateProfile } from '../../shared/domain/candidate.js';
import { InProcessStream } from '../../shared/indexing/in-process-stream.js';
import type { CandidateStore } from '../../shared/ports/candidate-store.js';
import { systemClock } from '../../shared/ports/clock.js';
import type { PageRequest } from '../../shared/ports/page.js';
import { opensearchUrl } from '../support/opensearch-url.js';
import { startTestDynamo } from '../support/test-dynamo.js';
import { candidateProfile } from '../unit/indexing/candidate-profiles.js';

const alias = `reindex-test-${process.pid}-${Date.now()}`;
const POOL = 2_000;
let dynamo: LocalDynamo;
let client: Client;
/** The table, with its changes fed to the alias as the stream + indexer would. */
let store: DynamoCandidateStore;
let stream: InProcessStream;
let search: OpenSearchCandidateSearch;

async function inParallel<T>(
  items: readonly T[],
  width: number,
  work: (item: T) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map(work));
}

async function tableIds(): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.scanAll({ limit: 500, cursor });
    ids.push(...page.items.map((p) => p.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids.sort();
}

beforeAll(async () => {
  dynamo = await startTestDynamo();
  client = createOpenSearchClient({ url: opensearchUrl(), region: 'local' });
  search = new OpenSearchCandidateSearch(client, alias);
  stream = new InProcessStream(search);
  store = new DynamoCandidateStore(documentClient(dynamo.client), dynamo.tableName, {
    changes: stream,
    clock: systemClock,
  });
  // Loaded without the stream: the first reindex builds the index from nothing.
  const quiet = new DynamoCandidateStore(documentClient(dynamo.client), dynamo.tableName, {
    clock: systemClock,
  });
  const pool = Array.from({ length: POOL }, (_, i) => candidateProfile(`POOL-${i}`));
  await inParallel(pool, 25, (p) => quiet.put(p, null));
});

afterAll(async () => {
  await client?.indices.delete({ index: candidateIndexPattern(alias) }, { ignore: [404] });
  await client?.close();
  await dynamo?.stop();
});

describe('reindexCandidates', () => {
  it('builds the index from the table when there is none yet, and puts the alias on it', async () => {
    const phases = new Set<string>();
    const result = await reindexCandidates({
      store,
      client,
      alias,
      pageSize: 500,
      onProgress: (p) => phases.add(p.phase),
    });
    expect(result).toMatchObject({ previous: [], loaded: POOL, caughtUp: 0, removed: 0, failed: [] });
    expect(await indicesBehindAlias(client, alias)).toEqual([result.index]);
    expect(await search.count()).toBe(POOL);
    expect([...phases]).toEqual(['load', 'swap', 'catch-up', 'done']);
  });

  it('swaps the alias while queries are served throughout, and keeps changes made during the load', async () => {
    const [before] = await indicesBehindAlias(client, alias);
    // Changes made while the load runs, after the first page was read: their stream writes go
    // to the old index, so the new one gets them only from the catch-up and the sweep.
    let firstPage: CandidateProfile[] = [];
    let changes: Promise<void> | undefined;
    const created = Array.from({ length: 20 }, (_, i) => candidateProfile(`NEW-${i}`));
    const changeDuringLoad = async () => {
      const [toUpdate, toDelete] = [firstPage.slice(0, 30), firstPage.slice(30, 50)];
      await inParallel(toUpdate, 10, (p) =>
        store.put(
          { ...p, version: p.version + 1, workExperienceYears: 42, updatedAt: new Date().toISOString() },
          p.version,
        ),
      );
      await inParallel(toDelete, 10, (p) => store.delete(p.pes, p.id));
      await inParallel(created, 10, (p) => store.put(p, null));
    };
    let scans = 0;
    const watched: Pick<CandidateStore, 'scanAll' | 'get'> = {
      get: (pes, id) => store.get(pes, id),
      scanAll: async (page: PageRequest) => {
        scans++;
        if (scans === 2) {
          changes = changeDuringLoad();
          await changes;
        }
        const result = await store.scanAll(page);
        if (scans === 1) firstPage = [...result.items];
        return result;
      },
    };

    // Readers: count and a search by skill concept through the alias, back to back, all along.
    const problems: string[] = [];
    let queries = 0;
    let reading = true;
    const reader = (async () => {
      while (reading) {
        try {
          const [count, { body }] = await Promise.all([
            search.count(),
            client.search({ index: alias, body: { query: { term: { skills: 'bricklaying' } }, size: 1 } }),
          ]);
          const hits = typeof body.hits.total === 'number' ? body.hits.total : (body.hits.total?.value ?? 0);
          if (count === 0 || hits === 0) problems.push(`count ${count}, hits ${hits}`);
          queries++;
        } catch (error) {
          problems.push(String(error));
        }
        // Leave the event loop to dynalite, which runs in this process.
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();

    const progress: ReindexProgress[] = [];
    let result: Awaited<ReturnType<typeof reindexCandidates>>;
    try {
      result = await reindexCandidates({
        store: watched,
        client,
        alias,
        pageSize: 200,
        onProgress: (p) => progress.push(p),
      });
    } finally {
      reading = false;
      await reader;
    }
    await changes;

    expect(problems).toEqual([]);
    expect(queries).toBeGreaterThan(10);
    expect(result.previous).toEqual([before]);
    expect(await indicesBehindAlias(client, alias)).toEqual([result.index]);
    // The previous index is kept for a rollback, not deleted.
    expect((await client.indices.exists({ index: before as string })).body).toBe(true);

    // The new index holds exactly the table, at the table's versions.
    await client.indices.refresh({ index: alias });
    expect(await search.ids()).toEqual(await tableIds());
    expect(await search.count()).toBe(POOL - 20 + 20);
    for (const p of firstPage.slice(0, 30))
      expect(await search.get(p.id)).toMatchObject({ version: 2, workExperienceYears: 42 });
    for (const p of firstPage.slice(30, 50)) expect(await search.get(p.id)).toBeUndefined();
    for (const p of created) expect(await search.get(p.id)).toMatchObject({ version: 1 });
    expect(result.caughtUp).toBeGreaterThanOrEqual(30);
    expect(result.removed).toBe(20);
    expect(progress.at(-1)).toMatchObject({ phase: 'done', failed: 0 });
    expect(progress.find((p) => p.phase === 'load')?.total).toBe(POOL);
  });

  it('abandons without touching the alias when documents fail, unless allowed; then drops the old index', async () => {
    const [before] = await indicesBehindAlias(client, alias);
    const broken = { ...candidateProfile('BROKEN'), ring: 'nowhere' } as unknown as CandidateProfile;
    const quiet = new DynamoCandidateStore(documentClient(dynamo.client), dynamo.tableName, {
      clock: systemClock,
    });
    await quiet.put(broken, null);

    const attempt = reindexCandidates({ store, client, alias, suffix: 'abandoned' });
    await expect(attempt).rejects.toThrow(ReindexAbandonedError);
    await expect(attempt).rejects.toThrow(/BROKEN|cand_/);
    expect(await indicesBehindAlias(client, alias)).toEqual([before]);
    expect((await client.indices.exists({ index: `${alias}-v1-abandoned` })).body).toBe(false);

    const result = await reindexCandidates({
      store,
      client,
      alias,
      maxFailures: 1,
      deletePrevious: true,
    });
    expect(result.failed).toEqual([
      { id: broken.id, reason: expect.stringMatching(/mapper_parsing_exception/) },
    ]);
    expect(await indicesBehindAlias(client, alias)).toEqual([result.index]);
    expect(result.deleted).toEqual([before]);
    expect((await client.indices.exists({ index: before as string })).body).toBe(false);
    expect(await search.count()).toBe(POOL);
    await quiet.delete(broken.pes, broken.id);
  });

  it('runs as a script against the table and the node, with progress on stderr', async () => {
    const [before] = await indicesBehindAlias(client, alias);
    const env = {
      ...process.env,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      TABLE_NAME: dynamo.tableName,
      OPENSEARCH_URL: opensearchUrl(),
      CANDIDATE_INDEX_ALIAS: alias,
    };
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'scripts/reindex.ts', '--page-size=500', '--delete-previous'],
        {
          env,
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/^load .*2,000\/2,000/m);
    expect(stderr).toContain(`${alias} → ${alias}-v1-`);
    const [after] = await indicesBehindAlias(client, alias);
    expect(after).not.toBe(before);
    expect((await client.indices.exists({ index: before as string })).body).toBe(false);
    expect(await search.count()).toBe(POOL);
  });
});
