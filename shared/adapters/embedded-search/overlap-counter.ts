/**
 * Per-slot overlap counts for one match, in typed arrays reused across matches. A generation
 * stamp marks the slots touched by the current match, so nothing is cleared between matches.
 * A match runs synchronously from start to end, so one counter per engine is enough.
 */
export class OverlapCounter {
  requiredMatched = new Uint16Array(0);
  optionalMatched = new Uint16Array(0);
  sharedIscoDigits = new Uint8Array(0);
  /** The slots touched by this match, in touch order. */
  slots = new Int32Array(0);
  slotCount = 0;
  private eligible = new Int32Array(0);
  private eligibleCount = 0;
  private maxRequiredMatched = 0;
  private stamps = new Uint32Array(0);
  private generation = 0;

  start(capacity: number): this {
    if (this.stamps.length < capacity) {
      const size = Math.max(capacity, this.stamps.length * 2, 1024);
      this.requiredMatched = new Uint16Array(size);
      this.optionalMatched = new Uint16Array(size);
      this.sharedIscoDigits = new Uint8Array(size);
      this.slots = new Int32Array(size);
      this.eligible = new Int32Array(size);
      this.stamps = new Uint32Array(size);
      this.generation = 0;
    }
    this.generation++;
    if (this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
    this.slotCount = 0;
    this.eligibleCount = 0;
    this.maxRequiredMatched = 0;
    return this;
  }

  /** The holders of a required skill: each becomes a candidate of this match. */
  countRequired(postings: Int32Array): void {
    for (const slot of postings) {
      this.touch(slot);
      const matched = (this.requiredMatched[slot] ?? 0) + 1;
      this.requiredMatched[slot] = matched;
      if (matched > this.maxRequiredMatched) this.maxRequiredMatched = matched;
    }
  }

  /** Called with digits 1, 2, 3, 4 in turn, so the last call is the longest shared prefix. */
  shareIscoDigits(postings: Int32Array, digits: number): void {
    for (const slot of postings) {
      this.touch(slot);
      this.sharedIscoDigits[slot] = digits;
    }
  }

  /** An optional skill counts only for a candidate already in (optional skills alone are no match). */
  countOptional(postings: Int32Array): void {
    for (const slot of postings) {
      if (this.stamps[slot] === this.generation)
        this.optionalMatched[slot] = (this.optionalMatched[slot] ?? 0) + 1;
    }
  }

  markEligible(slot: number): void {
    this.eligible[this.eligibleCount++] = slot;
  }

  /** The eligible slots grouped by required skills matched, most first (a counting sort). */
  *eligibleByRequiredMatched(): Generator<{ requiredMatched: number; slots: Int32Array }> {
    const buckets = this.maxRequiredMatched + 1;
    const starts = new Int32Array(buckets + 1);
    for (let i = 0; i < this.eligibleCount; i++) {
      const matched = this.requiredMatched[this.eligible[i] as number] as number;
      starts[matched + 1] = (starts[matched + 1] as number) + 1;
    }
    for (let b = 0; b < buckets; b++) starts[b + 1] = (starts[b + 1] as number) + (starts[b] as number);
    const ordered = new Int32Array(this.eligibleCount);
    const next = starts.slice(0, buckets);
    for (let i = 0; i < this.eligibleCount; i++) {
      const slot = this.eligible[i] as number;
      const matched = this.requiredMatched[slot] as number;
      ordered[next[matched] as number] = slot;
      next[matched] = (next[matched] as number) + 1;
    }
    for (let matched = buckets - 1; matched >= 0; matched--) {
      const from = starts[matched] as number;
      const to = starts[matched + 1] as number;
      if (to > from) yield { requiredMatched: matched, slots: ordered.subarray(from, to) };
    }
  }

  /** Marks the slot as a candidate of this match, zeroing its counts the first time. */
  private touch(slot: number): void {
    if (this.stamps[slot] === this.generation) return;
    this.stamps[slot] = this.generation;
    this.requiredMatched[slot] = 0;
    this.optionalMatched[slot] = 0;
    this.sharedIscoDigits[slot] = 0;
    this.slots[this.slotCount++] = slot;
  }
}
