import type { FieldIssue } from '../errors.js';
import type { ExchangeCandidateRaw } from './exchange-format.js';

/**
 * The flat CSV layout of a candidate profile (docs/exchange.md, "CSV layout"). One row per
 * profile; a column per field, named by its dotted path; lists in one cell:
 * - items separated by `;`, the parts of an item by `|`, a literal `;`, `|` or `\` escaped by `\`;
 * - `occupations`: `isco|yearsExperience|escoOccupationUri?`  e.g. `7112|6;7122|2`
 * - `skills`: parts `id:<taxonomy id>`, an ESCO skill URI, or free text  e.g. `id:bricklaying;metselen`
 * - `languages`: `language:level`  e.g. `fr:C1;nl:A2`
 * - `consent.sharing`: `employerOrg|grantedAt|withdrawnAt?`
 * An empty cell is an absent field (its default applies). The row becomes the same object an
 * NDJSON line would be, and is validated by the same schema, so both formats mean the same.
 */

type Kind = 'text' | 'number' | 'boolean' | 'list' | 'occupations' | 'skills' | 'languages' | 'sharing';

interface Column {
  readonly name: string;
  readonly kind: Kind;
  readonly required: boolean;
  readonly description: string;
}

const col = (name: string, kind: Kind, required: boolean, description: string): Column => ({
  name,
  kind,
  required,
  description,
});

export const CSV_COLUMNS: readonly Column[] = [
  col('externalId', 'text', true, "the employment service's own id (letters, digits, . _ : -)"),
  col('residence.country', 'text', true, 'ISO 3166-1 alpha-2'),
  col(
    'residence.region',
    'text',
    false,
    'ISO 3166-2:BE region, Belgian residents only (BE-VLG, BE-BRU, BE-WAL)',
  ),
  col('nationalities', 'list', true, 'ISO 3166-1 alpha-2 codes, `;`-separated (1–3)'),
  col('personal.fullName', 'text', false, 'identifying: shown to an employer only with consent'),
  col('personal.email', 'text', false, 'identifying'),
  col('personal.phone', 'text', false, 'identifying'),
  col('personal.birthDate', 'text', false, 'YYYY-MM-DD'),
  col('occupations', 'occupations', true, '`isco|years|escoUri?` items, `;`-separated (1–5)'),
  col(
    'skills',
    'skills',
    false,
    'items of `id:<id>`, an ESCO skill URI and/or free text, parts `|`-separated',
  ),
  col('languages', 'languages', false, '`iso639-1:CEFR` items, e.g. `fr:C1;nl:A2`'),
  col('education.iscedLevel', 'number', true, 'ISCED 2011 level 0–8'),
  col('education.field', 'text', false, 'field of study'),
  col('education.diplomaCountry', 'text', false, 'ISO 3166-1 alpha-2'),
  col(
    'education.diplomaRecognition',
    'text',
    false,
    'not-needed, not-started, pending, specific-equivalence, level-equivalence, refused',
  ),
  col('workExperienceYears', 'number', true, 'years, 0–60'),
  col('readiness.dutchCourseLevel', 'text', false, 'CEFR level reached in the Dutch course'),
  col('readiness.civicOrientation', 'text', false, 'not-started, in-progress, completed'),
  col('readiness.softSkillsTraining', 'text', false, 'not-started, in-progress, completed'),
  col('readiness.technicalModules', 'list', false, 'module names, `;`-separated'),
  col('temporaryProtection.validUntil', 'text', false, 'YYYY-MM-DD (Ukrainian temporary protection)'),
  col('availableFrom', 'text', false, 'YYYY-MM-DD'),
  col('summary', 'text', false, 'free text (identifying: never shown blind)'),
  col('consent.matching', 'boolean', true, 'true or false: the candidate agreed to be matched'),
  col('consent.recordedAt', 'text', true, 'ISO 8601 date-time with offset'),
  col(
    'consent.sharing',
    'sharing',
    false,
    'consents to show an employer the identified profile: `employerOrg|grantedAt|withdrawnAt?` items',
  ),
];

const COLUMNS_BY_NAME = new Map(CSV_COLUMNS.map((c) => [c.name, c]));
const ESCO_SKILL = 'http://data.europa.eu/esco/skill/';

/** Refuses a header with unknown or missing columns, before any row is read (a typo would drop data). */
export function checkCsvHeader(header: readonly string[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (!COLUMNS_BY_NAME.has(name))
      issues.push({ field: `header.${index}`, message: `unknown column '${name}'`, code: 'unknown_column' });
    if (seen.has(name))
      issues.push({
        field: `header.${index}`,
        message: `column '${name}' appears twice`,
        code: 'duplicate_column',
      });
    seen.add(name);
  });
  for (const column of CSV_COLUMNS) {
    if (column.required && !seen.has(column.name))
      issues.push({ field: 'header', message: `missing column '${column.name}'`, code: 'missing_column' });
  }
  return issues;
}

