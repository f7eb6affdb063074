import type { Locale } from '../domain/codes.js';
import { RING_NAMES, type Ring } from '../domain/geography.js';
import type { Vacancy } from '../domain/vacancy.js';
import { ForbiddenError, NotFoundError, ServiceUnavailableError } from '../errors.js';
import { explainMatch, type MatchExplanation, trainingProgramme } from '../matching/explanation.js';
import type { MatchEngine, RankRequest, RankResult } from '../matching/match-engine.js';
import type { FactorContribution, MatchWeights } from '../matching/score-model.js';
import type { AuditedPair, AuditLog, AuditRecord } from '../ports/audit-log.js';
import type { CandidateSearch } from '../ports/candidate-search.js';
import type { Clock } from '../ports/clock.js';
import type { Caller } from '../ports/identity.js';
import type { StartCounts } from '../ports/start-counts.js';
import type { Telemetry } from '../ports/telemetry.js';
import type { VacancyStore } from '../ports/vacancy-store.js';
import { assessPair, type PairAssessment } from '../rules/match.js';
import type { ReferenceData } from '../rules/reference-data.js';
import { type MatchStart, vacancyStartPlan } from '../start-date/vacancy-start.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { ownedVacancy, requireRole } from './access.js';
import { auditedDecision, auditRecord, callerActor, decisionsDigest, vacancySubject } from './audit-trail.js';
import { countMatches } from './business-metrics.js';
import { planMatch } from './match-plan.js';
import { type RingStartDates, ringStartDates } from './ring-start-dates.js';

export interface MatchDeps {
  readonly vacancies: VacancyStore;
  readonly matcher: MatchEngine;
  /** Counts for the rings' start-date summaries over every kept candidate (absent: returned matches only). */
  readonly startCounts?: StartCounts | undefined;
  readonly search: CandidateSearch;
  readonly taxonomy: Taxonomy;
  readonly referenceData: ReferenceData;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly weights?: MatchWeights;
  /** Logs and business metrics (matches per ring). */
  readonly telemetry?: Telemetry | undefined;
}

export interface MatchOptions {
  /** parallel: the renewed concentric model; sequential: the old one, ring by ring. */
  readonly mode: 'parallel' | 'sequential';
  readonly topK: number;
  readonly locale: Locale;
  /** Sequential mode stops at the first ring where this many qualified candidates are found in total. */
  readonly wanted: number;
  /** Only candidates whose earliest start date is on or before this ISO date. */
  readonly canStartBy?: string | undefined;
}

/** The filter id under which "can start by" reports the candidates it excluded. */
export const CAN_START_BY = 'CAN-START-BY';

export interface CandidateMatch {
  readonly candidateId: string;
  readonly ring: Ring;
  /** Pseudonymous facts only: no name, contact or free text reaches the employer here. */
  readonly country: string;
  readonly pes: string;
  readonly score: number;
  readonly factors: readonly FactorContribution[];
  readonly explanation: MatchExplanation;
  readonly route: PairAssessment['route'];
  readonly documents: PairAssessment['documents'];
  readonly diplomaRecognition: PairAssessment['diplomaRecognition'];
  /** The earliest start date and its breakdown, judged against the vacancy's start date. */
  readonly start: MatchStart;
  readonly warnings: readonly { ruleId: string; message: string }[];
}

export interface RingMatches {
  readonly ring: Ring;
  readonly name: string;
  readonly total: number;
  readonly exclusions: Readonly<Record<string, number>>;
  readonly matches: readonly CandidateMatch[];
  /** Median and range of the start dates of the ring's matches. */
  readonly startDates: RingStartDates;
  readonly tookMs: number;
}

export interface VacancyMatches {
  readonly vacancyId: string;
  readonly bottleneck: boolean;
  readonly mode: MatchOptions['mode'];
  readonly ringsSearched: readonly Ring[];
  readonly rings: readonly RingMatches[];
  /** Candidates excluded per rule, summed over the rings searched (reported to the vacancy owner). */
  readonly exclusions: Readonly<Record<string, number>>;
  readonly trainingProgramme: ReturnType<typeof trainingProgramme>;
  readonly tookMs: number;
}

async function loadVacancy(deps: MatchDeps, caller: Caller, id: string): Promise<Vacancy> {
  requireRole(caller, 'employer', 'pes');
  if (caller.role === 'employer') {
    const own = ownedVacancy(caller.org, await deps.vacancies.get(caller.org, id));
    if (!own) throw new NotFoundError(`Vacancy ${id} not found.`);
    return own;
  }
  // An employment service may match its own candidates against open bottleneck vacancies only.
  const vacancy = await deps.vacancies.getAnyOwner(id);
  if (vacancy?.status !== 'open') throw new NotFoundError(`Vacancy ${id} not found.`);
  if (!vacancy.bottleneck)
    throw new ForbiddenError('Employment services match against bottleneck vacancies only.');
  return vacancy;
}

