import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CLIENT_TYPES_FILE, clientTypes } from '../../scripts/openapi/generate-client.js';
import { localDocument } from '../../scripts/openapi/local-document.js';

/**
 * The typed client (shared/client/) is generated from the document the server serves. When a
 * route or schema changes and the file is not generated again, this fails; once it is, `tsc`
 * checks the upload CLI and the public-contract tests against the new types.
 */
describe('the typed client', () => {
  it('is generated from the served document (npx tsx scripts/openapi/generate-client.ts)', async () => {
    const doc = await localDocument();
    const [stored, fresh] = await Promise.all([readFile(CLIENT_TYPES_FILE, 'utf8'), clientTypes(doc)]);
    expect(
      stored === fresh,
      'shared/client/openapi.d.ts is stale: run scripts/openapi/generate-client.ts',
    ).toBe(true);
  });

  it('would notice a changed response schema', async () => {
    const doc = await localDocument();
    const fresh = await clientTypes(doc);
    const schemas = doc.components.schemas as Record<string, { properties: Record<string, unknown> }>;
    const vacancy = schemas.Vacancy;
    expect(vacancy?.properties.openings).toBeDefined();
    if (vacancy) delete vacancy.properties.openings;
    const drifted = await clientTypes(doc);
    expect(drifted).not.toBe(fresh);
    expect(fresh).toMatch(/openings/);
  });
});
