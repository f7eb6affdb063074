import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../shared/app/create-app.js';
import type { CandidateStore } from '../../shared/ports/candidate-store.js';
import { validCandidate, validVacancy } from '../fixtures/api-bodies.js';
import { ANAPEC, EMPLOYER, type Harness, startHarness } from '../support/api-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ maxBodyBytes: 16 * 1024, rateLimit: { burst: 1000, perSecond: 1000 } });
});
afterAll(async () => h.close());

async function expectProblem(res: Response, status: number, slug: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status, type: `https://concentric.example/problems/${slug}` });
  return body;
}

describe('body size', () => {
  it('refuses an oversized body with 413 before reading it all', async () => {
    const big = validVacancy({ description: 'x'.repeat(20 * 1024) });
    const body = await expectProblem(
      await h.call('POST', '/v1/vacancies', { as: EMPLOYER, body: big }),
      413,
      'payload-too-large',
    );
    expect(body.limitBytes).toBe(16 * 1024);
  });

  it('refuses an oversized body sent without a length (chunked)', async () => {
    const text = JSON.stringify(validCandidate({ summary: 'y'.repeat(20 * 1024) }));
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    });
    const res = await h.app.request('/v1/candidates/by-external-id/CHUNKED-1', {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-caller-role': 'pes', 'x-caller-org': 'ANAPEC' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await expectProblem(res, 413, 'payload-too-large');
  });
});

describe('rate limit per client', () => {
  it('answers 429 problem+json with Retry-After once a client has spent its burst; others are unaffected', async () => {
    const limited = await startHarness({ rateLimit: { burst: 3, perSecond: 0.5 } });
    try {
      const call = (org: string) =>
        limited.call('GET', '/v1/taxonomy/occupations?q=metsel', { as: ['employer', org] });
      for (let i = 0; i < 3; i++) expect((await call('emp-busy')).status).toBe(200);
      const refused = await call('emp-busy');
      const body = await expectProblem(refused, 429, 'rate-limited');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(body.retryAfterSeconds).toBe(Number(refused.headers.get('retry-after')));
      // RateLimit-Limit/Remaining/Reset (draft-ietf-httpapi-ratelimit-headers): the burst, none left, when.
      expect(refused.headers.get('ratelimit-limit')).toBe('3');
      expect(refused.headers.get('ratelimit-remaining')).toBe('0');
      expect(refused.headers.get('ratelimit-reset')).toBe(refused.headers.get('retry-after'));
      expect((await call('emp-quiet')).status).toBe(200);
      // The same organisation in another role is another client.
      expect((await limited.call('GET', '/v1/taxonomy/skills', { as: ['pes', 'emp-busy'] })).status).toBe(
        200,
      );
    } finally {
      await limited.close();
    }
  });
});

