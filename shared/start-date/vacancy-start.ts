import type { Ring } from '../domain/geography.js';
import type { VacancyMatchProfile } from '../matching/score-model.js';
import { routeOpenConditions } from '../rules/match.js';
import type { MatchVacancy, RuleContext } from '../rules/views.js';
import type { CandidateCondition } from '../search/candidate-condition.js';
import type { CandidateDocument } from '../search/candidate-document.js';
import { againstVacancyStart, type EarliestStart, earliestStart } from './earliest-start.js';
import {
  type PairRuleFacts,
  pairStartInput,
  type VacancyStartFacts,
  vacancyStartFacts,
} from './pair-start.js';
import { canStartByCondition } from './start-condition.js';
import { defaultStartDateData, type StartDateData, type StartDateFigures } from './start-date-data.js';

/** The earliest start of one match, judged against the vacancy's start date. */
export interface MatchStart extends EarliestStart {
  readonly vacancyStart: string | null;
  /** Null without a vacancy start date or when the candidate cannot start. */
  readonly onTime: boolean | null;
  readonly daysLate: number | null;
}

/**
 * Everything about start dates that depends on one vacancy and the date: looked up once, then
 * asked per candidate (`startOf`) or per ring and date (`canStartBy`, the engines' filter).
 */
export interface VacancyStartPlan {
  readonly figures: StartDateFigures;
  readonly facts: VacancyStartFacts;
  canStartBy(ring: Ring, by: string): CandidateCondition;
  startOf(doc: CandidateDocument, pair: PairRuleFacts): MatchStart;
}

export function vacancyStartPlan(
  vacancy: MatchVacancy,
  profile: Pick<VacancyMatchProfile, 'languages' | 'requiredSkills' | 'regulated'>,
  ctx: RuleContext,
  trainingModule: (skill: string) => string | undefined,
  data: StartDateData = defaultStartDateData,
): VacancyStartPlan {
  const figures = data.figuresOn(ctx.today);
  const facts = vacancyStartFacts(profile, trainingModule);
  const routes = routeOpenConditions(vacancy, ctx);
  const regulated = ctx.data.regulatedProfession(vacancy.occupation.isco) !== undefined;
  return {
    figures,
    facts,
    canStartBy: (ring, by) =>
      canStartByCondition(
        {
          today: ctx.today,
          by,
          ring,
          routes,
          regulated,
          dutchRequired: facts.dutchRequired,
          modules: facts.modules,
        },
        figures,
      ),
    startOf(doc, pair) {
      const start = earliestStart(pairStartInput(ctx.today, facts, doc, pair), figures);
      const judged = againstVacancyStart(start, vacancy.contract.startDate);
      return {
        ...start,
        vacancyStart: vacancy.contract.startDate ?? null,
        onTime: judged?.onTime ?? null,
        daysLate: judged?.daysLate ?? null,
      };
    },
  };
}
