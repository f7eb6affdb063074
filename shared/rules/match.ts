import { FREE_MOVEMENT_COUNTRIES } from '../domain/countries.js';
import { anyOf, type CandidateCondition } from '../search/candidate-condition.js';
import type { CandidateDocument } from '../search/candidate-document.js';
import { inCatalogueOrder } from './catalogue.js';
import { CM_01, EXPOSURE_PAIR_RULES, exposureOn } from './concentric-exposure.js';
import { allConditions, anyCondition, never, when } from './conditions.js';
import { CONSENT, CONSENT_PAIR_RULES, consentCondition } from './consent.js';
import { yearOf } from './dates.js';
import {
  assessDiplomaRecognition,
  BE_07,
  be07Condition,
  DIPLOMA_PAIR_RULES,
  type DiplomaRecognitionAssessment,
} from './diploma-recognition.js';
import type { DocumentCode } from './documents.js';
import { FAIR_RECRUITMENT_PAIR_RULES } from './fair-recruitment-rules.js';
import {
  BLUE_CARD_MIN_ISCED,
  chooseRoute,
  documentsFor,
  HIGHLY_SKILLED_MIN_ISCED,
  type MigrationRoute,
  REDUCED_THRESHOLD_MAX_AGE,
  type VacancyRouteFacts,
  vacancyRouteFacts,
} from './migration-routes.js';
import { AGREEMENT_PAIR_RULES, CM_02, cm02Condition } from './partner-agreement.js';
import { FR_11, ROUTE_PAIR_RULES } from './route-rules.js';
import { isBlocking, type LocalizedText, type RuleDecision, runRule, type StageRule } from './rule.js';
import type { MatchVacancy, PairReference, PairView, RuleContext } from './views.js';
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

interface PreparedVacancy {
  readonly vacancy: MatchVacancy;
  readonly today: string;
  readonly reference: PairReference;
  readonly routeFacts: VacancyRouteFacts;
}

/** Everything that depends on the vacancy and the date only, looked up once. */
function prepare(vacancy: MatchVacancy, ctx: RuleContext): PreparedVacancy {
  const { today, data } = ctx;
  const isco = vacancy.occupation.isco;
  const profession = data.regulatedProfession(isco);
  const agreements = data.activeAgreements(today, isco);
  const reference: PairReference = {
    salaryThresholds: data.salaryThresholds(today) ?? null,
    mediumSkilled: data.isMediumSkilledListed(isco, today),
    temporaryProtectionEnd: data.temporaryProtectionEnd(),
    regulatedProfession: profession ? { healthProfession: profession.healthProfession } : null,
    healthOccupation: data.isHealthOccupation(isco),
    whoSafeguardCountries: data.whoSafeguardCountries(),
    whoLiftingAgreements: agreements
      .filter((a) => a.liftsWho01)
      .map((a) => ({ id: a.id, country: a.country })),
    partnerAgreements: agreements.map((a) => ({ id: a.id, country: a.country })),
  };
  return {
    vacancy,
    today,
    reference,
    routeFacts: vacancyRouteFacts(vacancy, vacancy.bottleneck, today, reference),
  };
}

