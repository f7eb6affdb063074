import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEV_AUDIENCE, DEV_ISSUER, devJwks, mintDevToken } from '../../scripts/local/dev-keys/dev-keys.js';
import { type LocalDynamo, startDynalite } from '../../scripts/local/dynalite.js';
import { lambdaIdentity } from '../../shared/composition/lambda-identity.js';
import { readConfig } from '../../shared/config.js';
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
      authorization: `Bearer ${token}`,
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
let token: string;
let jwks: Server;
const context = {
  functionName: 'concentric-api',
  awsRequestId: 'lambda-invocation-1',
  memoryLimitInMB: '1024',
  invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:concentric-api',
  functionVersion: '$LATEST',
} as Context;

/** Runs `work`, returning the JSON lines Powertools wrote to stdout and stderr meanwhile. */
async function captureLines<T>(
  work: () => Promise<T>,
): Promise<{ result: T; lines: Record<string, unknown>[] }> {
  const written: string[] = [];
  const keep = (chunk: unknown) => {
    written.push(String(chunk));
    return true;
  };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(keep);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(keep);
  try {
    const result = await work();
    const lines = written
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    return { result, lines };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

beforeAll(async () => {
  // The issuer's key set, served as a JWKS URL: Lambda verifies bearer tokens, never headers.
  jwks = createServer((_req, res) =>
    res.setHeader('content-type', 'application/json').end(JSON.stringify(devJwks())),
  );
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  token = await mintDevToken({ role: 'employer', org: 'emp-lambda' });
  dynamo = await startDynalite({ tableName: 'concentric-lambda' });
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
    JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`,
  });
  ({ handler } = (await import('../../functions/api/handler.js')) as unknown as { handler: Handler });
  // Importing the handler builds the whole app (zod schemas, OpenAPI, taxonomy): slow on a loaded machine.
}, 60_000);
afterAll(async () => {
  await dynamo.stop();
  await new Promise<void>((resolve) => jwks.close(() => resolve()));
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
