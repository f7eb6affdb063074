import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../scripts/openapi/audit-document.js';
import { localDocument } from '../../scripts/openapi/local-document.js';
import { CREATING_POSTS, UPLOAD_POSTS } from '../../shared/app/idempotency.js';

/**
 * The served OpenAPI document is complete: every schema typed, every parameter described with
 * an example, every request body and response with an example (recorded by
 * scripts/openapi/capture-examples.ts), the shared headers declared as components and used.
 * Each finding names the operation or component, e.g.
 * `POST /v1/vacancies: response 201 application/json has no example`.
 */
describe('the OpenAPI document', async () => {
  const doc = await localDocument();

  it('has no untyped schema, undescribed parameter, or request or response without an example', () => {
    expect(auditDocument(doc)).toEqual([]);
  });

  it('requires If-Match where the server answers 428 without it', () => {
    const put = doc.paths['/v1/vacancies/{id}']?.put as { parameters: { $ref?: string }[] };
    expect(put.parameters).toContainEqual({ $ref: '#/components/parameters/IfMatchRequired' });
    expect(doc.components.parameters?.IfMatchRequired).toMatchObject({ name: 'if-match', required: true });
  });

  it('declares Idempotency-Key on every POST that creates something, and only there', () => {
    const posts = Object.entries(doc.paths).flatMap(([path, item]) =>
      item.post
        ? [{ key: `POST ${path}`, op: item.post as { parameters?: { $ref?: string }[]; responses: object } }]
        : [],
    );
    const withKey = posts.filter(({ op }) =>
      op.parameters?.some((p) => p.$ref === '#/components/parameters/IdempotencyKey'),
    );
    expect(withKey.map((p) => p.key).sort()).toEqual([...CREATING_POSTS, ...UPLOAD_POSTS].sort());
    // A POST answering 201 Created creates a resource; the uploads create candidates and jobs.
    const creating = posts.filter(({ op }) => '201' in op.responses).map((p) => p.key);
    expect(creating.every((key) => CREATING_POSTS.has(key))).toBe(true);
    expect(doc.components.parameters?.IdempotencyKey).toMatchObject({
      name: 'idempotency-key',
      in: 'header',
      schema: expect.objectContaining({ example: expect.any(String) }),
      description: expect.stringContaining('422'),
    });
    const created = doc.paths['/v1/vacancies']?.post as { responses: Record<string, { headers: object }> };
    expect(created.responses['201']?.headers).toHaveProperty('Idempotent-Replayed');
  });

  it('finds what is missing, naming the operation', () => {
    const broken = structuredClone(doc);
    const op = broken.paths['/v1/vacancies']?.post as { responses: Record<string, { content: object }> };
    op.responses['201'] = { content: { 'application/json': { schema: { type: 'object' } } } };
    expect(auditDocument(broken)).toEqual(
      expect.arrayContaining([
        'POST /v1/vacancies: response 201 does not declare the X-Request-Id header',
        'POST /v1/vacancies: response 201 application/json has no example',
        'POST /v1/vacancies: response 201 application/json schema: object without properties (an untyped object)',
      ]),
    );
  });
});
