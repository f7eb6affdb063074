import { defineConfig } from 'vitest/config';

/**
 * Test projects, kept apart by what they need:
 * - unit: pure code, no network, no order;
 * - integration: the app and adapters against the local DynamoDB engine, started by each test file
 *   (test/support/test-dynamo.ts: dynoxide where installed, else dynalite in-process);
 * - opensearch: adapters and parity against a real OpenSearch 2.19 node (global setup starts it,
 *   or reuses OPENSEARCH_URL);
 * - infra: CDK assertions and bundle budgets (global setup bundles every handler once; synth copies).
 */
export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      // Some unit tests import the whole real ESCO data or build 5,000 vacancies: seconds on a loaded 2-core machine.
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'integration', include: ['test/integration/**/*.test.ts'], testTimeout: 30_000 } },
      {
        test: {
          name: 'opensearch',
          include: ['test/opensearch/**/*.test.ts'],
          globalSetup: ['./test/support/opensearch-global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          globalSetup: ['./test/support/infra-bundles-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
