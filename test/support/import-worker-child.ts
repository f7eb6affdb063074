/**
 * A worker process for the crash test: runs one import job against a dynalite and an upload
 * directory it shares with the test, and is killed (SIGKILL) by the test while it writes.
 *
 *   node --import tsx test/support/import-worker-child.ts <endpoint> <table> <blobDir> <jobId> <leaseMs> <chunkSize>
 */
// The zod OpenAPI extension first: schemas built before it never get `.openapi()`.
import '@hono/zod-openapi';
import { connectDynamo } from '../../scripts/local/dynalite-connect.js';
import { buildLocalApp } from '../../scripts/local/local-app.js';
import { runImportJob } from '../../shared/use-cases/bulk/import-jobs.js';

const [endpoint, table, blobDir, jobId, leaseMs, chunkSize] = process.argv.slice(2);
if (!endpoint || !table || !blobDir || !jobId)
  throw new Error('usage: <endpoint> <table> <blobDir> <jobId> <leaseMs> <chunkSize>');
const local = await buildLocalApp({
  dynamo: connectDynamo(endpoint, table),
  runImportsInProcess: false,
  exchange: { blobDir, importSettings: { leaseMs: Number(leaseMs), chunkSize: Number(chunkSize) } },
});
console.log('worker started');
const job = await runImportJob({ ...local.deps, ...local.deps.exchange }, jobId);
console.log(`worker finished: ${job?.status}`);
process.exit(0);
