import type { ImportEdge, ImportGraph } from './import-graph.js';

/**
 * The layers of `shared/` and which way imports may point (docs/architecture.md): data flows
 * route → use case → domain → port → adapter, and the composition roots wire adapters into
 * ports. A layer names the folder (or root file) of `shared/` it covers.
 */

/** Pure code: the domain, its rules and models. No I/O, no framework, no port. */
const MODEL = [
  'domain',
  'errors',
  'concurrency',
  'search',
  'taxonomy',
  'rules',
  'matching',
  'insight',
  'privacy',
  'exchange',
  'demo',
] as const;

/** Packages that belong to an adapter, an entry point or the HTTP app, never to a port or a use case. */
const INFRASTRUCTURE_PACKAGES = [
  'aws-lambda',
  '@aws-sdk',
  '@opensearch-project',
  'hono',
  '@hono',
  'jose',
  'aws-cdk-lib',
  'constructs',
];

export interface LayerRule {
  /** The layers the rule applies to. */
  readonly layers: readonly string[];
  /** Layers of `shared/` (or top-level folders such as `scripts`) these may not import. */
  readonly mayNotImport: readonly string[];
  /** Packages (name or scope) these may not import. */
  readonly mayNotImportPackages?: readonly string[];
  readonly why: string;
}

const UPPER = ['ports', 'use-cases', 'app', 'adapters', 'composition', 'indexing'];
const OUTSIDE = ['scripts', 'test', 'functions', 'infra'];

export const LAYER_RULES: readonly LayerRule[] = [
  {
    layers: MODEL,
    mayNotImport: [...UPPER, ...OUTSIDE],
    mayNotImportPackages: INFRASTRUCTURE_PACKAGES,
    why: 'the domain, rules and models are pure: they know no port, use case, adapter or framework',
  },
  {
    layers: ['ports'],
    mayNotImport: ['use-cases', 'app', 'adapters', 'composition', 'indexing', ...OUTSIDE],
    mayNotImportPackages: INFRASTRUCTURE_PACKAGES,
    why: 'a port is typed with domain types, so any adapter can implement it',
  },
  {
    layers: ['use-cases', 'indexing'],
    mayNotImport: ['app', 'adapters', 'composition', ...OUTSIDE],
    mayNotImportPackages: INFRASTRUCTURE_PACKAGES,
    why: 'a use case reaches the world through ports only, and knows nothing of HTTP',
  },
  {
    layers: ['app'],
    mayNotImport: ['adapters', 'composition', 'indexing', ...OUTSIDE],
    why: 'the HTTP app is built from ports (createApp(deps)); adapters are wired in a composition root',
  },
  {
    layers: ['adapters'],
    mayNotImport: ['use-cases', 'app', 'composition', 'indexing', ...OUTSIDE],
    why: 'an adapter implements a port; it calls no use case and no route',
  },
  {
    layers: [
      'domain',
      'errors',
      'search',
      'taxonomy',
      'rules',
      'matching',
      'insight',
      'privacy',
      'exchange',
      'ports',
      'use-cases',
      'indexing',
      'adapters',
    ],
    mayNotImport: ['demo'],
    why: 'the demo data set is for demos, benchmarks and tests, not for production code',
  },
  {
    layers: ['composition', 'config'],
    mayNotImport: OUTSIDE,
    why: 'production code does not import scripts, tests, handlers or infrastructure code',
  },
];

/**
 * The edges that break a rule today, each with its reason and who removes it. Kept short on
 * purpose: a new one needs a reason here.
 */
export const ALLOWED_EDGES: readonly { from: string; to: string; why: string }[] = [];

/** Type-only cycles allowed for now, as sorted file lists. */
export const ALLOWED_CYCLES: readonly { files: readonly string[]; why: string }[] = [];

/** The layer of a repo path: the folder (or root file) under `shared/`, else the top-level folder. */
export function layerOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'shared') return (parts[1] as string).replace(/\.ts$/, '');
  return parts[0] as string;
}

const isPackage = (to: string) => !to.includes('/') || to.startsWith('@') || !to.endsWith('.ts');

function packageMatches(to: string, banned: string): boolean {
  return to === banned || to.startsWith(`${banned}/`);
}

export interface LayerViolation extends ImportEdge {
  readonly why: string;
}

/** Every import that points the wrong way; the allowed edges left out unless `allowed: false`. */
export function upwardImports(graph: ImportGraph, options: { allowed?: boolean } = {}): LayerViolation[] {
  const allowed = new Set(options.allowed === false ? [] : ALLOWED_EDGES.map((e) => `${e.from} ${e.to}`));
  const violations: LayerViolation[] = [];
  for (const edge of graph.edges) {
    if (!edge.from.startsWith('shared/')) continue;
    if (allowed.has(`${edge.from} ${edge.to}`)) continue;
    const from = layerOf(edge.from);
    for (const rule of LAYER_RULES) {
      if (!rule.layers.includes(from)) continue;
      const broken = isPackage(edge.to)
        ? (rule.mayNotImportPackages ?? []).some((p) => packageMatches(edge.to, p))
        : rule.mayNotImport.includes(layerOf(edge.to));
      if (broken) violations.push({ ...edge, why: rule.why });
    }
  }
  return violations;
}

/** Files outside composition roots, entry points and scripts that import a composition root. */
export function compositionImports(graph: ImportGraph): ImportEdge[] {
  return graph.edges.filter(
    (e) =>
      !isPackage(e.to) &&
      layerOf(e.to) === 'composition' &&
      !['composition', 'functions', 'scripts', 'test'].includes(layerOf(e.from)),
  );
}

export function isAllowedCycle(files: readonly string[]): boolean {
  return ALLOWED_CYCLES.some(
    (c) => c.files.length === files.length && c.files.every((f, i) => f === files[i]),
  );
}
