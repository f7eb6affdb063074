import { Client } from '@opensearch-project/opensearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opensearchUrl } from '../support/opensearch-url.js';

const index = `node-smoke-${process.pid}-${Date.now()}`;

describe('local OpenSearch node', () => {
  let client: Client;

  beforeAll(() => {
    client = new Client({ node: opensearchUrl() });
  });

  afterAll(async () => {
    await client?.indices.delete({ index, ignore_unavailable: true });
    await client?.close();
  });

  it('is an OpenSearch 2.19 cluster', async () => {
    const { body } = await client.info();
    expect(body.version.distribution).toBe('opensearch');
    expect(body.version.number.startsWith('2.19.')).toBe(true);
    expect(body.cluster_name).toBe('concentric-local');
  });

  it('runs a custom analyzer with asciifolding, synonym_graph and the dutch stemmer', async () => {
    await client.indices.create({
      index,
      body: {
        settings: {
          number_of_shards: 1,
          number_of_replicas: 0,
          analysis: {
            filter: {
              job_synonyms: {
                type: 'synonym_graph',
                synonyms: ['lasser, soudeur', 'bakker => bakker, boulanger'],
              },
              dutch_stem: { type: 'stemmer', language: 'dutch' },
            },
            analyzer: {
              job_nl: {
                type: 'custom',
                tokenizer: 'standard',
                filter: ['lowercase', 'asciifolding', 'job_synonyms', 'dutch_stem'],
              },
            },
          },
        },
        mappings: { properties: { title: { type: 'text', analyzer: 'job_nl' }, x: { type: 'double' } } },
      },
    });

    const { body } = await client.indices.analyze({
      index,
      body: { analyzer: 'job_nl', text: 'Lasser Bakkerijen Élève' },
    });
    // synonym_graph puts the synonyms before the original term; order within a position does not matter
    const tokens = (body.tokens ?? [])
      .map(({ token, position }): [string, number] => [token, position])
      .sort(([a, pa], [b, pb]) => pa - pb || a.localeCompare(b));
    expect(tokens).toEqual([
      ['lasser', 0],
      ['soudeur', 0],
      ['bakkerij', 1],
      ['elev', 2],
    ]);
  });

  it('scores with a painless script_score reading doc values and params', async () => {
    await client.index({ index, id: '1', body: { title: 'lasser', x: 2.5 }, refresh: true });

    const { body } = await client.search({
      index,
      body: {
        query: {
          script_score: {
            query: { match: { title: 'soudeur' } },
            script: {
              lang: 'painless',
              source: "doc['x'].value * params.factor + params.offset",
              params: { factor: 4, offset: 0.5 },
            },
          },
        },
      },
    });
    expect(body.hits.hits.map((hit) => [hit._id, hit._score])).toEqual([['1', 10.5]]);
  });

  it('deletes the index', async () => {
    const { body } = await client.indices.delete({ index });
    expect(body.acknowledged).toBe(true);
    const { body: exists } = await client.indices.exists({ index });
    expect(exists).toBe(false);
  });
});
