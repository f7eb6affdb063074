const EMPTY = new Int32Array(0);

/**
 * Key → slots. Sets take the writes; reads get a packed Int32Array snapshot, kept until the
 * next write to that key, because walking a typed array is several times faster than a Set
 * and a pool is read far more often than written.
 */
export class InvertedIndex {
  private readonly sets = new Map<string, Set<number>>();
  private readonly snapshots = new Map<string, Int32Array>();

  post(key: string, slot: number): void {
    const set = this.sets.get(key);
    if (set) set.add(slot);
    else this.sets.set(key, new Set([slot]));
    this.snapshots.delete(key);
  }

  unpost(key: string, slot: number): void {
    const set = this.sets.get(key);
    if (!set) return;
    set.delete(slot);
    if (set.size === 0) this.sets.delete(key);
    this.snapshots.delete(key);
  }

  postings(key: string): Int32Array {
    let snapshot = this.snapshots.get(key);
    if (!snapshot) {
      const set = this.sets.get(key);
      if (!set) return EMPTY;
      snapshot = Int32Array.from(set);
      this.snapshots.set(key, snapshot);
    }
    return snapshot;
  }
}
