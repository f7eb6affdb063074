import { builtInVersion } from './built-in-version.js';
import { parseImportedTaxonomy } from './imported-taxonomy.js';
import { OCCUPATIONS } from './occupations-data.js';
import { SKILLS } from './skills-data.js';
import { Taxonomy } from './taxonomy.js';
import { type CuratedLayer, IMPORTED_TAXONOMY_FORMAT, type ImportedTaxonomy } from './taxonomy-types.js';

/**
 * The curated vocabulary straight from its data tables, for tests, scripts and the artifact
 * writers. Deployed code never imports this module: a function loads the taxonomy artifact
 * (`shared/composition/taxonomy-loading.ts`), so the tables stay out of every bundle
 * (test/infra/bundle-budget.test.ts).
 */

let builtIn: Taxonomy | undefined;

/** The curated vocabulary alone. Built once per process. */
export function builtInTaxonomy(): Taxonomy {
  builtIn ??= Taxonomy.fromArtifact(builtInArtifact());
  return builtIn;
}

export function curatedLayer(): CuratedLayer {
  return { version: builtInVersion(), occupations: OCCUPATIONS, skills: SKILLS };
}

/** The artifact of the curated vocabulary alone: what `scripts/esco-built-in.ts` writes. */
export function builtInArtifact(): ImportedTaxonomy {
  return {
    format: IMPORTED_TAXONOMY_FORMAT,
    version: builtInVersion(),
    source: { kind: 'built-in', languages: ['en', 'nl', 'fr'], relationsLayout: 'none' },
    occupations: OCCUPATIONS,
    skills: SKILLS,
    replacements: {},
  };
}

/** An imported artifact with the curated vocabulary embedded above it: what a deployment loads. */
export function withCuratedLayer(imported: ImportedTaxonomy): ImportedTaxonomy {
  return { ...imported, curated: curatedLayer() };
}

/** The taxonomy a deployment serves from this imported artifact (`withCuratedLayer`, loaded). */
export function withBuiltIn(json: unknown): Taxonomy {
  return Taxonomy.fromArtifact(withCuratedLayer(parseImportedTaxonomy(json)));
}
