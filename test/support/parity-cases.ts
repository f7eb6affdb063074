import type { DemoVacancy } from '../../scripts/data/demo-pool.js';
import type { RankRequest, RuleCondition } from '../../shared/matching/match-engine.js';
import {
  DEFAULT_MATCH_WEIGHTS,
  type MatchWeights,
  type VacancyMatchProfile,
} from '../../shared/matching/score-model.js';
import { defaultReferenceData } from '../../shared/rules/reference-data.js';
import { anyOf, not, or } from '../../shared/search/candidate-condition.js';
import { vacancyStartPlan } from '../../shared/start-date/vacancy-start.js';
import type { Taxonomy } from '../../shared/taxonomy/taxonomy.js';

/**
 * The searches test/opensearch/matching-parity.test.ts asks both engines: the synthetic pool's
 * vacancies with rule conditions and weights that vary, and the demo pool's vacancies with their
 * own conditions, alone and with a start date.
 */

export interface NamedRequest {
  readonly name: string;
  readonly request: RankRequest;
}

const WHO_LIST = ['NG', 'SN', 'PK', 'BD', 'GH'];
export const consent: RuleCondition = {
  ruleId: 'CONSENT',
  condition: { kind: 'flag', field: 'consentMatching', value: true },
};
const who: RuleCondition = { ruleId: 'WHO-01', condition: not(anyOf('country', WHO_LIST)) };
const protection: RuleCondition = {
  ruleId: 'FM-02',
  condition: or(not(anyOf('country', ['UA'])), {
    kind: 'dateOnOrAfter',
    field: 'temporaryProtectionUntil',
    date: '2026-06-01',
  }),
};
export const diploma: RuleCondition = {
  ruleId: 'BE-07',
  condition: not(anyOf('diplomaRecognition', ['refused'])),
};
const education: RuleCondition = {
  ruleId: 'BE-03',
  condition: { kind: 'range', field: 'educationLevel', gte: 4 },
};

/** Conditions vary with the vacancy, as the rules would set them. */
function conditionsFor(i: number, regulated: boolean): RuleCondition[] {
  const conditions = [consent, protection];
  if (regulated) conditions.push(who, diploma);
  if (i % 3 === 0) conditions.push(education);
  return conditions;
}

const WEIGHT_VARIANTS: MatchWeights[] = [
  DEFAULT_MATCH_WEIGHTS,
  {
    requiredSkills: 0.3,
    optionalSkills: 0.05,
    occupation: 0.2,
    language: 0.25,
    experience: 0.1,
    readiness: 0.07,
    diploma: 0.03,
  },
];

/** Every synthetic vacancy profile in every ring. */
export function rankRequests(profiles: readonly VacancyMatchProfile[], topK: number): NamedRequest[] {
  const requests: NamedRequest[] = [];
  profiles.forEach((profile, i) => {
    for (const ring of [1, 2, 3, 4] as const) {
      requests.push({
        name: `vacancy ${i} (${profile.occupation}) ring ${ring}`,
        request: {
          profile,
          weights: WEIGHT_VARIANTS[i % WEIGHT_VARIANTS.length] as MatchWeights,
          ring:
            ring === 4
              ? { ring, countries: i % 4 === 0 ? ['MA', 'TN'] : ['MA', 'TN', 'NG', 'IN', 'UA', 'PH'] }
              : { ring },
          conditions: conditionsFor(i, profile.regulated),
          // Now and then as an employment service, which sees only its own candidates.
          pes: i % 7 === 3 ? { 1: 'VDAB', 2: 'ACTIRIS', 3: 'UWV', 4: 'ANAPEC' }[ring] : undefined,
          topK,
        },
      });
    }
  });
  return requests;
}

/**
 * Every ring, whether or not the vacancy is a bottleneck one: parity, not policy, is tested. Ring
 * 4 is searched whole, as the match plan searches it (partner coverage is the CM-02 condition),
 * and for one vacancy in four also narrowed to its agreement countries (the engines' country scope).
 */
export function demoRequests(vacancies: readonly DemoVacancy[], topK: number): NamedRequest[] {
  return vacancies.flatMap((vacancy, i) =>
    ([1, 2, 3, 4] as const).map((ring) => {
      const request: RankRequest = {
        profile: vacancy.profile,
        weights: DEFAULT_MATCH_WEIGHTS,
        ring: ring === 4 && i % 4 === 0 ? { ring, countries: vacancy.partnerCountries } : { ring },
        conditions: vacancy.conditions,
        topK,
      };
      return { name: `demo vacancy ${i} (${vacancy.profile.occupation}) ring ${ring}`, request };
    }),
  );
}

/**
 * "Can start by" (shared/start-date/start-condition.ts) as the match use case adds it: one more
 * filter per ring, built from the vacancy, the ring and the date.
 */
export function startRequests(
  vacancies: readonly DemoVacancy[],
  taxonomy: Taxonomy,
  today: string,
  topK: number,
): NamedRequest[] {
  return vacancies.flatMap((vacancy, i) => {
    const matchVacancy = vacancy.vacancy;
    if (!matchVacancy) return [];
    const plan = vacancyStartPlan(matchVacancy, vacancy.profile, { today, data: defaultReferenceData }, (s) =>
      taxonomy.trainingModule(s),
    );
    return ([1, 3, 4] as const).flatMap((ring) =>
      ['2026-04-01', '2026-09-01', '2027-03-01'].map((by) => {
        const request: RankRequest = {
          profile: vacancy.profile,
          weights: DEFAULT_MATCH_WEIGHTS,
          ring: { ring },
          conditions: [
            ...vacancy.conditions,
            { ruleId: 'CAN-START-BY', condition: plan.canStartBy(ring, by) },
          ],
          topK,
        };
        return {
          name: `can start by ${by}: demo vacancy ${i} (${vacancy.profile.occupation}) ring ${ring}`,
          request,
        };
      }),
    );
  });
}
