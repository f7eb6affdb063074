/**
 * Writes a synthetic ESCO CSV download at the real release's size, in the official layout
 * (`scripts/esco/full-size-download.ts`), for imports and benchmarks at full size.
 *
 *   tsx scripts/esco-generate.ts --out <folder> [--layout v1.2|v1.1] [--seed 1]
 *
 * Then: tsx scripts/esco-import.ts --dir <folder> --esco-version 1.2.0 --out taxonomy.json
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { FULL_SIZE, FullSizeDownload, type FullSizeLayout } from './esco/full-size-download.js';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    layout: { type: 'string', default: 'v1.2' },
    seed: { type: 'string', default: '1' },
  },
});
if (!values.out || (values.layout !== 'v1.1' && values.layout !== 'v1.2')) {
  throw new Error('usage: tsx scripts/esco-generate.ts --out <folder> [--layout v1.2|v1.1] [--seed 1]');
}
const started = Date.now();
const download = new FullSizeDownload(Number(values.seed), values.layout as FullSizeLayout);
await mkdir(values.out, { recursive: true });
for (const file of download.files()) {
  await pipeline(Readable.from(download.open(file)), createWriteStream(join(values.out, file)));
}
console.log(
  `wrote ${download.files().length} files (${FULL_SIZE.skills} skills, ${download.occupations.length} occupations, ${download.relations.length} relations, layout ${values.layout}) to ${values.out} in ${Date.now() - started} ms`,
);
