import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { createTable } from '../../shared/adapters/dynamodb/table.js';
import { type LocalDynamo, localDynamoClient, startDynalite } from './dynalite.js';

/**
 * dynalite in a worker thread of this process, on a loopback port: the API and the database
 * then run on two cores, as they would against DynamoDB, and the API still talks to it over
 * HTTP through the real AWS SDK. A worker thread cannot outlive its process, so nothing is left
 * running after a crash or a SIGKILL; `stop()` ends it.
 *
 * The worker's code is plain CommonJS (no TypeScript loader in the thread), handed the path of
 * dynalite as this module resolves it.
 */
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const dynalite = require(workerData.dynalitePath);
const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
server.once('error', (error) => { throw error; });
server.listen(workerData.port, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
`;

export async function startDynaliteWorker(
  options: { port?: number; tableName?: string } = {},
): Promise<LocalDynamo> {
  const dynalitePath = createRequire(import.meta.url).resolve('dynalite');
  const worker = new Worker(WORKER_CODE, {
    eval: true,
    workerData: { dynalitePath, port: options.port ?? 0 },
    name: 'dynalite',
  });
  let stopping = false;
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', (message: { port: number }) => resolve(message.port));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the dynalite worker exited (${code}) before listening`)));
  });
  worker.removeAllListeners('error');
  worker.removeAllListeners('exit');
  // After start-up a failure of the database is loud: every later call would fail anyway.
  worker.on('error', (error) => {
    console.error(`dynalite worker failed: ${error instanceof Error ? error.stack : String(error)}`);
  });
  worker.on('exit', (code) => {
    if (!stopping) console.error(`dynalite worker exited (${code})`);
  });

  const endpoint = `http://127.0.0.1:${port}`;
  const client = localDynamoClient(endpoint);
  const tableName = options.tableName ?? 'concentric';
  try {
    await createTable(client, tableName);
  } catch (error) {
    client.destroy();
    stopping = true;
    await worker.terminate();
    throw error;
  }
  return {
    endpoint,
    client,
    tableName,
    stop: async () => {
      stopping = true;
      client.destroy();
      await worker.terminate();
    },
  };
}

export type DynaliteMode = 'worker' | 'in-process';

/**
 * The DYNALITE setting: `worker` (default) or `in-process` (dynalite on the API's own event
 * loop, as the tests run it); undefined for anything else.
 */
export function parseDynaliteMode(value: string | undefined): DynaliteMode | undefined {
  if (value === undefined || value === '' || value === 'worker') return 'worker';
  return value === 'in-process' ? 'in-process' : undefined;
}

/** The local server's database: dynalite in a worker thread, or in-process. */
export function startLocalDynamo(mode: DynaliteMode): Promise<LocalDynamo> {
  return mode === 'worker' ? startDynaliteWorker() : startDynalite();
}
