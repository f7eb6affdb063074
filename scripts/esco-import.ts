/**
 * Imports the official ESCO CSV download into the versioned taxonomy artifact a deployment
 * loads (`TAXONOMY_PATH` locally, `TAXONOMY_BUCKET`/`TAXONOMY_KEY` in AWS).
 *
 *   tsx scripts/esco-import.ts --dir <folder> [--lang en --lang de ...] [--esco-version 1.2.0] --out <file.json>
 *
 * <folder> is the unzipped CSV download, v1.1.x or v1.2.x, in one or more languages; without
 * --lang every language present is read. The artifact is sectioned (shared/taxonomy/artifact-encoding.ts).
 * The files (~100 MB each) are streamed, never read whole.
 * The curated vocabulary is embedded above the imported concepts (a deployment serves the
 * artifact whole: shared/composition/taxonomy-loading.ts); --no-built-in leaves it out.
 */
import { createReadStream } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { encodeArtifact } from '../shared/taxonomy/artifact-encoding.js';
import { withCuratedLayer } from '../shared/taxonomy/built-in-taxonomy.js';
import { importEsco } from '../shared/taxonomy/esco-csv.js';

const USAGE =
  'usage: tsx scripts/esco-import.ts --dir <folder> [--lang en ...] [--esco-version 1.2.0] [--no-built-in] --out <file.json>';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      lang: { type: 'string', multiple: true },
      'esco-version': { type: 'string' },
      out: { type: 'string' },
      'no-built-in': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.dir || !values.out) throw new Error(USAGE);
  const dir = values.dir;
  const started = Date.now();
  const { taxonomy, stats } = await importEsco(
    {
      files: await readdir(dir),
      open: (fileName) => createReadStream(join(dir, fileName), { encoding: 'utf8', highWaterMark: 1 << 20 }),
    },
    { languages: values.lang, escoVersion: values['esco-version'] },
  );
  const artifact = values['no-built-in'] ? taxonomy : withCuratedLayer(taxonomy);
  await writeFile(values.out, encodeArtifact(artifact), 'utf8');

  console.log(`ESCO import → ${values.out} in ${Date.now() - started} ms, version ${taxonomy.version}`);
  console.log(`  languages:              ${stats.languages.join(', ')}`);
  console.log(`  relations layout:       ${stats.relationsLayout}`);
  console.log(`  occupations:            ${stats.occupations}`);
  console.log(`  skills:                 ${stats.skills}`);
  console.log(`  essential relations:    ${stats.essentialRelations}`);
  console.log(`  optional relations:     ${stats.optionalRelations}`);
  console.log(`  replacements:           ${stats.replacements}`);
  console.log(`  skipped: no ISCO group: ${stats.occupationsWithoutIsco}`);
  console.log(`  skipped: not released:  ${stats.unreleasedRows}`);
  console.log(`  skipped: relations:     ${stats.skippedRelations}`);
  console.log(`  peak RSS:               ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
