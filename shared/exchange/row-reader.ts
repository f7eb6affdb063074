import { type FieldIssue, UnsupportedMediaTypeError, ValidationError } from '../errors.js';
import { CsvParser } from '../taxonomy/csv.js';
import { checkCsvHeader, csvRecordToObject } from './candidate-csv.js';

/**
 * Rows of an upload, parsed incrementally from a byte stream: at most one line (NDJSON) or one
 * record (CSV) beyond the chunk being read is held. A row that cannot be parsed is reported as
 * such and the next one is read: rows stand or fall alone. A CSV header that does not fit the
 * layout refuses the whole file before any row (a misspelt column would silently drop data).
 */

export type UploadFormat = 'ndjson' | 'csv';

export interface RawRow {
  /** 1-based among the data rows (blank lines and the CSV header do not count). */
  readonly row: number;
  readonly value?: unknown;
  readonly problem?: FieldIssue;
}

/** One NDJSON line longer than this is refused as a row (a profile is a few KB). */
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

async function* ndjsonRows(source: AsyncIterable<Uint8Array>): AsyncGenerator<RawRow> {
  const decoder = new TextDecoder('utf-8');
  let row = 0;
  let partial = '';
  let overlong = false;
  const parse = (line: string): RawRow | undefined => {
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (text.trim() === '') return undefined;
    row++;
    try {
      return { row, value: JSON.parse(text) };
    } catch (error) {
      return {
        row,
        problem: {
          field: '(row)',
          message: `not valid JSON: ${(error as Error).message}`,
          code: 'invalid_json',
        },
      };
    }
  };
  const tooLong = (): RawRow => ({
    row: ++row,
    problem: { field: '(row)', message: `longer than ${MAX_LINE_BYTES} bytes`, code: 'too_big' },
  });
  for await (const chunk of source) {
    let text = decoder.decode(chunk, { stream: true });
    if (row === 0 && partial === '' && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
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
      const parsed = parse(partial + piece);
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
  else {
    const parsed = parse(rest);
    if (parsed) yield parsed;
  }
}

async function* csvRows(source: AsyncIterable<Uint8Array>): AsyncGenerator<RawRow> {
  const parser = new CsvParser();
  const decoder = new TextDecoder('utf-8');
  let header: string[] | undefined;
  let row = 0;
  let first = true;
  function* toRows(records: string[][]): Generator<RawRow> {
    for (const record of records) {
      if (!header) {
        header = record.map((name) => name.trim());
        const issues = checkCsvHeader(header);
        if (issues.length > 0) throw new ValidationError(issues, 'The CSV header does not fit the layout.');
        continue;
      }
      row++;
      if (record.length > header.length) {
        yield {
          row,
          problem: {
            field: '(row)',
            message: `${record.length} cells for ${header.length} columns`,
            code: 'too_many_cells',
          },
        };
        continue;
      }
      yield { row, value: csvRecordToObject(header, record) };
    }
  }
  try {
    for await (const chunk of source) {
      let text = decoder.decode(chunk, { stream: true });
      if (first && text.length > 0) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      yield* toRows(parser.push(text));
    }
    yield* toRows([...parser.push(decoder.decode()), ...parser.end()]);
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    if (error instanceof Error && error.message.startsWith('CSV:')) {
      // An unclosed quote swallows the rest of the file: the row it opened is the last one.
      yield { row: row + 1, problem: { field: '(row)', message: error.message, code: 'invalid_csv' } };
      return;
    }
    throw error;
  }
  if (!header) throw new ValidationError([{ field: 'header', message: 'the file is empty: no header line' }]);
}
