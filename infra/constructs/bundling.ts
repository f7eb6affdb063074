import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, statSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BuildOptions, build, type Metafile, type Plugin } from 'esbuild';

/** Repository root, resolved from this file so synth works from any working directory. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Lambda entry points, relative to the repository root. */
export const ENTRY_POINTS = {
  api: 'functions/api/handler.ts',
  indexer: 'functions/indexer/handler.ts',
  retention: 'functions/retention/handler.ts',
  exchangeWorker: 'functions/exchange-worker/handler.ts',
  searchSecurity: 'functions/search-security/handler.ts',
} as const;

export function entryPath(name: keyof typeof ENTRY_POINTS): string {
  return join(REPO_ROOT, ENTRY_POINTS[name]);
}

/** File name of the bundle in the Lambda asset (its source map is `index.mjs.map`). */
export const BUNDLE_FILE = 'index.mjs';
/** Lambda handler setting: the `handler` export of `index.mjs`. */
export const HANDLER = 'index.handler';

/**
 * The esbuild settings of every Lambda bundle. `bundle()` below is the one build the CDK construct,
 * the bundle-budget test and the bundle bench all run, so the budget measures what gets deployed.
 */
export const SHARED_BUNDLING = {
  target: 'node22',
  minify: true,
  /**
   * The Node.js 22 runtime ships AWS SDK v3; bundling it only adds cold-start weight. Powertools
   * (with the X-Ray SDK its Tracer needs) comes from AWS's Powertools layer, at exactly the
   * installed version (infra/constructs/powertools-layer.ts), as its documentation recommends.
   */
  externalModules: ['@aws-sdk/*', '@aws-lambda-powertools/*'],
  /** Prefer ESM entry points of dependencies so tree shaking works. */
  mainFields: ['module', 'main'],
  /** Some CommonJS dependencies call `require`; ESM output has none, so recreate it. */
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
} as const;

/** zod's locales barrel (`zod/v4/locales/index.js`), wherever zod sits under node_modules. */
const ZOD_LOCALES_BARREL = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/;

/**
 * Keeps only zod's English locale. The `z` namespace re-exports every locale
 * (`export * as locales from '../locales/index.js'`, ~50 modules, ~260 KiB minified), and code that
 * uses `z` as a value (`import { z } from 'zod'`, or `z` from `@hono/zod-openapi`) keeps the whole
 * namespace, so esbuild cannot drop them. The barrel is loaded as a module that re-exports the real
 * `en.js` only: zod's default messages stay English (zod registers `en` itself, from `en.js`), and
 * `z.locales.en` still exists; other locales are `undefined` (nothing here configures one).
 *
 * Replacing the barrel's contents at load time (rather than redirecting one import specifier)
 * covers every way in: `zod/v4/classic`, `zod/v4/core`, `zod/locales`, `zod/v4/locales`.
 */
export function zodEnglishOnly(): Plugin {
  return {
    name: 'zod-english-only',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: ZOD_LOCALES_BARREL }, (args) => ({
        contents: 'export { default as en } from "./en.js";\n',
        loader: 'js',
        resolveDir: dirname(args.path),
      }));
    },
  };
}

/**
 * The OpenSearch client logs through the `debug` package (with `supports-color` and
 * `has-flag`, ~8 KiB minified), which reads `DEBUG`. In a bundle it becomes Node's own
 * `util.debuglog`: the same printf-style logger, switched on by `NODE_DEBUG=opensearch` instead.
 */
export function debugAsNodeDebuglog(): Plugin {
  return moduleStandIn(
    'debug',
    'node-debuglog',
    "const { debuglog } = require('node:util');\nmodule.exports = (namespace) => debuglog(namespace);\n",
  );
}

/**
 * The OpenSearch client's serializer loads `json11` (~28 KiB minified) for one option only,
 * `enableLongNumeralSupport`, which no client here sets (shared/adapters/opensearch/). In a bundle
 * it is a stub that throws; the serializer keeps plain JSON's result whenever json11 throws
 * (node_modules/@opensearch-project/opensearch/lib/Serializer.js), so nothing else changes.
 */
export function json11Unused(): Plugin {
  return moduleStandIn(
    'json11',
    'json11-unused',
    "const off = () => { throw new Error('enableLongNumeralSupport is not bundled (infra/constructs/bundling.ts)'); };\nmodule.exports = { parse: off, stringify: off };\n",
  );
}

/** A plugin that bundles `contents` (CommonJS) wherever `specifier` is imported, as `namespace:specifier`. */
function moduleStandIn(specifier: string, namespace: string, contents: string): Plugin {
  const exact = new RegExp(`^${specifier}$`);
  return {
    name: namespace,
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: exact }, () => ({ path: specifier, namespace }));
      pluginBuild.onLoad({ filter: /.*/, namespace }, () => ({ contents, loader: 'js' }));
    },
  };
}

function esbuildOptions(entry: string, outfile: string): BuildOptions {
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
    // Linked .map next to the bundle (NODE_OPTIONS=--enable-source-maps reads it); leave the
    // original sources out of the map to keep the asset small.
    sourcemap: true,
    sourcesContent: false,
    plugins: [zodEnglishOnly(), debugAsNodeDebuglog(), json11Unused()],
    metafile: true,
    logLevel: 'silent',
  };
}

