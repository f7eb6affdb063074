import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/api-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

describe('OpenAPI document and docs page', () => {
  it('serves an OpenAPI 3.1 document that lists every route with its schemas', async () => {
    const res = await h.call('GET', '/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/v1/vacancies',
        '/v1/vacancies/{id}',
        '/v1/vacancies/{id}/close',
        '/v1/candidates',
        '/v1/candidates/{id}',
        '/v1/candidates/by-external-id/{externalId}',
        '/v1/taxonomy/occupations',
        '/v1/taxonomy/skills',
      ]),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Vacancy', 'VacancyInput', 'CandidateProfile', 'Problem']),
    );
  });

  it('serves a self-contained docs page with no external assets', async () => {
    const res = await h.call('GET', '/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('/v1/vacancies/{id}');
    expect(html).toContain('CandidateProfile');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="https?:/);
  });

  it('answers unknown routes with problem+json 404', async () => {
    const res = await h.call('GET', '/v1/nothing-here', { as: ['employer', 'emp-x'] });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});
