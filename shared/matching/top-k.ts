import { compareRanked } from './score-model.js';

export interface Ranked {
  readonly score: number;
  readonly id: string;
}

/**
 * The k best items seen, in ranking order (score descending, id ascending), in O(n log k) time
 * and O(k) memory: a binary heap whose root is the worst item kept, so a newcomer that does not
 * beat it is dropped at the cost of one comparison.
 */
export class TopK<T extends Ranked> {
  private readonly heap: T[] = [];

  constructor(private readonly k: number) {}

  get size(): number {
    return this.heap.length;
  }

  /** The score an item must reach to be kept (ties then go by id); -Infinity until k items are kept. */
  get threshold(): number {
    return this.heap.length < this.k ? Number.NEGATIVE_INFINITY : (this.heap[0] as T).score;
  }

  /** Whether an item with this score and id would be kept now (lets callers skip building it). */
  admits(score: number, id: string): boolean {
    if (this.heap.length < this.k) return true;
    const worst = this.heap[0] as T;
    return compareRanked({ score, id }, worst) < 0;
  }

  push(item: T): void {
    if (this.heap.length < this.k) {
      this.heap.push(item);
      this.siftUp(this.heap.length - 1);
    } else if (this.k > 0 && compareRanked(item, this.heap[0] as T) < 0) {
      this.heap[0] = item;
      this.siftDown(0);
    }
  }

  /** The kept items, best first. */
  sorted(): T[] {
    return [...this.heap].sort(compareRanked);
  }

  /** a is worse than b: it ranks after b. */
  private worse(a: T, b: T): boolean {
    return compareRanked(a, b) > 0;
  }

  private siftUp(i: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(heap[i] as T, heap[parent] as T)) break;
      [heap[i], heap[parent]] = [heap[parent] as T, heap[i] as T];
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const heap = this.heap;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && this.worse(heap[left] as T, heap[worst] as T)) worst = left;
      if (right < heap.length && this.worse(heap[right] as T, heap[worst] as T)) worst = right;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst] as T, heap[i] as T];
      i = worst;
    }
  }
}
