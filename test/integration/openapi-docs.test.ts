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

  it('serves the interactive reference from the app itself (no CDN), and a plain one without scripts', async () => {
    const res = await h.call('GET', '/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual(
      expect.arrayContaining(['/docs/assets/swagger-ui.css', '/docs/assets/swagger-ui-bundle.js']),
    );
    expect(sources.filter((s) => /^(https?:)?\/\//.test(s ?? ''))).toEqual([]);
    expect(html).toContain('url=/docs?noscript');
    for (const asset of ['swagger-ui-bundle.js', 'swagger-ui.css']) {
      const file = await h.call('GET', `/docs/assets/${asset}`);
      expect(file.status, asset).toBe(200);
      expect((await file.text()).length, asset).toBeGreaterThan(10_000);
    }
    expect((await h.call('GET', '/docs/assets/package.json')).status).toBe(404);

    const plain = await (await h.call('GET', '/docs?noscript')).text();
    expect(plain).toContain('/v1/vacancies/{id}');
    expect(plain).toContain('CandidateProfile');
    expect(plain).not.toMatch(/<script|<link[^>]+href="https?:/);
  });

  it('answers unknown routes with problem+json 404', async () => {
    const res = await h.call('GET', '/v1/nothing-here', { as: ['employer', 'emp-x'] });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});
