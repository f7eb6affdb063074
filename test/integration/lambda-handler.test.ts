import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_ARTIFACT_PATH } from '../../scripts/data/taxonomy/built-in-path.js';
import { DEV_AUDIENCE, DEV_ISSUER, mintDevToken } from '../../scripts/local/dev-keys/dev-keys.js';
import type { LocalDynamo } from '../../scripts/local/dynalite.js';
import { lambdaIdentity } from '../../shared/composition/lambda-identity.js';
import { readConfig } from '../../shared/config.js';
import { validVacancy } from '../fixtures/api-bodies.js';
import {
  apiEvent,
  captureLines,
  emfLines,
  lambdaContext,
  serveDevJwks,
} from '../fixtures/lambda-invocation.js';
import { startTestDynamo } from '../support/test-dynamo.js';

/** The API Lambda's handler, imported as Lambda imports it, fed API Gateway v2 events. */

const event = (
  method: string,
  path: string,
  options: { body?: string; base64?: boolean; headers?: Record<string, string> } = {},
) => apiEvent(method, path, { token, ...options });

type Handler = (e: APIGatewayProxyEventV2, c: Context) => Promise<APIGatewayProxyStructuredResultV2>;
let dynamo: LocalDynamo;
let handler: Handler;
let token: string;
let jwks: Awaited<ReturnType<typeof serveDevJwks>>;
const context = lambdaContext('concentric-api');

beforeAll(async () => {
  // The issuer's key set, served as a JWKS URL: Lambda verifies bearer tokens, never headers.
  jwks = await serveDevJwks();
  token = await mintDevToken({ role: 'employer', org: 'emp-lambda' });
  dynamo = await startTestDynamo({ tableName: 'concentric-lambda' });
  Object.assign(process.env, {
    TABLE_NAME: 'concentric-lambda',
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    SEARCH_ENGINE: 'opensearch',
    OPENSEARCH_URL: 'http://127.0.0.1:9',
    IDENTITY: 'jwt',
    JWT_ISSUER: DEV_ISSUER,
    JWT_AUDIENCE: DEV_AUDIENCE,
    JWKS_URL: jwks.url,
    // No bundle holds a taxonomy: the function loads the artifact at cold start.
    TAXONOMY_PATH: BUILT_IN_ARTIFACT_PATH,
  });
  ({ handler } = (await import('../../functions/api/handler.js')) as unknown as { handler: Handler });
  // Importing the handler builds the whole app (zod schemas, OpenAPI, taxonomy): slow on a loaded machine.
}, 60_000);
afterAll(async () => {
  await dynamo.stop();
  await jwks.close();
});

describe('API Lambda handler with API Gateway v2 events', () => {
  it('answers /health', async () => {
    const res = await handler(event('GET', '/health'), context);
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body ?? '{}')).toMatchObject({ status: 'ok' });
  });

  it('creates a vacancy from a base64-encoded body and reads it back by id', async () => {
    const created = await handler(
      event('POST', '/v1/vacancies', { body: JSON.stringify(validVacancy()), base64: true }),
      context,
    );
    expect(created.statusCode).toBe(201);
    const vacancy = JSON.parse(created.body ?? '{}') as { id: string };
    expect(created.headers?.etag ?? created.headers?.ETag).toBe('"v1"');
    const read = await handler(event('GET', `/v1/vacancies/${vacancy.id}`), context);
    expect(read.statusCode).toBe(200);
    expect(JSON.parse(read.body ?? '{}')).toMatchObject({ id: vacancy.id, ownerOrg: 'emp-lambda' });
  });

  it('renders bad input as problem+json', async () => {
    const res = await handler(event('POST', '/v1/vacancies', { body: '{"title":' }), context);
    expect(res.statusCode).toBe(400);
    expect(res.headers?.['content-type']).toBe('application/problem+json');
    expect(JSON.parse(res.body ?? '{}')).toMatchObject({
      type: 'https://concentric.example/problems/malformed-body',
    });
  });

  it('passes query strings through (pagination)', async () => {
    const res = await handler(event('GET', '/v1/vacancies?limit=1'), context);
    expect(res.statusCode).toBe(200);
    expect((JSON.parse(res.body ?? '{}') as { items: unknown[] }).items).toHaveLength(1);
  });
});

