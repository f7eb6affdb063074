import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validCandidate, validVacancy } from '../fixtures/api-bodies.js';
import { EMPLOYER, type Harness, startHarness, VDAB } from '../support/api-harness.js';

/**
 * Findings of the schemathesis run (scripts/fuzz/run-schemathesis.ts), each kept as the request
 * that exposed it, through `app.request()`. Listed in docs/reliability.md under these names.
 */

interface Operation {
  responses: Record<string, unknown>;
  parameters?: { name: string; in: string; schema?: Record<string, unknown> }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Record<string, unknown>> };
}

let h: Harness;
let doc: OpenApi;
beforeAll(async () => {
  // A bucket of one request that never refills: the second request of a client is limited.
  h = await startHarness({ rateLimit: { burst: 1, perSecond: 1e-6 } });
  doc = (await (await h.call('GET', '/openapi.json')).json()) as OpenApi;
});
afterAll(async () => h.close());

const v1Operations = () =>
  Object.entries(doc.paths)
    .filter(([path]) => path.startsWith('/v1/'))
    .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ key: `${method} ${path}`, op })));

/** Each test is its own client (org), so the one-request bucket of one test never limits another. */
const as = (role: string, org: string): [string, string] => [role, org];

describe('fuzz regressions', () => {
  it('429 rate-limited is documented on every /v1 operation (ST103 on all of them)', async () => {
    const undocumented = v1Operations()
      .filter(({ op }) => !['401', '403', '429'].every((s) => s in op.responses))
      .map(({ key }) => key);
    expect(undocumented).toEqual([]);

    const client = as('employer', 'emp-rate-limited');
    expect((await h.call('GET', '/v1/vacancies', { as: client })).status).toBe(200);
    const limited = await h.call('GET', '/v1/vacancies', { as: client });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toBe('application/problem+json');
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('a blank If-Match on close is no precondition: 200, not an undocumented 428', async () => {
    const owner = as('employer', 'emp-blank-if-match');
    const limiter = await startHarness({ rateLimit: false });
    try {
      const created = await limiter.call('POST', '/v1/vacancies', { as: owner, body: validVacancy() });
      const { id } = (await created.json()) as { id: string };
      const closed = await limiter.call('POST', `/v1/vacancies/${id}/close`, {
        as: owner,
        headers: { 'if-match': '' },
      });
      expect(closed.status).toBe(200);
      expect(((await closed.json()) as { status: string }).status).toBe('closed');
      // PUT still requires one: blank there stays the documented 428.
      const put = await limiter.call('PUT', `/v1/vacancies/${id}`, {
        as: owner,
        body: validVacancy(),
        headers: { 'if-match': ' ' },
      });
      expect(put.status).toBe(428);
    } finally {
      await limiter.close();
    }
  });

  it('a cursor outside base64url is a 400 field error, and the document says base64url (431 on a 24 KB URL)', async () => {
    const cursor = doc.paths['/v1/candidates']?.get?.parameters?.find((p) => p.name === 'cursor');
    expect(cursor?.schema).toMatchObject({ maxLength: 2000, pattern: '^[A-Za-z0-9_-]*$' });

    const res = await h.call('GET', `/v1/candidates?cursor=${encodeURIComponent('Då-😍😍😍')}`, {
      as: as('pes', 'PES-CURSOR'),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ field: 'query.cursor' }] });
  });

  it('country and language codes are published as the enums the API checks (validation mismatch)', async () => {
    const input = doc.components.schemas.CandidateInput as {
      properties: Record<string, Record<string, unknown>>;
    };
    const residence = input.properties.residence as { properties: Record<string, { enum?: string[] }> };
    expect(residence.properties.country?.enum).toContain('MA');
    expect(residence.properties.country?.enum).not.toContain('XX');
    const languages = input.properties.languages as {
      items: { properties: Record<string, { enum?: string[] }> };
    };
    expect(languages.items.properties.language?.enum).toContain('nl');

    const res = await h.call('PUT', '/v1/candidates/by-external-id/FUZZ-XX', {
      as: as('pes', 'PES-CODES'),
      body: validCandidate({ nationalities: ['XX'] }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ field: 'nationalities.0' }] });
  });

  it('the rules a refinement checks are in the document too: skill reference and Belgian region (validation mismatch)', async () => {
    const input = doc.components.schemas.CandidateInput as {
      properties: Record<string, Record<string, unknown>>;
    };
    const skills = input.properties.skills as { items: { anyOf?: unknown[] } };
    expect(skills.items.anyOf).toEqual([
      { required: ['id'] },
      { required: ['esco'] },
      { required: ['label'] },
    ]);
    expect((input.properties.residence as { anyOf?: unknown[] }).anyOf).toHaveLength(2);
    expect(input.properties.nationalities).toMatchObject({ uniqueItems: true });

    const res = await h.call('POST', '/v1/taxonomy/skills/resolve', {
      as: as('employer', 'emp-skill-ref'),
      body: { skills: [{}] },
    });
    expect(res.status).toBe(400);
    const foreign = await h.call('PUT', '/v1/candidates/by-external-id/FUZZ-REGION', {
      as: as('pes', 'PES-REGION'),
      body: validCandidate({ residence: { country: 'MA', region: 'BE-VLG' } }),
    });
    expect(foreign.status).toBe(400);
    expect(await foreign.json()).toMatchObject({ errors: [{ field: 'residence.region' }] });
  });

  it('the example bodies the document publishes are accepted as they stand (validation mismatch past the schema)', async () => {
    // The request body examples of the operations (the fuzzer's seeds in its examples phase).
    type Op = { requestBody?: { content: Record<string, { example?: unknown }> } };
    const paths = (doc as unknown as { paths: Record<string, Record<string, Op>> }).paths;
    const example = (path: string, method: string) =>
      paths[path]?.[method]?.requestBody?.content['application/json']?.example;
    const vacancy = await h.call('POST', '/v1/vacancies', {
      as: as('employer', 'emp-example'),
      body: example('/v1/vacancies', 'post'),
    });
    expect(vacancy.status).toBe(201);
    const candidate = await h.call('PUT', '/v1/candidates/by-external-id/FUZZ-EXAMPLE', {
      as: as('pes', 'PES-EXAMPLE'),
      body: example('/v1/candidates/by-external-id/{externalId}', 'put'),
    });
    expect(candidate.status).toBe(201);
  });

  it('still answers a well-formed request from the fixtures (the changes only narrowed the document)', async () => {
    const res = await h.call('PUT', '/v1/candidates/by-external-id/FUZZ-OK', {
      as: VDAB,
      body: validCandidate(),
    });
    expect(res.status).toBe(201);
    const vacancy = await h.call('POST', '/v1/vacancies', { as: EMPLOYER, body: validVacancy() });
    expect(vacancy.status).toBe(201);
  });
});
