import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validCandidate, validVacancy } from '../fixtures/api-bodies.js';
import {
  ANAPEC,
  EMPLOYER,
  type Harness,
  OTHER_EMPLOYER,
  startHarness,
  VDAB,
} from '../support/api-harness.js';

let h: Harness;
let candidateId: string;
let vacancyId: string;
let otherVacancyId: string;

const PERSONAL = validCandidate({ summary: 'Werkte tien jaar bij Bouwbedrijf Atlas in Casablanca.' });
const IDENTIFYING = [
  PERSONAL.personal?.fullName,
  PERSONAL.personal?.email,
  PERSONAL.personal?.birthDate,
  PERSONAL.summary,
  PERSONAL.education.field,
  'tegelzetten op maat', // a skill the taxonomy does not know: PES free text
].filter((v): v is string => typeof v === 'string');

const consent = (method: 'PUT' | 'DELETE', purpose: string, as = ANAPEC) =>
  h.call(method, `/v1/candidates/${candidateId}/consents/${purpose}`, { as });
const view = (as = EMPLOYER, vacancy = vacancyId) =>
  h.call('GET', `/v1/vacancies/${vacancy}/candidates/${candidateId}`, { as });

async function viewBody(as = EMPLOYER, vacancy = vacancyId) {
  const res = await view(as, vacancy);
  expect(res.status).toBe(200);
  const text = await res.text();
  return { text, body: JSON.parse(text) as { disclosure: string; identity?: Record<string, unknown> } };
}

beforeAll(async () => {
  h = await startHarness();
  const created = await h.call('PUT', '/v1/candidates/by-external-id/CONSENT-1', {
    as: ANAPEC,
    body: PERSONAL,
  });
  candidateId = ((await created.json()) as { candidate: { id: string } }).candidate.id;
  const vacancy = await h.call('POST', '/v1/vacancies', { as: EMPLOYER, body: validVacancy() });
  vacancyId = ((await vacancy.json()) as { id: string }).id;
  const other = await h.call('POST', '/v1/vacancies', { as: OTHER_EMPLOYER, body: validVacancy() });
  otherVacancyId = ((await other.json()) as { id: string }).id;
});
afterAll(async () => h.close());

describe('blind profiles and consent to share', () => {
  it('shows an employer the blind profile by default: no name, contact, birth date or free text', async () => {
    const { text, body } = await viewBody();
    expect(body).toMatchObject({ disclosure: 'blind', id: candidateId, country: 'MA', pes: 'ANAPEC' });
    expect(body).not.toHaveProperty('identity');
    for (const value of IDENTIFYING) expect(text).not.toContain(value);
    expect(text).not.toContain('CONSENT-1');
  });

  it('reveals the identified profile once the candidate consents to share with that employer', async () => {
    const granted = await consent('PUT', `share-with-employer:${EMPLOYER[1]}`);
    expect(granted.status).toBe(200);
    expect(await granted.json()).toMatchObject({ changed: true, granted: true });
    const { body } = await viewBody();
    expect(body).toMatchObject({
      disclosure: 'identified',
      identity: { fullName: PERSONAL.personal?.fullName, email: PERSONAL.personal?.email },
    });
    // Idempotent: granting again changes nothing.
    expect(await (await consent('PUT', `share-with-employer:${EMPLOYER[1]}`)).json()).toMatchObject({
      changed: false,
    });
  });

  it('keeps the profile blind for every other employer', async () => {
    const { text, body } = await viewBody(OTHER_EMPLOYER, otherVacancyId);
    expect(body.disclosure).toBe('blind');
    for (const value of IDENTIFYING) expect(text).not.toContain(value);
  });

  it('is blind again at once after the consent is withdrawn', async () => {
    expect((await consent('DELETE', `share-with-employer:${EMPLOYER[1]}`)).status).toBe(200);
    const { text, body } = await viewBody();
    expect(body.disclosure).toBe('blind');
    for (const value of IDENTIFYING) expect(text).not.toContain(value);
  });

  it('keeps the sharing history, withdrawals included', async () => {
    const res = await h.call('GET', `/v1/candidates/${candidateId}`, { as: ANAPEC });
    const profile = (await res.json()) as {
      consent: { sharing: { employerOrg: string; withdrawnAt?: string }[] };
    };
    expect(profile.consent.sharing).toEqual([
      expect.objectContaining({ employerOrg: EMPLOYER[1], withdrawnAt: expect.any(String) }),
    ]);
  });

  it('takes a candidate out of every match at once when matching consent is withdrawn, and back in', async () => {
    const matched = async () => {
      const res = await h.call('POST', `/v1/vacancies/${vacancyId}/matches`, { as: EMPLOYER });
      const body = (await res.json()) as { rings: { matches: { candidateId: string }[] }[] };
      return body.rings.flatMap((r) => r.matches.map((m) => m.candidateId)).includes(candidateId);
    };
    expect(await matched()).toBe(true);
    expect((await consent('DELETE', 'matching')).status).toBe(200);
    expect(await h.deps.search.get(candidateId)).toMatchObject({ consentMatching: false });
    expect(await matched()).toBe(false);
    expect((await view()).status).toBe(404);
    expect((await consent('PUT', 'matching')).status).toBe(200);
    expect(await matched()).toBe(true);
  });

  it('puts every view and consent change on record, without personal data', async () => {
    const res = await h.call('GET', `/v1/audit?subject=${candidateId}`, { as: ['operator', 'VDAB-OPS'] });
    const { items } = (await res.json()) as {
      items: { action: string; purpose?: string; vacancyId?: string }[];
    };
    const actions = items.map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'candidate.profile.blind',
        'candidate.profile.revealed',
        'candidate.consent.granted',
        'candidate.consent.withdrawn',
      ]),
    );
    expect(items.find((r) => r.action === 'candidate.profile.revealed')?.vacancyId).toBe(vacancyId);
    const text = JSON.stringify(items);
    for (const value of IDENTIFYING) expect(text).not.toContain(value);
  });
});

