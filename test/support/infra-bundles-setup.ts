/**
 * Global setup of the `infra` vitest project: bundles every Lambda handler once, with the build
 * synth runs (`bundleAll()` in infra/constructs/bundling.ts), and points PREBUILT_BUNDLES_ENV at
 * the result, so that each of the many synthesized apps copies the bundles instead of running
 * esbuild again. The bundle-budget test reads the same bundles (`sharedBundles()`).
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  bundleAll,
  type EntryName,
  type LambdaBundle,
  PREBUILT_BUNDLES_ENV,
  REPO_ROOT,
} from '../../infra/constructs/bundling.js';

const INDEX_FILE = 'bundles.json';

export default async function setup(): Promise<() => void> {
  const started = performance.now();
  const root = mkdtempSync(join(tmpdir(), 'concentric-bundles-'));
  // The AWS SDK is external (the Lambda runtime provides it): bundles loaded in tests find it here.
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, INDEX_FILE), JSON.stringify(await bundleAll(root)));
  process.env[PREBUILT_BUNDLES_ENV] = root;
  console.log(`[infra] bundled every handler once in ${((performance.now() - started) / 1000).toFixed(1)}s`);
  return () => {
    delete process.env[PREBUILT_BUNDLES_ENV];
    rmSync(root, { recursive: true, force: true });
  };
}

/** The bundles the global setup built (in a test of the `infra` project). */
export function sharedBundles(): Record<EntryName, LambdaBundle> {
  const root = process.env[PREBUILT_BUNDLES_ENV];
  if (!root)
    throw new Error(`${PREBUILT_BUNDLES_ENV} is not set: run this test in the vitest 'infra' project`);
  return JSON.parse(readFileSync(join(root, INDEX_FILE), 'utf8')) as Record<EntryName, LambdaBundle>;
}
