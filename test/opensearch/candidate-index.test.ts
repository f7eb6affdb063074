import { Client } from '@opensearch-project/opensearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  candidateIndexBody,
  candidateIndexPattern,
  createCandidateIndex,
  ensureCandidateIndex,
  indicesBehindAlias,
  swapAlias,
} from '../../shared/adapters/opensearch/candidate-index.js';
import { OpenSearchCandidateSearch } from '../../shared/adapters/opensearch/opensearch-candidate-search.js';
import { SKILL_TEXT_ANALYZERS } from '../../shared/adapters/opensearch/skill-text-analysis.js';
import type { CandidateDocument } from '../../shared/search/candidate-document.js';
import { toCandidateDocument } from '../../shared/search/candidate-document.js';
import { builtInTaxonomy } from '../../shared/taxonomy/built-in-taxonomy.js';
import { opensearchUrl } from '../support/opensearch-url.js';
import { candidateProfile } from '../unit/indexing/candidate-profiles.js';

const alias = `cand-index-test-${process.pid}-${Date.now()}`;
const taxonomy = builtInTaxonomy();
let client: Client;

beforeAll(() => {
  client = new Client({ node: opensearchUrl() });
});

afterAll(async () => {
  await client?.indices.delete({ index: candidateIndexPattern(alias) }, { ignore: [404] });
  await client?.close();
});

const doc = (
  externalId: string,
  labels: string[],
  extra: Partial<CandidateDocument> = {},
): CandidateDocument => ({
  ...toCandidateDocument(candidateProfile(externalId)),
  skillText: labels,
  ...extra,
});

describe('ensureCandidateIndex', () => {
  it('creates one index behind the alias, even when cold starts race', async () => {
    const results = await Promise.all([1, 2, 3, 4].map(() => ensureCandidateIndex(client, alias)));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.index)).size).toBe(1);
    expect(await indicesBehindAlias(client, alias)).toEqual([results[0]?.index]);
    expect(results.every((r) => r.current)).toBe(true);
  });

  it('is idempotent', async () => {
    const before = await indicesBehindAlias(client, alias);
    expect(await ensureCandidateIndex(client, alias)).toMatchObject({
      index: before[0],
      created: false,
    });
    expect(await indicesBehindAlias(client, alias)).toEqual(before);
  });
});

describe('mapping', () => {
  const search = () => new OpenSearchCandidateSearch(client, alias, { refresh: 'wait_for' });

  it('rejects a field it does not know (strict), and any non-numeric language level', async () => {
    const outcomes = await search().write([
      { op: 'upsert', document: { ...doc('STRICT-1', []), fullName: 'Leaked Name' } as CandidateDocument },
      {
        op: 'upsert',
        document: doc('STRICT-2', [], { languages: { nl: 'fluent' } as unknown as Record<string, number> }),
      },
    ]);
    expect(outcomes[0]).toMatchObject({
      status: 'failed',
      retryable: false,
      reason: expect.stringMatching(/strict_dynamic_mapping/),
    });
    expect(outcomes[1]).toMatchObject({
      status: 'failed',
      retryable: false,
      reason: expect.stringMatching(/parsing/),
    });
  });

  it('maps a language code matching has not declared to a byte', async () => {
    const outcomes = await search().write([
      { op: 'upsert', document: doc('LANG-1', [], { languages: { nl: 3, zz: 2 } }) },
    ]);
    expect(outcomes[0]?.status).toBe('applied');
    const { body } = await client.indices.getMapping({ index: alias });
    const [mapping] = Object.values(body) as {
      mappings: { properties: { languages: { properties: Record<string, unknown> } } };
    }[];
    expect(mapping?.mappings.properties.languages.properties.zz).toEqual({ type: 'byte' });
    expect(mapping?.mappings.properties.languages.properties.nl).toEqual({ type: 'byte' });
  });
});

/**
 * Skills across languages by concept id: a profile's skills resolve to ids when it is written,
 * a query's text resolves the same way, and the index holds the ids (`skills`). The analysis
 * holds no synonyms, so `skillText` is searched for the words as written, folded and stemmed.
 */
