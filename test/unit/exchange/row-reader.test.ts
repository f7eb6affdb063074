import '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/errors.js';
import {
  CSV_HEADER_LINE,
  candidateCsvCells,
  csvLine,
  splitEscaped,
} from '../../../shared/exchange/candidate-csv.js';
import { EXAMPLE_EXCHANGE_CANDIDATE } from '../../../shared/exchange/example.js';
import { ExchangeCandidateSchema } from '../../../shared/exchange/exchange-format.js';
import { MAX_LINE_BYTES, type RawRow, readRows, uploadFormat } from '../../../shared/exchange/row-reader.js';

/** The bytes of `text` in chunks of `size`, splitting characters and lines anywhere. */
async function* chunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function rows(text: string, format: 'ndjson' | 'csv', size = 7): Promise<RawRow[]> {
  const out: RawRow[] = [];
  for await (const row of readRows(chunks(text, size), format)) out.push(row);
  return out;
}

describe('NDJSON rows', () => {
  it('parses lines across chunk boundaries, multi-byte characters included; skips blank lines', async () => {
    const text = '\uFEFF{"a":"é€"}\r\n\n{"b":2}\n   \n{"c":"ü"}';
    for (const size of [1, 2, 3, 5, 64]) {
      expect(await rows(text, 'ndjson', size)).toEqual([
        { row: 1, value: { a: 'é€' } },
        { row: 2, value: { b: 2 } },
        { row: 3, value: { c: 'ü' } },
      ]);
    }
  });

  it('reports a line that is not JSON and reads on', async () => {
    const result = await rows('{"a":1}\n{oops\n{"b":2}\n', 'ndjson');
    expect(result[1]).toMatchObject({ row: 2, problem: { field: '(row)', code: 'invalid_json' } });
    expect(result[2]).toEqual({ row: 3, value: { b: 2 } });
  });

  it('refuses an over-long line without holding it, and reads on', async () => {
    const long = `{"x":"${'y'.repeat(MAX_LINE_BYTES + 10)}"}`;
    const result = await rows(`{"a":1}\n${long}\n{"b":2}\n`, 'ndjson', 4096);
    expect(result.map((r) => r.problem?.code ?? 'ok')).toEqual(['ok', 'too_big', 'ok']);
    expect(result[2]).toEqual({ row: 3, value: { b: 2 } });
  });
});

describe('CSV rows', () => {
  it('reads the template row as the same object as its NDJSON line', async () => {
    const text = CSV_HEADER_LINE + csvLine(candidateCsvCells(EXAMPLE_EXCHANGE_CANDIDATE));
    const [row] = await rows(text, 'csv', 3);
    // An empty list is an empty cell, read back as absent: equal once defaults apply.
    expect(ExchangeCandidateSchema.parse(row?.value)).toEqual(
      ExchangeCandidateSchema.parse(EXAMPLE_EXCHANGE_CANDIDATE),
    );
  });

  it('keeps quoted commas, quotes and line breaks, and escaped list separators', async () => {
    const candidate = {
      ...EXAMPLE_EXCHANGE_CANDIDATE,
      summary: 'Mason, "chef d\'équipe"\nsecond line',
      skills: [{ label: 'a;b|c\\d' }, { id: 'bricklaying', label: 'bricklaying' }],
    };
    const [row] = await rows(CSV_HEADER_LINE + csvLine(candidateCsvCells(candidate)), 'csv', 5);
    expect(ExchangeCandidateSchema.parse(row?.value)).toEqual(ExchangeCandidateSchema.parse(candidate));
  });

  it('refuses a header with unknown, repeated or missing columns before any row', async () => {
    await expect(rows('externalId,externalId,shoeSize\nx,y,z\n', 'csv')).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it('reports a row with more cells than columns', async () => {
    const header = CSV_HEADER_LINE.trimEnd();
    const cells = header.split(',').length;
    const [row] = await rows(
      `${header}\n${Array(cells + 1)
        .fill('x')
        .join(',')}\n`,
      'csv',
    );
    expect(row?.problem?.code).toBe('too_many_cells');
  });

  it('splits on unescaped separators only', () => {
    expect(splitEscaped('a\\;b;c|d;', ';')).toEqual(['a;b', 'c|d', '']);
  });
});

describe('upload media types', () => {
  it('takes NDJSON and CSV, with parameters, and refuses others', () => {
    expect(uploadFormat('application/x-ndjson; charset=utf-8')).toBe('ndjson');
    expect(uploadFormat('text/csv')).toBe('csv');
    expect(() => uploadFormat('application/json')).toThrow(/x-ndjson or text\/csv/);
    expect(() => uploadFormat(undefined)).toThrow();
  });
});
