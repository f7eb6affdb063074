import type { CandidateCondition } from '../search/candidate-condition.js';
import type { CandidateDocument } from '../search/candidate-document.js';
import { inCatalogueOrder } from './catalogue.js';
import { CM_01, EXPOSURE_PAIR_RULES, exposureOn } from './concentric-exposure.js';
import { allConditions, anyCondition, negate } from './conditions.js';
import { CONSENT, CONSENT_PAIR_RULES, consentCondition } from './consent.js';
import {
  assessDiplomaRecognition,
  BE_07,
  be07Condition,
  DIPLOMA_PAIR_RULES,
  type DiplomaRecognitionAssessment,
} from './diploma-recognition.js';
import type { DocumentCode } from './documents.js';
import { FM_02 } from './exemption-rules.js';
import { FAIR_RECRUITMENT_PAIR_RULES } from './fair-recruitment-rules.js';
import { runRuleOnDates } from './judgement-dates.js';
import type { MigrationRoute } from './migration-routes.js';
import { type PreparedVacancy, prepare } from './pair-preparation.js';
import { AGREEMENT_PAIR_RULES, CM_02, cm02Condition } from './partner-agreement.js';
import { chooseRoute, documentsFor } from './route-choice.js';
import { type OpenRoute, routeConditions, temporaryProtectionRecorded } from './route-conditions.js';
import { FR_11, ROUTE_PAIR_RULES } from './route-rules.js';
import { isBlocking, type LocalizedText, type RuleDecision, type StageRule } from './rule.js';
import type { MatchVacancy, PairView, RuleContext } from './views.js';
import { WHO_01, WHO_PAIR_RULES, who01Condition } from './who-safeguards.js';

const PAIR_RULES: readonly StageRule<PairView>[] = inCatalogueOrder(
  [
    ...CONSENT_PAIR_RULES,
    ...ROUTE_PAIR_RULES,
    ...DIPLOMA_PAIR_RULES,
    ...WHO_PAIR_RULES,
    ...EXPOSURE_PAIR_RULES,
    ...AGREEMENT_PAIR_RULES,
    ...FAIR_RECRUITMENT_PAIR_RULES,
  ],
  (rule) => rule.meta.id,
);

/** The rule whose decision explains each route. */
const ROUTE_RULE: Record<MigrationRoute, string> = {
  'eu-free-movement': 'FM-01',
  'temporary-protection': 'FM-02',
  'eu-blue-card': 'BE-04',
  'highly-skilled': 'BE-03',
  'medium-skilled-bottleneck': 'BE-05',
  'other-bottleneck': 'BE-06',
  none: 'FR-11',
};

export interface PairAssessment {
  readonly route: MigrationRoute;
  readonly routeReason: LocalizedText;
  /** The highly skilled route applies at the reduced (80%) threshold. */
  readonly reducedThreshold: boolean;
  /** Documents needed for the route (codes; labels in DOCUMENTS). */
  readonly documents: readonly DocumentCode[];
  readonly diplomaRecognition: DiplomaRecognitionAssessment;
  /** Every match-time rule's decision, in catalogue order. */
  readonly decisions: readonly RuleDecision[];
  readonly blocked: boolean;
  readonly blockingRuleIds: readonly string[];
}

export interface EligibilityCondition {
  readonly ruleId: string;
  /** What a candidate must satisfy to pass the rule (the rule blocks exactly those who do not). */
  readonly condition: CandidateCondition;
}

