/**
 * Writes the exchange format's JSON Schema (generated from the zod schemas the API validates
 * with) to docs/exchange-schema.json; GET /v1/exchange/schema.json serves the same document.
 *
 *   npx tsx scripts/exchange-schema.ts [--check]
 *
 * With --check it writes nothing and fails if the file is out of date.
 */
// The zod OpenAPI extension first: schemas built before it never get `.openapi()`.
import '@hono/zod-openapi';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { exchangeJsonSchema } from '../shared/exchange/json-schema.js';

const file = fileURLToPath(new URL('../docs/exchange-schema.json', import.meta.url));
const text = `${JSON.stringify(exchangeJsonSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  const current = await readFile(file, 'utf8').catch(() => '');
  if (current !== text) {
    console.error('docs/exchange-schema.json is out of date: run npx tsx scripts/exchange-schema.ts');
    process.exit(1);
  }
  console.log('docs/exchange-schema.json is up to date');
} else {
  await writeFile(file, text);
  console.log(`wrote ${file}`);
}
