import { csvRows } from './csv.js';
import {
  type EscoDownload,
  escoFileNames,
  isEscoLanguage,
  languagesIn,
  relationsFile,
} from './esco-download.js';
import { type EscoImportResult, EscoTaxonomyBuilder } from './esco-taxonomy-builder.js';

export type { EscoDownload } from './esco-download.js';
export { ESCO_LANGUAGES, escoFileNames } from './esco-download.js';
export { sectorOfIsco } from './esco-sectors.js';
export type { EscoImportResult, EscoImportStats } from './esco-taxonomy-builder.js';
export { EscoTaxonomyBuilder, escoSkillId, splitLabels } from './esco-taxonomy-builder.js';

/**
 * Turns the official ESCO CSV download (v1.1.x or v1.2.x, any of its languages) into the
 * taxonomy artifact. Pure: it reads rows from whatever source it is given, so the CLI streams
 * files from disk and tests feed fixtures.
 *
 * Files and the columns read (others, such as v1.2's `naceCode`, are ignored):
 * - `occupations_<lang>.csv`: conceptUri, iscoGroup, preferredLabel, altLabels, hiddenLabels,
 *   status, code (`7112.1`; used for the ISCO group when iscoGroup is empty);
 * - `skills_<lang>.csv`: conceptUri, preferredLabel, altLabels, hiddenLabels, status;
 * - the relations (`esco-download.ts` says which file): occupationUri, relationType, skillUri.
 * An obsolete row naming its successor (`isReplacedBy`) becomes a replacement. A download
 * without skills or relations files (an occupations-only extract) imports what it has.
 */

const OCCUPATION_COLUMNS = ['conceptUri', 'iscoGroup', 'preferredLabel', 'altLabels'];
const SKILL_COLUMNS = ['conceptUri', 'preferredLabel', 'altLabels'];
const RELATION_COLUMNS = ['occupationUri', 'relationType', 'skillUri'];

export interface EscoImportOptions {
  /** Languages to read; default: every language the download has. */
  readonly languages?: readonly string[] | undefined;
  /** The ESCO release (`1.2.0`), recorded in the artifact and its version. */
  readonly escoVersion?: string | undefined;
}

export async function importEsco(
  download: EscoDownload,
  options: EscoImportOptions = {},
): Promise<EscoImportResult> {
  const present = languagesIn(download.files);
  const languages = options.languages ? [...new Set(options.languages)] : present;
  const unknown = languages.filter((lang) => !isEscoLanguage(lang));
  if (unknown.length > 0) throw new Error(`ESCO import: not ESCO language(s): ${unknown.join(', ')}`);
  const missing = languages.filter((lang) => !present.includes(lang as never));
  if (missing.length > 0) {
    throw new Error(
      `ESCO import: no ${missing.map((l) => escoFileNames(l).occupations).join(', ')} in the download`,
    );
  }
  if (languages.length === 0) throw new Error('ESCO import: the download has no occupations_<lang>.csv');
  // English first: it is the label fallback for the API's locales.
  const ordered = languages.toSorted((a, b) => Number(b === 'en') - Number(a === 'en'));

  const builder = new EscoTaxonomyBuilder(ordered, options.escoVersion);
  const read = async (file: string, columns: string[], add: (row: Record<string, string>) => void) => {
    for await (const row of csvRows(download.open(file), { requiredColumns: columns, sourceName: file }))
      add(row);
  };
  for (const lang of ordered) {
    const files = escoFileNames(lang);
    if (download.files.includes(files.skills)) {
      await read(files.skills, SKILL_COLUMNS, (row) => builder.addSkill(lang, row));
    }
    await read(files.occupations, OCCUPATION_COLUMNS, (row) => builder.addOccupation(lang, row));
  }
  const relations = relationsFile(download.files, ordered);
  if (relations.file) await read(relations.file, RELATION_COLUMNS, (row) => builder.addRelation(row));
  return builder.build(relations.layout);
}
