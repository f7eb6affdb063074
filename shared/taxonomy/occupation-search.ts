import { sectorOfIsco } from './esco-sectors.js';
import { normaliseTerm } from './normalise.js';
import type { Taxonomy } from './taxonomy.js';
import type { Occupation } from './taxonomy-types.js';

/** One hit: a curated or ESCO occupation, or an ISCO-08 unit group no loaded occupation is filed under. */
export type OccupationHit = Occupation & { readonly kind: 'occupation' | 'isco-unit-group' };

/**
 * Occupation search over everything a vacancy may be coded in: every loaded occupation
 * (curated, and ESCO's when an artifact is loaded) by ISCO code, ESCO URI, label or
 * alternative title in any loaded language, and every ISCO-08 unit group by code or title,
 * so a code the API accepts (4110, general office clerks) is always findable. Curated
 * occupations come first, then ESCO's, then bare unit groups; within each, in load order.
 */
export function searchOccupations(taxonomy: Taxonomy, q: string | undefined, limit: number): OccupationHit[] {
  const uri = q?.trim();
  if (uri && /^https?:\/\//.test(uri)) {
    // An ESCO URI names one occupation (or, obsolete, its replacement): exact, never a substring.
    const occupation = taxonomy.occupationByEsco(uri);
    return occupation ? [{ ...occupation, kind: 'occupation' }] : [];
  }
  const needle = q ? normaliseTerm(q) : '';
  const hits: OccupationHit[] = [];
  for (const occupation of taxonomy.occupations()) {
    if (hits.length >= limit) return hits;
    if (!needle || searchText(taxonomy, occupation).includes(needle))
      hits.push({ ...occupation, kind: 'occupation' });
  }
  for (const [isco, title] of taxonomy.iscoUnitGroups()) {
    if (hits.length >= limit) return hits;
    if (taxonomy.occupationsInIsco(isco).length > 0) continue;
    if (needle && !`${isco}\u0000${normaliseTerm(title)}`.includes(needle)) continue;
    const labels = { en: title, nl: title, fr: title };
    hits.push({
      isco,
      labels,
      sector: sectorOfIsco(isco),
      essentialSkills: [],
      optionalSkills: [],
      kind: 'isco-unit-group',
    });
  }
  return hits;
}

const searchTexts = new WeakMap<Occupation, string>();

/** Every code and title of an occupation, normalised and joined once, then reused per query. */
function searchText(taxonomy: Taxonomy, occupation: Occupation): string {
  let text = searchTexts.get(occupation);
  if (text === undefined) {
    const synonyms = occupation.synonyms ? Object.values(occupation.synonyms).flat() : [];
    const titles = [
      ...Object.values(occupation.labels),
      ...synonyms,
      taxonomy.iscoTitle(occupation.isco) ?? '',
    ];
    text = [occupation.isco, occupation.esco ?? '', ...titles.map(normaliseTerm)].join('\u0000');
    searchTexts.set(occupation, text);
  }
  return text;
}
