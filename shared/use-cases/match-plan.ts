import type { Ring } from '../domain/geography.js';
import type { Vacancy } from '../domain/vacancy.js';
import { fullScanRank } from '../matching/full-scan.js';
import type { RankRequest, RingScope } from '../matching/match-engine.js';
import { DEFAULT_MATCH_WEIGHTS, type MatchWeights, toMatchProfile } from '../matching/score-model.js';
import { type Clock, today as todayOn } from '../ports/clock.js';
import { matchEligibility } from '../rules/match.js';
import type { ReferenceData } from '../rules/reference-data.js';
import type { RuleContext } from '../rules/views.js';
import type { CandidateDocument } from '../search/candidate-document.js';

export interface MatchPlanDeps {
  readonly referenceData: ReferenceData;
  readonly clock: Clock;
  readonly weights?: MatchWeights;
}

/** What a match of one vacancy searches: which rings, under which filters. */
export interface MatchPlan {
  readonly ctx: RuleContext;
  /** Bottleneck vacancies: all four rings; others: Flanders only. */
  readonly rings: readonly Ring[];
  /** Everything of a rank request but the ring and the page size. */
  readonly request: Omit<RankRequest, 'ring' | 'topK'>;
  ringScope(ring: Ring): RingScope;
}

/**
 * Plans the match of a vacancy: the rings (the renewed concentric model) and the rules' hard
 * filters. Each ring's pool is everyone living there: ring 4 holds every third-country resident
 * a partner employment service uploaded, and whether an agreement covers the occupation is a
 * rule (CM-02), so the candidates it leaves out are counted in `exclusions` like any other.
 * `pes` narrows the pool to one employment service's own candidates.
 */
export function planMatch(deps: MatchPlanDeps, vacancy: Vacancy, pes?: string): MatchPlan {
  const today = todayOn(deps.clock);
  const ctx: RuleContext = { today, data: deps.referenceData };
  return {
    ctx,
    rings: vacancy.bottleneck ? [1, 2, 3, 4] : [1],
    request: {
      profile: toMatchProfile(vacancy, {
        regulated: deps.referenceData.isRegulated(vacancy.occupation.isco),
      }),
      weights: deps.weights ?? DEFAULT_MATCH_WEIGHTS,
      conditions: matchEligibility(vacancy, ctx),
      pes,
    },
    ringScope: (ring) => ({ ring }),
  };
}

/**
 * Whether a candidate is in the vacancy's matches at all (any rank): in a searched ring and
 * country, with minimum coverage, passing every rule filter. Decided by the reference engine on
 * this one document, so it agrees with what the search engines return.
 */
export function isMatch(plan: MatchPlan, candidate: CandidateDocument): boolean {
  if (!plan.rings.includes(candidate.ring)) return false;
  const request: RankRequest = { ...plan.request, ring: plan.ringScope(candidate.ring), topK: 1 };
  return fullScanRank([candidate], request).total === 1;
}
