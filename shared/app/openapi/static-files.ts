import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Files the app serves as they are (the recorded OpenAPI examples, the API reference's
 * browser assets). In Lambda they sit beside the bundle, where infra/constructs/bundling.ts
 * copies them, so they never count against the bundle's size; locally they are read from the
 * source tree and from node_modules.
 */

/** Where `import.meta.url` of this module points: the bundle's folder in Lambda. */
const HERE = dirname(fileURLToPath(import.meta.url));

/** Name of the recorded examples file, beside this module and beside the bundle. */
export const EXAMPLES_FILE = 'openapi-examples.json';
/** Folder of the Swagger UI assets beside the bundle. */
export const SWAGGER_UI_DIR = 'swagger-ui';
/** The Swagger UI files the docs page loads. */
export const SWAGGER_UI_FILES = ['swagger-ui-bundle.js', 'swagger-ui.css'] as const;

export function examplesFilePath(): string {
  return join(HERE, EXAMPLES_FILE);
}

/** The folder holding Swagger UI's files: beside the bundle, else the installed package. */
export function swaggerUiDir(): string {
  const beside = join(HERE, SWAGGER_UI_DIR);
  if (existsSync(join(beside, SWAGGER_UI_FILES[0]))) return beside;
  return dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
}
