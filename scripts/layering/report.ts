/**
 * Prints the house's size and layering figures: code files over 300 lines (data tables and
 * generated files apart), import cycles and upward imports (scripts/layering/layers.ts). `--root DIR` measures another
 * checkout (e.g. a `git worktree` of an older commit); `--list` names the files and edges.
 *
 *   npx tsx scripts/layering/report.ts [--root DIR] [--list]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { longFiles, MAX_LINES } from './file-size.js';
import { importCycles, readImportGraph } from './import-graph.js';
import { upwardImports } from './layers.js';

const { values } = parseArgs({
  options: { root: { type: 'string', default: '.' }, list: { type: 'boolean', default: false } },
});
const root = path.resolve(values.root as string);
const graph = readImportGraph(root, ['shared', 'functions', 'scripts', 'infra', 'test']);
const long = longFiles(root, graph.files);
const longCode = long.filter((f) => !f.file.startsWith('test/'));
const longTests = long.filter((f) => f.file.startsWith('test/'));
const cycles = importCycles(graph);
const upward = upwardImports({ files: graph.files, edges: graph.edges }, { allowed: false });

console.log(`root: ${root}`);
console.log(`files read: ${graph.files.length} (.ts), imports: ${graph.edges.length}`);
console.log(
  `code files over ${MAX_LINES} lines (data tables and generated files apart, tests apart): ${longCode.length}`,
);
console.log(`test files over ${MAX_LINES} lines: ${longTests.length}`);
console.log(`import cycles: ${cycles.length}`);
console.log(`upward imports in shared/ (allowed edges included): ${upward.length}`);
if (values.list) {
  for (const f of long) console.log(`  long  ${f.lines}  ${f.file}`);
  for (const c of cycles) console.log(`  cycle ${c.join(' ↔ ')}`);
  for (const e of upward) console.log(`  up    ${e.from} → ${e.to}${e.typeOnly ? ' (type)' : ''}`);
}