describe('strict JSON on every write', () => {
  type Schema = {
    $ref?: string;
    type?: string | string[];
    properties?: Record<string, Schema>;
    additionalProperties?: unknown;
    items?: Schema;
    anyOf?: Schema[];
    oneOf?: Schema[];
    allOf?: Schema[];
  };

  it('every request body schema in the OpenAPI document refuses unknown fields at every level', async () => {
    const doc = (await (await h.call('GET', '/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>
      >;
      components: { schemas: Record<string, Schema> };
    };
    const open: string[] = [];
    const walk = (schema: Schema | undefined, where: string, seen: Set<string>) => {
      if (!schema) return;
      if (schema.$ref) {
        const name = schema.$ref.split('/').at(-1) as string;
        if (!seen.has(name)) walk(doc.components.schemas[name], `${where}→${name}`, new Set([...seen, name]));
        return;
      }
      // Object definitions only: an `anyOf` branch that merely constrains properties is no object.
      if (schema.properties && schema.type === 'object') {
        if (schema.additionalProperties !== false) open.push(where);
        for (const [key, child] of Object.entries(schema.properties)) walk(child, `${where}.${key}`, seen);
      }
      walk(schema.items, `${where}[]`, seen);
      for (const child of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
        walk(child, where, seen);
    };
    let bodies = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const json = operation.requestBody?.content['application/json'];
        if (!json) continue;
        bodies++;
        walk(json.schema, `${method.toUpperCase()} ${path}`, new Set());
      }
    }
    expect(bodies).toBeGreaterThanOrEqual(5);
    expect(open).toEqual([]);
  });

  it.each([
    [
      'POST /v1/vacancies',
      () => h.call('POST', '/v1/vacancies', { as: EMPLOYER, body: { ...validVacancy(), x: 1 } }),
    ],
    [
      'PUT /v1/candidates/by-external-id/{externalId} (nested)',
      () =>
        h.call('PUT', '/v1/candidates/by-external-id/STRICT-1', {
          as: ANAPEC,
          body: {
            ...validCandidate(),
            consent: { matching: true, recordedAt: '2026-01-01T00:00:00Z', marketing: true },
          },
        }),
    ],
    [
      'POST /v1/taxonomy/skills/resolve',
      () =>
        h.call('POST', '/v1/taxonomy/skills/resolve', {
          as: EMPLOYER,
          body: { skills: [{ label: 'x' }], y: 2 },
        }),
    ],
    [
      'POST /v1/taxonomy/skills/extract',
      () =>
        h.call('POST', '/v1/taxonomy/skills/extract', {
          as: EMPLOYER,
          body: { text: 'metselen', lang: 'nl' },
        }),
    ],
    [
      'POST /v1/rules/dry-run',
      () => h.call('POST', '/v1/rules/dry-run', { as: EMPLOYER, body: { ...validVacancy(), z: 3 } }),
    ],
  ])('%s refuses an unknown field with 400', async (_name, send) => {
    const body = await expectProblem(await send(), 400, 'validation-error');
    expect(JSON.stringify(body.errors)).toMatch(/unrecognized|unknown/i);
  });
});

describe('pagination caps', () => {
  it.each([
    ['/v1/vacancies?limit=101', EMPLOYER],
    ['/v1/candidates?limit=101', ANAPEC],
    ['/v1/audit?limit=101', ['operator', 'VDAB-OPS'] as [string, string]],
  ])('%s is refused: at most 100 per page', async (path, as) => {
    await expectProblem(await h.call('GET', path, { as }), 400, 'validation-error');
  });
});

describe('internal errors', () => {
  it('answer a bare 500 problem: no message, no stack, nothing from the failing store', async () => {
    const secret = 'connect ECONNREFUSED db.internal.example:8000 (table concentric-prod)';
    const failing: CandidateStore = new Proxy(h.deps.candidates, {
      get: (target, prop) =>
        prop === 'get' ? async () => Promise.reject(new Error(secret)) : Reflect.get(target, prop),
    });
    const app = createApp({ ...h.deps, candidates: failing });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const res = await app.request(`/v1/candidates/cand_${'a'.repeat(24)}`, {
        headers: { 'x-caller-role': 'pes', 'x-caller-org': 'ANAPEC' },
      });
      const text = await res.clone().text();
      const body = await expectProblem(res, 500, 'internal-error');
      expect(Object.keys(body).sort()).toEqual([
        'detail',
        'instance',
        'requestId',
        'status',
        'title',
        'type',
      ]);
      // The operator finds the logged error by the id the caller was given.
      expect(body.requestId).toBe(res.headers.get('x-request-id'));
      expect(logged).toHaveBeenCalledWith(expect.stringContaining(`request_id=${body.requestId}`));
      expect(body.detail).toBe('An unexpected error occurred. It has been logged.');
      for (const leak of ['ECONNREFUSED', 'db.internal', 'concentric-prod', 'stack', 'at ', '.ts:'])
        expect(text).not.toContain(leak);
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });
});
