/**
 * Setup file of the projects whose files share their worker's module cache (vitest.config.ts):
 * the zod OpenAPI extension is loaded before any test file, since a schema built before it never
 * gets `.openapi()`, and with a shared cache the first file of a worker decides what is loaded first.
 */
import '@hono/zod-openapi';
