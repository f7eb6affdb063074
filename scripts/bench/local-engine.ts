/**
 * dynalite against dynoxide, side by side, each in a process of its own on loopback, through the
 * real AWS SDK (docs/local-engine.md):
 * - start time: spawn → the single table exists (median of 3);
 * - conditional PutItem at 16 in flight (the single upsert's write before transactions);
 * - TransactWriteItems of 49 candidate puts (each conditional) + 1 intent, 4 in flight (the
 *   bulk write path), rows/s, and whether the engine has it at all;
 * - the same transactions with the stream on, in three successive thirds (does it slow as the
 *   stream grows?), then every stream record read back with GetRecords;
 * - TTL: is an item whose `expiresAt` has passed deleted, and how soon.
 *
 *   npx tsx scripts/bench/local-engine.ts [--rows 9800] [--puts 3000]
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import {
  CreateTableCommand,
  DeleteTableCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { createTableInput } from '../../shared/adapters/dynamodb/table.js';
import { generateCandidates } from '../../shared/demo/candidate-generator.js';
import { localDynamoClient } from '../local/dynalite.js';
import { spawnDynalite } from '../local/dynalite-connect.js';
import { dynoxideBinary, spawnDynoxide } from '../local/dynoxide.js';
import { readStream } from '../local/table-stream.js';
import { machineLine } from './machine.js';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '9800' }, puts: { type: 'string', default: '3000' } },
});
const ROWS = Number(values.rows);
const PUTS = Number(values.puts);
const records = [...generateCandidates({ seed: 5, count: Math.max(ROWS, PUTS) })].map((c) => c.input);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

async function pool(count: number, concurrency: number, work: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

const item = (pk: string, record: unknown) =>
  marshall({ PK: pk, SK: 'CAND', entity: 'candidate', version: 1, record }, { removeUndefinedValues: true });

async function puts(client: DynamoDBClient, table: string): Promise<number> {
  const t0 = performance.now();
  await pool(PUTS, 16, async (i) => {
    await client.send(
      new PutItemCommand({
        TableName: table,
        Item: item(`PUT#${i}`, records[i]),
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  });
  return (PUTS / (performance.now() - t0)) * 1000;
}

/** Rows per second for each third of the rows, or undefined when the engine has no transactions. */
async function transactions(client: DynamoDBClient, table: string, tag: string) {
  const perCall = 49;
  const calls = Math.ceil(ROWS / perCall);
  const thirds: number[] = [];
  for (let part = 0; part < 3; part++) {
    const from = Math.floor((calls * part) / 3);
    const to = Math.floor((calls * (part + 1)) / 3);
    const t0 = performance.now();
    try {
      await pool(to - from, 4, async (k) => {
        const c = from + k;
        const rows = records.slice(c * perCall, c * perCall + perCall);
        await client.send(
          new TransactWriteItemsCommand({
            TransactItems: [
              ...rows.map((record, j) => ({
                Put: {
                  TableName: table,
                  Item: item(`TX#${tag}#${c * perCall + j}`, record),
                  ConditionExpression: 'attribute_not_exists(PK)',
                },
              })),
              {
                Put: {
                  TableName: table,
                  Item: marshall({ PK: `FEEDQ#${c % 4}`, SK: `${tag}#${c}`, refs: [] }),
                },
              },
            ],
          }),
        );
      });
    } catch (error) {
      return { error: (error as Error).name };
    }
    const rows = Math.min(ROWS, to * perCall) - from * perCall;
    thirds.push((rows / (performance.now() - t0)) * 1000);
  }
  return { thirds };
}

async function ttl(client: DynamoDBClient, table: string): Promise<string> {
  await client.send(
    new PutItemCommand({
      TableName: table,
      Item: marshall({ PK: 'TTL#1', SK: 'X', expiresAt: Math.floor(Date.now() / 1000) - 60 }),
    }),
  );
  const t0 = performance.now();
  while (performance.now() - t0 < 15_000) {
    const got = await client.send(
      new GetItemCommand({ TableName: table, Key: marshall({ PK: 'TTL#1', SK: 'X' }) }),
    );
    if (!got.Item) return `deleted after ${((performance.now() - t0) / 1000).toFixed(1)} s`;
    await new Promise((r) => setTimeout(r, 250));
  }
  return 'not deleted within 15 s';
}

async function engine(name: string, start: () => Promise<{ endpoint: string; stop(): Promise<void> }>) {
  const starts: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const server = await start();
    const c = localDynamoClient(server.endpoint);
    await c.send(new CreateTableCommand(createTableInput(`start${i}`)));
    starts.push(performance.now() - t0);
    c.destroy();
    await server.stop();
  }
  starts.sort((a, b) => a - b);
  const server = await start();
  const client = localDynamoClient(server.endpoint);
  try {
    await client.send(new CreateTableCommand(createTableInput('plain')));
    const putRate = await puts(client, 'plain');
    const plainTx = await transactions(client, 'plain', 'p');
    await client.send(new DeleteTableCommand({ TableName: 'plain' }));
    let streamed: Awaited<ReturnType<typeof transactions>> | undefined;
    let streamRecords: string | undefined;
    let ttlResult = 'no TTL';
    if (name === 'dynoxide') {
      await client.send(new CreateTableCommand(createTableInput('streamed', { stream: true })));
      streamed = await transactions(client, 'streamed', 's');
      const t0 = performance.now();
      const read = await readStream(server.endpoint, 'streamed');
      streamRecords = `${read} records read back in ${((performance.now() - t0) / 1000).toFixed(2)} s`;
      await client.send(new CreateTableCommand(createTableInput('ttl')));
      const { UpdateTimeToLiveCommand } = await import('@aws-sdk/client-dynamodb');
      await client.send(
        new UpdateTimeToLiveCommand({
          TableName: 'ttl',
          TimeToLiveSpecification: { Enabled: true, AttributeName: 'expiresAt' },
        }),
      );
      ttlResult = await ttl(client, 'ttl');
    }
    const rate = (t: typeof plainTx | undefined) =>
      !t ? 'n/a' : 'error' in t ? `unsupported (${t.error})` : t.thirds.map((r) => r.toFixed(0)).join(' / ');
    console.log(`${name}: (load ${load()})`);
    console.log(
      `  start to table ready: median ${starts[1]?.toFixed(0)} ms (of ${starts.map((s) => s.toFixed(0)).join(', ')})`,
    );
    console.log(`  conditional PutItem, 16 in flight: ${putRate.toFixed(0)} /s`);
    console.log(`  TransactWriteItems 49 rows + intent, 4 in flight, rows/s by thirds: ${rate(plainTx)}`);
    if (streamed) console.log(`  same with the stream on: ${rate(streamed)}; ${streamRecords}`);
    console.log(`  TTL: ${ttlResult}`);
  } finally {
    client.destroy();
    await server.stop();
  }
}

console.log(machineLine());
console.log(`rows ${ROWS}, puts ${PUTS}; load at start ${load()}`);
await engine('dynalite', () => spawnDynalite('bootstrap'));
const binary = dynoxideBinary();
if (binary) await engine('dynoxide', () => spawnDynoxide(binary));
else console.log('dynoxide: no binary for this platform');
