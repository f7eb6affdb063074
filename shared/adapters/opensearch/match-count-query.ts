import {
  conditionsByRule,
  type RankRequest,
  type RuleCondition,
  zeroExclusions,
} from '../../matching/match-engine.js';
import type { VacancyMatchProfile } from '../../matching/score-model.js';
import type { CandidateCondition } from '../../search/candidate-condition.js';
import { conditionToQuery, MATCH_NONE, type QueryClause } from './condition-to-query.js';

/**
 * The counting half of a ring search on OpenSearch: who is in the ring's pool, how many of them
 * each rule excludes, and how many no rule excludes (the eligible total). Native Lucene, no
 * script, one pass over the pool.
 */

/** The candidates of the ring a vacancy is searched in, before the rules: ring, countries, PES, minimum coverage. */
export function ringPoolFilters(request: RankRequest): QueryClause[] {
  const { ring, pes, profile } = request;
  const filters: QueryClause[] = [{ term: { ring: ring.ring } }];
  if (ring.countries) {
    filters.push(ring.countries.length === 0 ? MATCH_NONE : { terms: { country: [...ring.countries] } });
  }
  if (pes !== undefined) filters.push({ term: { pes } });
  filters.push(minimumCoverageQuery(profile));
  return filters;
}

/** `meetsMinimumCoverage` as a query: a required skill, or the vacancy's ISCO major group. */
export function minimumCoverageQuery(profile: VacancyMatchProfile): QueryClause {
  const should: QueryClause[] = [{ term: { iscoGroups: profile.occupation.slice(0, 1) } }];
  if (profile.requiredSkills.length > 0) should.push({ terms: { skills: [...profile.requiredSkills] } });
  return { bool: { should, minimum_should_match: 1 } };
}

/** The rules that can exclude anyone: an `always` condition excludes nobody and filters nothing. */
export function effectiveConditions(request: RankRequest): RuleCondition[] {
  return conditionsByRule(request.conditions).filter((c) => c.condition.kind !== 'always');
}

/** The candidates a condition excludes, as a query: `not(X)` excludes exactly X. */
export function excludedBy(condition: CandidateCondition): QueryClause {
  return condition.kind === 'not'
    ? conditionToQuery(condition.condition)
    : { bool: { must_not: [conditionToQuery(condition)] } };
}

/** The bucket of the exclusions aggregation that counts the candidates no rule excludes. */
export function eligibleBucketKey(ruleIds: readonly string[]): string {
  let key = '_eligible';
  while (ruleIds.includes(key)) key = `_${key}`;
  return key;
}

/**
 * The counting request of one ring, no hits: the pool as query, and a `filters` aggregation
 * with one bucket per rule that can exclude anyone (the pool candidates it excludes) whose
 * `other` bucket counts those no rule excludes: the eligible total. One pass over the pool,
 * each rule's filter tested once per candidate. With no such rule, the total is `hits.total`.
 */
export function countQuery(request: RankRequest): Record<string, unknown> {
  const conditions = effectiveConditions(request);
  const query = { bool: { filter: ringPoolFilters(request) } };
  if (conditions.length === 0) return { size: 0, track_total_hits: true, query };
  return {
    size: 0,
    track_total_hits: false,
    query,
    aggs: {
      exclusions: {
        filters: {
          filters: Object.fromEntries(conditions.map((c) => [c.ruleId, excludedBy(c.condition)])),
          other_bucket_key: eligibleBucketKey(conditions.map((c) => c.ruleId)),
        },
      },
    },
  };
}

export interface CountResponseBody {
  readonly hits: { readonly total?: { readonly value: number } };
  readonly aggregations?: {
    readonly exclusions?: { readonly buckets: Record<string, { readonly doc_count: number }> };
  };
}

/** The eligible total and the exclusions per rule, read from the answer to `countQuery`. */
export function readCounts(
  request: RankRequest,
  body: CountResponseBody,
): { total: number; exclusions: Record<string, number> } {
  const exclusions = zeroExclusions(conditionsByRule(request.conditions));
  const buckets = body.aggregations?.exclusions?.buckets;
  if (!buckets) return { total: body.hits.total?.value ?? 0, exclusions };
  const eligible = eligibleBucketKey(effectiveConditions(request).map((c) => c.ruleId));
  for (const [key, bucket] of Object.entries(buckets)) {
    if (key !== eligible) exclusions[key] = bucket.doc_count;
  }
  return { total: buckets[eligible]?.doc_count ?? 0, exclusions };
}
