import { gunzipSync, gzipSync } from 'node:zlib';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type {
  ChunkRecord,
  ImportJob,
  ImportStore,
  ImportTotals,
  PlannedWrite,
  RowReport,
} from '../../ports/import-store.js';
import { unlessConditionFails } from './conditional.js';

/**
 * Import jobs in the single table:
 * - the job: `PK=IMPORT#{id}`, `SK=JOB`; its fields are top-level attributes so checkpoints are
 *   single conditional updates. While an async job can run it carries GSI2 keys
 *   (`IMPORT#RUNNABLE`, `{createdAt}#{id}`), dropped when it finishes.
 * - its chunks: `SK=CHUNK#{n}`: the plan (before writing) then the rows' reports (gzip JSON:
 *   500 rows of field-level errors compress well under the 400 KB item limit).
 * Items carry `expiresAt` (the table's TTL attribute).
 */
const jobKey = (id: string) => ({ PK: `IMPORT#${id}`, SK: 'JOB' });
const chunkSk = (n: number) => `CHUNK#${String(n).padStart(6, '0')}`;
const RUNNABLE = 'IMPORT#RUNNABLE';

const JOB_FIELDS = [
  'id',
  'pes',
  'kind',
  'format',
  'status',
  'idempotencyKey',
  'requestDigest',
  'bytes',
  'blobKey',
  'chunkSize',
  'nextChunk',
  'totals',
  'rejectedSample',
  'createdAt',
  'updatedAt',
  'startedAt',
  'finishedAt',
  'error',
  'leaseOwner',
  'leaseUntil',
] as const;

function toJob(item: Record<string, unknown>): ImportJob {
  const job: Record<string, unknown> = {};
  for (const field of JOB_FIELDS) if (item[field] !== undefined) job[field] = item[field];
  job.rejectedSample = decodeRows(item.rejectedSample);
  return job as unknown as ImportJob;
}

function encodeRows(rows: readonly RowReport[]): Uint8Array {
  return gzipSync(JSON.stringify(rows));
}

function decodeRows(value: unknown): RowReport[] {
  if (value instanceof Uint8Array) return JSON.parse(gunzipSync(value).toString('utf8')) as RowReport[];
  return Array.isArray(value) ? (value as RowReport[]) : [];
}

