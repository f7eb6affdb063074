import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import {
  parseDynaliteMode,
  startDynaliteWorker,
  startLocalDynamo,
} from '../../scripts/local/dynalite-worker.js';
import { buildLocalApp } from '../../scripts/local/local-app.js';
import { validCandidate } from '../fixtures/api-bodies.js';

/**
 * The local server's dynalite in a worker thread (scripts/local/dynalite-worker.ts): the app
 * works on it through the real SDK, stop() ends it, and nothing outlives the process, even one
 * killed with SIGKILL.
 */

const listening = async (endpoint: string) => {
  try {
    await fetch(endpoint, { method: 'POST', signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
};

describe('dynalite in a worker thread', () => {
  it('serves the app through the real SDK, and stop() ends it', async () => {
    const dynamo = await startDynaliteWorker({ tableName: 'worker-test' });
    try {
      expect(dynamo.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const { TableNames } = await dynamo.client.send(new ListTablesCommand({}));
      expect(TableNames).toEqual(['worker-test']);

      const { app } = await buildLocalApp({ dynamo });
      const as = { 'x-caller-role': 'pes', 'x-caller-org': 'VDAB', 'content-type': 'application/json' };
      const put = await app.request('/v1/candidates/by-external-id/W-1', {
        method: 'PUT',
        headers: as,
        body: JSON.stringify(validCandidate()),
      });
      expect(put.status).toBe(201);
      const { candidate } = (await put.json()) as { candidate: { id: string } };
      const reads = await Promise.all(
        Array.from({ length: 10 }, () => app.request(`/v1/candidates/${candidate.id}`, { headers: as })),
      );
      expect(reads.map((r) => r.status)).toEqual(Array(10).fill(200));
    } finally {
      await dynamo.stop();
    }
    expect(await listening(dynamo.endpoint)).toBe(false);
  });

  it('DYNALITE picks the worker (default) or in-process; anything else is refused', async () => {
    expect(parseDynaliteMode(undefined)).toBe('worker');
    expect(parseDynaliteMode('')).toBe('worker');
    expect(parseDynaliteMode('worker')).toBe('worker');
    expect(parseDynaliteMode('in-process')).toBe('in-process');
    expect(parseDynaliteMode('child')).toBeUndefined();

    const inProcess = await startLocalDynamo('in-process');
    expect((await inProcess.client.send(new ListTablesCommand({}))).TableNames).toEqual(['concentric']);
    await inProcess.stop();
  });

  it('leaves nothing listening when its process is killed with SIGKILL (a thread cannot be orphaned)', async () => {
    const script = fileURLToPath(new URL('../support/dynalite-worker-child.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const endpoint = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /listening on (\S+)/.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`child exited (${code}) before listening`)));
    });
    expect(await listening(endpoint)).toBe(true);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    expect(await listening(endpoint)).toBe(false);
  });
});
