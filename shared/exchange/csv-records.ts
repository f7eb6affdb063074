/**
 * The records of an uploaded CSV file (RFC 4180: quoted cells may hold commas, doubled quotes
 * and line breaks), each with the file line it starts on, read from text in chunks of any size.
 *
 * A record is limited in size like an NDJSON line. A quote that is never closed would otherwise
 * make the rest of the file one cell: the record that opened it is refused at its line, and
 * reading starts again on the next line, so every later row is still read and reported.
 * Lenient where real files are sloppy: CRLF, LF and a lone CR end a record, text after a
 * closing quote is kept, a quote inside an unquoted cell is text, blank lines are skipped.
 */

export interface CsvRecord {
  /** The file line the record starts on (1-based, blank lines counted). */
  readonly line: number;
  readonly cells: readonly string[];
  /** Why the record could not be read; `cells` then holds what its first line shows. */
  readonly problem?: { readonly code: 'too_big' | 'unclosed_quote'; readonly message: string };
}

interface Parsed {
  readonly cells: string[];
  /** Where the record ends in the text, past its line break. */
  readonly end: number;
  /** Set when the text ran out inside a quoted cell. */
  readonly unclosed: boolean;
}

const DELIMITER = /[,\r\n]/g;

/**
 * One record from `start`; undefined when the text ends before the record does and more may
 * come. With `final`, the text's end ends the record (and an open quote is reported).
 */
function parseRecord(text: string, start: number, final: boolean): Parsed | undefined {
  const cells: string[] = [];
  let i = start;
  for (;;) {
    let cell = '';
    if (text.charCodeAt(i) === 0x22) {
      let j = i + 1;
      for (;;) {
        const quote = text.indexOf('"', j);
        if (quote === -1 || (quote === text.length - 1 && !final)) {
          if (!final) return undefined;
          cells.push(cell + text.slice(j));
          return { cells, end: text.length, unclosed: true };
        }
        cell += text.slice(j, quote);
        if (text.charCodeAt(quote + 1) === 0x22) {
          cell += '"';
          j = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
    }
    DELIMITER.lastIndex = i;
    const match = DELIMITER.exec(text);
    if (!match) {
      if (!final) return undefined;
      cells.push(cell + text.slice(i));
      return { cells, end: text.length, unclosed: false };
    }
    cells.push(cell + text.slice(i, match.index));
    i = match.index + 1;
    if (match[0] === ',') continue;
    if (match[0] === '\r') {
      if (i === text.length && !final) return undefined;
      if (text.charCodeAt(i) === 0x0a) i++;
    }
    return { cells, end: i, unclosed: false };
  }
}

/** Line breaks in text: CRLF, LF or a lone CR, each one. */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) count++;
  }
  return count;
}

/** Where the first line of `text` ends, past its line break (-1: no line break yet). */
function firstLineEnd(text: string): number {
  DELIMITER.lastIndex = 0;
  for (let match = DELIMITER.exec(text); match; match = DELIMITER.exec(text)) {
    if (match[0] === ',') continue;
    const at = match.index + 1;
    return match[0] === '\r' && text.charCodeAt(at) === 0x0a ? at + 1 : at;
  }
  return -1;
}

export class CsvRecordReader {
  /** Text not yet read as records: it starts where the next record starts. */
  private pending = '';
  private line = 1;
  /** A line too long to hold is being skipped up to its line break. */
  private skipping = false;

  constructor(private readonly maxChars: number) {}

  /** Feeds a chunk of text; returns the records it completed. */
  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    let text = chunk;
    if (this.skipping) {
      const end = firstLineEnd(text);
      if (end === -1) return out;
      this.skipping = false;
      this.line++;
      text = text.slice(end);
    }
    this.pending += text;
    this.read(false, out);
    return out;
  }

  /** Signals the end of the file; returns the records still held. */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (!this.skipping) this.read(true, out);
    this.pending = '';
    return out;
  }

  private read(final: boolean, out: CsvRecord[]): void {
    let start = 0;
    const text = this.pending;
    while (start < text.length) {
      const parsed = parseRecord(text, start, final);
      if (!parsed || parsed.end - start > this.maxChars) {
        if (!parsed && text.length - start <= this.maxChars) break;
        // Too long, or the file ends inside a quote: refuse the record at its line, go on from the next.
        const rest = text.slice(start);
        const lineEnd = firstLineEnd(rest);
        const firstLine = lineEnd === -1 ? rest : rest.slice(0, lineEnd);
        const cells = parseRecord(firstLine, 0, true)?.cells ?? [];
        const inQuote = lineEnd !== -1 && (parsed === undefined || parsed.unclosed);
        out.push({ line: this.line, cells, problem: this.overflow(inQuote) });
        if (lineEnd === -1) {
          this.skipping = !final;
          this.pending = '';
          return;
        }
        this.line++;
        start += lineEnd;
        continue;
      }
      if (parsed.unclosed) {
        const lineEnd = firstLineEnd(text.slice(start, parsed.end));
        if (lineEnd !== -1) {
          out.push({
            line: this.line,
            cells: parseRecord(text.slice(start, start + lineEnd), 0, true)?.cells ?? [],
            problem: { code: 'unclosed_quote', message: 'a quoted cell opened on this line is never closed' },
          });
          this.line++;
          start += lineEnd;
          continue;
        }
        out.push({
          line: this.line,
          cells: parsed.cells,
          problem: { code: 'unclosed_quote', message: 'a quoted cell opened on this line is never closed' },
        });
        start = parsed.end;
        continue;
      }
      const blank = parsed.cells.length === 1 && parsed.cells[0] === '' && text.charCodeAt(start) !== 0x22;
      if (!blank) out.push({ line: this.line, cells: parsed.cells });
      this.line += lineBreaks(text, start, parsed.end);
      start = parsed.end;
    }
    this.pending = text.slice(start);
  }

  private overflow(inQuote: boolean): CsvRecord['problem'] {
    return {
      code: 'too_big',
      message: `longer than ${this.maxChars} characters${inQuote ? ': a quoted cell opened on this line is never closed' : ''}`,
    };
  }
}