/**
 * Matches a vacancy against the candidate pool, ring by ring.
 * Load the vacancy → decide the rings (bottleneck: all four, in parallel; otherwise Flanders)
 * and the hard filters (rules) → rank each ring in the engine → assess each hit (migration
 * route, documents, diploma) and explain it → aggregate the training programme.
 */
export async function matchVacancy(
  deps: MatchDeps,
  caller: Caller,
  vacancyId: string,
  options: MatchOptions,
): Promise<VacancyMatches> {
  const started = performance.now();
  const vacancy = await loadVacancy(deps, caller, vacancyId);
  // An employment service's pool is its own candidates: in the engine's filter and in every read.
  const pes = caller.role === 'pes' ? caller.org : undefined;
  const plan = planMatch(deps, vacancy, pes);
  const { ctx, rings } = plan;
  const audited: AuditRecord[] = [];
  const start = vacancyStartPlan(vacancy, plan.request.profile, ctx, (skill) =>
    deps.taxonomy.trainingModule(skill),
  );
  const canStartBy = options.canStartBy;

  const rankRing = async (ring: Ring): Promise<RingMatches> => {
    const t0 = performance.now();
    const request: RankRequest = {
      ...plan.request,
      ring: plan.ringScope(ring),
      topK: options.topK,
      conditions:
        canStartBy === undefined
          ? plan.request.conditions
          : [
              ...plan.request.conditions,
              { ruleId: CAN_START_BY, condition: start.canStartBy(ring, canStartBy) },
            ],
    };
    let result: RankResult;
    try {
      result = await deps.matcher.rank(request);
    } catch (error) {
      if (error instanceof RangeError) throw error;
      throw new ServiceUnavailableError(
        'The search engine is unavailable; matches cannot be computed right now.',
        5,
        { cause: error },
      );
    }
    const matches: CandidateMatch[] = [];
    const pairs: AuditedPair[] = [];
    for (const hit of result.hits) {
      const doc = await deps.search.get(hit.id, { pes });
      if (!doc) continue; // erased between ranking and reading: never shown
      const assessment = assessPair(vacancy, doc, ctx);
      const decisions = assessment.decisions.map(auditedDecision);
      pairs.push({
        candidateId: hit.id,
        blocked: assessment.blocked,
        decisionsDigest: decisionsDigest(decisions),
      });
      if (assessment.blocked) continue; // the filters already exclude these; defence in depth
      matches.push({
        candidateId: hit.id,
        ring,
        country: doc.country,
        pes: doc.pes,
        score: hit.score,
        factors: hit.breakdown.factors,
        explanation: explainMatch(hit.breakdown, doc, deps.taxonomy, options.locale),
        route: assessment.route,
        documents: assessment.documents,
        diplomaRecognition: assessment.diplomaRecognition,
        start: start.startOf(doc, assessment),
        warnings: assessment.decisions
          .filter((d) => d.outcome === 'violation' && d.severity !== 'block')
          .map((d) => ({ ruleId: d.ruleId, message: d.message[options.locale] ?? d.message.en })),
      });
    }
    audited.push(
      auditRecord(deps.clock, callerActor(caller), 'match.ranked', vacancySubject(vacancy), {
        vacancyId: vacancy.id,
        ring,
        exclusions: result.exclusions,
        pairs,
      }),
    );
    return {
      ring,
      name: RING_NAMES[ring][options.locale],
      total: result.total,
      exclusions: result.exclusions,
      matches,
      startDates: await ringStartDates({
        counts: deps.startCounts,
        plan: start,
        today: ctx.today,
        ring,
        request,
        total: result.total,
        matches,
      }),
      tookMs: performance.now() - t0,
    };
  };

  let results: RingMatches[];
  if (options.mode === 'parallel') {
    results = await Promise.all(rings.map(rankRing));
  } else {
    results = [];
    let found = 0;
    for (const ring of rings) {
      const ringResult = await rankRing(ring);
      results.push(ringResult);
      found += ringResult.total;
      if (found >= options.wanted) break;
    }
  }

  // Pseudonymous candidate data leaves only once the match is on record.
  await deps.audit.append(audited);
  countMatches(deps, results);
  const exclusions: Record<string, number> = {};
  for (const r of results)
    for (const [rule, n] of Object.entries(r.exclusions)) exclusions[rule] = (exclusions[rule] ?? 0) + n;
  return {
    vacancyId: vacancy.id,
    bottleneck: vacancy.bottleneck,
    mode: options.mode,
    ringsSearched: results.map((r) => r.ring),
    rings: results,
    exclusions,
    trainingProgramme: trainingProgramme(results.flatMap((r) => r.matches.map((m) => m.explanation))),
    tookMs: performance.now() - started,
  };
}
