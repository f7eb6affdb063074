import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../scripts/openapi/audit-document.js';
import { localDocument } from '../../scripts/openapi/local-document.js';

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
