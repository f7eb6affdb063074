/**
 * Prints the house's size and layering figures: code files over 300 lines (data tables apart),
 * import cycles and upward imports (scripts/layering/layers.ts). `--root DIR` measures another
 * checkout (e.g. a `git worktree` of an older commit); `--list` names the files and edges.
 *
 *   npx tsx scripts/layering/report.ts [--root DIR] [--list]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importCycles, readImportGraph } from './import-graph.js';
import { upwardImports } from './layers.js';

/** Files that are data, not code: literal tables the 300-line limit does not apply to. */
export const DATA_TABLES = [
  'shared/taxonomy/skills-data.ts',
  'shared/taxonomy/occupations-data.ts',
  'shared/taxonomy/esco-links-data.ts',
  'shared/taxonomy/isco-08.ts',
  'shared/demo/origins.ts',
  'shared/demo/demo-vacancy-table.ts',
];

export const MAX_LINES = 300;

const { values } = parseArgs({
  options: { root: { type: 'string', default: '.' }, list: { type: 'boolean', default: false } },
});
const root = path.resolve(values.root as string);
const graph = readImportGraph(root, ['shared', 'functions', 'scripts', 'infra', 'test']);
const lines = (file: string) => readFileSync(path.join(root, file), 'utf8').split('\n').length - 1;
const long = graph.files
  .filter((f) => !DATA_TABLES.includes(f))
  .map((f) => ({ file: f, lines: lines(f) }))
  .filter((f) => f.lines > MAX_LINES)
  .sort((a, b) => b.lines - a.lines);
const longCode = long.filter((f) => !f.file.startsWith('test/'));
const longTests = long.filter((f) => f.file.startsWith('test/'));
const cycles = importCycles(graph);
const upward = upwardImports({ files: graph.files, edges: graph.edges }, { allowed: false });

console.log(`root: ${root}`);
console.log(`files read: ${graph.files.length} (.ts), imports: ${graph.edges.length}`);
console.log(`code files over ${MAX_LINES} lines (data tables apart, tests apart): ${longCode.length}`);
console.log(`test files over ${MAX_LINES} lines: ${longTests.length}`);
console.log(`import cycles: ${cycles.length}`);
console.log(`upward imports in shared/ (allowed edges included): ${upward.length}`);
if (values.list) {
  for (const f of long) console.log(`  long  ${f.lines}  ${f.file}`);
  for (const c of cycles) console.log(`  cycle ${c.join(' ↔ ')}`);
  for (const e of upward) console.log(`  up    ${e.from} → ${e.to}${e.typeOnly ? ' (type)' : ''}`);
}
