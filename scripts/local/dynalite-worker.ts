import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createTable } from '../../shared/adapters/dynamodb/table.js';
import { type LocalDynamo, localDynamoClient, startDynalite } from './dynalite.js';

/**
 * dynalite in a worker thread of this process, on a loopback port: the API and the database
 * then run on two cores, as they would against DynamoDB, and the API still talks to it over
 * HTTP through the real AWS SDK. A worker thread cannot outlive its process, so nothing is left
 * running after a crash or a SIGKILL; `stop()` ends it.
 *
 * The worker's code is plain CommonJS, handed the paths of dynalite and of tsx's require hook
 * as this module resolves them; the hook loads the TransactWriteItems emulation
 * (dynalite-transactions.ts) into the thread.
 */
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
require(workerData.tsxPath).register();
const { withTransactions } = require(workerData.transactionsPath);
const dynalite = require(workerData.dynalitePath);
let endpoint = '';
const server = withTransactions(dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 }), () => endpoint);
server.once('error', (error) => { throw error; });
server.listen(workerData.port, '127.0.0.1', () => {
  endpoint = 'http://127.0.0.1:' + server.address().port;
  parentPort.postMessage({ port: server.address().port });
});
`;

export async function startDynaliteWorker(
  options: { port?: number; tableName?: string } = {},
): Promise<LocalDynamo> {
  const require = createRequire(import.meta.url);
  const worker = new Worker(WORKER_CODE, {
    eval: true,
    workerData: {
      dynalitePath: require.resolve('dynalite'),
      tsxPath: require.resolve('tsx/cjs/api'),
      transactionsPath: fileURLToPath(new URL('./dynalite-transactions.ts', import.meta.url)),
      port: options.port ?? 0,
    },
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
    engine: 'dynalite',
    stream: false,
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
export function startLocalDynamo(
  mode: DynaliteMode,
  options: { tableName?: string } = {},
): Promise<LocalDynamo> {
  return mode === 'worker' ? startDynaliteWorker(options) : startDynalite(options);
}
