import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCandidates } from '../../shared/demo/candidate-generator.js';
import type { RowReport } from '../../shared/ports/import-store.js';
import { candidateId } from '../../shared/use-cases/candidate-use-cases.js';
import { exchangeLine } from '../fixtures/bulk-file.js';
import { type ExchangeHarness, NDJSON, PES_VDAB, startExchangeHarness } from '../support/exchange-harness.js';

/**
 * A bulk upload and single upserts of the same profiles at the same time. Every write that was
 * acknowledged is in the table as exactly one version: the stored version of each profile is
 * the number of acknowledged writes, each version has exactly one change-feed entry and one
 * audit record.
 */

const ROWS = 300;
const candidates = [...generateCandidates({ seed: 23, count: ROWS })];
let h: ExchangeHarness;

beforeAll(async () => {
  h = await startExchangeHarness();
});
afterAll(async () => h.close());

async function drainFeed() {
  for (;;) {
    const result = await h.deps.exchange.feed.sequence();
    if (result.appended === 0 && result.waiting === 0) return;
  }
}

describe('concurrent single upserts and a bulk upload on the same rows', () => {
  it('loses no write and duplicates none', async () => {
    const body = `${candidates.map((c) => JSON.stringify(exchangeLine(c))).join('\n')}\n`;
    // Single upserts of every third profile with other content, started while the upload runs.
    const singles = candidates
      .filter((_, i) => i % 3 === 0)
      .map((c, k) => ({ c, summary: `single upsert ${k}` }));
    const acknowledged = new Map<string, number>();
    const count = (id: string) => acknowledged.set(id, (acknowledged.get(id) ?? 0) + 1);

    const bulk = h.request('POST', '/v1/candidates/bulk', { as: PES_VDAB, type: NDJSON, body });
    const single = Promise.all(
      singles.map(async ({ c, summary }, k) => {
        await new Promise((r) => setTimeout(r, k * 4));
        const res = await h.request('PUT', `/v1/candidates/by-external-id/${c.externalId}`, {
          as: PES_VDAB,
          type: 'application/json',
          body: JSON.stringify({ ...c.input, summary }),
        });
        // 412: a concurrent write got there first and the caller is told; nothing was written.
        expect([200, 201, 412]).toContain(res.status);
        if (res.status !== 412) {
          const { outcome } = (await res.json()) as { outcome: string };
          if (outcome !== 'unchanged') count(candidateId('VDAB', c.externalId));
        }
      }),
    );
    const [res] = await Promise.all([bulk, single]);
    expect(res.status).toBe(200);
    const report = (await res.json()) as { rows: RowReport[] };
    for (const row of report.rows) {
      expect(row.status).not.toBe('rejected');
      if (row.status === 'accepted') count(row.candidateId as string);
    }

    const stored = await h.items('candidate');
    expect(stored).toHaveLength(ROWS);
    for (const item of stored) {
      const record = item.record as { id: string; version: number };
      expect(record.version).toBe(acknowledged.get(record.id));
    }

    await drainFeed();
    const entries = (await h.items('feed-segment')).flatMap(
      (s) => JSON.parse(s.entries as string) as { id: string; v: number }[],
    );
    const seen = new Map<string, number[]>();
    for (const e of entries) seen.set(e.id, [...(seen.get(e.id) ?? []), e.v]);
    for (const item of stored) {
      const { id, version } = item.record as { id: string; version: number };
      // The feed may skip a version a later one superseded before it was sequenced, never repeat one.
      const versions = seen.get(id) ?? [];
      expect(new Set(versions).size).toBe(versions.length);
      expect(versions).toContain(version);
    }

    const audits = await h.items('audit');
    const written = new Map<string, number>();
    for (const a of audits) {
      const record = a.record as { action: string; subject: { id: string } };
      if (record.action === 'candidate.created' || record.action === 'candidate.updated') {
        written.set(record.subject.id, (written.get(record.subject.id) ?? 0) + 1);
      }
    }
    expect(written).toEqual(acknowledged);
    expect(await h.stream.drain()).toBe(0);
    // The two writers did meet: some profiles were written by both.
    expect([...acknowledged.values()].filter((n) => n > 1).length).toBeGreaterThan(0);
  }, 120_000);
});
