import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import EnginesFirstSequencer from './test/support/engines-first-sequencer.js';

/**
 * The test OpenSearch nodes live for minutes: their JIT's optimising tier (C2) costs more CPU
 * than it saves them, so they run on the quick tier alone (docs/benchmarks.md, suite time).
 * Set here so every node the run starts, the shared one and a test's own, inherits it.
 */
process.env.OPENSEARCH_JAVA_OPTS ??= '-XX:TieredStopAtLevel=1';

/**
 * Test projects, kept apart by what they need:
 * - unit: pure code, no network, no order;
 * - integration: the app and adapters against the local DynamoDB engine, started by each test file
 *   (test/support/test-dynamo.ts: dynoxide where installed, else dynalite in-process);
 * - opensearch: adapters and parity against a real OpenSearch 2.19 node (global setup starts it,
 *   or reuses OPENSEARCH_URL); every file has its own index, and files that stop a node start
 *   their own;
 * - infra: CDK assertions and bundle budgets (global setup bundles every handler once; synth copies;
 *   test/infra/support.ts synthesizes each context once per worker).
 *
 * Files wait on engines (the DynamoDB engine, the OpenSearch JVM, Chromium) for much of their
 * time, so one worker more than there are cores keeps the cores busy; vitest's default, one
 * fewer, ran one file at a time on 2 cores. unit, integration and infra files share their worker's
 * module cache (`isolate: false`): importing the app and aws-cdk-lib afresh per file was a third of
 * their CPU. Their files restore what they change (env, timers, mocks), and a setup file loads
 * the zod OpenAPI extension before any of them.
 */
const shared = { isolate: false, setupFiles: ['./test/support/zod-openapi-first.ts'] };

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    maxWorkers: Math.min(8, availableParallelism() + 1),
    sequence: { sequencer: EnginesFirstSequencer },
    projects: [
      // Some unit tests import the whole real ESCO data or build 5,000 vacancies: seconds on a loaded 2-core machine.
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000, ...shared } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 30_000,
          ...shared,
        },
      },
      {
        test: {
          name: 'opensearch',
          include: ['test/opensearch/**/*.test.ts'],
          globalSetup: ['./test/support/opensearch-global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          globalSetup: ['./test/support/infra-bundles-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          ...shared,
        },
      },
    ],
  },
});
