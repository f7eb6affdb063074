import type { Locale } from '../domain/codes.js';
import { trainingModuleLabel } from '../matching/training-module-labels.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import type { GapItem } from './qualification.js';

/**
 * An occupation's profile for insight: the essential skills of the taxonomy's occupation filed
 * under the unit group (the first one, the curated entry when ESCO data is layered below it;
 * a union over every ESCO occupation of a unit group would demand skills no single job asks).
 */
export function essentialSkills(taxonomy: Taxonomy, isco: string): readonly string[] {
  return taxonomy.occupation(isco)?.essentialSkills ?? [];
}

/**
 * The training needs an occupation's essential skills can leave, as the match explanation names
 * them: skills taught by one pre-departure module are one need (the module), other skills one
 * need each. Ordered by key, so both engines and the report list them alike.
 */
export function trainingGapItems(taxonomy: Taxonomy, isco: string, locale: Locale = 'en'): GapItem[] {
  const byModule = new Map<string, string[]>();
  const items: GapItem[] = [];
  for (const skill of [...new Set(essentialSkills(taxonomy, isco))].sort()) {
    const module = taxonomy.trainingModule(skill);
    if (module === undefined) {
      items.push({
        key: `skill:${skill}`,
        kind: 'skill',
        label: taxonomy.skillLabel(skill, locale),
        skills: [skill],
      });
      continue;
    }
    const skills = byModule.get(module);
    if (skills) skills.push(skill);
    else byModule.set(module, [skill]);
  }
  for (const [module, skills] of byModule) {
    items.push({
      key: `module:${module}`,
      kind: 'technical-module',
      label: trainingModuleLabel(module, locale),
      skills,
      module,
    });
  }
  return items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
