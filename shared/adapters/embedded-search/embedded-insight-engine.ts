import {
  assertValidSupplyRequest,
  type InsightEngine,
  type SupplyRequest,
  type SupplyResult,
  type SupplyTallies,
  supplyFromTallies,
  tallyFor,
} from '../../insight/insight-engine.js';
import { coversGap, type GroupSpec, qualifies } from '../../insight/qualification.js';
import { satisfies } from '../../search/candidate-condition.js';
import type { CandidateDocument } from '../../search/candidate-document.js';

/** Read-only access to the documents an in-process engine holds (the embedded search engine). */
export interface CandidateDocumentSource {
  documents(): Iterable<CandidateDocument>;
}

/**
 * Insight over the embedded engine's documents: one pass over the pool, each candidate tested
 * only against the groups its ISCO prefixes name (a candidate outside a group cannot qualify
 * for it), with the same evaluator the OpenSearch query mirrors.
 */
export class EmbeddedInsightEngine implements InsightEngine {
  constructor(private readonly source: CandidateDocumentSource) {}

  async supply(request: SupplyRequest): Promise<SupplyResult> {
    assertValidSupplyRequest(request);
    const specs = new Map<string, GroupSpec>(request.groups.map((spec) => [spec.group, spec]));
    const tallies: SupplyTallies = new Map();
    for (const doc of this.source.documents()) {
      if (doc.consentMatching !== true) continue;
      for (const prefix of doc.iscoGroups) {
        const spec = specs.get(prefix);
        if (!spec || !qualifies(doc, spec)) continue;
        const tally = tallyFor(tallies, spec.group, doc.ring, doc.country);
        tally.candidates++;
        for (const gap of spec.gaps) {
          if (coversGap(doc, gap)) tally.covered[gap.key] = (tally.covered[gap.key] ?? 0) + 1;
        }
        for (const window of spec.startWindows ?? []) {
          if (window.ring !== doc.ring || !satisfies(doc, window.condition)) continue;
          tally.startable[window.key] = (tally.startable[window.key] ?? 0) + 1;
        }
      }
    }
    return supplyFromTallies(request, tallies);
  }
}
