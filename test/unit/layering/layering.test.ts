import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_TABLES, GENERATED, longFiles, MAX_LINES } from '../../../scripts/layering/file-size.js';
import {
  type ImportGraph,
  importCycles,
  importsOf,
  readImportGraph,
} from '../../../scripts/layering/import-graph.js';
import {
  ALLOWED_CYCLES,
  ALLOWED_EDGES,
  compositionImports,
  isAllowedCycle,
  upwardImports,
} from '../../../scripts/layering/layers.js';

const root = path.resolve(import.meta.dirname, '../../..');
const graph = readImportGraph(root, ['shared', 'functions', 'scripts', 'infra', 'test']);
const edge = (from: string, to: string) => `${from} → ${to}`;

/** Every file `entry` loads at run time, following imports that are not type-only. */
function runtimeClosure(g: ImportGraph, entry: string): Set<string> {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    for (const e of g.edges) {
      if (e.from !== file || e.typeOnly || !e.to.endsWith('.ts') || seen.has(e.to)) continue;
      seen.add(e.to);
      queue.push(e.to);
    }
  }
  return seen;
}

describe('the import graph reader', () => {
  it('reads static, re-exported, side-effect and dynamic imports, and tells type-only ones', () => {
    const dynamic = 'import'; // split, so that this file's own text holds no dynamic import
    const text = [
      "import { a } from './a.js';",
      "import type { B } from '../b.js';",
      "import { type C, type D } from './cd.js';",
      "import { type E, f } from './ef.js';",
      "export { g } from './g.js';",
      "import './side-effect.js';",
      `const lazy = () => ${dynamic}('./lazy.js');`,
      "import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';",
      "import type { DynamoDBRecord } from 'aws-lambda';",
      "// import { commented } from './commented.js';",
      "/* import { blocked } from './blocked.js'; */",
    ].join('\n');
    expect(importsOf('shared/x/file.ts', text)).toEqual([
      { from: 'shared/x/file.ts', to: 'shared/x/a.ts', typeOnly: false },
      { from: 'shared/x/file.ts', to: 'shared/b.ts', typeOnly: true },
      { from: 'shared/x/file.ts', to: 'shared/x/cd.ts', typeOnly: true },
      { from: 'shared/x/file.ts', to: 'shared/x/ef.ts', typeOnly: false },
      { from: 'shared/x/file.ts', to: 'shared/x/g.ts', typeOnly: false },
      { from: 'shared/x/file.ts', to: '@aws-sdk/lib-dynamodb', typeOnly: false },
      { from: 'shared/x/file.ts', to: 'aws-lambda', typeOnly: true },
      { from: 'shared/x/file.ts', to: 'shared/x/side-effect.ts', typeOnly: false },
      { from: 'shared/x/file.ts', to: 'shared/x/lazy.ts', typeOnly: false },
    ]);
  });

  it('finds cycles, long and self-made, and nothing in a chain', () => {
    const g = (pairs: [string, string][]): ImportGraph => ({
      files: [...new Set(pairs.flat())].sort(),
      edges: pairs.map(([from, to]) => ({ from, to, typeOnly: false })),
    });
    expect(
      importCycles(
        g([
          ['a.ts', 'b.ts'],
          ['b.ts', 'c.ts'],
          ['c.ts', 'a.ts'],
          ['c.ts', 'd.ts'],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(importCycles(g([['a.ts', 'a.ts']]))).toEqual([['a.ts']]);
    expect(
      importCycles(
        g([
          ['a.ts', 'b.ts'],
          ['b.ts', 'c.ts'],
        ]),
      ),
    ).toEqual([]);
  });

  it('sees the whole repo, resolving most relative imports to files it read', () => {
    expect(graph.files).toContain('shared/app/create-app.ts');
    expect(graph.files).toContain('functions/api/handler.ts');
    const files = new Set(graph.files);
    const relative = graph.edges.filter((e) => e.to.endsWith('.ts'));
    expect(relative.length).toBeGreaterThan(1000);
    expect(relative.filter((e) => !files.has(e.to)).map((e) => edge(e.from, e.to))).toEqual([]);
  });
});

describe('file size (docs/architecture.md)', () => {
  it(`has no code or test file over ${MAX_LINES} lines, data tables and generated files apart`, () => {
    expect(longFiles(root, graph.files)).toEqual([]);
  });

  it('names only data tables and generated files that exist', () => {
    expect([...DATA_TABLES, ...GENERATED].filter((f) => !graph.files.includes(f))).toEqual([]);
  });
});

describe('layering of shared/ (docs/architecture.md)', () => {
  it('has no import cycle beyond the written-down ones', () => {
    expect(importCycles(graph).filter((c) => !isAllowedCycle(c))).toEqual([]);
  });

  it('has no upward import beyond the written-down edges', () => {
    expect(upwardImports(graph).map((v) => `${edge(v.from, v.to)}: ${v.why}`)).toEqual([]);
  });

  it('flags an upward import when one appears (the rules bite)', () => {
    const plantedEdges = [
      { from: 'shared/use-cases/vacancy-use-cases.ts', to: 'shared/app/problem.ts', typeOnly: true },
      { from: 'shared/matching/score-model.ts', to: 'shared/adapters/opensearch/client.ts', typeOnly: false },
      { from: 'shared/ports/clock.ts', to: 'aws-lambda', typeOnly: true },
      { from: 'shared/rules/intake.ts', to: 'shared/demo/prng.ts', typeOnly: false },
      { from: 'shared/adapters/opensearch/client.ts', to: 'shared/use-cases/access.ts', typeOnly: false },
    ];
    const planted: ImportGraph = { files: graph.files, edges: [...graph.edges, ...plantedEdges] };
    const found = upwardImports(planted).map((v) => edge(v.from, v.to));
    const plantedNames = new Set(plantedEdges.map((e) => edge(e.from, e.to)));
    expect(found.filter((name) => plantedNames.has(name))).toEqual([
      edge('shared/use-cases/vacancy-use-cases.ts', 'shared/app/problem.ts'),
      edge('shared/matching/score-model.ts', 'shared/adapters/opensearch/client.ts'),
      edge('shared/ports/clock.ts', 'aws-lambda'),
      edge('shared/rules/intake.ts', 'shared/demo/prng.ts'),
      edge('shared/adapters/opensearch/client.ts', 'shared/use-cases/access.ts'),
    ]);
  });

  it('keeps its allowances alive: each allowed edge and cycle still exists', () => {
    const edges = new Set(graph.edges.map((e) => edge(e.from, e.to)));
    expect(
      ALLOWED_EDGES.filter((e) => !edges.has(edge(e.from, e.to))).map((e) => edge(e.from, e.to)),
    ).toEqual([]);
    const cycles = importCycles(graph);
    expect(
      ALLOWED_CYCLES.filter((c) => !cycles.some((found) => found.join() === c.files.join())).map(
        (c) => c.files,
      ),
    ).toEqual([]);
  });

  it('imports a composition root only from entry points, scripts and tests', () => {
    expect(compositionImports(graph).map((e) => edge(e.from, e.to))).toEqual([]);
  });
});

describe('what each Lambda loads at cold start', () => {
  const loads = (entry: string) => [...runtimeClosure(graph, entry)];
  it.each([
    ['functions/exchange-worker/handler.ts'],
    ['functions/indexer/handler.ts'],
    ['functions/retention/handler.ts'],
  ])('%s builds neither the HTTP app nor the JWT identity', (entry) => {
    const loaded = loads(entry);
    expect(loaded.length).toBeGreaterThan(5);
    expect(
      loaded.filter((f) => f.startsWith('shared/app/') || f.startsWith('shared/adapters/identity/')),
    ).toEqual([]);
  });

  it('the API Lambda does load the app (the check above can see it)', () => {
    expect(loads('functions/api/handler.ts')).toContain('shared/app/create-app.ts');
  });
});
