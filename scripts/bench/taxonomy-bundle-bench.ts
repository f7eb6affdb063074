/**
 * How much of each Lambda bundle is taxonomy data: the size of every bundle (the build the CDK
 * construct deploys) and the bytes `shared/taxonomy/*-data.ts` and `isco-08.ts` put into it
 * (esbuild metafile), with the machine's load. The bundle budget is test/infra/bundle-budget.test.ts.
 *
 *   npx tsx scripts/bench/taxonomy-bundle-bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleAll } from '../../infra/constructs/bundling.js';
import { loadLine, machineLine } from './machine.js';

const TAXONOMY_DATA = /shared\/taxonomy\/(?:[a-z-]+-data|isco-08)\.ts$/;

const dir = mkdtempSync(join(tmpdir(), 'concentric-taxonomy-bundles-'));
try {
  console.log(machineLine());
  console.log(loadLine());
  const bundles = await bundleAll(dir);
  for (const [name, { bytes, metafile }] of Object.entries(bundles)) {
    const output = Object.values(metafile.outputs).find((out) => out.entryPoint !== undefined);
    const data = Object.entries(output?.inputs ?? {})
      .filter(([path]) => TAXONOMY_DATA.test(path))
      .map(([path, input]) => `${path.split('/').pop()} ${input.bytesInOutput}`);
    console.log(`${name}: ${bytes} B; taxonomy data in it: ${data.length === 0 ? 'none' : data.join(', ')}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