describe('who may see a candidate at all', () => {
  it('only through an open vacancy of the caller that the candidate matches', async () => {
    // Not the caller's vacancy.
    expect((await view(EMPLOYER, otherVacancyId)).status).toBe(404);
    // A vacancy the candidate does not match: a non-bottleneck office job searches Flanders only.
    const office = await h.call('POST', '/v1/vacancies', {
      as: EMPLOYER,
      body: validVacancy({ title: 'Bediende', occupation: { isco: '4110' } }),
    });
    const officeId = ((await office.json()) as { id: string }).id;
    expect((await view(EMPLOYER, officeId)).status).toBe(404);
    // No such candidate.
    const guessed = await h.call('GET', `/v1/vacancies/${vacancyId}/candidates/cand_${'0'.repeat(24)}`, {
      as: EMPLOYER,
    });
    expect(guessed.status).toBe(404);
    // A closed vacancy no longer justifies looking.
    const closed = await h.call('POST', '/v1/vacancies', { as: EMPLOYER, body: validVacancy() });
    const closedId = ((await closed.json()) as { id: string }).id;
    expect((await view(EMPLOYER, closedId)).status).toBe(200);
    await h.call('POST', `/v1/vacancies/${closedId}/close`, { as: EMPLOYER });
    expect((await view(EMPLOYER, closedId)).status).toBe(404);
  });

  it('consents are changed by the owning PES only, for known purposes only', async () => {
    expect((await consent('PUT', 'marketing')).status).toBe(400);
    expect((await consent('PUT', 'share-with-employer:x')).status).toBe(400);
    expect((await consent('PUT', `share-with-employer:${EMPLOYER[1]}`, VDAB)).status).toBe(404);
    expect((await consent('PUT', `share-with-employer:${EMPLOYER[1]}`, EMPLOYER)).status).toBe(403);
    expect((await viewBody()).body.disclosure).toBe('blind');
  });
});

describe('consent arriving through uploads', () => {
  it('keeps the newest statement: a retried old upload never undoes a withdrawal, a newer one counts', async () => {
    const put = (body: unknown) =>
      h.call('PUT', '/v1/candidates/by-external-id/CONSENT-2', { as: ANAPEC, body });
    const old = validCandidate({ consent: { matching: true, recordedAt: '2026-01-15T10:00:00Z' } });
    const created = (await (await put(old)).json()) as { candidate: { id: string } };
    const id = created.candidate.id;
    await h.call('DELETE', `/v1/candidates/${id}/consents/matching`, { as: ANAPEC });
    // The same old upload, retried, and an old upload with other changes: consent stays withdrawn.
    expect(((await (await put(old)).json()) as { outcome: string }).outcome).toBe('unchanged');
    const changed = await put({ ...old, workExperienceYears: 8 });
    expect(await changed.json()).toMatchObject({
      outcome: 'updated',
      candidate: { consent: { matching: false } },
    });
    expect(await h.deps.search.get(id)).toMatchObject({ consentMatching: false });
    // A statement recorded after the withdrawal is the candidate's latest word.
    const renewed = await put({ ...old, consent: { matching: true, recordedAt: '2026-03-02T10:00:00Z' } });
    expect(await renewed.json()).toMatchObject({ candidate: { consent: { matching: true } } });
    expect(await h.deps.search.get(id)).toMatchObject({ consentMatching: true });
  });

  it('accepts sharing consents in the upload itself, and refuses malformed ones', async () => {
    const sharing = [{ employerOrg: EMPLOYER[1], grantedAt: '2026-01-15T10:00:00Z' }];
    const res = await h.call('PUT', '/v1/candidates/by-external-id/CONSENT-3', {
      as: ANAPEC,
      body: validCandidate({ consent: { matching: true, recordedAt: '2026-01-15T10:00:00Z', sharing } }),
    });
    expect(await res.json()).toMatchObject({ candidate: { consent: { sharing } } });
    const bad = await h.call('PUT', '/v1/candidates/by-external-id/CONSENT-4', {
      as: ANAPEC,
      body: validCandidate({
        consent: {
          matching: true,
          recordedAt: '2026-01-15T10:00:00Z',
          sharing: [{ employerOrg: 'x' } as never],
        },
      }),
    });
    expect(bad.status).toBe(400);
  });
});
