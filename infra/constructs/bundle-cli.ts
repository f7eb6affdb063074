/**
 * Runs `bundle()` for `bundleSync()` in a child process (CDK local bundling is synchronous and
 * esbuild's `buildSync` takes no plugins):
 *
 *   node --import tsx infra/constructs/bundle-cli.ts <entry> <outDir>
 */
import { bundle } from './bundling.js';

const [entry, outDir] = process.argv.slice(2);
if (!entry || !outDir) {
  console.error('usage: bundle-cli.ts <entry> <outDir>');
  process.exit(2);
}
try {
  await bundle(entry, outDir);
} catch (error) {
  // esbuild's message lists every error with file and line; its stack adds nothing.
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
