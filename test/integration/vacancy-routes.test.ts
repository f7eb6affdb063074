import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validVacancy } from '../fixtures/api-bodies.js';
import { clientAs, vacancyBody } from '../fixtures/api-client.js';
import { EMPLOYER, type Harness, OTHER_EMPLOYER, startHarness, VDAB } from '../support/api-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ maxBodyBytes: 64 * 1024 });
});
afterAll(async () => h.close());

/** Creates a vacancy through the typed client; the answer typed as the document says. */
async function create(body = validVacancy(), as = EMPLOYER) {
  const { data, response } = await clientAs(h, as).POST('/v1/vacancies', { body: vacancyBody(body) });
  if (!data) throw new Error(`create: ${response.status}`);
  return { res: response, json: data };
}

async function listIds(as = EMPLOYER): Promise<string[]> {
  const { data } = await clientAs(h, as).GET('/v1/vacancies', { params: { query: { limit: 100 } } });
  return (data?.items ?? []).map((v) => v.id);
}

describe('vacancies', () => {
  it('creates, reads back and lists a vacancy owned by the caller', async () => {
    const { res, json } = await create();
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toBe('"v1"');
    expect(json).toMatchObject({
      ownerOrg: 'emp-bouwgroep',
      status: 'open',
      version: 1,
      occupation: { isco: '7112' },
    });
    const read = await clientAs(h, EMPLOYER).GET('/v1/vacancies/{id}', { params: { path: { id: json.id } } });
    expect(read.response.status).toBe(200);
    expect(read.data).toEqual(json);
    expect(await listIds()).toContain(json.id);
  });

  it('updates with the current ETag and refuses a stale one with 412', async () => {
    const { json } = await create();
    const api = clientAs(h, EMPLOYER);
    const put = (title: string) =>
      api.PUT('/v1/vacancies/{id}', {
        params: { path: { id: json.id }, header: { 'if-match': '"v1"' } },
        body: vacancyBody(validVacancy({ title })),
      });
    const ok = await put('Metselaar (m/v/x)');
    expect(ok.response.status).toBe(200);
    expect(ok.response.headers.get('etag')).toBe('"v2"');
    const stale = await put('Lost update');
    expect(stale.response.status).toBe(412);
    expect(stale.response.headers.get('content-type')).toContain('application/problem+json');
    expect(stale.error).toMatchObject({ status: 412 });
    const current = await api.GET('/v1/vacancies/{id}', { params: { path: { id: json.id } } });
    expect(current.data).toMatchObject({ title: 'Metselaar (m/v/x)', version: 2 });
  });

  it('requires If-Match on update (428)', async () => {
    const { json } = await create();
    const res = await h.call('PUT', `/v1/vacancies/${json.id}`, { as: EMPLOYER, body: validVacancy() });
    expect(res.status).toBe(428);
  });

  it('closes a vacancy idempotently', async () => {
    const { json } = await create();
    const close = () =>
      clientAs(h, EMPLOYER).POST('/v1/vacancies/{id}/close', { params: { path: { id: json.id } } });
    const first = await close();
    expect(first.response.status).toBe(200);
    expect(first.data).toMatchObject({ status: 'closed', version: 2 });
    const again = await close();
    expect(again.data).toMatchObject({ status: 'closed', version: 2 });
  });

  it("hides another employer's vacancy (404) and refuses other roles (403)", async () => {
    const { json } = await create();
    expect((await h.call('GET', `/v1/vacancies/${json.id}`, { as: OTHER_EMPLOYER })).status).toBe(404);
    expect((await h.call('GET', `/v1/vacancies/${json.id}`, { as: VDAB })).status).toBe(403);
    expect((await h.call('GET', `/v1/vacancies/${json.id}`)).status).toBe(401);
  });

  it('paginates with a cursor and never repeats an item', async () => {
    const org: [string, string] = ['employer', 'emp-pagination'];
    const created = new Set<string>();
    for (let i = 0; i < 5; i++) created.add(String((await create(validVacancy(), org)).json.id));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const { data: page } = await clientAs(h, org).GET('/v1/vacancies', {
        params: { query: { limit: 2, ...(cursor ? { cursor } : {}) } },
      });
      if (!page) throw new Error('no page');
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((v) => v.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen)).toEqual(created);
    expect(seen).toHaveLength(5);
  });

  describe('bad input gets 4xx problem+json and changes nothing', () => {
    const cases: [string, () => Promise<Response>, number, string][] = [
      [
        'malformed JSON',
        () => h.call('POST', '/v1/vacancies', { as: EMPLOYER, body: '{"title": "x",' }),
        400,
        'malformed-body',
      ],
      [
        'wrong content type',
        () =>
          h.call('POST', '/v1/vacancies', {
            as: EMPLOYER,
            body: 'x',
            headers: { 'content-type': 'text/plain' },
          }),
        415,
        'unsupported-media-type',
      ],
      [
        'unknown ISCO code',
        () =>
          h.call('POST', '/v1/vacancies', {
            as: EMPLOYER,
            body: validVacancy({ occupation: { isco: '9999' } }),
          }),
        400,
        'validation-error',
      ],
      [
        'unknown language code',
        () =>
          h.call('POST', '/v1/vacancies', {
            as: EMPLOYER,
            body: validVacancy({ languages: [{ language: 'xx', level: 'B1' }] }),
          }),
        400,
        'validation-error',
      ],
      [
        'wrong type',
        () =>
          h.call('POST', '/v1/vacancies', { as: EMPLOYER, body: { ...validVacancy(), openings: 'three' } }),
        400,
        'validation-error',
      ],
      [
        'missing field',
        () =>
          h.call('POST', '/v1/vacancies', {
            as: EMPLOYER,
            body: { ...validVacancy(), workplace: undefined },
          }),
        400,
        'validation-error',
      ],
      [
        'unknown field',
        () =>
          h.call('POST', '/v1/vacancies', {
            as: EMPLOYER,
            body: { ...validVacancy(), salaryNegotiable: true },
          }),
        400,
        'validation-error',
      ],
      [
        'postal code outside the province',
        () =>
          h.call('POST', '/v1/vacancies', {
            as: EMPLOYER,
            body: validVacancy({
              workplace: { municipality: 'Gent', postalCode: '2000', province: 'BE-VOV' },
            }),
          }),
        400,
        'validation-error',
      ],
      [
        'oversize body',
        () =>
          h.call('POST', '/v1/vacancies', {
            as: EMPLOYER,
            body: validVacancy({ description: 'x'.repeat(70 * 1024) }),
          }),
        413,
        'payload-too-large',
      ],
    ];
    it.each(cases)('%s', async (_name, send, status, slug) => {
      const before = await listIds();
      const res = await send();
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const problem = (await res.json()) as { type: string; status: number; errors?: { field: string }[] };
      expect(problem.type).toBe(`https://concentric.example/problems/${slug}`);
      expect(problem.status).toBe(status);
      if (slug === 'validation-error') expect(problem.errors?.length).toBeGreaterThan(0);
      expect(await listIds()).toEqual(before);
    });

    it('names each failing field', async () => {
      const res = await h.call('POST', '/v1/vacancies', {
        as: EMPLOYER,
        body: { ...validVacancy(), occupation: { isco: '12' }, languages: [{ language: 'nl', level: 'D1' }] },
      });
      const problem = (await res.json()) as { errors: { field: string }[] };
      expect(problem.errors.map((e) => e.field).sort()).toEqual(['languages.0.level', 'occupation.isco']);
    });
  });
});
