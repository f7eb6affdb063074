import type { RankRequest } from '../matching/match-engine.js';
import type { CandidateCondition } from '../search/candidate-condition.js';

/**
 * Counts for start-date summaries over every candidate a ring search keeps, not only the top k
 * it returns: the search engine cannot compute an earliest start (it depends on the candidate
 * and the vacancy together), but it can count who satisfies "can start by" a date
 * (shared/start-date/start-condition.ts), and the spread follows from such counts
 * (shared/start-date/start-spread.ts).
 */
export interface StartCounts {
  /**
   * Among the candidates `request` keeps (its ring pool and every condition), how many satisfy
   * each probe, in probe order. One engine round trip.
   */
  countEach(request: RankRequest, probes: readonly CandidateCondition[]): Promise<number[]>;
}
