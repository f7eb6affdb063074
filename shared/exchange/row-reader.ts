import { type FieldIssue, UnsupportedMediaTypeError, ValidationError } from '../errors.js';
import { checkCsvHeader, csvRecordToObject } from './candidate-csv.js';
import { type CsvRecord, CsvRecordReader } from './csv-records.js';

/**
 * Rows of an upload, parsed incrementally from a byte stream: at most one line (NDJSON) or one
 * record (CSV) beyond the chunk being read is held, and either is limited in size. A row that
 * cannot be parsed is reported as such and the next one is read: rows stand or fall alone. A
 * CSV header that does not fit the layout refuses the whole file before any row (a misspelt
 * column would silently drop data). Bytes that are not UTF-8 decode to U+FFFD, which the row
 * check refuses field by field (shared/domain/replacement-character.ts).
 */

export type UploadFormat = 'ndjson' | 'csv';

export interface RawRow {
  /** The file line the row starts on, 1-based, blank lines and the CSV header counted. */
  readonly row: number;
  readonly value?: unknown;
  readonly problem?: FieldIssue;
  /** The external id a row that could not be parsed shows, if any (checked before it is used). */
  readonly externalId?: string | undefined;
}

/** One NDJSON line or CSV record longer than this (in characters) is refused as a row (a profile is a few KB). */
export const MAX_LINE_BYTES = 256 * 1024;

export const UPLOAD_MEDIA_TYPES: Readonly<Record<string, UploadFormat>> = {
  'application/x-ndjson': 'ndjson',
  'application/ndjson': 'ndjson',
  'application/jsonl': 'ndjson',
  'text/csv': 'csv',
};

export function uploadFormat(contentType: string | undefined): UploadFormat {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  const format = UPLOAD_MEDIA_TYPES[type];
  if (!format) {
    throw new UnsupportedMediaTypeError(
      `Send the rows as application/x-ndjson or text/csv, not '${type || 'nothing'}'.`,
    );
  }
  return format;
}

export function readRows(source: AsyncIterable<Uint8Array>, format: UploadFormat): AsyncGenerator<RawRow> {
  return format === 'csv' ? csvRows(source) : ndjsonRows(source);
}

/** An external id as an unparsable JSON line may still show it. */
const EXTERNAL_ID_IN_JSON = /"externalId"\s*:\s*"([^"\\]{1,128})"/;

async function* ndjsonRows(source: AsyncIterable<Uint8Array>): AsyncGenerator<RawRow> {
  const decoder = new TextDecoder('utf-8');
  let line = 0;
  let partial = '';
  let overlong = false;
  const parse = (text: string): RawRow | undefined => {
    line++;
    if (text.trim() === '') return undefined;
    try {
      return { row: line, value: JSON.parse(text) };
    } catch (error) {
      return {
        row: line,
        externalId: EXTERNAL_ID_IN_JSON.exec(text)?.[1],
        problem: {
          field: '(row)',
          message: `not valid JSON: ${(error as Error).message}`,
          code: 'invalid_json',
        },
      };
    }
  };
  const tooLong = (): RawRow => ({
    row: ++line,
    problem: { field: '(row)', message: `longer than ${MAX_LINE_BYTES} characters`, code: 'too_big' },
  });
  let first = true;
  for await (const chunk of source) {
    let text = decoder.decode(chunk, { stream: true });
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    let start = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      const piece = text.slice(start, newline);
      start = newline + 1;
      if (overlong || partial.length + piece.length > MAX_LINE_BYTES) {
        overlong = false;
        partial = '';
        yield tooLong();
        continue;
      }
      const parsed = parse(partial === '' ? piece : partial + piece);
      partial = '';
      if (parsed) yield parsed;
    }
    if (!overlong) partial += text.slice(start);
    // A line without an end in sight is dropped as it streams, never accumulated.
    if (partial.length > MAX_LINE_BYTES) {
      overlong = true;
      partial = '';
    }
  }
  const rest = partial + decoder.decode();
  if (overlong || rest.length > MAX_LINE_BYTES) yield tooLong();
  else if (rest !== '') {
    const parsed = parse(rest);
    if (parsed) yield parsed;
  }
}

async function* csvRows(source: AsyncIterable<Uint8Array>): AsyncGenerator<RawRow> {
  const reader = new CsvRecordReader(MAX_LINE_BYTES);
  const decoder = new TextDecoder('utf-8');
  let header: string[] | undefined;
  let idColumn = -1;
  let first = true;
  function* toRows(records: readonly CsvRecord[]): Generator<RawRow> {
    for (const record of records) {
      if (!header) {
        header = record.cells.map((name) => name.trim());
        const issues = checkCsvHeader(header);
        if (record.problem) issues.unshift({ field: 'header', message: record.problem.message });
        if (issues.length > 0) throw new ValidationError(issues, 'The CSV header does not fit the layout.');
        idColumn = header.indexOf('externalId');
        continue;
      }
      const externalId = record.cells[idColumn]?.trim() || undefined;
      if (record.problem) {
        yield {
          row: record.line,
          externalId,
          problem: { field: '(row)', message: record.problem.message, code: record.problem.code },
        };
      } else if (record.cells.length > header.length) {
        yield {
          row: record.line,
          externalId,
          problem: {
            field: '(row)',
            message: `${record.cells.length} cells for ${header.length} columns`,
            code: 'too_many_cells',
          },
        };
      } else {
        yield { row: record.line, value: csvRecordToObject(header, record.cells) };
      }
    }
  }
  for await (const chunk of source) {
    let text = decoder.decode(chunk, { stream: true });
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    yield* toRows(reader.push(text));
  }
  yield* toRows([...reader.push(decoder.decode()), ...reader.end()]);
  if (!header) throw new ValidationError([{ field: 'header', message: 'the file is empty: no header line' }]);
}
