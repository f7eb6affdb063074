import { generateCandidates, generateVacancies } from '../../shared/demo/candidate-generator.js';
import { CandidateInputSchema, type CandidateProfile } from '../../shared/domain/candidate.js';
import { residenceRing } from '../../shared/domain/geography.js';
import { VacancyInputSchema } from '../../shared/domain/vacancy.js';
import type { RuleCondition } from '../../shared/matching/match-engine.js';
import { toMatchProfile, type VacancyMatchProfile } from '../../shared/matching/score-model.js';
import { matchEligibility } from '../../shared/rules/match.js';
import type { ReferenceData } from '../../shared/rules/reference-data.js';
import type { MatchVacancy } from '../../shared/rules/views.js';
import { type CandidateDocument, toCandidateDocument } from '../../shared/search/candidate-document.js';
import { type VacancyStartPlan, vacancyStartPlan } from '../../shared/start-date/vacancy-start.js';
import type { Taxonomy } from '../../shared/taxonomy/taxonomy.js';

/**
 * The demo generator's candidates and vacancies (shared/demo), taken the way the API takes
 * them (schema, taxonomy resolution, ring from residence) and turned into what the engines
 * read: search documents and vacancy match profiles. For the parity test and the benchmark,
 * so both run on realistic data: real taxonomy keys, unmapped free-text skills, partner
 * countries, consent refusals.
 */

const DEMO_UPDATED_AT = '2026-01-15T10:00:00.000Z';

export function demoCandidateDocuments(options: {
  seed: number;
  count: number;
  taxonomy: Taxonomy;
}): CandidateDocument[] {
  const docs: CandidateDocument[] = [];
  let index = 0;
  for (const generated of generateCandidates({ seed: options.seed, count: options.count })) {
    const input = CandidateInputSchema.parse(generated.input);
    const resolved = options.taxonomy.resolveSkills(input.skills, 'skills');
    const profile: CandidateProfile = {
      ...input,
      // Ids shaped like the API's (cand_ + hex), but cheap: the benchmark makes a hundred thousand.
      id: `cand_${(index++).toString(16).padStart(24, '0')}`,
      pes: generated.pes,
      externalId: generated.externalId,
      version: 1,
      createdAt: DEMO_UPDATED_AT,
      updatedAt: DEMO_UPDATED_AT,
      contentHash: '',
      ring: residenceRing(input.residence),
      skills: resolved.skills,
      unmappedSkills: resolved.unmapped,
    };
    docs.push(toCandidateDocument(profile));
  }
  return docs;
}

/** A demo vacancy as the engines are asked to search it. */
export interface DemoVacancy {
  readonly profile: VacancyMatchProfile;
  /** On the bottleneck list on the match date: searched in all four rings. */
  readonly bottleneck: boolean;
  /** The rules' hard filters for this vacancy (`matchEligibility`). */
  readonly conditions: readonly RuleCondition[];
  /** Countries with an active partner agreement covering the occupation: ring 4's scope. */
  readonly partnerCountries: readonly string[];
  /** The vacancy as the rules read it, for filters built from it ("can start by"); absent for synthetic profiles. */
  readonly vacancy?: MatchVacancy;
}

export function demoVacancies(options: {
  seed: number;
  count: number;
  taxonomy: Taxonomy;
  reference: ReferenceData;
  /** ISO date the rules and reference data are evaluated on. */
  today: string;
}): DemoVacancy[] {
  const { taxonomy, reference, today } = options;
  const vacancies: DemoVacancy[] = [];
  for (const raw of generateVacancies({ seed: options.seed, count: options.count })) {
    const input = VacancyInputSchema.parse(raw);
    const isco = input.occupation.isco;
    const resolved = {
      ...input,
      requiredSkills: taxonomy.resolveSkills(input.requiredSkills, 'requiredSkills').skills,
      optionalSkills: taxonomy.resolveSkills(input.optionalSkills, 'optionalSkills').skills,
    };
    const bottleneck = reference.isBottleneck(isco, today).bottleneck;
    vacancies.push({
      profile: toMatchProfile(resolved, { regulated: reference.isRegulated(isco) }),
      bottleneck,
      conditions: matchEligibility({ ...input, bottleneck }, { today, data: reference }),
      partnerCountries: [...new Set(reference.activeAgreements(today, isco).map((a) => a.country))].sort(),
      vacancy: { ...input, bottleneck },
    });
  }
  return vacancies;
}

/** The start plans of the demo vacancies (shared/start-date/vacancy-start.ts), per occupation. */
export function demoStartPlans(
  options: Parameters<typeof demoVacancies>[0],
): Map<string, VacancyStartPlan[]> {
  const { taxonomy, reference, today } = options;
  const byOccupation = new Map<string, VacancyStartPlan[]>();
  for (const v of demoVacancies(options)) {
    if (!v.vacancy) continue;
    const plan = vacancyStartPlan(v.vacancy, v.profile, { today, data: reference }, (s) =>
      taxonomy.trainingModule(s),
    );
    byOccupation.set(v.profile.occupation, [...(byOccupation.get(v.profile.occupation) ?? []), plan]);
  }
  return byOccupation;
}
