import type { CandidateDocument } from '../../search/candidate-document.js';

/**
 * The candidates of one ring, with inverted indexes from skill key and from ISCO group (every
 * prefix of the candidate's unit groups) to the slots of the candidates that hold it. A match
 * reads only the postings of the vacancy's skills and occupation, never the whole ring.
 */
export class RingPartition {
  private readonly bySkill = new InvertedIndex();
  private readonly byIscoGroup = new InvertedIndex();

  add(slot: number, doc: CandidateDocument): void {
    for (const skill of doc.skills) this.bySkill.post(skill, slot);
    for (const group of doc.iscoGroups) this.byIscoGroup.post(group, slot);
  }

  remove(slot: number, doc: CandidateDocument): void {
    for (const skill of doc.skills) this.bySkill.unpost(skill, slot);
    for (const group of doc.iscoGroups) this.byIscoGroup.unpost(group, slot);
  }

  skillPostings(key: string): Int32Array {
    return this.bySkill.postings(key);
  }

  iscoGroupPostings(group: string): Int32Array {
    return this.byIscoGroup.postings(group);
  }
}

const EMPTY = new Int32Array(0);

/**
 * Key → slots. Sets take the writes; reads get a packed Int32Array snapshot, kept until the
 * next write to that key, because walking a typed array is several times faster than a Set
 * and a pool is read far more often than written.
 */
class InvertedIndex {
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
