import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { createTable } from '../../shared/adapters/dynamodb/table.js';
import { withTransactions } from './dynalite-transactions.js';

/** The real AWS SDK client for a dynalite on loopback: static local credentials, 3 attempts. */
export function localDynamoClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 3,
  });
}

/** Which local engine answers: dynoxide has transactions, streams and TTL; dynalite none of them. */
export type LocalEngine = 'dynoxide' | 'dynalite';

export interface LocalDynamo {
  readonly endpoint: string;
  readonly client: DynamoDBClient;
  readonly tableName: string;
  readonly engine: LocalEngine;
  /** The table has its own stream (NEW_AND_OLD_IMAGES), read by TableStream (table-stream.ts). */
  readonly stream: boolean;
  stop(): Promise<void>;
}

/**
 * Starts dynalite (a DynamoDB implementation in JS, in memory) on a loopback port, talks to it
 * with the real AWS SDK, and creates the single table. `createTableMs: 0` makes tables ready at
 * once. TransactWriteItems is emulated in front of it (dynalite-transactions.ts).
 */
export async function startDynalite(
  options: { port?: number; tableName?: string } = {},
): Promise<LocalDynamo> {
  let endpoint = '';
  const server = withTransactions(
    dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 }),
    () => endpoint,
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  endpoint = `http://127.0.0.1:${port}`;
  const client = localDynamoClient(endpoint);
  const tableName = options.tableName ?? 'concentric';
  await createTable(client, tableName);
  return {
    endpoint,
    client,
    tableName,
    engine: 'dynalite',
    stream: false,
    stop: async () => {
      client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
