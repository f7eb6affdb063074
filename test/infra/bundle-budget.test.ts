import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { type ENTRY_POINTS, entryPath, esbuildOptions } from '../../infra/constructs/bundling.js';

/** Budgets for the minified ESM bundle (AWS SDK external, as deployed). */
const BUDGET_BYTES: Record<keyof typeof ENTRY_POINTS, number> = {
  api: 1024 * 1024,
  indexer: 500 * 1024,
};

describe('bundle budget', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'concentric-bundles-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it.each(Object.keys(BUDGET_BYTES) as (keyof typeof ENTRY_POINTS)[])(
    '%s handler fits its budget',
    async (name) => {
      const outfile = join(outDir, name, 'index.mjs');
      const result = await build(esbuildOptions(entryPath(name), outfile));
      expect(result.errors).toEqual([]);
      const bytes = statSync(outfile).size;
      console.log(
        `[bundle] ${name}: ${(bytes / 1024).toFixed(1)} KiB (budget ${(BUDGET_BYTES[name] / 1024).toFixed(0)} KiB)`,
      );
      expect(bytes).toBeLessThanOrEqual(BUDGET_BYTES[name]);
    },
  );
});
