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
  it('parses lines across chunk boundaries, multi-byte characters included; rows are file lines', async () => {
    const text = '\uFEFF{"a":"é€"}\r\n\n{"b":2}\n   \n{"c":"ü"}';
    for (const size of [1, 2, 3, 5, 64]) {
      expect(await rows(text, 'ndjson', size)).toEqual([
        { row: 1, value: { a: 'é€' } },
        { row: 3, value: { b: 2 } },
        { row: 5, value: { c: 'ü' } },
      ]);
    }
  });

  it('reports a line that is not JSON with the external id it shows, and reads on', async () => {
    const result = await rows('{"a":1}\n\n{"externalId":"x-7",oops\n{"b":2}\n', 'ndjson');
    expect(result[1]).toMatchObject({
      row: 3,
      externalId: 'x-7',
      problem: { field: '(row)', code: 'invalid_json' },
    });
    expect(result[2]).toEqual({ row: 4, value: { b: 2 } });
  });

  it('refuses an over-long line without holding it, and reads on', async () => {
    const long = `{"x":"${'y'.repeat(MAX_LINE_BYTES + 10)}"}`;
    const result = await rows(`{"a":1}\n${long}\n\n{"b":2}\n`, 'ndjson', 4096);
    expect(result.map((r) => [r.row, r.problem?.code ?? 'ok'])).toEqual([
      [1, 'ok'],
      [2, 'too_big'],
      [4, 'ok'],
    ]);
    expect(result[2]).toEqual({ row: 4, value: { b: 2 } });
  });

  it('decodes bytes that are not UTF-8 as U+FFFD (the row check refuses them), splitting nothing else', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"n":"a'),
      0xc3,
      0x28,
      ...new TextEncoder().encode('b"}\n{"n":"ok"}\n'),
    ]);
    async function* source() {
      yield bytes.subarray(0, 8);
      yield bytes.subarray(8);
    }
    const out: RawRow[] = [];
    for await (const row of readRows(source(), 'ndjson')) out.push(row);
    expect(out).toEqual([
      { row: 1, value: { n: 'a\uFFFD(b' } },
      { row: 2, value: { n: 'ok' } },
    ]);
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

  it('reports a row with more cells than columns, with its external id', async () => {
    const header = CSV_HEADER_LINE.trimEnd();
    const cells = header.split(',').length;
    const [row] = await rows(`${header}\n\n${['cand-9', ...Array(cells).fill('x')].join(',')}\n`, 'csv');
    expect(row).toMatchObject({ row: 3, externalId: 'cand-9', problem: { code: 'too_many_cells' } });
  });

  const line = (externalId: string, summary = 'plain') =>
    csvLine(candidateCsvCells({ ...EXAMPLE_EXCHANGE_CANDIDATE, externalId, summary }));

  it('numbers rows by the file line they start on: header, blank lines and line breaks in cells counted', async () => {
    const text = `${CSV_HEADER_LINE}\r\n${line('a', 'two\nlines')}${line('b')}\n\n${line('c')}`;
    for (const size of [3, 64, 100_000]) {
      const result = await rows(text, 'csv', size);
      expect(result.map((r) => [r.row, (r.value as { externalId?: string }).externalId])).toEqual([
        [3, 'a'],
        [5, 'b'],
        [8, 'c'],
      ]);
    }
  });

  it('refuses a quote that is never closed at its line, with its external id, and reads every later row', async () => {
    const broken = line('bad-1').replace('plain', '"never closed');
    expect(broken).toContain(',"never closed');
    const later = Array.from({ length: 3 }, (_, i) => line(`later-${i}`)).join('');
    const result = await rows(`${CSV_HEADER_LINE}${line('a')}${broken}${later}`, 'csv', 64);
    expect(
      result.map((r) => [r.row, r.externalId ?? (r.value as { externalId: string }).externalId]),
    ).toEqual([
      [2, 'a'],
      [3, 'bad-1'],
      [4, 'later-0'],
      [5, 'later-1'],
      [6, 'later-2'],
    ]);
    expect(result[1]?.problem).toMatchObject({ field: '(row)', code: 'unclosed_quote' });
  });

  it('limits a record like an NDJSON line: an open quote in a long file is refused, the rest is read', async () => {
    const broken = line('bad-2').replace('plain', '"never closed');
    const many = Array.from({ length: 400 }, (_, i) => line(`row-${i}`, 'x'.repeat(1000))).join('');
    const result = await rows(`${CSV_HEADER_LINE}${broken}${many}`, 'csv', 65_536);
    expect(result[0]).toMatchObject({ row: 2, externalId: 'bad-2', problem: { code: 'too_big' } });
    expect(result.slice(1).map((r) => (r.value as { externalId: string }).externalId)).toEqual(
      Array.from({ length: 400 }, (_, i) => `row-${i}`),
    );
    expect(result[400]?.row).toBe(402);
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
