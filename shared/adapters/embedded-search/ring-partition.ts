import type { CandidateDocument } from '../../search/candidate-document.js';
import { InvertedIndex } from './inverted-index.js';

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
