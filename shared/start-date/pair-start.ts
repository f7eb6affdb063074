import type { VacancyMatchProfile } from '../matching/score-model.js';
import type { MigrationRoute } from '../rules/migration-routes.js';
import type { CandidateDocument } from '../search/candidate-document.js';
import type { StartDateInput } from './earliest-start.js';
import type { ModuleGap } from './start-condition.js';

/**
 * What the start date of one (vacancy, candidate) pair reads: the vacancy's Dutch level and the
 * modules its required skills are taught in, the candidate document, and the rules' assessment
 * of the pair (route, recognition). The technical modules are those the match explanation names
 * (shared/matching/explanation.ts): a missing required skill's module, unless already taken.
 */

export interface VacancyStartFacts {
  /** CEFR ordinal of Dutch asked (0 none). */
  readonly dutchRequired: number;
  readonly modules: readonly ModuleGap[];
}

export function vacancyStartFacts(
  profile: Pick<VacancyMatchProfile, 'languages' | 'requiredSkills'>,
  trainingModule: (skill: string) => string | undefined,
): VacancyStartFacts {
  const byModule = new Map<string, string[]>();
  for (const skill of profile.requiredSkills) {
    const module = trainingModule(skill);
    if (module === undefined) continue;
    const skills = byModule.get(module);
    if (skills) skills.push(skill);
    else byModule.set(module, [skill]);
  }
  return {
    dutchRequired: profile.languages.find((l) => l.language === 'nl')?.level ?? 0,
    modules: [...byModule]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([module, skills]) => ({ module, skills })),
  };
}

/** Modules of the vacancy this candidate still needs. */
export function modulesNeeded(
  facts: VacancyStartFacts,
  doc: Pick<CandidateDocument, 'skills' | 'technicalModules'>,
): string[] {
  return facts.modules
    .filter(
      (gap) => !doc.technicalModules.includes(gap.module) && gap.skills.some((s) => !doc.skills.includes(s)),
    )
    .map((gap) => gap.module);
}

export interface PairRuleFacts {
  readonly route: MigrationRoute;
  readonly diplomaRecognition: { readonly required: boolean; readonly status: string };
}

export function pairStartInput(
  today: string,
  facts: VacancyStartFacts,
  doc: CandidateDocument,
  pair: PairRuleFacts,
): StartDateInput {
  return {
    today,
    route: pair.route,
    ring: doc.ring,
    recognition: { required: pair.diplomaRecognition.required, status: pair.diplomaRecognition.status },
    dutch: { current: doc.languages.nl ?? 0, required: facts.dutchRequired },
    civicOrientation: doc.readinessCivic,
    softSkills: doc.readinessSoftSkills,
    technicalModules: modulesNeeded(facts, doc).length,
    availableFrom: doc.availableFrom,
    noticePeriodWeeks: doc.noticePeriodWeeks,
  };
}
