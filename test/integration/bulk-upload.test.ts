import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCandidates } from '../../shared/demo/candidate-generator.js';
import type { ImportTotals, RowReport } from '../../shared/ports/import-store.js';
import { candidateId } from '../../shared/use-cases/candidate-use-cases.js';
import { bulkFile, csvFile, exchangeLine } from '../fixtures/bulk-file.js';
import { type ExchangeHarness, NDJSON, PES_VDAB, startExchangeHarness } from '../support/exchange-harness.js';

/**
 * The bulk upload's accounting on 10,000 rows with 5 % bad rows of ten kinds: exactly the expected
 * per-row report, every good row stored and indexed, no bad row leaving a trace; retries with the
 * same Idempotency-Key write nothing; a new key with the same rows finds them unchanged.
 */
interface Report {
  importId: string;
  totals: ImportTotals;
  rows: RowReport[];
}

const ROWS = 10_000;
const file = bulkFile({ seed: 11, rows: ROWS });
const body = `${file.lines.join('\n')}\n`;
let h: ExchangeHarness;
let first: Report;

const upload = (payload: string, key?: string, type = NDJSON) =>
  h.request('POST', '/v1/candidates/bulk', {
    as: PES_VDAB,
    type,
    body: payload,
    headers: key ? { 'idempotency-key': key } : {},
  });

beforeAll(async () => {
  h = await startExchangeHarness();
});
afterAll(async () => h.close());

describe('bulk upload of 10,000 rows with 5 % bad rows', () => {
  it('reports every row exactly as expected', async () => {
    const res = await upload(body, 'upload-1');
    expect(res.status).toBe(200);
    first = (await res.json()) as Report;
    const good = file.goodIds.length;
    expect(first.totals).toEqual({
      rows: ROWS,
      accepted: good,
      rejected: ROWS - good,
      unchanged: 0,
      created: good,
      updated: 0,
    });
    expect(ROWS - good).toBe(ROWS / 20);
    expect(first.rows).toHaveLength(ROWS);
    first.rows.forEach((row, i) => {
      const want = file.expected[i];
      expect(row.row).toBe(want?.row);
      expect(row.status).toBe(want?.status);
      if (want?.status === 'accepted') {
        expect(row).toMatchObject({
          externalId: want.externalId,
          outcome: 'created',
          version: 1,
          candidateId: candidateId('VDAB', want.externalId ?? ''),
        });
      } else {
        expect(row.errors?.[0]).toMatchObject({ field: want?.field, code: want?.code });
        if (want?.externalId) expect(row.externalId).toBe(want.externalId);
      }
    });
  }, 180_000);

  it('stores and indexes every good row, and leaves no trace of a bad one', async () => {
    // The index follows the table (batches are handed over as the next one is written).
    expect(await h.stream.drain()).toBe(0);
    const stored = await h.items('candidate');
    const expectedIds = new Set(file.goodIds.map((id) => candidateId('VDAB', id)));
    expect(stored).toHaveLength(expectedIds.size);
    expect(new Set(stored.map((i) => (i.record as { id: string }).id))).toEqual(expectedIds);
    for (const item of stored) expect(item.version).toBe(1);
    expect(new Set(await h.deps.search.ids({ pes: 'VDAB' }))).toEqual(expectedIds);
    for (const bad of file.badIds) {
      const id = candidateId('VDAB', bad);
      expect(await h.deps.candidates.get('VDAB', id)).toBeUndefined();
      expect(await h.deps.search.get(id)).toBeUndefined();
    }
    // The duplicated id keeps the first row's content (workExperienceYears was changed in the copy).
    const firstGood = file.goodIds[0] ?? '';
    const original = [...generateCandidates({ seed: 11, count: 1 })][0];
    expect((await h.deps.candidates.get('VDAB', candidateId('VDAB', firstGood)))?.workExperienceYears).toBe(
      original?.input.workExperienceYears,
    );
    // And nothing of a bad row reaches the change feed.
    await h.deps.exchange.feed.sequence();
    const page = await h.deps.exchange.feed.read({
      after: { segment: 1, offset: 0 },
      limit: 20_000,
      maxScan: 20_000,
      visible: () => true,
      withCurrent: false,
    });
    expect(new Set(page.entries.map((e) => e.id))).toEqual(expectedIds);
  }, 120_000);

  it('answers a retry with the same Idempotency-Key with the same report, writing nothing', async () => {
    const before = await h.items();
    const res = await upload(body, 'upload-1');
    expect(res.status).toBe(200);
    expect(res.headers.get('idempotent-replayed')).toBe('true');
    expect(await res.json()).toEqual(first);
    expect(await h.items()).toEqual(before);
  }, 120_000);

  it('refuses the same key with a different body', async () => {
    const res = await upload(`${file.lines.slice(0, 10).join('\n')}\n`, 'upload-1');
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ type: expect.stringContaining('idempotency-key-reused') });
  });

  it('reports the same rows under a new key as unchanged, and writes no profile', async () => {
    const before = await h.items('candidate', 'feed-intent');
    const res = await upload(body, 'upload-2');
    const report = (await res.json()) as Report;
    const good = file.goodIds.length;
    expect(report.totals).toEqual({
      rows: ROWS,
      accepted: 0,
      rejected: ROWS - good,
      unchanged: good,
      created: 0,
      updated: 0,
    });
    report.rows.forEach((row, i) => {
      expect(row.status).toBe(first.rows[i]?.status === 'accepted' ? 'unchanged' : 'rejected');
    });
    expect(await h.items('candidate', 'feed-intent')).toEqual(before);
  }, 180_000);
});

