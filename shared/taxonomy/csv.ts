/**
 * An incremental RFC 4180 CSV parser: quoted fields may hold commas, doubled quotes and line
 * breaks (ESCO puts each alternative label on its own line inside one quoted field). It takes
 * text in chunks of any size, so a 100 MB file is parsed without being held in memory.
 *
 * Lenient where real files are sloppy: CRLF and LF both end a record, a quote inside an
 * unquoted field is kept as text, blank lines are skipped.
 */
export class CsvParser {
  private field = '';
  private record: string[] = [];
  private inQuotes = false;
  /** Inside quotes, a `"` was just read: the next character decides (`""` or end of quotes). */
  private quotePending = false;
  /** The current field started with a quote; characters after its closing quote are kept literally. */
  private fieldWasQuoted = false;
  /** A CR ended the last record; a following LF belongs to it. */
  private skipLineFeed = false;
  private line = 1;

  /** Feeds a chunk; returns the records it completed. */
  push(chunk: string): string[][] {
    const done: string[][] = [];
    let i = 0;
    while (i < chunk.length) {
      if (this.skipLineFeed) {
        this.skipLineFeed = false;
        if (chunk[i] === '\n') {
          i++;
          continue;
        }
      }
      if (this.quotePending) {
        this.quotePending = false;
        if (chunk[i] === '"') {
          this.field += '"';
          i++;
          continue;
        }
        this.inQuotes = false;
      }
      if (this.inQuotes) {
        const quote = chunk.indexOf('"', i);
        const end = quote === -1 ? chunk.length : quote;
        const text = chunk.slice(i, end);
        this.field += text;
        this.line += countLineBreaks(text);
        if (quote !== -1) this.quotePending = true;
        i = end + 1;
        continue;
      }
      SPECIAL.lastIndex = i;
      const match = SPECIAL.exec(chunk);
      const at = match ? match.index : chunk.length;
      this.field += chunk.slice(i, at);
      if (!match) break;
      i = at + 1;
      const char = match[0];
      if (char === '"') {
        if (this.field === '' && !this.fieldWasQuoted) {
          this.inQuotes = true;
          this.fieldWasQuoted = true;
        } else {
          this.field += '"';
        }
      } else if (char === ',') {
        this.endField();
      } else {
        this.skipLineFeed = char === '\r';
        this.line++;
        const record = this.endRecord();
        if (record) done.push(record);
      }
    }
    return done;
  }

  /** Signals the end of input; returns the last record if the input did not end with a line break. */
  end(): string[][] {
    if (this.inQuotes && !this.quotePending) {
      throw new Error(`CSV: quoted field opened before line ${this.line} is never closed`);
    }
    this.quotePending = false;
    this.inQuotes = false;
    const record = this.endRecord();
    return record ? [record] : [];
  }

  private endField(): void {
    this.record.push(this.field);
    this.field = '';
    this.fieldWasQuoted = false;
  }

  private endRecord(): string[] | undefined {
    const blank = this.record.length === 0 && this.field === '' && !this.fieldWasQuoted;
    this.endField();
    const record = this.record;
    this.record = [];
    return blank ? undefined : record;
  }
}

const SPECIAL = /[",\r\n]/g;

function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** Parses a whole CSV text at once (tests, small files). */
export function parseCsv(text: string): string[][] {
  const parser = new CsvParser();
  return [...parser.push(text), ...parser.end()];
}

export interface CsvRowsOptions {
  /** Columns the header must name; a file without them is refused before any row is read. */
  readonly requiredColumns?: readonly string[];
  /** Name used in error messages, e.g. the file name. */
  readonly sourceName?: string;
}

/**
 * Streams the rows of a CSV source with a header line as objects keyed by column name, so
 * extra or reordered columns (ESCO v1.2 added `naceCode`) do not matter.
 * Bytes are decoded as UTF-8 (a character split across chunks is kept whole); a BOM is dropped.
 * Columns missing from a short row read as ''.
 */
export async function* csvRows(
  source: AsyncIterable<string | Uint8Array>,
  options: CsvRowsOptions = {},
): AsyncGenerator<Record<string, string>, void, undefined> {
  const parser = new CsvParser();
  const decoder = new TextDecoder('utf-8');
  let header: string[] | undefined;
  let first = true;
  const toRows = function* (records: string[][]): Generator<Record<string, string>> {
    for (const record of records) {
      if (!header) {
        header = record.map((name) => name.trim());
        const missing = (options.requiredColumns ?? []).filter((name) => !header?.includes(name));
        if (missing.length > 0) {
          throw new Error(`${options.sourceName ?? 'CSV'}: missing column(s) ${missing.join(', ')}`);
        }
        continue;
      }
      const row: Record<string, string> = {};
      header.forEach((name, index) => {
        row[name] = record[index] ?? '';
      });
      yield row;
    }
  };
  for await (const chunk of source) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    yield* toRows(parser.push(text));
  }
  const tail = decoder.decode();
  yield* toRows([...parser.push(tail), ...parser.end()]);
  if (!header && (options.requiredColumns ?? []).length > 0) {
    throw new Error(`${options.sourceName ?? 'CSV'}: empty, no header line`);
  }
}
