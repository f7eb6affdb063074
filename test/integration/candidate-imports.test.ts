// The zod OpenAPI extension first: schemas built before it never get `.openapi()`.
import '@hono/zod-openapi';
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportJob, RowReport } from '../../shared/ports/import-store.js';
import { runImportJob } from '../../shared/use-cases/bulk/import-jobs.js';
import { candidateId } from '../../shared/use-cases/candidate-use-cases.js';
import { bulkFile } from '../fixtures/bulk-file.js';
import { type ExchangeHarness, NDJSON, startExchangeHarness } from '../support/exchange-harness.js';

/**
 * Asynchronous imports: stored, then run by a worker with chunk checkpoints. The crash test runs
 * the worker in a child process, kills it with SIGKILL while it writes, resumes the job, and
 * checks that every row is stored exactly once and reported once, as accepted.
 */
const LEASE_MS = 1_500;
const CHUNK = 250;
let h: ExchangeHarness;
let blobDir: string;

const ANETI = ['pes', 'ANETI'] as const;
const childScript = path.resolve('test/support/import-worker-child.ts');

async function jobOf(id: string): Promise<ImportJob> {
  const job = await h.deps.exchange.imports.get(id);
  if (!job) throw new Error(`no job ${id}`);
  return job;
}

async function startImport(body: string, key?: string) {
  const res = await h.request('POST', '/v1/candidate-imports', {
    as: ANETI,
    type: NDJSON,
    body,
    headers: key ? { 'idempotency-key': key } : {},
  });
  return { res, job: (await res.json()) as { id: string; status: string } };
}

beforeAll(async () => {
  blobDir = await mkdtemp(path.join(tmpdir(), 'concentric-import-test-'));
  h = await startExchangeHarness({
    runImportsInProcess: false,
    exchange: {
      blobDir,
      importSettings: { leaseMs: LEASE_MS, chunkSize: CHUNK },
      feed: { abandonAfterMs: 5_000 },
    },
  });
});
afterAll(async () => h.close());

describe('candidate imports', () => {
  it('queues an upload, runs it, and reports progress, totals and every row', async () => {
    const file = bulkFile({ seed: 31, rows: 1_000 });
    const { res, job } = await startImport(`${file.lines.join('\n')}\n`, 'import-a');
    expect(res.status).toBe(202);
    expect(res.headers.get('location')).toBe(`/v1/candidate-imports/${job.id}`);
    expect(job.status).toBe('queued');
    // Same key and bytes: the same job, not a second one.
    const again = await startImport(`${file.lines.join('\n')}\n`, 'import-a');
    expect(again.res.status).toBe(200);
    expect(again.job.id).toBe(job.id);
    expect((await startImport('{}\n', 'import-a')).res.status).toBe(422);

    await runImportJob({ ...h.deps, ...h.deps.exchange }, job.id);
    const read = await h.request('GET', `/v1/candidate-imports/${job.id}`, { as: ANETI });
    const view = (await read.json()) as {
      status: string;
      totals: { rows: number; accepted: number; rejected: number };
      progress: { rowsProcessed: number; chunksDone: number };
      report: { rejectedSample: RowReport[]; href: string };
    };
    expect(view).toMatchObject({
      status: 'completed',
      totals: { rows: 1_000, accepted: file.goodIds.length, rejected: 50 },
      progress: { rowsProcessed: 1_000, chunksDone: 4 },
    });
    expect(view.report.rejectedSample).toHaveLength(50);
    const lines = (await (await h.request('GET', view.report.href, { as: ANETI })).text()).trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as RowReport).status)).toEqual(file.expected.map((e) => e.status));
    // Another PES cannot see it.
    expect((await h.request('GET', `/v1/candidate-imports/${job.id}`, { as: ['pes', 'VDAB'] })).status).toBe(
      404,
    );
  }, 120_000);

  it('survives a worker killed mid-chunk: resumed, every row is stored exactly once and reported once', async () => {
    const file = bulkFile({ seed: 41, rows: 3_000 });
    const { job } = await startImport(`${file.lines.join('\n')}\n`);
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        childScript,
        h.dynamo.endpoint,
        h.dynamo.tableName,
        blobDir,
        job.id,
        String(LEASE_MS),
        String(CHUNK),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    );
    // Kill it while it writes a chunk: its plan is saved and the chunk not yet checkpointed.
    let killedAt: number | undefined;
    for (let i = 0; i < 6_000 && killedAt === undefined; i++) {
      const current = await jobOf(job.id);
      if (current.nextChunk >= 3) {
        const chunk = await h.deps.exchange.imports.getChunk(job.id, current.nextChunk);
        if (chunk?.state === 'planned') {
          await sleep(40); // some of the chunk's rows written, not all
          child.kill('SIGKILL');
          killedAt = current.nextChunk;
        }
      }
      if (killedAt === undefined) await sleep(2);
    }
    expect(killedAt).toBeDefined();
    expect(await exited).toBe('SIGKILL');
    const interrupted = await jobOf(job.id);
    expect(interrupted.status).toBe('running');
    expect(interrupted.nextChunk).toBeLessThan(3_000 / CHUNK);

    // Another worker may take it over once the dead one's lease lapses.
    expect(await runImportJob({ ...h.deps, ...h.deps.exchange }, job.id)).toBeUndefined();
    await sleep(LEASE_MS + 200);
    const finished = await runImportJob({ ...h.deps, ...h.deps.exchange }, job.id);
    expect(finished?.status).toBe('completed');
    const good = file.goodIds.length;
    expect(finished?.totals).toEqual({
      rows: 3_000,
      accepted: good,
      rejected: 150,
      unchanged: 0,
      created: good,
      updated: 0,
    });

    const expectedIds = new Set(file.goodIds.map((id) => candidateId('ANETI', id)));
    // This file's rows only (the first test imported other ids for the same PES).
    const stored = (await h.items('candidate')).filter(
      (i) =>
        i.pes === 'ANETI' && String((i.record as { externalId: string }).externalId).startsWith('demo-41-'),
    );
    expect(stored).toHaveLength(expectedIds.size);
    expect(new Set(stored.map((i) => (i.record as { id: string }).id))).toEqual(expectedIds);
    for (const item of stored) expect(item.version).toBe(1);

    const lines = (
      await (await h.request('GET', `/v1/candidate-imports/${job.id}/report`, { as: ANETI })).text()
    )
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as RowReport);
    expect(lines.map((r) => r.row)).toEqual(file.expected.map((e) => e.row));
    expect(lines.map((r) => r.status)).toEqual(file.expected.map((e) => e.status));

    // The change feed names each stored profile exactly once.
    for (;;) {
      const round = await h.deps.exchange.feed.sequence();
      if (round.appended === 0 && round.waiting === 0) break;
      await sleep(100);
    }
    const feed = await h.deps.exchange.feed.read({
      after: { segment: 1, offset: 0 },
      limit: 100_000,
      maxScan: 100_000,
      visible: (e) => e.scope.pes === 'ANETI' && expectedIds.has(e.id),
      withCurrent: false,
    });
    expect(feed.entries).toHaveLength(expectedIds.size);
  }, 180_000);
});
