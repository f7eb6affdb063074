import type { CandidateDocument } from '../../shared/search/candidate-document.js';
import type { Taxonomy } from '../../shared/taxonomy/taxonomy.js';
import type { Occupation } from '../../shared/taxonomy/taxonomy-types.js';
import type { DemoVacancy } from './demo-pool.js';
import { sample, seededRandom } from './synthetic-pool.js';

/**
 * The demo pool in a whole ESCO vocabulary, for matching at ESCO's size: each demo candidate
 * also holds the skills of one loaded occupation in each ISCO group they worked in (80% of its
 * essential skills and 35% of its optional ones, as the demo generator draws them), and each
 * demo vacancy also requires 2–4 essential skills of a loaded occupation in its group. With a
 * full ESCO import the index then holds thousands of distinct skill ids with long-tail postings,
 * as a deployment on ESCO would; the demo's own skills, rings, languages and rules stay as they are.
 */
export function inTaxonomyVocabulary(
  options: { readonly pool: readonly CandidateDocument[]; readonly vacancies: readonly DemoVacancy[] },
  taxonomy: Taxonomy,
  seed: number,
): { pool: CandidateDocument[]; vacancies: DemoVacancy[] } {
  const random = seededRandom(seed);
  const chance = (p: number) => random() < p;
  const occupationIn = (isco: string): Occupation | undefined => {
    const loaded = taxonomy.occupationsInIsco(isco).filter((o) => o.essentialSkills.length > 0);
    return loaded[Math.floor(random() * loaded.length)];
  };

  const pool = options.pool.map((doc) => {
    const skills = new Set(doc.skills);
    for (const isco of doc.occupations) {
      const occupation = occupationIn(isco);
      if (!occupation) continue;
      for (const id of occupation.essentialSkills) if (chance(0.8)) skills.add(id);
      for (const id of occupation.optionalSkills) if (chance(0.35)) skills.add(id);
    }
    const added = [...skills].filter((id) => !doc.skills.includes(id));
    return {
      ...doc,
      skills: [...skills],
      skillText: [...new Set([...doc.skillText, ...added.map((id) => taxonomy.skillLabel(id))])],
    };
  });

  const vacancies = options.vacancies.map((vacancy) => {
    const occupation = occupationIn(vacancy.profile.occupation);
    if (!occupation) return vacancy;
    const extra = sample(random, occupation.essentialSkills, 2 + Math.floor(random() * 3));
    const requiredSkills = [...new Set([...vacancy.profile.requiredSkills, ...extra])].sort();
    const required = new Set(requiredSkills);
    return {
      ...vacancy,
      profile: {
        ...vacancy.profile,
        requiredSkills,
        optionalSkills: vacancy.profile.optionalSkills.filter((s) => !required.has(s)),
      },
    };
  });
  return { pool, vacancies };
}
