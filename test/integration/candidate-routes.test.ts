import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validCandidate } from '../fixtures/api-bodies.js';
import { ANAPEC, EMPLOYER, type Harness, startHarness, VDAB } from '../support/api-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ maxBodyBytes: 64 * 1024 });
});
afterAll(async () => h.close());

async function tableItemCount(): Promise<number> {
  const result = await h.dynamo.client.send(
    new ScanCommand({ TableName: h.dynamo.tableName, Select: 'COUNT' }),
  );
  return result.Count ?? 0;
}

const upsert = (externalId: string, body: unknown = validCandidate(), as = ANAPEC) =>
  h.call('PUT', `/v1/candidates/by-external-id/${externalId}`, { as, body });

describe('candidate profiles', () => {
  it('upserts idempotently: the same body twice gives one record', async () => {
    const first = await upsert('MA-0001');
    expect(first.status).toBe(201);
    const created = (await first.json()) as {
      outcome: string;
      candidate: { id: string; version: number; ring: number; pes: string };
    };
    expect(created).toMatchObject({ outcome: 'created', candidate: { version: 1, ring: 4, pes: 'ANAPEC' } });
    const items = await tableItemCount();
    const second = await upsert('MA-0001');
    expect(second.status).toBe(200);
    expect(await second.json()).toMatchObject({
      outcome: 'unchanged',
      candidate: { id: created.candidate.id, version: 1 },
    });
    expect(await tableItemCount()).toBe(items);
    expect(await h.deps.search.get(created.candidate.id)).toMatchObject({
      id: created.candidate.id,
      version: 1,
      ring: 4,
    });
  });

  it('updates when the body changes, and re-indexes the new version', async () => {
    const created = (await (await upsert('MA-0002')).json()) as { candidate: { id: string } };
    const changed = await upsert('MA-0002', validCandidate({ workExperienceYears: 7 }));
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({
      outcome: 'updated',
      candidate: { version: 2, workExperienceYears: 7 },
    });
    expect(await h.deps.search.get(created.candidate.id)).toMatchObject({
      version: 2,
      workExperienceYears: 7,
    });
  });

  it('keeps unmapped free-text skills and reports them', async () => {
    const res = await upsert(
      'MA-0003',
      validCandidate({ skills: [{ label: 'zeer specifieke restauratie van glas-in-lood' }] }),
    );
    const body = (await res.json()) as {
      candidate: { unmappedSkills: string[]; skills: { key: string; mapped: boolean }[] };
    };
    expect(body.candidate.unmappedSkills).toEqual(['zeer specifieke restauratie van glas-in-lood']);
    expect(body.candidate.skills).toEqual([expect.objectContaining({ mapped: false })]);
  });

  it('derives the ring from residence', async () => {
    const flemish = await upsert(
      'VDAB-1',
      validCandidate({ residence: { country: 'BE', region: 'BE-VLG' }, nationalities: ['BE'] }),
      VDAB,
    );
    expect(await flemish.json()).toMatchObject({ candidate: { ring: 1 } });
  });

  it('reads and deletes its own candidate, from the table and the index', async () => {
    const { candidate } = (await (await upsert('MA-0004')).json()) as { candidate: { id: string } };
    const read = await h.call('GET', `/v1/candidates/${candidate.id}`, { as: ANAPEC });
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ id: candidate.id, externalId: 'MA-0004' });
    const removed = await h.call('DELETE', `/v1/candidates/${candidate.id}`, { as: ANAPEC });
    expect(removed.status).toBe(204);
    expect((await h.call('GET', `/v1/candidates/${candidate.id}`, { as: ANAPEC })).status).toBe(404);
    expect(await h.deps.search.get(candidate.id)).toBeUndefined();
    expect((await h.call('DELETE', `/v1/candidates/${candidate.id}`, { as: ANAPEC })).status).toBe(404);
  });

  it('a profile uploaded again after erasure continues above the erasure and reaches the index', async () => {
    const first = (await (await upsert('MA-0099')).json()) as { candidate: { id: string } };
    const id = first.candidate.id;
    expect((await h.call('DELETE', `/v1/candidates/${id}`, { as: ANAPEC })).status).toBe(204);
    expect(await h.deps.search.get(id)).toBeUndefined();
    const again = await upsert('MA-0099');
    expect(again.status).toBe(201);
    const body = (await again.json()) as { outcome: string; candidate: { id: string; version: number } };
    expect(body).toMatchObject({ outcome: 'created', candidate: { id, version: 3 } });
    await h.stream.drain();
    expect(await h.deps.search.get(id)).toMatchObject({ id, version: 3 });
  });

  it("never shows or deletes another PES's candidate", async () => {
    const { candidate } = (await (await upsert('MA-0005')).json()) as { candidate: { id: string } };
    expect((await h.call('GET', `/v1/candidates/${candidate.id}`, { as: VDAB })).status).toBe(404);
    expect((await h.call('DELETE', `/v1/candidates/${candidate.id}`, { as: VDAB })).status).toBe(404);
    expect((await h.call('GET', `/v1/candidates/${candidate.id}`, { as: EMPLOYER })).status).toBe(403);
    expect((await h.call('GET', `/v1/candidates/${candidate.id}`, { as: ANAPEC })).status).toBe(200);
  });

  it('lists its own candidates page by page', async () => {
    const pes: [string, string] = ['pes', 'ANETI'];
    for (let i = 0; i < 5; i++)
      await upsert(`TN-${i}`, validCandidate({ residence: { country: 'TN' }, nationalities: ['TN'] }), pes);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await h.call('GET', `/v1/candidates?limit=2${cursor ? `&cursor=${cursor}` : ''}`, {
        as: pes,
      });
      const page = (await res.json()) as {
        items: { externalId: string; pes: string }[];
        nextCursor?: string;
      };
      for (const item of page.items) expect(item.pes).toBe('ANETI');
      seen.push(...page.items.map((c) => c.externalId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(['TN-0', 'TN-1', 'TN-2', 'TN-3', 'TN-4']);
  });

  describe('bad input gets 4xx problem+json and changes nothing', () => {
    const cases: [string, () => Promise<Response>, number][] = [
      [
        'malformed JSON',
        () => h.call('PUT', '/v1/candidates/by-external-id/X-1', { as: ANAPEC, body: '{"residence":' }),
        400,
      ],
      ['unknown country code', () => upsert('X-2', validCandidate({ residence: { country: 'XX' } })), 400],
      [
        'unknown CEFR level',
        () => upsert('X-3', { ...validCandidate(), languages: [{ language: 'fr', level: 'C3' }] }),
        400,
      ],
      [
        'unknown ISCO code',
        () => upsert('X-4', validCandidate({ occupations: [{ isco: '0000', yearsExperience: 1 }] })),
        400,
      ],
      [
        'Belgian resident without region',
        () => upsert('X-5', validCandidate({ residence: { country: 'BE' } })),
        400,
      ],
      ['missing consent', () => upsert('X-6', { ...validCandidate(), consent: undefined }), 400],
      ['wrong type', () => upsert('X-7', { ...validCandidate(), workExperienceYears: 'six' }), 400],
      ['unknown field', () => upsert('X-8', { ...validCandidate(), religion: 'none' }), 400],
      ['bad external id', () => upsert('bad id with spaces', validCandidate()), 400],
      ['oversize body', () => upsert('X-9', validCandidate({ summary: 'y'.repeat(70 * 1024) })), 413],
      ['employer may not upload', () => upsert('X-10', validCandidate(), EMPLOYER), 403],
    ];
    it.each(cases)('%s', async (_name, send, status) => {
      const before = await tableItemCount();
      const res = await send();
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(((await res.json()) as { status: number }).status).toBe(status);
      expect(await tableItemCount()).toBe(before);
    });
  });
});
