// First: the app's schemas extend zod with .openapi, which schemas built before it would lack.
import '@hono/zod-openapi';
import type { Client } from '@opensearch-project/opensearch';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_ARTIFACT_PATH } from '../../scripts/data/taxonomy/built-in-path.js';
import { DEV_AUDIENCE, DEV_ISSUER, mintDevToken } from '../../scripts/local/dev-keys/dev-keys.js';
import { type LocalDynamo, startDynalite } from '../../scripts/local/dynalite.js';
import {
  candidateIndexPattern,
  ensureCandidateIndex,
} from '../../shared/adapters/opensearch/candidate-index.js';
import { createOpenSearchClient } from '../../shared/adapters/opensearch/client.js';
import { OpenSearchCandidateSearch } from '../../shared/adapters/opensearch/opensearch-candidate-search.js';
import { toCandidateDocument } from '../../shared/search/candidate-document.js';
import { validVacancy } from '../fixtures/api-bodies.js';
import {
  apiEvent,
  captureLines,
  emfLines,
  lambdaContext,
  serveDevJwks,
} from '../fixtures/lambda-invocation.js';
import { opensearchUrl } from '../support/opensearch-url.js';
import { candidateProfile } from '../unit/indexing/candidate-profiles.js';

/**
 * The API Lambda's handler on dynalite and a real OpenSearch node: a match of a bottleneck
 * vacancy logs its lines with the request ids and counts `Matches` per ring in CloudWatch EMF,
 * one data point for each ring searched, equal to the matches the response shows in that ring.
 */
const alias = `lambda-telemetry-${process.pid}-${Date.now()}`;
type Handler = (e: APIGatewayProxyEventV2, c: Context) => Promise<APIGatewayProxyStructuredResultV2>;
let handler: Handler;
let dynamo: LocalDynamo;
let client: Client;
let jwks: Awaited<ReturnType<typeof serveDevJwks>>;
let token: string;
const context = lambdaContext('concentric-api', 'lambda-match-1');

beforeAll(async () => {
  jwks = await serveDevJwks();
  token = await mintDevToken({ role: 'employer', org: 'emp-telemetry' });
  dynamo = await startDynalite({ tableName: 'concentric-telemetry' });
  client = createOpenSearchClient({ url: opensearchUrl(), region: 'local' });
  await ensureCandidateIndex(client, alias);
  // In AWS the table stream indexes candidates; here they are written to the index directly.
  const search = new OpenSearchCandidateSearch(client, alias, { refresh: 'wait_for' });
  await search.write(
    [
      candidateProfile('TEL-MA-1'),
      candidateProfile('TEL-MA-2', { input: { workExperienceYears: 9 } }),
      candidateProfile('TEL-VL-1', {
        pes: 'VDAB',
        input: { residence: { country: 'BE', region: 'BE-VLG' }, nationalities: ['BE'] },
      }),
      candidateProfile('TEL-PL-1', {
        pes: 'PUP',
        input: { residence: { country: 'PL' }, nationalities: ['PL'] },
      }),
    ].map((profile) => ({ op: 'upsert' as const, document: toCandidateDocument(profile) })),
  );
  Object.assign(process.env, {
    TABLE_NAME: 'concentric-telemetry',
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    SEARCH_ENGINE: 'opensearch',
    OPENSEARCH_URL: opensearchUrl(),
    CANDIDATE_INDEX_ALIAS: alias,
    IDENTITY: 'jwt',
    JWT_ISSUER: DEV_ISSUER,
    JWT_AUDIENCE: DEV_AUDIENCE,
    JWKS_URL: jwks.url,
    // Debug lines for every request (1 % in AWS), so the request's own lines can be checked.
    POWERTOOLS_LOGGER_SAMPLE_RATE: '1',
    // No bundle holds a taxonomy: the function loads the artifact at cold start.
    TAXONOMY_PATH: BUILT_IN_ARTIFACT_PATH,
  });
  ({ handler } = (await import('../../functions/api/handler.js')) as unknown as { handler: Handler });
}, 120_000);

afterAll(async () => {
  await client?.indices.delete({ index: candidateIndexPattern(alias) }, { ignore: [404] });
  await client?.close();
  await dynamo?.stop();
  await jwks?.close();
});

describe('API Lambda: a match, logged and counted', () => {
  it('emits one Matches data point per ring searched, equal to the ring’s matches, with the request ids', async () => {
    const created = await handler(
      apiEvent('POST', '/v1/vacancies', { token, body: JSON.stringify(validVacancy()) }),
      context,
    );
    expect(created.statusCode).toBe(201);
    const vacancy = JSON.parse(created.body ?? '{}') as { id: string; bottleneck: boolean };
    expect(vacancy.bottleneck).toBe(true);

    const e = apiEvent('POST', `/v1/vacancies/${vacancy.id}/matches`, {
      token,
      headers: { 'x-correlation-id': 'match-run-3' },
    });
    const { result, lines } = await captureLines(() => handler(e, context));
    expect(result.statusCode).toBe(200);
    const body = JSON.parse(result.body ?? '{}') as {
      ringsSearched: number[];
      rings: { ring: number; matches: { candidateId: string }[] }[];
    };
    expect(body.ringsSearched).toEqual([1, 2, 3, 4]);
    const perRing = Object.fromEntries(body.rings.map((r) => [String(r.ring), r.matches.length]));
    // Not vacuous: candidates were found in more than one ring.
    expect(Object.values(perRing).filter((n) => n > 0).length).toBeGreaterThan(1);

    const metrics = emfLines(lines).filter((m) => 'Matches' in m);
    expect(Object.fromEntries(metrics.map((m) => [m.ring, m.Matches]))).toEqual(perRing);
    for (const metric of metrics) {
      expect(metric._aws.CloudWatchMetrics).toEqual([
        {
          Namespace: 'Concentric',
          Dimensions: [['service', 'ring']],
          Metrics: [{ Name: 'Matches', Unit: 'Count' }],
        },
      ]);
      expect(metric).toMatchObject({
        service: 'concentric-api',
        request_id: e.requestContext.requestId,
        correlation_id: 'match-run-3',
      });
    }
    // Every log line of the request (sampled debug lines included) carries both ids and the Lambda context.
    const logLines = lines.filter((line) => line._aws === undefined);
    expect(logLines.map((line) => line.message)).toEqual(expect.arrayContaining(['request', 'response']));
    for (const line of logLines) {
      expect(line).toMatchObject({
        request_id: e.requestContext.requestId,
        correlation_id: 'match-run-3',
        function_request_id: 'lambda-match-1',
        service: 'concentric-api',
        sampling_rate: 1,
      });
    }
    expect(result.headers?.['x-request-id']).toBe(e.requestContext.requestId);
  });
});
