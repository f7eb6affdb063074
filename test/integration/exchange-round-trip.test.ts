import '@hono/zod-openapi';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCandidates } from '../../shared/demo/candidate-generator.js';
import type { CandidateProfile } from '../../shared/domain/candidate.js';
import { ExchangeCandidateSchema } from '../../shared/exchange/exchange-format.js';
import { fixedClock } from '../../shared/ports/clock.js';
import { exchangeLine } from '../fixtures/bulk-file.js';
import { type ExchangeHarness, NDJSON, PES_VDAB, startExchangeHarness } from '../support/exchange-harness.js';

/**
 * The exchange format round-trips: export from one store, import into an empty one, and the data
 * set is identical — the same profiles (id, codes, resolved ESCO skills, consents) and the same
 * export, line for line.
 */
const clock = fixedClock('2026-03-02T09:00:00.000Z');
const ESCO_OCCUPATION = 'http://data.europa.eu/esco/occupation/aaaaaaaa-1111-2222-3333-444444444444';
const ESCO_SKILL = 'http://data.europa.eu/esco/skill/bbbbbbbb-1111-2222-3333-444444444444';
let source: ExchangeHarness;
let target: ExchangeHarness;

const exportText = async (h: ExchangeHarness, as: readonly [string, string] = PES_VDAB) =>
  (await h.request('GET', '/v1/exchange/candidates', { as })).text();
const withoutVersion = (line: string) => {
  const doc = JSON.parse(line) as { meta: { version?: number } };
  delete doc.meta.version;
  return doc;
};

async function profiles(h: ExchangeHarness): Promise<Map<string, Partial<CandidateProfile>>> {
  const items = await h.items('candidate');
  return new Map(
    items.map((i) => {
      const { contentHash: _h, version: _v, ...rest } = i.record as CandidateProfile;
      return [rest.id, rest];
    }),
  );
}

beforeAll(async () => {
  source = await startExchangeHarness({ clock });
  target = await startExchangeHarness({ clock });
  const candidates = [...generateCandidates({ seed: 77, count: 400 })].map(exchangeLine);
  // Consent to share with an employer, one withdrawn: part of the data set too.
  const first = candidates[20];
  if (first) {
    // ESCO URIs as a EURES partner sends them: kept whether or not the taxonomy knows them.
    first.occupations = [{ isco: '7112', esco: ESCO_OCCUPATION, yearsExperience: 4 }];
    first.skills = [...(first.skills ?? []), { esco: ESCO_SKILL, label: 'lay bricks' }];
    first.consent = {
      ...first.consent,
      sharing: [
        { employerOrg: 'emp-bouwgroep', grantedAt: '2026-01-20T10:00:00Z' },
        {
          employerOrg: 'emp-zorgnet',
          grantedAt: '2026-01-20T10:00:00Z',
          withdrawnAt: '2026-02-01T10:00:00Z',
        },
      ],
    };
  }
  const upload = await source.request('POST', '/v1/candidates/bulk', {
    as: PES_VDAB,
    type: NDJSON,
    body: candidates.map((c) => JSON.stringify(c)).join('\n'),
  });
  expect(upload.status).toBe(200);
  // Updated and erased profiles: the export is the current state.
  const changed = candidates.slice(1, 6).map((c) => JSON.stringify({ ...c, workExperienceYears: 9 }));
  await source.request('POST', '/v1/candidates/bulk', {
    as: PES_VDAB,
    type: NDJSON,
    body: changed.join('\n'),
  });
  const listed = (await (await source.request('GET', '/v1/candidates?limit=3', { as: PES_VDAB })).json()) as {
    items: { id: string }[];
  };
  for (const { id } of listed.items) await source.request('DELETE', `/v1/candidates/${id}`, { as: PES_VDAB });
}, 120_000);
afterAll(async () => {
  await source.close();
  await target.close();
});

describe('exchange round trip', () => {
  it('exports lines in the exchange format, in standard codes', async () => {
    const lines = (await exportText(source)).trim().split('\n');
    expect(lines).toHaveLength(397);
    for (const line of lines) expect(ExchangeCandidateSchema.safeParse(JSON.parse(line)).success).toBe(true);
    const docs = lines.map(
      (l) => JSON.parse(l) as { skills: { esco?: string }[]; occupations: { isco: string; esco?: string }[] },
    );
    const coded = docs.filter((doc) => doc.skills.some((s) => s.esco === ESCO_SKILL));
    expect(coded).toHaveLength(1);
    expect(coded[0]?.occupations).toEqual([{ isco: '7112', esco: ESCO_OCCUPATION, yearsExperience: 4 }]);
  });

  it('imports an export into an empty store as the identical data set', async () => {
    const exported = await exportText(source);
    const upload = await target.request('POST', '/v1/candidates/bulk', {
      as: PES_VDAB,
      type: NDJSON,
      body: exported,
    });
    const report = (await upload.json()) as { totals: { accepted: number; rejected: number } };
    expect(report.totals).toMatchObject({ accepted: 397, rejected: 0 });
    expect(await profiles(target)).toEqual(await profiles(source));
    const again = (await exportText(target)).trim().split('\n').map(withoutVersion);
    expect(again).toEqual(exported.trim().split('\n').map(withoutVersion));
    // And importing it once more changes nothing.
    const twice = await target.request('POST', '/v1/candidates/bulk', {
      as: PES_VDAB,
      type: NDJSON,
      body: exported,
    });
    expect(((await twice.json()) as { totals: { unchanged: number } }).totals.unchanged).toBe(397);
  }, 60_000);

  it("refuses another service's export", async () => {
    const [line] = (await exportText(source)).trim().split('\n');
    const res = await target.request('POST', '/v1/candidates/bulk', {
      as: ['pes', 'ACTIRIS'],
      type: NDJSON,
      body: line ?? '',
    });
    const report = (await res.json()) as { rows: { status: string; errors: { field: string }[] }[] };
    expect(report.rows[0]).toMatchObject({ status: 'rejected', errors: [{ field: 'meta.pes' }] });
  });

  it('exports to the EU Talent Pool consenting profiles only, without identifying data', async () => {
    const lines = (await exportText(source, ['talent-pool', 'EU-TALENT-POOL'])).trim().split('\n');
    const docs = lines.map((l) => JSON.parse(l) as { personal: object; summary?: string; consent: object });
    expect(docs.length).toBeGreaterThan(300);
    for (const doc of docs) {
      expect(doc.personal).toEqual({});
      expect(doc.summary).toBeUndefined();
      expect(doc.consent).not.toHaveProperty('sharing');
    }
  });

  it('serves the JSON Schema that docs/exchange-schema.json holds', async () => {
    const served = await (await source.request('GET', '/v1/exchange/schema.json', { as: PES_VDAB })).json();
    expect(served).toEqual(JSON.parse(await readFile('docs/exchange-schema.json', 'utf8')));
    expect(served).toMatchObject({
      $ref: '#/$defs/ExchangeCandidate',
      $defs: { ExchangeCandidate: { type: 'object' } },
    });
  });
});
