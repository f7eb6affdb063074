import { beforeAll, describe, expect, it } from 'vitest';
import { demoCandidateDocuments, demoVacancies } from '../../../scripts/data/demo-pool.js';
import { FULL_SIZE, FullSizeDownload } from '../../../scripts/esco/full-size-download.js';
import { EmbeddedCandidateSearch } from '../../../shared/adapters/embedded-search/embedded-candidate-search.js';
import { DEFAULT_MATCH_WEIGHTS } from '../../../shared/matching/score-model.js';
import { defaultReferenceData } from '../../../shared/rules/reference-data.js';
import { builtInTaxonomy, withBuiltIn } from '../../../shared/taxonomy/built-in-taxonomy.js';
import { type EscoImportStats, importEsco } from '../../../shared/taxonomy/esco-csv.js';
import type { Taxonomy } from '../../../shared/taxonomy/taxonomy.js';
import type { ImportedTaxonomy } from '../../../shared/taxonomy/taxonomy-types.js';

/**
 * ESCO at its real size (the synthetic full-size download, five languages): the import holds
 * every concept and relation, and matching the demo data on a taxonomy loaded from it gives
 * exactly what the built-in taxonomy gives.
 */
describe('a full-size ESCO import', () => {
  const download = new FullSizeDownload(1, 'v1.2');
  const builtIn = builtInTaxonomy();
  let artifact: ImportedTaxonomy;
  let stats: EscoImportStats;
  let loaded: Taxonomy;
  beforeAll(async () => {
    ({ taxonomy: artifact, stats } = await importEsco(download.asDownload(), { escoVersion: '1.2.0' }));
    // Through JSON, as a deployment reads the artifact.
    loaded = withBuiltIn(JSON.parse(JSON.stringify(artifact)));
  }, 240_000);

  it('imports every skill, occupation and relation in five languages', () => {
    expect(stats).toMatchObject({
      languages: ['en', 'ar', 'de', 'fr', 'nl'],
      relationsLayout: 'v1.2',
      skills: FULL_SIZE.skills,
      occupations: FULL_SIZE.occupations,
      skippedRelations: 0,
    });
    expect(stats.essentialRelations + stats.optionalRelations).toBe(FULL_SIZE.relations);
    // The curated concepts with an ESCO URI are folded in: their ids stay, the rest are ESCO's.
    const curatedWithUri = builtIn.skills().filter((s) => s.esco).length;
    expect(loaded.skills().length).toBe(builtIn.skills().length + FULL_SIZE.skills - curatedWithUri);
  });

  it('resolves a generated German and Arabic label to its concept', () => {
    const skill = artifact.skills.find(
      (s) => !builtIn.skillByEsco(s.esco ?? ''),
    ) as ImportedTaxonomy['skills'][number];
    expect(loaded.skillByLabel(skill.labels.de as string)?.esco).toBe(skill.esco);
    expect(loaded.skillByLabel(skill.labels.ar as string)?.esco).toBe(skill.esco);
  });

  it('ranks the demo data exactly as the built-in taxonomy does', async () => {
    const rank = async (taxonomy: Taxonomy) => {
      const engine = new EmbeddedCandidateSearch(demoCandidateDocuments({ seed: 41, count: 1500, taxonomy }));
      const vacancies = demoVacancies({
        seed: 42,
        count: 12,
        taxonomy,
        reference: defaultReferenceData,
        today: '2026-03-01',
      });
      const results = [];
      for (const vacancy of vacancies) {
        for (const ring of [1, 2, 3, 4] as const) {
          const result = await engine.rank({
            profile: vacancy.profile,
            weights: DEFAULT_MATCH_WEIGHTS,
            ring: { ring },
            conditions: vacancy.conditions,
            topK: 20,
          });
          results.push({
            hits: result.hits.map((h) => [h.id, h.score]),
            total: result.total,
            exclusions: result.exclusions,
          });
        }
      }
      return results;
    };
    const expected = await rank(builtIn);
    expect(expected.filter((r) => r.hits.length > 0).length).toBeGreaterThan(10);
    expect(await rank(loaded)).toEqual(expected);
  }, 120_000);
});
