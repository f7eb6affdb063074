/**
 * Cold-start taxonomy load: each run is a fresh Node process that reads and builds the
 * taxonomy artifact, so module caches do not flatter the figure. The built-in artifact
 * (scripts/data/taxonomy/built-in.json) is the baseline.
 *
 *   tsx scripts/bench/taxonomy-load-bench.ts [--artifact a.json,b.json] [--runs 5]
 *
 * Wall time is what a cold start waits; CPU time (user + system) is what the load costs when
 * the machine is shared, so the two are reported side by side.
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { BUILT_IN_ARTIFACT_PATH } from '../data/taxonomy/built-in-path.js';
import { loadLine, machineLine } from './machine.js';

const { values } = parseArgs({
  options: {
    artifact: { type: 'string', default: 'scripts/data/taxonomy/esco-1.1.1-en.json' },
    runs: { type: 'string', default: '5' },
    child: { type: 'string' },
  },
});

async function child(artifact: string): Promise<void> {
  const { readFile } = await import('node:fs/promises');
  const { decodeArtifact } = await import('../../shared/taxonomy/artifact-encoding.js');
  const { Taxonomy } = await import('../../shared/taxonomy/taxonomy.js');
  // An import without the curated vocabulary gets it as scripts/esco-built-in.ts --under adds it;
  // that module (and the data tables) is loaded before the clock starts.
  const { withCuratedLayer } = await import('../../shared/taxonomy/built-in-taxonomy.js');
  const path = artifact === 'built-in' ? BUILT_IN_ARTIFACT_PATH : artifact;
  const before = process.memoryUsage().heapUsed;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  // What shared/composition/taxonomy-loading.ts does at a cold start: read, decode and check, build.
  const parsed = decodeArtifact(await readFile(path));
  const taxonomy = Taxonomy.fromArtifact(
    parsed.source.kind === 'esco-csv' && !parsed.curated ? withCuratedLayer(parsed) : parsed,
  );
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const heap = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  // The term index is built on the first free-text lookup, not at load: measured apart.
  const firstLookupStarted = performance.now();
  taxonomy.skillByLabel('metselen');
  const firstLookupMs = performance.now() - firstLookupStarted;
  const rssMiB = process.memoryUsage().rss / 2 ** 20;
  console.log(
    JSON.stringify({
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      firstLookupMs,
      rssMiB,
      heapMiB: heap,
      skills: taxonomy.skills().length,
      occupations: taxonomy.occupations().length,
    }),
  );
}

function measure(artifact: string, runs: number) {
  const results = Array.from({ length: runs }, () =>
    JSON.parse(
      execFileSync('npx', ['tsx', 'scripts/bench/taxonomy-load-bench.ts', '--child', artifact], {
        encoding: 'utf8',
      }),
    ),
  );
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const heap = results.map((r) => r.heapMiB).sort((a, b) => a - b);
  const median = (xs: number[]) => xs[Math.floor(xs.length / 2)] ?? Number.NaN;
  const sorted = (key: string) => results.map((r) => r[key] as number).sort((a, b) => a - b);
  return {
    cpu: median(sorted('cpuMs')),
    firstLookup: median(sorted('firstLookupMs')),
    rss: median(sorted('rssMiB')),
    median: median(ms),
    max: ms.at(-1),
    heap: median(heap),
    skills: results[0].skills,
    occupations: results[0].occupations,
  };
}

if (values.child) {
  await child(values.child);
} else {
  console.log(machineLine());
  console.log(loadLine());
  const runs = Number(values.runs);
  for (const artifact of ['built-in', ...(values.artifact ?? '').split(',')]) {
    const r = measure(artifact, runs);
    console.log(
      `${artifact}: load median ${r.median.toFixed(1)} ms wall, ${r.cpu.toFixed(1)} ms CPU, max ${r.max.toFixed(1)} ms; first free-text lookup ${r.firstLookup.toFixed(1)} ms; heap +${r.heap.toFixed(1)} MiB, RSS ${r.rss.toFixed(0)} MiB (${r.skills} skills, ${r.occupations} occupations, ${runs} cold runs)`,
    );
  }
  console.log(`after: ${loadLine()}`);
}
