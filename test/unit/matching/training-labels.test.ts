import { describe, expect, it } from 'vitest';
import { explainMatch, trainingProgramme } from '../../../shared/matching/explanation.js';
import type { ScoreBreakdown } from '../../../shared/matching/score-model.js';
import { TRANSLATED_MODULES, trainingModuleLabel } from '../../../shared/matching/training-module-labels.js';
import { builtInTaxonomy } from '../../../shared/taxonomy/built-in-taxonomy.js';
import { SKILLS } from '../../../shared/taxonomy/skills-data.js';

const taxonomy = builtInTaxonomy();
const missing = (...keys: string[]): ScoreBreakdown => ({
  score: 0,
  factors: [],
  matchedRequired: [],
  missingRequired: keys,
  matchedOptional: [],
  missingOptional: [],
  languageGaps: [],
});
const ready = { readinessCivic: 2, readinessSoftSkills: 2, technicalModules: [] };

describe('training module labels in the locale asked, English otherwise', () => {
  it.each([
    ['vca-basic-safety', 'en', 'VCA basic safety'],
    ['vca-basic-safety', 'nl', 'VCA basisveiligheid'],
    ['vca-basic-safety', 'fr', 'VCA sécurité de base'],
    ['code-95', 'nl', 'Code 95 vakbekwaamheid chauffeur'],
    ['welding-tig', 'fr', 'Certification soudage TIG'],
  ] as const)('%s in %s → %s, under a key that does not change', (skill, locale, label) => {
    const [need] = explainMatch(missing(skill), ready, taxonomy, locale).training;
    expect(need).toEqual({
      kind: 'technical-module',
      key: `module:${taxonomy.trainingModule(skill)}`,
      label,
    });
  });

  it('aggregates the programme by key, with the locale’s label', () => {
    const nl = explainMatch(missing('vca-basic-safety'), ready, taxonomy, 'nl');
    expect(trainingProgramme([nl, nl])).toEqual([
      {
        key: 'module:VCA basic safety',
        label: 'VCA basisveiligheid',
        kind: 'technical-module',
        candidates: 2,
      },
    ]);
  });

  it('falls back to the English name for a module without a translation', () => {
    expect(trainingModuleLabel('Offshore survival', 'nl')).toBe('Offshore survival');
  });

  it('translates exactly the modules of the built-in taxonomy, into Dutch and French', () => {
    const modules = [...new Set(SKILLS.flatMap((s) => (s.trainingModule ? [s.trainingModule] : [])))].sort();
    expect([...TRANSLATED_MODULES].sort()).toEqual(modules);
    const untranslated = modules.filter(
      (m) => trainingModuleLabel(m, 'nl') === m && trainingModuleLabel(m, 'fr') === m,
    );
    expect(untranslated).toEqual([]);
  });
});