export class DynamoImportStore implements ImportStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(job: ImportJob, ttlSeconds: number): Promise<'created' | 'exists'> {
    const written = await unlessConditionFails(
      this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...jobKey(job.id),
            entity: 'import-job',
            ...job,
            rejectedSample: encodeRows(job.rejectedSample),
            ...(job.kind === 'async' ? { GSI2PK: RUNNABLE, GSI2SK: `${job.createdAt}#${job.id}` } : {}),
            expiresAt: expiry(job.createdAt, ttlSeconds),
          },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      ),
    );
    return written ? 'created' : 'exists';
  }

  async get(id: string): Promise<ImportJob | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: jobKey(id), ConsistentRead: true }),
    );
    return Item ? toJob(Item) : undefined;
  }

  async claim(id: string, owner: string, now: Date, leaseMs: number): Promise<ImportJob | undefined> {
    const result = await unlessConditionFails(
      this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: jobKey(id),
          UpdateExpression:
            'SET #status = :running, leaseOwner = :me, leaseUntil = :until, updatedAt = :now, startedAt = if_not_exists(startedAt, :now)',
          ConditionExpression:
            'attribute_exists(PK) AND #status IN (:queued, :running) AND (attribute_not_exists(leaseOwner) OR leaseUntil < :nowMs OR leaseOwner = :me)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':running': 'running',
            ':queued': 'queued',
            ':me': owner,
            ':until': now.getTime() + leaseMs,
            ':nowMs': now.getTime(),
            ':now': now.toISOString(),
          },
          ReturnValues: 'ALL_NEW',
        }),
      ),
    );
    return result?.Attributes ? toJob(result.Attributes) : undefined;
  }

  async advance(
    id: string,
    owner: string,
    chunk: number,
    progress: { totals: ImportTotals; rejectedSample: readonly RowReport[] },
    now: Date,
    leaseMs: number,
  ): Promise<boolean> {
    const written = await unlessConditionFails(
      this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: jobKey(id),
          UpdateExpression:
            'SET nextChunk = :next, totals = :totals, rejectedSample = :sample, leaseUntil = :until, updatedAt = :now',
          ConditionExpression: 'nextChunk = :chunk AND leaseOwner = :me',
          ExpressionAttributeValues: {
            ':next': chunk + 1,
            ':chunk': chunk,
            ':totals': progress.totals,
            ':sample': encodeRows(progress.rejectedSample),
            ':until': now.getTime() + leaseMs,
            ':now': now.toISOString(),
            ':me': owner,
          },
        }),
      ),
    );
    return written !== undefined;
  }

  async finish(
    id: string,
    owner: string,
    outcome: { status: 'completed' | 'failed'; error?: ImportJob['error'] },
    now: Date,
  ): Promise<void> {
    // A refused condition means another worker took over and will finish it.
    await unlessConditionFails(
      this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: jobKey(id),
          UpdateExpression: `SET #status = :status, finishedAt = :now, updatedAt = :now${outcome.error ? ', #error = :error' : ''} REMOVE leaseOwner, leaseUntil, GSI2PK, GSI2SK`,
          ConditionExpression: 'leaseOwner = :me',
          ExpressionAttributeNames: { '#status': 'status', ...(outcome.error ? { '#error': 'error' } : {}) },
          ExpressionAttributeValues: {
            ':status': outcome.status,
            ':now': now.toISOString(),
            ':me': owner,
            ...(outcome.error ? { ':error': outcome.error } : {}),
          },
        }),
      ),
    );
  }

  async getChunk(jobId: string, n: number): Promise<ChunkRecord | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { PK: `IMPORT#${jobId}`, SK: chunkSk(n) },
        ConsistentRead: true,
      }),
    );
    if (!Item) return undefined;
    return Item.state === 'done'
      ? { n, state: 'done', rows: decodeRows(Item.rows) }
      : { n, state: 'planned', plan: Item.plan as PlannedWrite[] };
  }

  async putChunk(jobId: string, chunk: ChunkRecord, ttlSeconds: number): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          PK: `IMPORT#${jobId}`,
          SK: chunkSk(chunk.n),
          entity: 'import-chunk',
          n: chunk.n,
          state: chunk.state,
          ...(chunk.state === 'done' ? { rows: encodeRows(chunk.rows) } : { plan: chunk.plan }),
          expiresAt: Math.floor(Date.now() / 1000) + ttlSeconds,
        },
      }),
    );
  }

  async *reportRows(jobId: string): AsyncGenerator<RowReport> {
    let startKey: Record<string, unknown> | undefined;
    do {
      const result = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :chunk)',
          ExpressionAttributeValues: { ':pk': `IMPORT#${jobId}`, ':chunk': 'CHUNK#' },
          ConsistentRead: true,
          Limit: 20,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of result.Items ?? []) {
        if (item.state === 'done') yield* decodeRows(item.rows);
      }
      startKey = result.LastEvaluatedKey;
    } while (startKey);
  }

  async runnable(now: Date, limit: number): Promise<ImportJob[]> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'GSI2',
        KeyConditionExpression: 'GSI2PK = :pk',
        ExpressionAttributeValues: { ':pk': RUNNABLE },
        Limit: 100,
      }),
    );
    return (result.Items ?? [])
      .map(toJob)
      .filter((job) => job.status === 'queued' || (job.leaseUntil ?? 0) < now.getTime())
      .slice(0, limit);
  }
}

function expiry(fromIso: string, ttlSeconds: number): number {
  return Math.floor(Date.parse(fromIso) / 1000) + ttlSeconds;
}
