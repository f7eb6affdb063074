import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalDynamo, startDynalite } from '../../scripts/local/dynalite.js';
import { validVacancy } from '../fixtures/api-bodies.js';

/** An API Gateway HTTP API (payload format 2.0) event, as AWS delivers it. */
function event(
  method: string,
  path: string,
  options: { body?: string; base64?: boolean; headers?: Record<string, string> } = {},
): APIGatewayProxyEventV2 {
  const [rawPath = '/', rawQueryString = ''] = path.split('?');
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    headers: {
      host: 'api.concentric.example',
      'x-caller-role': 'employer',
      'x-caller-org': 'emp-lambda',
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'api.concentric.example',
      domainPrefix: 'api',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '203.0.113.7', userAgent: 'vitest' },
      requestId: `req-${Math.random().toString(36).slice(2)}`,
      routeKey: '$default',
      stage: '$default',
      time: '02/Mar/2026:09:00:00 +0000',
      timeEpoch: 1772442000000,
    },
    ...(options.body !== undefined
      ? {
          body: options.base64 ? Buffer.from(options.body).toString('base64') : options.body,
          isBase64Encoded: options.base64 ?? false,
        }
      : { isBase64Encoded: false }),
  };
}

type Handler = (e: APIGatewayProxyEventV2, c: Context) => Promise<APIGatewayProxyStructuredResultV2>;
let dynamo: LocalDynamo;
let handler: Handler;
const context = {} as Context;

beforeAll(async () => {
  dynamo = await startDynalite({ tableName: 'concentric-lambda' });
  Object.assign(process.env, {
    TABLE_NAME: 'concentric-lambda',
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    SEARCH_ENGINE: 'opensearch',
    OPENSEARCH_URL: 'http://127.0.0.1:9',
    IDENTITY: 'headers',
  });
  ({ handler } = (await import('../../functions/api/handler.js')) as unknown as { handler: Handler });
});
afterAll(async () => dynamo.stop());

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
