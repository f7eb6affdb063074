import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BundlingOptions, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions } from 'esbuild';

/** Repository root, resolved from this file so synth works from any working directory. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Lambda entry points, relative to the repository root. */
export const ENTRY_POINTS = {
  api: 'functions/api/handler.ts',
  indexer: 'functions/indexer/handler.ts',
} as const;

export function entryPath(name: keyof typeof ENTRY_POINTS): string {
  return join(REPO_ROOT, ENTRY_POINTS[name]);
}

/**
 * The esbuild settings both the CDK construct and the bundle-budget test use, so the budget
 * measures exactly what gets deployed.
 */
export const SHARED_BUNDLING = {
  target: 'node22',
  minify: true,
  /** The Node.js 22 runtime ships AWS SDK v3; bundling it only adds cold-start weight. */
  externalModules: ['@aws-sdk/*'],
  /** Prefer ESM entry points of dependencies so tree shaking works. */
  mainFields: ['module', 'main'],
  /** Some CommonJS dependencies call `require`; ESM output has none, so recreate it. */
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
} as const;

/** Options for `NodejsFunction#bundling`. */
export const cdkBundlingOptions: BundlingOptions = {
  forceDockerBundling: false,
  format: OutputFormat.ESM,
  target: SHARED_BUNDLING.target,
  minify: SHARED_BUNDLING.minify,
  externalModules: [...SHARED_BUNDLING.externalModules],
  mainFields: [...SHARED_BUNDLING.mainFields],
  banner: SHARED_BUNDLING.banner,
  // Linked .map next to the bundle (NODE_OPTIONS=--enable-source-maps reads it); leave the
  // original sources out of the map to keep the asset small.
  sourceMap: true,
  sourceMapMode: SourceMapMode.DEFAULT,
  sourcesContent: false,
};

/** The same build through esbuild's JS API (what `NodejsFunction` runs via the CLI). */
export function esbuildOptions(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: SHARED_BUNDLING.target,
    minify: SHARED_BUNDLING.minify,
    external: [...SHARED_BUNDLING.externalModules],
    mainFields: [...SHARED_BUNDLING.mainFields],
    banner: { js: SHARED_BUNDLING.banner },
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'silent',
  };
}