function assessPrepared(p: PreparedVacancy, candidate: CandidateDocument): PairAssessment {
  const { vacancy, today, reference, routeFacts } = p;
  const choice = chooseRoute(routeFacts, vacancy, candidate, today, reference.temporaryProtectionEnd);
  const view: PairView = { ...vacancy, today, candidate, reference, routeFacts, route: choice.route };
  const decisions = PAIR_RULES.map((rule) => runRule(rule, view));
  const blockingRuleIds = decisions.filter(isBlocking).map((d) => d.ruleId);
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
 * Assesses one candidate for a stored vacancy on `ctx.today`: the migration route and why, the
 * documents it needs, diploma recognition, and every match-time rule's decision.
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

/** The candidate conditions under which each route is open (built from vacancy facts only). */
function routeConditions(p: PreparedVacancy) {
  const { routeFacts: f, reference, today } = p;
  const freeMovement = anyOf('nationalities', [...FREE_MOVEMENT_COUNTRIES].sort());
  const temporaryProtection = when(
    today <= reference.temporaryProtectionEnd,
    allConditions(anyOf('nationalities', ['UA']), {
      kind: 'dateOnOrAfter',
      field: 'temporaryProtectionUntil',
      date: today,
    }),
  );
  const bc = f.blueCard;
  const blueCard = when(bc.thresholdEur !== null && bc.contractOk && bc.salaryOk, {
    kind: 'range',
    field: 'educationLevel',
    gte: BLUE_CARD_MIN_ISCED,
  });
  const hs = f.highlySkilled;
  const educated: CandidateCondition = {
    kind: 'range',
    field: 'educationLevel',
    gte: HIGHLY_SKILLED_MIN_ISCED,
  };
  const young: CandidateCondition = {
    kind: 'range',
    field: 'birthYear',
    gte: yearOf(today) - REDUCED_THRESHOLD_MAX_AGE,
  };
  const highlySkilled =
    f.thresholds === null || !hs.jobLevelOk
      ? never
      : hs.meetsNormal || (hs.meetsReduced && hs.reducedByOccupation)
        ? educated
        : hs.meetsReduced
          ? allConditions(educated, young)
          : never;
  return {
    beforeOther: [
      freeMovement,
      temporaryProtection,
      blueCard,
      highlySkilled,
      when(f.mediumSkilled.available),
    ],
    other: when(f.otherBottleneck.available),
  };
}

/**
 * The condition under which each permit route is open for this vacancy, in MIGRATION_ROUTES
 * order ('none' left out): a candidate takes the first route whose condition they satisfy, as
 * `chooseRoute` does. For filters that depend on the route (the earliest start date).
 */
export function routeOpenConditions(
  vacancy: MatchVacancy,
  ctx: RuleContext,
): readonly { readonly route: Exclude<MigrationRoute, 'none'>; readonly condition: CandidateCondition }[] {
  const routes = routeConditions(prepare(vacancy, ctx));
  const [freeMovement, temporaryProtection, blueCard, highlySkilled, mediumSkilled] = routes.beforeOther;
  return [
    { route: 'eu-free-movement', condition: freeMovement ?? never },
    { route: 'temporary-protection', condition: temporaryProtection ?? never },
    { route: 'eu-blue-card', condition: blueCard ?? never },
    { route: 'highly-skilled', condition: highlySkilled ?? never },
    { route: 'medium-skilled-bottleneck', condition: mediumSkilled ?? never },
    { route: 'other-bottleneck', condition: routes.other },
  ];
}

/**
 * For each blocking match-time rule, the condition a candidate must satisfy to pass it, so search
 * engines can filter before ranking and count exclusions per rule. It agrees with `assessPair`:
 * a candidate satisfies every condition exactly when the pair is not blocked, and each condition
 * exactly when its rule does not block.
 */
export function matchEligibility(vacancy: MatchVacancy, ctx: RuleContext): EligibilityCondition[] {
  const p = prepare(vacancy, ctx);
  const routes = routeConditions(p);
  const someRouteBeforeOther = anyCondition(...routes.beforeOther);
  const otherRouteExposed = !p.routeFacts.otherBottleneck.available || exposureOn(vacancy, p.today).complete;
  return [
    { ruleId: CONSENT.id, condition: consentCondition },
    { ruleId: FR_11.id, condition: anyCondition(someRouteBeforeOther, routes.other) },
    { ruleId: WHO_01.id, condition: who01Condition(p.reference) },
    { ruleId: BE_07.id, condition: be07Condition(p.reference) },
    // CM-01 blocks only pairs on the "other" route: those with no earlier route.
    { ruleId: CM_01.id, condition: otherRouteExposed ? { kind: 'always' } : someRouteBeforeOther },
    { ruleId: CM_02.id, condition: cm02Condition(p.reference) },
  ];
}
