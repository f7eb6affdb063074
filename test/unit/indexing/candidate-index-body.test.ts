import { describe, expect, it } from 'vitest';
import {
  CANDIDATE_INDEX_VERSION,
  candidateIndexBody,
  candidateIndexName,
} from '../../../shared/adapters/opensearch/candidate-index.js';
import { MATCHING_MAPPING_PROPERTIES } from '../../../shared/adapters/opensearch/opensearch-mapping-requirements.js';
import {
  SKILL_TEXT_ANALYZERS,
  SKILL_TEXT_LANGUAGES,
} from '../../../shared/adapters/opensearch/skill-text-analysis.js';

const body = candidateIndexBody();
const analyzers = body.settings.analysis.analyzer;

describe('candidate index body', () => {
  it('is strict at the root and maps any language code to a byte', () => {
    expect(body.mappings.dynamic).toBe('strict');
    expect(body.mappings.properties.languages.dynamic).toBe(true);
    expect(body.mappings.dynamic_templates).toEqual([
      { languages_cefr: { path_match: 'languages.*', mapping: { type: 'byte' } } },
    ]);
  });

  it('holds every field the match query needs, as matching declares it', () => {
    for (const [field, mapping] of Object.entries(MATCHING_MAPPING_PROPERTIES)) {
      if (field === 'languages') continue;
      expect(body.mappings.properties[field as keyof typeof body.mappings.properties], field).toEqual(
        mapping,
      );
    }
    expect(body.mappings.properties.languages.properties).toEqual(
      MATCHING_MAPPING_PROPERTIES.languages.properties,
    );
  });

  it('reads skillText folded, and stemmed per language on its sub-fields', () => {
    const skillText = body.mappings.properties.skillText;
    expect(skillText).toEqual({
      type: 'text',
      analyzer: 'skill_text',
      fields: Object.fromEntries(
        SKILL_TEXT_LANGUAGES.map((l) => [l, { type: 'text', analyzer: `skill_text_${l}` }]),
      ),
    });
    expect(analyzers[SKILL_TEXT_ANALYZERS.index]?.filter).toEqual(['lowercase', 'asciifolding']);
    for (const language of SKILL_TEXT_LANGUAGES) {
      expect(analyzers[SKILL_TEXT_ANALYZERS.indexFor(language)]?.filter).toEqual([
        'lowercase',
        'asciifolding',
        `skill_stem_${language}`,
      ]);
    }
    expect((body.settings.analysis.filter as Record<string, unknown>).skill_stem_fr).toEqual({
      type: 'stemmer',
      language: 'light_french',
    });
  });

  // Labels and synonyms resolve to concept ids when a document or a query is written, so the
  // settings do not grow with the taxonomy: a full ESCO import inline would be hundreds of
  // thousands of synonym rules.
  it('holds no synonym list: the analysis names only folding and stemming filters', () => {
    const filters = body.settings.analysis.filter as Record<string, { type: string }>;
    expect(Object.values(filters).map((f) => f.type)).toEqual(SKILL_TEXT_LANGUAGES.map(() => 'stemmer'));
    expect(JSON.stringify(body.settings)).not.toMatch(/synonym/);
    expect(JSON.stringify(body.settings).length).toBeLessThan(2_000);
  });

  it('keeps delete tombstones for as long as the stream retries', () => {
    expect(body.settings.index.gc_deletes).toBe('24h');
  });

  it('loads without refreshes or replicas, and serves with them', () => {
    expect(candidateIndexBody({ bulkLoad: true }).settings.index).toMatchObject({
      refresh_interval: '-1',
      number_of_replicas: 0,
    });
    expect(body.settings.index).toMatchObject({ refresh_interval: '1s', auto_expand_replicas: '0-1' });
  });

  it('names indices by alias, version and a lower-case suffix', () => {
    expect(candidateIndexName('candidates', 'initial')).toBe(
      `candidates-v${CANDIDATE_INDEX_VERSION}-initial`,
    );
    expect(candidateIndexName('candidates')).toMatch(
      new RegExp(`^candidates-v${CANDIDATE_INDEX_VERSION}-\\d{8}t\\d{9}z$`),
    );
  });
});