/** One CSV record as the nested object an NDJSON line would be (validation comes after). */
export function csvRecordToObject(
  header: readonly string[],
  record: readonly string[],
): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  header.forEach((name, index) => {
    const cell = (record[index] ?? '').trim();
    const column = COLUMNS_BY_NAME.get(name);
    if (!column || cell === '') return;
    setPath(object, name, parseCell(column.kind, cell));
  });
  return object;
}

function parseCell(kind: Kind, cell: string): unknown {
  switch (kind) {
    case 'text':
      return cell;
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
    case 'boolean': {
      const lower = cell.toLowerCase();
      if (['true', 'yes', '1'].includes(lower)) return true;
      if (['false', 'no', '0'].includes(lower)) return false;
      return cell;
    }
    case 'list':
      return items(cell).map((item) => splitEscaped(item, ';').join(';'));
    case 'occupations':
      return items(cell).map((item) => {
        const [isco, years, esco] = splitEscaped(item, '|');
        return {
          isco,
          ...(years !== undefined && years !== '' ? { yearsExperience: parseCell('number', years) } : {}),
          ...(esco ? { esco } : {}),
        };
      });
    case 'skills':
      return items(cell).map((item) => {
        const ref: Record<string, string> = {};
        for (const part of splitEscaped(item, '|')) {
          if (part.startsWith('id:')) ref.id = part.slice(3);
          else if (part.startsWith(ESCO_SKILL)) ref.esco = part;
          else if (part !== '') ref.label = part;
        }
        return ref;
      });
    case 'languages':
      return items(cell).map((item) => {
        const [language, level] = splitEscaped(item, ':').map((s) => s.trim());
        return { language, level };
      });
    case 'sharing':
      return items(cell).map((item) => {
        const [employerOrg, grantedAt, withdrawnAt] = splitEscaped(item, '|').map((s) => s.trim());
        return { employerOrg, grantedAt, ...(withdrawnAt ? { withdrawnAt } : {}) };
      });
  }
}

/** A cell's `;`-separated items, still escaped (their `|` parts are split next). */
function items(cell: string): string[] {
  return splitEscaped(cell, ';', false)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Splits on `separator` except where escaped by a backslash. Unescapes, unless the parts are to
 * be split again (an item's `|` parts): then escapes are kept for the second split.
 */
export function splitEscaped(text: string, separator: string, unescapeParts = true): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '\\' && i + 1 < text.length) {
      current += unescapeParts ? text[++i] : `${char}${text[++i]}`;
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

function setPath(object: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let target = object;
  for (const part of parts.slice(0, -1)) {
    target[part] ??= {};
    target = target[part] as Record<string, unknown>;
  }
  target[parts[parts.length - 1] as string] = value;
}

// ── Writing ──────────────────────────────────────────────────────────────────

const escapeItem = (text: string) => text.replace(/[\\;|]/g, (c) => `\\${c}`);

/** A candidate as CSV cells in CSV_COLUMNS order (the template's example row, test files). */
export function candidateCsvCells(candidate: ExchangeCandidateRaw): string[] {
  return CSV_COLUMNS.map((column) => {
    const value = getPath(candidate, column.name);
    if (value === undefined || value === null) return '';
    switch (column.kind) {
      case 'list':
        return (value as string[]).map(escapeItem).join(';');
      case 'occupations':
        return (value as { isco: string; yearsExperience: number; esco?: string }[])
          .map((o) => [o.isco, String(o.yearsExperience), ...(o.esco ? [o.esco] : [])].join('|'))
          .join(';');
      case 'skills':
        return (value as { id?: string; esco?: string; label?: string }[])
          .map((s) =>
            [
              s.id !== undefined ? `id:${escapeItem(s.id)}` : undefined,
              s.esco,
              s.label ? escapeItem(s.label) : undefined,
            ]
              .filter((p) => p !== undefined)
              .join('|'),
          )
          .join(';');
      case 'languages':
        return (value as { language: string; level: string }[])
          .map((l) => `${l.language}:${l.level}`)
          .join(';');
      default:
        return String(value);
    }
  });
}

function getPath(object: unknown, path: string): unknown {
  let value: unknown = object;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** RFC 4180 line: a cell with a comma, quote or line break is quoted, quotes doubled. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',')}\r\n`;
}

export const CSV_HEADER_LINE = csvLine(CSV_COLUMNS.map((c) => c.name));

/** The downloadable template: the header and one example row. */
export function csvTemplate(example: ExchangeCandidateRaw): string {
  return CSV_HEADER_LINE + csvLine(candidateCsvCells(example));
}
