import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
  GetCommand,
} from '@aws-sdk/lib-dynamodb';
import { LeftoverItems, RetriesExhaustedError, type RetryPolicy, retry } from '../../concurrency/retry.js';

/** The primary key of an item in the single table. */
export interface ItemKey {
  readonly PK: string;
  readonly SK: string;
}

export type Item = Record<string, unknown>;

export interface CoalescingReaderOptions {
  /** Keys per BatchGetItem (DynamoDB allows at most 100). */
  readonly maxKeys?: number;
  /** Calls of BatchGetItem for keys DynamoDB left unprocessed, the first one included. */
  readonly maxAttempts?: number;
  /** Backoff before asking again for unprocessed keys: up to base × 2^attempt ms (full jitter), capped. */
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** When the waiting reads are sent; default setImmediate (after this turn's I/O callbacks). */
  readonly schedule?: (flush: () => void) => void;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Unprocessed keys that stayed unprocessed through every attempt: the read did not happen. */
export class UnprocessedReadError extends Error {
  override readonly name = 'UnprocessedReadError';
  /** Like a throttled call: the client may try again later (the app maps it to 503). */
  readonly $retryable = { throttling: true };
  constructor(
    readonly key: ItemKey,
    attempts: number,
  ) {
    super(`DynamoDB left ${key.PK}/${key.SK} unprocessed in ${attempts} BatchGetItem calls`);
  }
}

interface Waiter {
  readonly resolve: (item: Item | undefined) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Consistent single-item reads of one table, coalesced DataLoader-style: every `get` made in
 * the same event-loop turn (the I/O callbacks of one poll phase, e.g. many HTTP requests that
 * arrived together) is sent as one `BatchGetItem` with `ConsistentRead: true`, in chunks of at
 * most 100 keys. Nothing is weaker than a `GetItem` per caller:
 * - each read is sent after its `get` was called and is strongly consistent, so it sees every
 *   write acknowledged before that call;
 * - every caller gets its own item (a key asked for twice in one turn is read once; the second
 *   caller gets a deep copy), or undefined when no item has that key;
 * - keys DynamoDB leaves unprocessed are asked for again with exponential backoff; a caller
 *   whose key is still unprocessed after `maxAttempts` is rejected (UnprocessedReadError),
 *   callers whose items came back are resolved at once;
 * - a batch that fails (throttled past the SDK's retries, unreachable) rejects exactly the
 *   callers in it, with the error; a ValidationException (one bad key spoils a batch) is
 *   retried as one `GetItem` per key, so each caller gets its own outcome.
 * A turn with one read (a Lambda serves one request at a time) sends a plain `GetItem`.
 */
export class CoalescingReader {
  private pending = new Map<string, { key: ItemKey; waiters: Waiter[] }>();
  private scheduled = false;
  private readonly maxKeys: number;
  private readonly policy: RetryPolicy;
  private readonly schedule: (flush: () => void) => void;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    options: CoalescingReaderOptions = {},
  ) {
    this.maxKeys = Math.min(100, Math.max(1, options.maxKeys ?? 100));
    this.policy = {
      maxAttempts: Math.max(1, options.maxAttempts ?? 8),
      baseDelayMs: options.baseDelayMs ?? 10,
      maxDelayMs: options.maxDelayMs ?? 1000,
    };
    this.schedule = options.schedule ?? ((flush) => setImmediate(flush));
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** The item with this key, read consistently; undefined when there is none. */
  get(key: ItemKey): Promise<Item | undefined> {
    return new Promise((resolve, reject) => {
      const id = keyId(key);
      const entry = this.pending.get(id);
      if (entry) entry.waiters.push({ resolve, reject });
      else this.pending.set(id, { key: { PK: key.PK, SK: key.SK }, waiters: [{ resolve, reject }] });
      if (!this.scheduled) {
        this.scheduled = true;
        this.schedule(() => this.flush());
      }
    });
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = new Map();
    this.scheduled = false;
    const entries = [...batch.values()];
    for (let i = 0; i < entries.length; i += this.maxKeys) {
      const chunk = entries.slice(i, i + this.maxKeys);
      // Each chunk settles its own waiters; nothing here throws past them.
      void (chunk.length === 1 ? this.single(chunk[0] as Entry) : this.batch(chunk));
    }
  }

  private async single(entry: Entry): Promise<void> {
    try {
      const { Item } = await this.db.send(
        new GetCommand({ TableName: this.tableName, Key: entry.key, ConsistentRead: true }),
      );
      settle(entry, Item);
    } catch (error) {
      for (const w of entry.waiters) w.reject(error);
    }
  }

  private async batch(chunk: readonly Entry[]): Promise<void> {
    const open = new Map(chunk.map((e) => [keyId(e.key), e]));
    try {
      await this.readAll(open);
    } catch (error) {
      // Whatever went wrong, no caller is left waiting: those still open get the error.
      for (const e of open.values()) for (const w of e.waiters) w.reject(error);
    }
  }

  /**
   * Reads the open entries, settling and removing each as its outcome is known; the keys left
   * unprocessed are asked for again under the shared bounded backoff (shared/concurrency/retry.ts).
   */
  private async readAll(open: Map<string, Entry>): Promise<void> {
    try {
      await retry(() => this.readOnce(open), {
        policy: this.policy,
        what: 'DynamoDB BatchGetItem',
        isRetryable: (error) => error instanceof LeftoverItems,
        sleep: this.sleep,
      });
    } catch (error) {
      if (!(error instanceof RetriesExhaustedError && error.cause instanceof LeftoverItems)) throw error;
      for (const [id, e] of open) {
        const refused = new UnprocessedReadError(e.key, error.attempts);
        for (const w of e.waiters) w.reject(refused);
        open.delete(id);
      }
    }
  }

  /** One BatchGetItem of the open entries; throws LeftoverItems when some keys came back unprocessed. */
  private async readOnce(open: Map<string, Entry>): Promise<void> {
    let result: BatchGetCommandOutput;
    try {
      result = await this.send([...open.values()].map((e) => e.key));
    } catch (error) {
      if (!isValidationError(error) || open.size < 2) throw error;
      const entries = [...open.values()];
      open.clear();
      await Promise.all(entries.map((e) => this.single(e)));
      return;
    }
    const unprocessed = new Set(
      ((result.UnprocessedKeys?.[this.tableName]?.Keys ?? []) as ItemKey[]).map(keyId),
    );
    for (const item of result.Responses?.[this.tableName] ?? []) {
      const id = keyId(item as unknown as ItemKey);
      const entry = open.get(id);
      if (!entry) continue;
      settle(entry, item);
      open.delete(id);
    }
    // Neither returned nor unprocessed: there is no such item.
    for (const [id, entry] of open) {
      if (unprocessed.has(id)) continue;
      settle(entry, undefined);
      open.delete(id);
    }
    if (open.size > 0) throw new LeftoverItems([...open.values()].map((e) => e.key));
  }

  private send(keys: readonly ItemKey[]): Promise<BatchGetCommandOutput> {
    return this.db.send(
      new BatchGetCommand({
        RequestItems: {
          [this.tableName]: { Keys: keys.map((k) => ({ PK: k.PK, SK: k.SK })), ConsistentRead: true },
        },
      }),
    );
  }
}

interface Entry {
  readonly key: ItemKey;
  readonly waiters: Waiter[];
}

function keyId(key: ItemKey): string {
  return `${key.PK}\u0000${key.SK}`;
}

/** The first caller gets the item as read; any other caller of the same key its own copy. */
function settle(entry: Entry, item: Item | undefined): void {
  entry.waiters.forEach((w, i) => {
    w.resolve(item === undefined || i === 0 ? item : structuredClone(item));
  });
}

function isValidationError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'ValidationException';
}

const readers = new WeakMap<DynamoDBDocumentClient, Map<string, CoalescingReader>>();

/** The reader of a table on a client: stores on the same client and table coalesce together. */
export function coalescingReader(db: DynamoDBDocumentClient, tableName: string): CoalescingReader {
  let byTable = readers.get(db);
  if (!byTable) {
    byTable = new Map();
    readers.set(db, byTable);
  }
  let reader = byTable.get(tableName);
  if (!reader) {
    reader = new CoalescingReader(db, tableName);
    byTable.set(tableName, reader);
  }
  return reader;
}
