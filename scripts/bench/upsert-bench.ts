/**
 * Single-candidate upserts per second through the whole app (HTTP routing, zod, taxonomy,
 * DynamoDB on local dynalite, in-process stream to the embedded index), against a baseline of raw
 * DynamoDB PutItem calls on the same dynalite in the same run.
 *
 *   npx tsx scripts/bench/upsert-bench.ts [--count 5000] [--concurrency 16]
 */
import { parseArgs } from 'node:util';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../shared/adapters/dynamodb/table.js';
import { generateCandidates } from '../../shared/demo/candidate-generator.js';
import { startDynalite } from '../local/dynalite.js';
import { buildLocalApp } from '../local/local-app.js';
import { machineLine } from './machine.js';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '5000' }, concurrency: { type: 'string', default: '16' } },
});
const count = Number(values.count);
const concurrency = Number(values.concurrency);

async function runPool<T>(items: T[], worker: (item: T) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        await worker(item);
      }
    }),
  );
  return performance.now() - started;
}

const dynamo = await startDynalite();
// The per-client rate limit is a guard, not what this measures: one PES sends every upsert here.
const { app } = await buildLocalApp({ dynamo, rateLimit: false });
const candidates = [...generateCandidates({ seed: 7, count })];

// Baseline: the same number of raw PutItem calls of the same item size on the same dynalite.
const db = documentClient(dynamo.client);
const rawMs = await runPool(candidates, async (c) => {
  await db.send(
    new PutCommand({
      TableName: dynamo.tableName,
      Item: { PK: `RAW#${c.pes}#${c.externalId}`, SK: 'RAW', record: c.input },
    }),
  );
});

let failures = 0;
const appMs = await runPool(candidates, async (c) => {
  const res = await app.request(`/v1/candidates/by-external-id/${c.externalId}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', 'x-caller-role': 'pes', 'x-caller-org': c.pes },
    body: JSON.stringify(c.input),
  });
  if (res.status !== 201) failures++;
  await res.arrayBuffer();
});
await dynamo.stop();

const rate = (ms: number) => (count / ms) * 1000;
console.log(machineLine());
console.log(`candidates: ${count}, concurrency: ${concurrency}, failures: ${failures}`);
console.log(`baseline raw PutItem on dynalite: ${rate(rawMs).toFixed(0)} /s`);
console.log(`app upserts (validate, resolve, conditional put, index): ${rate(appMs).toFixed(0)} /s`);
console.log(`ratio app/baseline: ${(rate(appMs) / rate(rawMs)).toFixed(2)}`);
if (failures > 0) process.exitCode = 1;
