import { cefrFromOrdinal, type Locale } from '../domain/codes.js';
import type { CandidateDocument } from '../search/candidate-document.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { ScoreBreakdown } from './score-model.js';
import { trainingModuleLabel } from './training-module-labels.js';

/**
 * Why a candidate matches and what would close the gap (the PALIM and THAMM pilots: train before departure —
 * Dutch, civic orientation, soft skills, and the technical modules employers ask for).
 */
export interface TrainingNeed {
  readonly kind: 'dutch' | 'language' | 'civic-orientation' | 'soft-skills' | 'technical-module' | 'skill';
  /** Stable key for aggregation, e.g. `dutch:B1`, `module:VCA basic safety`. */
  readonly key: string;
  readonly label: string;
}

/** A skill in an explanation as a concept: the key matching compared, its label, its ESCO URI. */
export interface SkillConcept {
  readonly key: string;
  readonly label: string;
  /** Absent for a skill ESCO has no concept for, and for free text the taxonomy could not map. */
  readonly esco?: string | undefined;
}

export interface MatchExplanation {
  readonly matchedSkills: readonly string[];
  readonly missingSkills: readonly string[];
  readonly matchedOptionalSkills: readonly string[];
  readonly missingOptionalSkills: readonly string[];
  readonly languageGaps: readonly { language: string; required: string; actual: string | null }[];
  readonly training: readonly TrainingNeed[];
  /** The same four skill lists as concepts, so a partner reads them in ESCO URIs. */
  readonly skillConcepts: {
    readonly matched: readonly SkillConcept[];
    readonly missing: readonly SkillConcept[];
    readonly matchedOptional: readonly SkillConcept[];
    readonly missingOptional: readonly SkillConcept[];
  };
}

const CIVIC = {
  en: 'Civic orientation course',
  nl: 'Cursus maatschappelijke oriëntatie',
  fr: "Cours d'orientation civique",
};
const SOFT = {
  en: 'Soft-skills training (time management, communication)',
  nl: 'Training soft skills (timemanagement, communicatie)',
  fr: 'Formation aux compétences douces (gestion du temps, communication)',
};
const DUTCH = {
  en: 'Dutch course to level',
  nl: 'Cursus Nederlands tot niveau',
  fr: "Cours de néerlandais jusqu'au niveau",
};
const LANGUAGE = { en: 'Language course', nl: 'Taalcursus', fr: 'Cours de langue' };
const SKILL = { en: 'Training in', nl: 'Opleiding', fr: 'Formation' };

export function explainMatch(
  breakdown: ScoreBreakdown,
  candidate: Pick<CandidateDocument, 'readinessCivic' | 'readinessSoftSkills' | 'technicalModules'>,
  taxonomy: Taxonomy,
  locale: Locale,
): MatchExplanation {
  const label = (key: string) => taxonomy.skillLabel(key, locale);
  const concept = (key: string): SkillConcept => {
    const esco = taxonomy.skill(key)?.esco;
    return esco === undefined ? { key, label: label(key) } : { key, label: label(key), esco };
  };
  const training: TrainingNeed[] = [];
  for (const gap of breakdown.languageGaps) {
    const level = cefrFromOrdinal(gap.required) ?? 'A1';
    training.push(
      gap.language === 'nl'
        ? { kind: 'dutch', key: `dutch:${level}`, label: `${DUTCH[locale]} ${level}` }
        : {
            kind: 'language',
            key: `language:${gap.language}:${level}`,
            label: `${LANGUAGE[locale]} ${gap.language.toUpperCase()} ${level}`,
          },
    );
  }
  if (candidate.readinessCivic < 2)
    training.push({ kind: 'civic-orientation', key: 'civic-orientation', label: CIVIC[locale] });
  if (candidate.readinessSoftSkills < 2)
    training.push({ kind: 'soft-skills', key: 'soft-skills', label: SOFT[locale] });
  const modulesTaken = new Set(candidate.technicalModules);
  const modules = new Set<string>();
  for (const key of breakdown.missingRequired) {
    const module = taxonomy.trainingModule(key);
    if (module && !modulesTaken.has(module)) modules.add(module);
    else if (!module)
      training.push({ kind: 'skill', key: `skill:${key}`, label: `${SKILL[locale]}: ${label(key)}` });
  }
  for (const module of modules)
    training.push({
      kind: 'technical-module',
      key: `module:${module}`,
      label: trainingModuleLabel(module, locale),
    });
  return {
    matchedSkills: breakdown.matchedRequired.map(label),
    missingSkills: breakdown.missingRequired.map(label),
    matchedOptionalSkills: breakdown.matchedOptional.map(label),
    missingOptionalSkills: breakdown.missingOptional.map(label),
    languageGaps: breakdown.languageGaps.map((g) => ({
      language: g.language,
      required: cefrFromOrdinal(g.required) ?? 'A1',
      actual: cefrFromOrdinal(g.actual) ?? null,
    })),
    training,
    skillConcepts: {
      matched: breakdown.matchedRequired.map(concept),
      missing: breakdown.missingRequired.map(concept),
      matchedOptional: breakdown.matchedOptional.map(concept),
      missingOptional: breakdown.missingOptional.map(concept),
    },
  };
}

/** The training programme for a vacancy: each need, with how many matched candidates have it. */
export function trainingProgramme(
  explanations: readonly MatchExplanation[],
): { key: string; label: string; kind: string; candidates: number }[] {
  const byKey = new Map<string, { key: string; label: string; kind: string; candidates: number }>();
  for (const explanation of explanations) {
    for (const need of explanation.training) {
      const entry = byKey.get(need.key) ?? {
        key: need.key,
        label: need.label,
        kind: need.kind,
        candidates: 0,
      };
      entry.candidates += 1;
      byKey.set(need.key, entry);
    }
  }
  return [...byKey.values()].sort((a, b) => b.candidates - a.candidates || (a.key < b.key ? -1 : 1));
}
