import type { CandidateDocument } from '../../search/candidate-document.js';

/**
 * The candidates of one ring, with inverted indexes from skill key and from ISCO group (every
 * prefix of the candidate's unit groups) to the slots of the candidates that hold it. A match
 * reads only the postings of the vacancy's skills and occupation, never the whole ring.
 */
export class RingPartition {
  readonly members = new Set<number>();
  private readonly bySkill = new Map<string, Set<number>>();
  private readonly byIscoGroup = new Map<string, Set<number>>();

  add(slot: number, doc: CandidateDocument): void {
    this.members.add(slot);
    for (const skill of doc.skills) post(this.bySkill, skill, slot);
    for (const group of doc.iscoGroups) post(this.byIscoGroup, group, slot);
  }

  remove(slot: number, doc: CandidateDocument): void {
    this.members.delete(slot);
    for (const skill of doc.skills) unpost(this.bySkill, skill, slot);
    for (const group of doc.iscoGroups) unpost(this.byIscoGroup, group, slot);
  }

  skillPostings(key: string): ReadonlySet<number> {
    return this.bySkill.get(key) ?? EMPTY;
  }

  iscoGroupPostings(group: string): ReadonlySet<number> {
    return this.byIscoGroup.get(group) ?? EMPTY;
  }
}

const EMPTY: ReadonlySet<number> = new Set();

function post(index: Map<string, Set<number>>, key: string, slot: number): void {
  const postings = index.get(key);
  if (postings) postings.add(slot);
  else index.set(key, new Set([slot]));
}

function unpost(index: Map<string, Set<number>>, key: string, slot: number): void {
  const postings = index.get(key);
  if (!postings) return;
  postings.delete(slot);
  if (postings.size === 0) index.delete(key);
}