describe('request ids and log lines in Lambda', () => {
  it('answers with API Gateway’s request id in X-Request-Id and in every problem body', async () => {
    const e = event('POST', '/v1/vacancies', { body: '{"title":' });
    const res = await handler(e, context);
    expect(res.headers?.['x-request-id']).toBe(e.requestContext.requestId);
    expect(JSON.parse(res.body ?? '{}')).toMatchObject({
      status: 400,
      requestId: e.requestContext.requestId,
    });
    const ok = await handler(event('GET', '/health'), context);
    expect(ok.headers?.['x-request-id']).toMatch(/^req-/);
  });

  it('a refused token is a 401 with a Bearer challenge (RFC 6750)', async () => {
    const res = await handler(
      event('GET', '/v1/vacancies', { headers: { authorization: 'Bearer abc.def.ghi' } }),
      context,
    );
    expect(res.statusCode).toBe(401);
    expect(res.headers?.['www-authenticate']).toMatch(
      /^Bearer realm="concentric", error="invalid_token", error_description="The bearer token was refused/,
    );
  });

  it('logs structured JSON with the request id, correlation id and Lambda context on every line', async () => {
    const created = await handler(
      event('POST', '/v1/vacancies', { body: JSON.stringify(validVacancy()) }),
      context,
    );
    const { id } = JSON.parse(created.body ?? '{}') as { id: string };
    const e = event('POST', `/v1/vacancies/${id}/matches`, {
      headers: { 'x-correlation-id': 'pes-batch-42' },
    });
    // OpenSearch is unreachable here: the match is a 503 and the operator gets a warning line.
    const { result, lines } = await captureLines(() => handler(e, context));
    expect(result.statusCode).toBe(503);
    const warning = lines.find((line) => line.message === 'dependency unavailable');
    expect(warning).toMatchObject({
      level: 'WARN',
      request_id: e.requestContext.requestId,
      correlation_id: 'pes-batch-42',
      service: 'concentric-api',
      function_name: 'concentric-api',
      function_request_id: 'lambda-invocation-1',
      path: `/v1/vacancies/${id}/matches`,
    });
    expect(typeof warning?.timestamp).toBe('string');
    expect(JSON.stringify(warning?.error)).toContain('ECONNREFUSED');
    const ofRequest = lines.filter((line) => line.request_id !== undefined);
    expect(ofRequest.every((line) => line.correlation_id === 'pes-batch-42')).toBe(true);
  });
});

describe('identity in Lambda', () => {
  it('refuses IDENTITY=headers at cold start with a message that says why', () => {
    const config = readConfig({ IDENTITY: 'headers', SEARCH_ENGINE: 'embedded' });
    expect(() => lambdaIdentity(config)).toThrow(
      'Invalid configuration: IDENTITY=headers trusts X-Caller-* headers from any caller and is refused in Lambda',
    );
  });

  it('refuses IDENTITY=jwt without its issuer, audience and key set', () => {
    expect(() => lambdaIdentity(readConfig({ IDENTITY: 'jwt' }))).toThrow(
      /JWT_ISSUER, JWT_AUDIENCE and JWKS_URL/,
    );
  });
});

describe('the Bearer challenge without credentials', () => {
  it('names the scheme and realm only, with no error code (RFC 6750 §3.1)', async () => {
    const e = event('GET', '/v1/vacancies');
    delete e.headers.authorization;
    const res = await handler(e, context);
    expect(res.statusCode).toBe(401);
    expect(res.headers?.['www-authenticate']).toBe('Bearer realm="concentric"');
  });
});

describe('EMF metrics in Lambda', () => {
  it('a blocked intake counts one RuleBlocks data point per blocking rule, with the request ids', async () => {
    const body = validVacancy({ description: 'Candidates pay a one-off placement fee of EUR 450.' });
    const e = event('POST', '/v1/vacancies', {
      body: JSON.stringify(body),
      headers: { 'x-correlation-id': 'intake-7' },
    });
    const { result, lines } = await captureLines(() => handler(e, context));
    expect(result.statusCode).toBe(422);
    const problem = JSON.parse(result.body ?? '{}') as {
      violations: { ruleId: string }[];
      requestId: string;
    };
    const blocked = problem.violations.map((v) => v.ruleId);
    expect(blocked).toEqual(['FR-01', 'BE-01']);
    const metrics = emfLines(lines);
    expect(metrics.map((m) => m.ruleId)).toEqual(blocked);
    for (const metric of metrics) {
      expect(metric._aws.CloudWatchMetrics).toEqual([
        {
          Namespace: 'Concentric',
          Dimensions: [['service', 'ruleId']],
          Metrics: [{ Name: 'RuleBlocks', Unit: 'Count' }],
        },
      ]);
      expect(metric).toMatchObject({
        service: 'concentric-api',
        RuleBlocks: 1,
        request_id: e.requestContext.requestId,
        correlation_id: 'intake-7',
      });
      expect(Math.abs(metric._aws.Timestamp - Date.now())).toBeLessThan(60_000);
    }
    expect(problem.requestId).toBe(e.requestContext.requestId);
  });

  it('an accepted intake counts no rule block', async () => {
    const { result, lines } = await captureLines(() =>
      handler(event('POST', '/v1/vacancies', { body: JSON.stringify(validVacancy()) }), context),
    );
    expect(result.statusCode).toBe(201);
    expect(emfLines(lines).filter((m) => 'RuleBlocks' in m)).toEqual([]);
  });
});