export interface LambdaBundle {
  /** Absolute path of the bundle (`<outDir>/index.mjs`; its source map is next to it). */
  readonly file: string;
  /** Size of the bundle in bytes (without the source map). */
  readonly bytes: number;
  /** What went into the bundle (esbuild metafile). */
  readonly metafile: Metafile;
}

/**
 * Bundles a Lambda handler into `<outDir>/index.mjs` plus `index.mjs.map`: minified ESM for
 * Node.js 22, AWS SDK external, with the zod locale plugin. Rejects with esbuild's messages.
 */
export async function bundle(entry: string, outDir: string): Promise<LambdaBundle> {
  const file = join(outDir, BUNDLE_FILE);
  const result = await build(esbuildOptions(entry, file));
  const metafile = result.metafile as Metafile;
  await copyStaticFiles(metafile, outDir);
  return { file, bytes: statSync(file).size, metafile };
}

/** File name of the built-in taxonomy artifact beside a bundle that loads a taxonomy. */
export const BUILT_IN_TAXONOMY_FILE = 'taxonomy-built-in.json';
/** Where scripts/esco-built-in.ts writes it (scripts/data/taxonomy/built-in-path.ts). */
const BUILT_IN_ARTIFACT = 'scripts/data/taxonomy/built-in.json';

/**
 * A bundle that loads a taxonomy (it contains shared/composition/taxonomy-loading.ts) gets the
 * built-in artifact beside it, as the one it serves before an import is uploaded (config.ts,
 * `TAXONOMY_DEFAULT_PATH`). A bundle that serves the API reference (it contains shared/app/openapi/static-files.ts) gets
 * the files that module finds beside the bundle: the recorded OpenAPI examples and Swagger UI's
 * assets. They are files, not code, so they never count against the bundle's size.
 */
async function copyStaticFiles(metafile: Metafile, outDir: string): Promise<void> {
  const contains = (module: string) => Object.keys(metafile.inputs).some((path) => path.endsWith(module));
  if (contains('shared/composition/taxonomy-loading.ts')) {
    await copyFile(join(REPO_ROOT, BUILT_IN_ARTIFACT), join(outDir, BUILT_IN_TAXONOMY_FILE));
  }
  if (!contains('shared/app/openapi/static-files.ts')) return;
  const app = join(REPO_ROOT, 'shared/app/openapi');
  await copyFile(join(app, 'openapi-examples.json'), join(outDir, 'openapi-examples.json'));
  const swagger = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  await mkdir(join(outDir, 'swagger-ui'), { recursive: true });
  for (const name of ['swagger-ui-bundle.js', 'swagger-ui.css']) {
    await copyFile(join(swagger, name), join(outDir, 'swagger-ui', name));
  }
}

/** The CLI that runs `bundle()` for `bundleSync()` (`node --import tsx bundle-cli.ts <entry> <outDir>`). */
const BUNDLE_CLI = fileURLToPath(new URL('./bundle-cli.ts', import.meta.url));

/**
 * `bundle()`, synchronously, for CDK local bundling (`ILocalBundling#tryBundle` is synchronous).
 * esbuild's `buildSync` takes no plugins, so the async build runs in a child Node process (with
 * tsx's loader, as the CDK app itself runs); this call blocks until it exits. Throws if it fails.
 */
export function bundleSync(entry: string, outDir: string): void {
  const prebuilt = prebuiltBundleDir(entry);
  if (prebuilt) {
    cpSync(prebuilt, outDir, { recursive: true });
    return;
  }
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const child = spawnSync(process.execPath, ['--import', tsx, BUNDLE_CLI, entry, outDir], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.error) throw new Error(`Could not start the bundler for ${entry}: ${child.error.message}`);
  if (child.status !== 0) {
    const reason = child.signal ? `signal ${child.signal}` : `exit code ${child.status}`;
    throw new Error(`Bundling ${entry} failed (${reason}):\n${child.stderr.trim()}`);
  }
}

/**
 * Names a directory of handlers already bundled by `bundleAll()`. When it is set, synth copies
 * each function's bundle from there instead of running esbuild again: the infra tests bundle
 * once per run (test/support/infra-bundles-setup.ts) and then synthesize many apps.
 */
export const PREBUILT_BUNDLES_ENV = 'CONCENTRIC_PREBUILT_BUNDLES';

export type EntryName = keyof typeof ENTRY_POINTS;

/** Bundles every Lambda entry point with `bundle()`, each into `<outRoot>/<name>/`. */
export async function bundleAll(outRoot: string): Promise<Record<EntryName, LambdaBundle>> {
  const names = Object.keys(ENTRY_POINTS) as EntryName[];
  const bundles = await Promise.all(names.map((name) => bundle(entryPath(name), join(outRoot, name))));
  return Object.fromEntries(names.map((name, i) => [name, bundles[i]])) as Record<EntryName, LambdaBundle>;
}

/** The prebuilt bundle of `entry` under PREBUILT_BUNDLES_ENV, if that is set and holds it. */
function prebuiltBundleDir(entry: string): string | undefined {
  const root = process.env[PREBUILT_BUNDLES_ENV];
  if (!root) return undefined;
  const name = (Object.keys(ENTRY_POINTS) as EntryName[]).find((n) => entryPath(n) === entry);
  if (!name) return undefined;
  const dir = join(root, name);
  if (!existsSync(join(dir, BUNDLE_FILE))) {
    throw new Error(`${PREBUILT_BUNDLES_ENV} is set but ${dir} holds no ${BUNDLE_FILE}`);
  }
  return dir;
}