describe('multilingual skill search', () => {
  const labels: Record<string, string> = {
    'SKILL-NL': 'metselen',
    'SKILL-FR': 'Maçonnerie',
    'SKILL-EN': 'bricklaying',
    'SKILL-WIRING': "elektrische schema's",
  };
  const documents = Object.entries(labels).map(([externalId, label]) => ({
    externalId,
    document: toCandidateDocument(candidateProfile(externalId, { input: { skills: [{ label }] } })),
  }));
  beforeAll(async () => {
    const outcomes = await new OpenSearchCandidateSearch(client, alias, { refresh: 'wait_for' }).write(
      documents.map(({ document }) => ({ op: 'upsert' as const, document })),
    );
    expect(outcomes.every((o) => o.status === 'applied')).toBe(true);
  });

  /** The external ids of the profiles a query finds. */
  async function ids(query: object): Promise<string[]> {
    const { body } = await client.search({ index: alias, body: { query, _source: ['id'] } });
    const found = new Set(body.hits.hits.map((hit) => (hit._source as CandidateDocument).id));
    return documents
      .filter((d) => found.has(d.document.id))
      .map((d) => d.externalId)
      .sort();
  }
  const bySkill = (text: string) => {
    const [skill] = taxonomy.resolveSkills([{ label: text }], 'skills').skills;
    return ids({ term: { skills: skill?.key } });
  };

  it.each(['metselen', 'Metselwerk', 'MAÇONNERIE', 'pose de briques', 'masonry', 'bricklaying'])(
    'a query for "%s" resolves to the concept and finds it written in three languages',
    async (text) => {
      expect(await bySkill(text)).toEqual(['SKILL-EN', 'SKILL-FR', 'SKILL-NL']);
    },
  );

  it('resolves apostrophes as the taxonomy does: "schema\'s" and "schémas électriques" are one concept', async () => {
    expect(await bySkill('schémas électriques')).toEqual(['SKILL-WIRING']);
  });

  it('searches skillText for the labels stored, folded and never expanded', async () => {
    // A resolved skill is stored under its curated label, whatever language it was written in.
    expect(await ids({ match: { skillText: 'BRICKLAYING' } })).toEqual(['SKILL-EN', 'SKILL-FR', 'SKILL-NL']);
    // No synonym list: other words for the concept are not expanded into it.
    expect(await ids({ match: { skillText: 'maconnerie' } })).toEqual([]);
    expect(await ids({ match: { skillText: 'metselen' } })).toEqual([]);
  });

  it('stems on the language sub-fields, and only there', async () => {
    // "bricklayings" is no label: only the English stemmer brings it back to "bricklai".
    expect(await ids({ match: { 'skillText.en': 'bricklayings' } })).toEqual([
      'SKILL-EN',
      'SKILL-FR',
      'SKILL-NL',
    ]);
    expect(await ids({ match: { skillText: 'bricklayings' } })).toEqual([]);
    const tokens = async (analyzer: string, text: string) => {
      const { body } = await client.indices.analyze({ index: alias, body: { analyzer, text } });
      return (body.tokens ?? []).map((t) => t.token);
    };
    // Lower-cased and stemmed in Dutch: "tekening" and "Tekeningen" share the stem "teken".
    expect(await tokens(SKILL_TEXT_ANALYZERS.indexFor('nl'), 'Tekeningen')).toEqual(
      await tokens(SKILL_TEXT_ANALYZERS.indexFor('nl'), 'tekening'),
    );
    expect(await tokens(SKILL_TEXT_ANALYZERS.index, 'Tekeningen')).toEqual(['tekeningen']);
  });

  it('splits apostrophes in the analysis too, so "schema\'s" is two words', async () => {
    const { body } = await client.indices.analyze({
      index: alias,
      body: { analyzer: SKILL_TEXT_ANALYZERS.index, text: "elektrische schema's" },
    });
    expect((body.tokens ?? []).map((t) => t.token)).toEqual(['elektrische', 'schema', 's']);
  });
});

describe('swapAlias', () => {
  it('moves the alias atomically off every old index onto the new one', async () => {
    const [current] = await indicesBehindAlias(client, alias);
    const stray = `${alias}-v1-stray`;
    const next = `${alias}-v1-next`;
    await createCandidateIndex(client, stray);
    await createCandidateIndex(client, next);
    // An alias on two indices (a botched manual fix) is repaired by the swap too.
    await client.indices.updateAliases({ body: { actions: [{ add: { index: stray, alias } }] } });
    expect(await indicesBehindAlias(client, alias)).toEqual([current, stray].sort());

    expect((await swapAlias(client, alias, next)).sort()).toEqual([current, stray].sort());
    expect(await indicesBehindAlias(client, alias)).toEqual([next]);
    expect(await swapAlias(client, alias, next)).toEqual([]);
    expect(await indicesBehindAlias(client, alias)).toEqual([next]);
  });
});

describe('an index built before the start-date fields', () => {
  const oldAlias = `${alias}-old`;
  const oldIndex = `${oldAlias}-v1-before`;
  const withStart = (): CandidateDocument => ({
    ...doc('START-1', ['bricklaying']),
    availableFrom: '2026-05-01',
    noticePeriodWeeks: 4,
  });

  beforeAll(async () => {
    const body = candidateIndexBody();
    const { availableFrom: _a, noticePeriodWeeks: _n, ...older } = body.mappings.properties;
    await client.indices.create({
      index: oldIndex,
      body: {
        ...body,
        mappings: { ...body.mappings, properties: older },
        aliases: { [oldAlias]: {} },
      } as never,
    });
  });

  afterAll(async () => {
    await client?.indices.delete({ index: oldIndex }, { ignore: [404] });
  });

  it('rejects a document with them (strict mapping) until the index setup adds them in place', async () => {
    const put = () =>
      client.index({ index: oldAlias, id: 'START-1', body: withStart(), refresh: true }, { ignore: [400] });
    expect((await put()).statusCode).toBe(400);

    const ensured = await ensureCandidateIndex(client, oldAlias);
    expect(ensured).toMatchObject({ index: oldIndex, created: false });
    expect(ensured.addedFields).toEqual(['availableFrom', 'noticePeriodWeeks']);
    const { body } = await client.indices.getMapping({ index: oldIndex });
    const fields = (body as Record<string, { mappings: { properties: Record<string, unknown> } }>)[oldIndex]
      ?.mappings.properties;
    expect([fields?.availableFrom, fields?.noticePeriodWeeks]).toEqual([
      candidateIndexBody().mappings.properties.availableFrom,
      candidateIndexBody().mappings.properties.noticePeriodWeeks,
    ]);

    expect((await put()).statusCode).toBe(201);
    const found = await client.count({
      index: oldAlias,
      body: { query: { range: { availableFrom: { lte: '2026-06-01' } } } },
    });
    expect(found.body.count).toBe(1);
    // Run again: nothing left to add.
    expect((await ensureCandidateIndex(client, oldAlias)).addedFields).toEqual([]);
  });
});
