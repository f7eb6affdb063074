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
    const results = await Promise.all([1, 2, 3, 4].map(() => ensureCandidateIndex(client, alias, taxonomy)));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.index)).size).toBe(1);
    expect(await indicesBehindAlias(client, alias)).toEqual([results[0]?.index]);
    expect(results.every((r) => r.current)).toBe(true);
  });

  it('is idempotent', async () => {
    const before = await indicesBehindAlias(client, alias);
    expect(await ensureCandidateIndex(client, alias, taxonomy)).toMatchObject({
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

describe('multilingual skill search', () => {
  beforeAll(async () => {
    const outcomes = await new OpenSearchCandidateSearch(client, alias, { refresh: 'wait_for' }).write([
      { op: 'upsert', document: doc('SKILL-BRICK', ['bricklaying']) },
      { op: 'upsert', document: doc('SKILL-PLANS', ['reading technical drawings']) },
      { op: 'upsert', document: doc('SKILL-DRAW', ['Technische tekeningen']) },
      { op: 'upsert', document: doc('SKILL-WIRING', ['reading electrical schematics']) },
    ]);
    expect(outcomes.every((o) => o.status === 'applied')).toBe(true);
  });

  async function found(field: string, query: string): Promise<string[]> {
    const { body } = await client.search({
      index: alias,
      body: { query: { match: { [field]: query } }, _source: ['skillText'] },
    });
    return body.hits.hits.map((hit) => (hit._source as CandidateDocument).skillText.join('|')).sort();
  }

  it.each([
    ['skillText', 'metselen'],
    ['skillText', 'maçonnerie'],
    ['skillText', 'MAÇONNERIE'],
    ['skillText', 'bricklaying'],
    ['skillText.nl', 'metselen'],
    ['skillText.nl', 'metselwerk'],
    ['skillText.en', 'masonry'],
    ['skillText.en', 'metselen'],
    ['skillText.fr', 'maçonnerie'],
    ['skillText.fr', 'pose de briques'],
  ])('%s: "%s" finds the profile that says "bricklaying"', async (field, query) => {
    expect(await found(field, query)).toEqual(['bricklaying']);
  });

  it('expands multi-word synonyms across languages', async () => {
    expect(await found('skillText', 'lire des plans')).toContain('reading technical drawings');
    expect(await found('skillText.nl', 'bouwplannen lezen')).toContain('reading technical drawings');
  });

  it('splits apostrophes as the taxonomy does, so "schema\'s" meets the rule "schema s"', async () => {
    expect(await found('skillText', "elektrische schema's")).toEqual(['reading electrical schematics']);
    expect(await found('skillText.fr', 'schémas électriques')).toEqual(['reading electrical schematics']);
  });

  it('stems on the language sub-fields, and only there', async () => {
    // "bricklayings" is no label: only the English stemmer brings it back to "bricklai".
    expect(await found('skillText.en', 'bricklayings')).toEqual(['bricklaying']);
    expect(await found('skillText', 'bricklayings')).toEqual([]);
    // Lower-cased and stemmed in Dutch: "tekening" and "Tekeningen" share the stem "teken".
    expect(await found('skillText.nl', 'tekening')).toEqual(['Technische tekeningen']);
    expect(await found('skillText', 'tekening')).toEqual([]);
  });

  it('applies synonyms before stemming: every expanded term comes out stemmed', async () => {
    const tokens = async (analyzer: string, text: string) => {
      const { body } = await client.indices.analyze({ index: alias, body: { analyzer, text } });
      return (body.tokens ?? []).map((t) => t.token);
    };
    // The Dutch query expands to the English label, stemmed as the index stemmed the document.
    const query = await tokens(SKILL_TEXT_ANALYZERS.searchFor('en'), 'metselen');
    const indexed = await tokens(SKILL_TEXT_ANALYZERS.indexFor('en'), 'bricklaying');
    expect(indexed).toEqual(['bricklai']);
    expect(query).toContain('bricklai');
    expect(await tokens(SKILL_TEXT_ANALYZERS.searchFor('fr'), 'Maçonnerie')).toEqual(
      expect.arrayContaining(['macon']),
    );
    expect(await tokens(SKILL_TEXT_ANALYZERS.searchFor('nl'), 'maconnerie')).toEqual(
      expect.arrayContaining(['metsel']),
    );
  });
});

describe('swapAlias', () => {
  it('moves the alias atomically off every old index onto the new one', async () => {
    const [current] = await indicesBehindAlias(client, alias);
    const stray = `${alias}-v1-stray`;
    const next = `${alias}-v1-next`;
    await createCandidateIndex(client, stray, taxonomy);
    await createCandidateIndex(client, next, taxonomy);
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
    const body = candidateIndexBody(taxonomy);
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

    const ensured = await ensureCandidateIndex(client, oldAlias, taxonomy);
    expect(ensured).toMatchObject({ index: oldIndex, created: false });
    expect(ensured.addedFields).toEqual(['availableFrom', 'noticePeriodWeeks']);
    const { body } = await client.indices.getMapping({ index: oldIndex });
    const fields = (body as Record<string, { mappings: { properties: Record<string, unknown> } }>)[oldIndex]
      ?.mappings.properties;
    expect([fields?.availableFrom, fields?.noticePeriodWeeks]).toEqual([
      candidateIndexBody(taxonomy).mappings.properties.availableFrom,
      candidateIndexBody(taxonomy).mappings.properties.noticePeriodWeeks,
    ]);

    expect((await put()).statusCode).toBe(201);
    const found = await client.count({
      index: oldAlias,
      body: { query: { range: { availableFrom: { lte: '2026-06-01' } } } },
    });
    expect(found.body.count).toBe(1);
    // Run again: nothing left to add.
    expect((await ensureCandidateIndex(client, oldAlias, taxonomy)).addedFields).toEqual([]);
  });
});
