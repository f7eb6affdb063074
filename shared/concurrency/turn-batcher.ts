/**
 * Calls made in the same event-loop turn, run as batches: every `add` before the scheduled
 * flush (by default `setImmediate`, after this turn's I/O callbacks, e.g. many HTTP requests
 * that arrived together) joins one batch, and each caller gets its own item's result. A turn
 * with one call runs a batch of one, so a process serving one request at a time (a Lambda)
 * behaves as without batching.
 *
 * Items with the same key never share a batch (DynamoDB refuses two actions on one item in a
 * transaction); a later one goes to the next batch, and batches run concurrently, as the calls
 * would have. A batch that fails rejects exactly its callers.
 */
export interface TurnBatcherOptions {
  /** Items per batch at most. */
  readonly maxItems: number;
  /** When the waiting items are run; default setImmediate. */
  readonly schedule?: (flush: () => void) => void;
}

interface Waiting<T, R> {
  readonly item: T;
  readonly key: string;
  readonly resolve: (result: R) => void;
  readonly reject: (error: unknown) => void;
}

export class TurnBatcher<T, R> {
  private pending: Waiting<T, R>[] = [];
  private readonly schedule: (flush: () => void) => void;

  constructor(
    private readonly run: (items: readonly T[]) => Promise<readonly R[]>,
    private readonly keyOf: (item: T) => string,
    private readonly options: TurnBatcherOptions,
  ) {
    this.schedule = options.schedule ?? ((flush) => setImmediate(flush));
  }

  add(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ item, key: this.keyOf(item), resolve, reject });
      if (this.pending.length === 1) this.schedule(() => this.flush());
    });
  }

  private flush(): void {
    const waiting = this.pending;
    this.pending = [];
    const batches: { keys: Set<string>; members: Waiting<T, R>[] }[] = [];
    for (const w of waiting) {
      let batch = batches.find((b) => !b.keys.has(w.key) && b.members.length < this.options.maxItems);
      if (!batch) {
        batch = { keys: new Set(), members: [] };
        batches.push(batch);
      }
      batch.keys.add(w.key);
      batch.members.push(w);
    }
    for (const batch of batches) void this.runBatch(batch.members);
  }

  private async runBatch(members: readonly Waiting<T, R>[]): Promise<void> {
    try {
      const results = await this.run(members.map((m) => m.item));
      members.forEach((m, i) => {
        if (i < results.length) m.resolve(results[i] as R);
        else m.reject(new Error(`batch returned ${results.length} results for ${members.length} items`));
      });
    } catch (error) {
      for (const m of members) m.reject(error);
    }
  }
}
