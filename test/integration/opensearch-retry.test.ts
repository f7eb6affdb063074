import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenSearchClient } from '../../shared/adapters/opensearch/client.js';
import { operationOf } from '../../shared/adapters/opensearch/resilient-transport.js';
import { problemResponse } from '../../shared/app/problem.js';

/**
 * A stand-in node that sheds load (429) for as many requests as told, then answers: the client's
 * calls are retried with backoff up to three attempts, and sustained throttling ends in a 503 with
 * Retry-After at the edge instead of a spin.
 */
let server: Server;
let url: string;
let throttleNext = 0;
const paths: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    paths.push(`${req.method} ${req.url}`);
    req.resume();
    res.setHeader('content-type', 'application/json');
    if (throttleNext > 0) {
      throttleNext--;
      res.writeHead(429).end('{"error":{"type":"es_rejected_execution_exception"},"status":429}');
      return;
    }
    res.writeHead(200).end('{"count":7}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('OpenSearch calls under throttling', () => {
  it('a throttled call is retried and then answers', async () => {
    paths.length = 0;
    throttleNext = 2;
    const client = createOpenSearchClient({ url, region: 'local' });
    const response = await client.count({ index: 'candidates' });
    expect(response.body).toEqual({ count: 7 });
    expect(paths).toEqual(Array(3).fill('GET /candidates/_count'));
  });

  it('sustained throttling stops after three attempts and is a 503 with Retry-After', async () => {
    paths.length = 0;
    throttleNext = 1_000;
    const client = createOpenSearchClient({ url, region: 'local' });
    const app = new Hono();
    app.onError((error, c) => problemResponse(c, error));
    app.get('/count', async (c) => c.json((await client.count({ index: 'candidates' })).body));
    const response = await app.request('/count');
    expect(paths).toHaveLength(3);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toMatchObject({
      type: 'https://concentric.example/problems/service-unavailable',
      detail:
        'OpenSearch _count is overloaded or unavailable (3 attempts failed); retry the request shortly.',
    });
    throttleNext = 0;
  });
});

describe('operationOf', () => {
  it.each([
    ['/candidates/_search', '_search'],
    ['/_bulk', '_bulk'],
    ['/candidates/_doc/cand_1', '_doc'],
    ['/candidates', 'index'],
    ['/candidates/x', 'document'],
  ])('%s → %s', (path, operation) => expect(operationOf(path)).toBe(operation));
});
