/**
 * Generates the typed client's types (shared/client/openapi.d.ts) from the OpenAPI document the
 * app serves, with openapi-typescript:
 *
 *   npx tsx scripts/openapi/generate-client.ts
 *
 * Run it after changing a route, a schema or the recorded examples; the drift test
 * (test/integration/client-drift.test.ts) fails while the file differs from what this writes,
 * and `tsc` then checks the upload CLI and the public-contract route tests against the new types.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenApiDocument } from '../../shared/app/openapi/document.js';
import { localDocument } from './local-document.js';

export const CLIENT_TYPES_FILE = fileURLToPath(new URL('../../shared/client/openapi.d.ts', import.meta.url));

const HEADER = `/**
 * Generated from the served OpenAPI document by scripts/openapi/generate-client.ts
 * (openapi-typescript). Do not edit: run the script again.
 */

`;

/** The client's types for a document, as the file holds them. */
export async function clientTypes(doc: OpenApiDocument): Promise<string> {
  const ast = await openapiTS(withoutExamples(doc) as Parameters<typeof openapiTS>[0], {
    alphabetize: false,
    exportType: false,
    // A member with a default may be left out of a request: the server fills it in.
    defaultNonNullable: false,
  });
  return HEADER + astToString(ast);
}

/**
 * The document without its examples: they add nothing to the types, and the recorded example of
 * the exchange JSON Schema holds `$ref`s of its own, which the generator would try to resolve.
 */
function withoutExamples(value: unknown, underProperties = false): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutExamples(v));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => underProperties || (key !== 'example' && key !== 'examples'))
      .map(([key, v]) => [key, withoutExamples(v, !underProperties && key === 'properties')]),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(CLIENT_TYPES_FILE, await clientTypes(await localDocument()));
  console.log(`wrote ${CLIENT_TYPES_FILE}`);
}
