import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Files that are data, not code: literal tables the 300-line limit does not apply to. */
export const DATA_TABLES = [
  'shared/taxonomy/skills-data.ts',
  'shared/taxonomy/occupations-data.ts',
  'shared/taxonomy/esco-links-data.ts',
  'shared/taxonomy/isco-08.ts',
  'shared/demo/origins.ts',
  'shared/demo/demo-vacancy-table.ts',
  // Word lists of the fee analysis, one constant per class of word.
  'shared/rules/fee-lexicon.ts',
  // The fee analysis' test corpus: phrasings and their expected verdicts.
  'test/unit/rules/fee-corpus.ts',
];

/** Files a script writes (scripts/openapi/generate-client.ts): never edited by hand. */
export const GENERATED = ['shared/client/openapi.d.ts'];

export const MAX_LINES = 300;

/** The files over MAX_LINES lines, data tables and generated files apart, longest first. */
export function longFiles(root: string, files: readonly string[]): { file: string; lines: number }[] {
  return files
    .filter((f) => !DATA_TABLES.includes(f) && !GENERATED.includes(f))
    .map((file) => ({ file, lines: readFileSync(path.join(root, file), 'utf8').split('\n').length - 1 }))
    .filter((f) => f.lines > MAX_LINES)
    .sort((a, b) => b.lines - a.lines);
}
