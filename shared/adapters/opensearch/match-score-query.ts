import type { RankRequest } from '../../matching/match-engine.js';
import { rankingScore, type ScoredCandidate, type VacancyMatchProfile } from '../../matching/score-model.js';
import type { CandidateDocument } from '../../search/candidate-document.js';
import { conditionToQuery, type QueryClause } from './condition-to-query.js';
import { effectiveConditions, ringPoolFilters } from './match-count-query.js';
import { overlapCode, PAINLESS_MATCH_SCORE, painlessScoreParams } from './painless-score.js';

/**
 * The scoring half of a ring search on OpenSearch: the painless `script_score` request of one
 * ranking round, and how its hits are read.
 */

/**
 * Should clauses whose score is the overlap code (painless-score.ts `overlapCode`): each
 * required skill held adds `code.required`, each optional skill `code.optional`, and the
 * longest of the vacancy's ISCO prefixes held adds its length (dis_max: the maximum).
 */
export function overlapScoringClauses(profile: VacancyMatchProfile): QueryClause[] {
  const code = overlapCode(profile);
  const clause = (field: string, value: string, boost: number): QueryClause => ({
    constant_score: { filter: { term: { [field]: value } }, boost },
  });
  const clauses = [
    ...profile.requiredSkills.map((skill) => clause('skills', skill, code.required)),
    ...profile.optionalSkills.map((skill) => clause('skills', skill, code.optional)),
  ];
  const isco = profile.occupation;
  if (isco.length > 0) {
    clauses.push({
      dis_max: {
        queries: Array.from({ length: isco.length }, (_, i) =>
          clause('iscoGroups', isco.slice(0, i + 1), i + 1),
        ),
      },
    });
  }
  return clauses;
}

/** `_source` fields the model's breakdown reads. */
export const SCORED_SOURCE_FIELDS = [
  'id',
  'ring',
  'skills',
  'iscoGroups',
  'languages',
  'workExperienceYears',
  'readinessDutch',
  'readinessCivic',
  'readinessSoftSkills',
  'diplomaRecognition',
] as const;

/**
 * The ranking request of one round: the painless score over the eligible candidates of the
 * ring (pool filters and conditions), restricted to `restriction` if given.
 */
export function scoreQuery(request: RankRequest, restriction?: QueryClause): Record<string, unknown> {
  const filter = [
    ...ringPoolFilters(request),
    ...effectiveConditions(request).map((c) => conditionToQuery(c.condition)),
    ...(restriction ? [restriction] : []),
  ];
  return {
    size: request.topK,
    // Every candidate the filter keeps is scored anyway (script scores cannot be skipped), so
    // counting them costs nothing; the count tells how much work the round did.
    track_total_hits: true,
    track_scores: true,
    _source: [...SCORED_SOURCE_FIELDS],
    query: {
      script_score: {
        query: { bool: { filter, should: overlapScoringClauses(request.profile) } },
        script: {
          lang: 'painless',
          source: PAINLESS_MATCH_SCORE,
          params: painlessScoreParams(request.profile, request.weights),
        },
      },
    },
    sort: [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }],
  };
}

export interface RankResponseHit {
  readonly _score?: number | null;
  readonly sort?: readonly unknown[];
  readonly _source: ScoredCandidate & Pick<CandidateDocument, 'id'>;
}

export interface RankResponseBody {
  readonly took: number;
  readonly hits: { readonly total: { readonly value: number }; readonly hits: readonly RankResponseHit[] };
}

/** The engine's score of a hit, as the ranking score (float32). */
export function hitScore(hit: RankResponseHit): number {
  return rankingScore(Number(hit._score ?? hit.sort?.[0]));
}
