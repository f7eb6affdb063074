import { satisfies } from '../search/candidate-condition.js';
import type { CandidateDocument } from '../search/candidate-document.js';
import {
  assertValidRankRequest,
  conditionsByRule,
  type RankRequest,
  type RankResult,
  zeroExclusions,
} from './match-engine.js';
import {
  compareRanked,
  matchScore,
  meetsMinimumCoverage,
  rankingScore,
  scoreCandidate,
} from './score-model.js';

/**
 * The naive engine: scores every candidate of the pool with the pure model, then sorts. It is
 * the reference the indexed engines are tested against and the baseline the benchmark beats;
 * it shares nothing with them but the model, the condition evaluator and the request semantics.
 */
export function fullScanRank(pool: readonly CandidateDocument[], request: RankRequest): RankResult {
  assertValidRankRequest(request);
  const { profile, weights, ring, pes } = request;
  const conditions = conditionsByRule(request.conditions);
  const exclusions = zeroExclusions(conditions);
  const countries = ring.countries ? new Set(ring.countries) : undefined;
  const scored: { score: number; id: string; doc: CandidateDocument }[] = [];
  for (const doc of pool) {
    if (doc.ring !== ring.ring || (countries && !countries.has(doc.country))) continue;
    if (pes !== undefined && doc.pes !== pes) continue;
    if (!meetsMinimumCoverage(profile, doc)) continue;
    const failed = conditions.filter((c) => !satisfies(doc, c.condition));
    for (const { ruleId } of failed) exclusions[ruleId] = (exclusions[ruleId] ?? 0) + 1;
    if (failed.length > 0) continue;
    scored.push({ score: rankingScore(matchScore(profile, doc, weights)), id: doc.id, doc });
  }
  scored.sort(compareRanked);
  return {
    hits: scored
      .slice(0, request.topK)
      .map(({ score, id, doc }) => ({ id, score, breakdown: scoreCandidate(profile, doc, weights) })),
    total: scored.length,
    exclusions,
  };
}