describe('bulk upload limits and formats', () => {
  it('refuses more than 10,000 rows before writing anything', async () => {
    const before = (await h.items('candidate')).length;
    const res = await upload(`${body}${file.lines[0]}\n`, 'too-many');
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({
      type: expect.stringContaining('too-many-rows'),
      maxRows: 10_000,
    });
    expect((await h.items('candidate')).length).toBe(before);
  }, 60_000);

  it('refuses other media types', async () => {
    const res = await upload('{}', undefined, 'application/json');
    expect(res.status).toBe(415);
  });

  it('takes CSV that means the same as NDJSON: the same rows uploaded both ways are unchanged the second time', async () => {
    const candidates = [...generateCandidates({ seed: 5, count: 300 })].map(exchangeLine);
    const csv = await upload(csvFile(candidates), undefined, 'text/csv');
    const csvReport = (await csv.json()) as Report;
    expect(csvReport.totals).toMatchObject({ rows: 300, accepted: 300, rejected: 0 });
    const ndjson = await upload(`${candidates.map((c) => JSON.stringify(c)).join('\n')}\n`);
    expect(((await ndjson.json()) as Report).totals).toMatchObject({ rows: 300, unchanged: 300 });
  }, 60_000);

  it('serves a CSV template whose example row uploads', async () => {
    const template = await h.request('GET', '/v1/candidates/bulk/template.csv', { as: PES_VDAB });
    expect(template.headers.get('content-type')).toContain('text/csv');
    const report = (await (await upload(await template.text(), undefined, 'text/csv')).json()) as Report;
    expect(report.totals).toMatchObject({ rows: 1, accepted: 1 });
  });

  it('refuses a CSV header with an unknown or missing column, naming it', async () => {
    const res = await upload('externalId,residence.country,nationalitys\nX-1,MA,MA\n', undefined, 'text/csv');
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: { field: string; message: string }[] };
    expect(problem.errors.map((e) => e.message)).toEqual(
      expect.arrayContaining(["unknown column 'nationalitys'", "missing column 'occupations'"]),
    );
  });

  it('is for employment services only', async () => {
    const res = await h.request('POST', '/v1/candidates/bulk', {
      as: ['employer', 'emp-x'],
      type: NDJSON,
      body: file.lines[0] ?? '',
    });
    expect(res.status).toBe(403);
  });
});
