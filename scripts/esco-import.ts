/**
 * Imports the official ESCO CSV download into the taxonomy JSON that `Taxonomy.fromImported` loads.
 *
 *   tsx scripts/esco-import.ts --dir <folder> --lang en [--lang nl --lang fr] --out <file.json>
 *
 * <folder> holds `occupations_<lang>.csv`, `skills_<lang>.csv` and
 * `occupationSkillRelations_<lang>.csv` for each language. The files (~100 MB each) are
 * streamed, never read whole.
 */
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Locale } from '../shared/domain/codes.js';
import { ESCO_LANGUAGES, importEsco } from '../shared/taxonomy/esco-csv.js';

const USAGE =
  'usage: tsx scripts/esco-import.ts --dir <folder> --lang en [--lang nl --lang fr] --out <file.json>';

function isEscoLanguage(lang: string): lang is Locale {
  return (ESCO_LANGUAGES as readonly string[]).includes(lang);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      lang: { type: 'string', multiple: true },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const languages = [...new Set(values.lang ?? ['en'])];
  if (!values.dir || !values.out) throw new Error(USAGE);
  const unsupported = languages.filter((lang) => !isEscoLanguage(lang));
  if (unsupported.length > 0) {
    throw new Error(
      `unsupported language(s) ${unsupported.join(', ')}; the taxonomy holds ${ESCO_LANGUAGES.join(', ')}`,
    );
  }
  // English first: relations are read from the first language, and English is the label fallback.
  const ordered = (languages as Locale[]).toSorted((a, b) => Number(b === 'en') - Number(a === 'en'));

  const dir = values.dir;
  const started = Date.now();
  const { taxonomy, stats } = await importEsco(
    (fileName) => createReadStream(join(dir, fileName), { encoding: 'utf8', highWaterMark: 1 << 20 }),
    ordered,
  );
  await writeFile(values.out, `${JSON.stringify(taxonomy)}\n`, 'utf8');

  console.log(`ESCO import (${stats.languages.join(', ')}) → ${values.out} in ${Date.now() - started} ms`);
  console.log(`  occupations:            ${stats.occupations}`);
  console.log(`  skills:                 ${stats.skills}`);
  console.log(`  essential relations:    ${stats.essentialRelations}`);
  console.log(`  optional relations:     ${stats.optionalRelations}`);
  console.log(`  skipped: no ISCO group: ${stats.occupationsWithoutIsco}`);
  console.log(`  skipped: not released:  ${stats.unreleasedRows}`);
  console.log(`  skipped: relations:     ${stats.skippedRelations}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
