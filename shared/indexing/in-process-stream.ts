import type { CandidateSearch } from '../ports/candidate-search.js';
import type { ChangeStream, IndexChange } from '../ports/change-stream.js';
import { indexChanges } from './index-changes.js';

/**
 * The local stand-in for a DynamoDB stream plus its Lambda trigger, for an engine without
 * streams (dynalite) or when the engine's stream is turned off: changes are handed to the
 * same `indexChanges` the indexer Lambda runs. Records the engine did not take stay pending, in
 * order, until `drain()` succeeds — the write to the table has already happened and is never lost.
 */
export class InProcessStream implements ChangeStream {
  private readonly pending: IndexChange[] = [];
  /** The drain in progress. One at a time: two drains would hand out and splice the same records. */
  private draining: Promise<number> | undefined;

  readonly needsRecords = true;

  constructor(private readonly search: CandidateSearch) {}

  async written(changes: readonly IndexChange[]): Promise<void> {
    this.pending.push(...changes);
    await this.drain();
  }

  /**
   * Retries every pending record; returns how many are still pending. Concurrent callers share
   * drains, so records published by concurrent writers reach the engine in batches (one bulk
   * request for many writes), and every caller returns only after a drain that started after
   * its records arrived.
   */
  async drain(): Promise<number> {
    // The running drain may already be past our records: wait for it, then join the next one.
    if (this.draining) await this.draining;
    this.draining ??= this.drainOnce().finally(() => {
      this.draining = undefined;
    });
    return this.draining;
  }

  private async drainOnce(): Promise<number> {
    while (this.pending.length > 0) {
      const batch = this.pending.slice(0, 100);
      const failed = new Set((await indexChanges(batch, this.search)).failed);
      const firstFailure = batch.findIndex((change) => failed.has(change.position));
      // Like Lambda's checkpointing: everything before the first failure is done.
      const done = firstFailure === -1 ? batch.length : firstFailure;
      this.pending.splice(0, done);
      if (firstFailure !== -1) break;
    }
    return this.pending.length;
  }

  get pendingCount(): number {
    return this.pending.length;
  }
}
