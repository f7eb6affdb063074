import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCandidates } from '../../shared/demo/candidate-generator.js';
import { CSV_HEADER_LINE, candidateCsvCells, csvLine } from '../../shared/exchange/candidate-csv.js';
import type { ExchangeCandidateRaw } from '../../shared/exchange/exchange-format.js';
import type { RowReport } from '../../shared/ports/import-store.js';
import { exchangeLine } from '../fixtures/bulk-file.js';
import {
  type ExchangeHarness,
  ManualClock,
  NDJSON,
  startExchangeHarness,
} from '../support/exchange-harness.js';

/**
 * Rows that were accepted before and must be refused, each with a field-level reason and the
 * file line it is on, in NDJSON and CSV alike, and in a single upsert where the fault applies:
 * a birth date in the future or of an implausible age, bytes that are not UTF-8 (U+FFFD is never
 * stored). Nothing of a refused row is stored.
 */
const TODAY = '2026-03-02';
let h: ExchangeHarness;

const VDAB = { 'x-caller-role': 'pes', 'x-caller-org': 'VDAB' };
const send = (path: string, method: string, type: string, body: string | Uint8Array) =>
  h.app.request(path, { method, headers: { ...VDAB, 'content-type': type }, body });
const upload = async (type: string, body: string | Uint8Array) => {
  const res = await send('/v1/candidates/bulk', 'POST', type, body);
  expect(res.status).toBe(200);
  return ((await res.json()) as { rows: RowReport[] }).rows;
};

const candidates = [...generateCandidates({ seed: 77, count: 6 })].map(exchangeLine);
const withPersonal = (c: ExchangeCandidateRaw, personal: Record<string, string>) =>
  ({ ...c, personal: { ...c.personal, ...personal } }) as ExchangeCandidateRaw;
/** Good, future birth date, 12 years old, 104 years old, good, a name holding U+FFFD. */
const rows = [
  candidates[0],
  withPersonal(candidates[1] as ExchangeCandidateRaw, { birthDate: '2026-03-03' }),
  withPersonal(candidates[2] as ExchangeCandidateRaw, { birthDate: '2013-06-01' }),
  withPersonal(candidates[3] as ExchangeCandidateRaw, { birthDate: '1921-12-31' }),
  candidates[4],
  withPersonal(candidates[5] as ExchangeCandidateRaw, { fullName: 'Ana MARK' }),
] as ExchangeCandidateRaw[];

/** The UTF-8 bytes of `text` with the ASCII `MARK` replaced by a byte that cannot start a character. */
const withInvalidByte = (text: string) => {
  const [before, after] = text.split('MARK') as [string, string];
  const encode = (s: string) => new TextEncoder().encode(s);
  return new Uint8Array([...encode(before), 0xff, ...encode(after)]);
};

const EXPECTED = (lines: readonly number[], good = 'accepted') => [
  { row: lines[0], status: good },
  { row: lines[1], status: 'rejected', field: 'personal.birthDate', code: 'future_date' },
  { row: lines[2], status: 'rejected', field: 'personal.birthDate', code: 'implausible_age' },
  { row: lines[3], status: 'rejected', field: 'personal.birthDate', code: 'implausible_age' },
  { row: lines[4], status: good },
  { row: lines[5], status: 'rejected', field: 'personal.fullName', code: 'invalid_utf8' },
];

const summary = (report: readonly RowReport[]) =>
  report.map((r) => ({
    row: r.row,
    status: r.status,
    ...(r.errors ? { field: r.errors[0]?.field, code: r.errors[0]?.code } : {}),
  }));

beforeAll(async () => {
  h = await startExchangeHarness({ clock: new ManualClock(`${TODAY}T09:00:00.000Z`) });
});
afterAll(async () => h.close());

describe('bad rows in a bulk upload', () => {
  it('NDJSON: refused with the field and the file line (blank lines counted), with their external ids', async () => {
    const lines = rows.map((r) => JSON.stringify(r));
    const text = `${lines.slice(0, 2).join('\n')}\n\n\n${lines.slice(2).join('\n\n')}\n`;
    const report = await upload(NDJSON, withInvalidByte(text));
    expect(summary(report)).toEqual(EXPECTED([1, 2, 5, 7, 9, 11]));
    expect(report.map((r) => r.externalId)).toEqual(rows.map((r) => r.externalId));
    expect(report[1]?.errors?.[0]?.message).toContain('in the future');
  });

  it('CSV: the same rows refused the same way, numbered by file line from the header (the good ones are stored already)', async () => {
    const text = `${CSV_HEADER_LINE}\r\n${rows.map((r) => csvLine(candidateCsvCells(r))).join('')}`;
    const report = await upload('text/csv', withInvalidByte(text));
    expect(summary(report)).toEqual(EXPECTED([3, 4, 5, 6, 7, 8], 'unchanged'));
    expect(report.map((r) => r.externalId)).toEqual(rows.map((r) => r.externalId));
  });

  it('stores nothing of a refused row, and no U+FFFD anywhere', async () => {
    const stored = await h.items('candidate');
    const ids = new Set(stored.map((i) => (i.record as { externalId: string }).externalId));
    expect(ids).toEqual(new Set([rows[0]?.externalId, rows[4]?.externalId]));
    expect(JSON.stringify(stored)).not.toContain('\uFFFD');
  });
});

describe('bad single upserts', () => {
  const put = (externalId: string, body: string | Uint8Array) =>
    send(`/v1/candidates/by-external-id/${externalId}`, 'PUT', 'application/json', body);
  const { externalId: _id, ...input } = rows[0] as ExchangeCandidateRaw;

  it('refuses a body with a byte that is not UTF-8 (strict decoding): 400 problem+json naming the byte', async () => {
    const body = withInvalidByte(JSON.stringify({ ...input, personal: { fullName: 'Ana MARK' } }));
    const res = await put('single-utf8', body);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await res.json()) as { errors: { field: string; code: string; message: string }[] };
    const offset = body.indexOf(0xff);
    expect(offset).toBeGreaterThan(0);
    expect(problem.errors).toEqual([
      { field: 'body', code: 'invalid_utf8', message: `not valid UTF-8 at byte ${offset}` },
    ]);
  });

  it.each([
    ['a literal U+FFFD in a name', { fullName: 'Ana \uFFFD' }, 'personal.fullName', 'invalid_utf8'],
    ['a birth date in the future', { birthDate: '2027-01-01' }, 'personal.birthDate', 'future_date'],
    ['a birth date 9 years back', { birthDate: '2017-01-01' }, 'personal.birthDate', 'implausible_age'],
  ])('refuses %s with the field', async (_what, personal, field, code) => {
    const res = await put('single-bad', JSON.stringify({ ...input, personal }));
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: { field: string; code: string }[] };
    expect(problem.errors).toEqual([expect.objectContaining({ field, code })]);
    expect(
      (await h.items('candidate')).map((i) => (i.record as { externalId: string }).externalId),
    ).not.toContain('single-bad');
  });

  it('takes a plausible one (15 today)', async () => {
    const res = await put('single-15', JSON.stringify({ ...input, personal: { birthDate: '2011-03-02' } }));
    expect(res.status).toBe(201);
  });
});