function assessPrepared(p: PreparedVacancy, candidate: CandidateDocument): PairAssessment {
  const { vacancy, days } = p;
  const routeDays = days.map((d) => ({
    date: d.today,
    facts: d.routeFacts,
    protectionEnd: d.reference.temporaryProtectionEnd,
  }));
  const choice = chooseRoute(routeDays, vacancy, candidate);
  const views: PairView[] = days.map((d) => ({ ...vacancy, ...d, candidate, route: choice.route }));
  const decisions = PAIR_RULES.map((rule) => runRuleOnDates(rule, views));
  const blockingRuleIds = decisions.filter(isBlocking).map((d) => d.ruleId);
  const reference = days[0].reference;
  const diplomaRecognition = assessDiplomaRecognition(reference, candidate);
  const routeDecision = decisions.find((d) => d.ruleId === ROUTE_RULE[choice.route]);
  if (!routeDecision)
    throw new Error(`no decision for ${ROUTE_RULE[choice.route]}, the rule behind route ${choice.route}`);
  return {
    route: choice.route,
    routeReason: routeDecision.message,
    reducedThreshold: choice.reducedThreshold,
    documents: documentsFor(choice.route, {
      recognitionRequired: diplomaRecognition.required,
      healthProfession: reference.regulatedProfession?.healthProfession ?? false,
    }),
    diplomaRecognition,
    decisions,
    blocked: blockingRuleIds.length > 0,
    blockingRuleIds,
  };
}

/**
 * Assesses one candidate for a stored vacancy on `ctx.today` and on its start date: the
 * migration route and why, the documents it needs, diploma recognition, and every match-time
 * rule's decision (judgement-dates.ts).
 */
export function assessPair(
  vacancy: MatchVacancy,
  candidate: CandidateDocument,
  ctx: RuleContext,
): PairAssessment {
  return assessPrepared(prepare(vacancy, ctx), candidate);
}

/** The same as `assessPair`, with the vacancy-side lookups done once for many candidates. */
export function pairAssessor(
  vacancy: MatchVacancy,
  ctx: RuleContext,
): (candidate: CandidateDocument) => PairAssessment {
  const prepared = prepare(vacancy, ctx);
  return (candidate) => assessPrepared(prepared, candidate);
}

/**
 * The condition under which each permit route is open for this vacancy, in MIGRATION_ROUTES
 * order ('none' left out): a candidate takes the first route whose condition they satisfy, as
 * `chooseRoute` does. For filters that depend on the route (the earliest start date).
 */
export function routeOpenConditions(
  vacancy: MatchVacancy,
  ctx: RuleContext,
): readonly { readonly route: OpenRoute; readonly condition: CandidateCondition }[] {
  return routeConditions(prepare(vacancy, ctx).days);
}

/**
 * For each blocking match-time rule, the condition a candidate must satisfy to pass it, so search
 * engines can filter before ranking and count exclusions per rule. It agrees with `assessPair`:
 * a candidate satisfies every condition exactly when the pair is not blocked, and each condition
 * exactly when its rule does not block.
 */
export function matchEligibility(vacancy: MatchVacancy, ctx: RuleContext): EligibilityCondition[] {
  const { days } = prepare(vacancy, ctx);
  const routes = routeConditions(days);
  const beforeOther = routes.filter((r) => r.route !== 'other-bottleneck').map((r) => r.condition);
  const someRouteBeforeOther = anyCondition(...beforeOther);
  const someRoute = anyCondition(...routes.map((r) => r.condition));
  const otherOpen = days.every((d) => d.routeFacts.otherBottleneck.available);
  const otherRouteExposed = !otherOpen || exposureOn(vacancy, days[0].today).complete;
  const eachDay = (condition: (d: (typeof days)[number]) => CandidateCondition) =>
    allConditions(...days.map(condition));
  return [
    { ruleId: CONSENT.id, condition: consentCondition },
    { ruleId: FR_11.id, condition: someRoute },
    // FM-02 blocks a recorded protection that lapses by the start when no permit route is open.
    { ruleId: FM_02.id, condition: anyCondition(negate(temporaryProtectionRecorded), someRoute) },
    { ruleId: WHO_01.id, condition: eachDay((d) => who01Condition(d.reference)) },
    { ruleId: BE_07.id, condition: be07Condition(days[0].reference) },
    // CM-01 blocks only pairs on the "other" route: those with no earlier route.
    { ruleId: CM_01.id, condition: otherRouteExposed ? { kind: 'always' } : someRouteBeforeOther },
    { ruleId: CM_02.id, condition: eachDay((d) => cm02Condition(d.reference)) },
  ];
}
