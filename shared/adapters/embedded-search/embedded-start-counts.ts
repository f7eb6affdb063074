import { assertValidRankRequest, conditionsByRule, type RankRequest } from '../../matching/match-engine.js';
import { meetsMinimumCoverage } from '../../matching/score-model.js';
import type { StartCounts } from '../../ports/start-counts.js';
import { type CandidateCondition, satisfies } from '../../search/candidate-condition.js';
import type { CandidateDocumentSource } from './embedded-insight-engine.js';

/**
 * Start counts over the embedded engine's documents: the ring search's pool and conditions
 * (as the full scan reads them, shared/matching/full-scan.ts) select the candidates, then each
 * probe is evaluated on them. OpenSearch counts the same with one `filters` aggregation.
 */
export class EmbeddedStartCounts implements StartCounts {
  constructor(private readonly source: CandidateDocumentSource) {}

  async countEach(request: RankRequest, probes: readonly CandidateCondition[]): Promise<number[]> {
    assertValidRankRequest(request);
    const { ring, pes, profile } = request;
    const conditions = conditionsByRule(request.conditions).map((c) => c.condition);
    const countries = ring.countries ? new Set(ring.countries) : undefined;
    const counts = probes.map(() => 0);
    for (const doc of this.source.documents()) {
      if (doc.ring !== ring.ring || (countries && !countries.has(doc.country))) continue;
      if (pes !== undefined && doc.pes !== pes) continue;
      if (!meetsMinimumCoverage(profile, doc)) continue;
      if (!conditions.every((c) => satisfies(doc, c))) continue;
      probes.forEach((probe, i) => {
        if (satisfies(doc, probe)) counts[i] = (counts[i] ?? 0) + 1;
      });
    }
    return counts;
  }
}
