import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalDynamo } from '../../scripts/local/dynalite.js';
import { buildLocalApp, type LocalApp, type LocalAppOptions } from '../../scripts/local/local-app.js';
import { withRecord } from '../../shared/adapters/dynamodb/attribute-values.js';
import { documentClient } from '../../shared/adapters/dynamodb/table.js';
import type { Clock } from '../../shared/ports/clock.js';
import { startTestDynamo } from './test-dynamo.js';

/** A clock tests move by hand (webhook backoff, lease expiry). */
export class ManualClock implements Clock {
  private at: number;
  constructor(iso = '2026-03-02T09:00:00.000Z') {
    this.at = Date.parse(iso);
  }
  now(): Date {
    return new Date(this.at);
  }
  advance(ms: number): void {
    this.at += ms;
  }
}

export interface ExchangeHarness extends LocalApp {
  readonly dynamo: LocalDynamo;
  request(
    method: string,
    path: string,
    options?: {
      as?: readonly [string, string];
      body?: string;
      type?: string;
      headers?: Record<string, string>;
    },
  ): Promise<Response>;
  /** Every item of the table whose `entity` is one of these, records decoded (attribute-values.ts). */
  items(...entities: string[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/** The app as `npm start` builds it (dynalite, embedded engine), called in-process, no rate limit. */
export async function startExchangeHarness(
  options: Omit<LocalAppOptions, 'dynamo'> & { dynamo?: LocalDynamo } = {},
): Promise<ExchangeHarness> {
  const dynamo = options.dynamo ?? (await startTestDynamo());
  const local = await buildLocalApp({ rateLimit: false, ...options, dynamo });
  const db = documentClient(dynamo.client);
  return {
    ...local,
    dynamo,
    request: async (method, path, { as, body, type, headers } = {}) =>
      local.app.request(path, {
        method,
        headers: {
          ...(as ? { 'x-caller-role': as[0], 'x-caller-org': as[1] } : {}),
          ...(type ? { 'content-type': type } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body } : {}),
      }),
    items: async (...entities) => {
      // A parallel scan: the segments' pages are read while the others are decoded.
      const segments = await Promise.all(
        Array.from({ length: SCAN_SEGMENTS }, async (_, segment) => {
          const items: Record<string, unknown>[] = [];
          let startKey: Record<string, unknown> | undefined;
          do {
            const result = await db.send(
              new ScanCommand({
                TableName: dynamo.tableName,
                ExclusiveStartKey: startKey,
                ConsistentRead: true,
                Segment: segment,
                TotalSegments: SCAN_SEGMENTS,
              }),
            );
            for (const item of result.Items ?? []) {
              if (entities.length === 0 || entities.includes(String(item.entity)))
                items.push(withRecord(item));
            }
            startKey = result.LastEvaluatedKey;
          } while (startKey);
          return items;
        }),
      );
      // In key order, whatever the engine's segmentation: tests compare snapshots of the table.
      return segments.flat().sort(byKey);
    },
    close: () => {
      local.close();
      return dynamo.stop();
    },
  };
}

const SCAN_SEGMENTS = 4;
const keyOf = (item: Record<string, unknown>) => `${String(item.PK)}\u0000${String(item.SK)}`;
const byKey = (a: Record<string, unknown>, b: Record<string, unknown>) => {
  const ka = keyOf(a);
  const kb = keyOf(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

export const PES_VDAB = ['pes', 'VDAB'] as const;
export const NDJSON = 'application/x-ndjson';
