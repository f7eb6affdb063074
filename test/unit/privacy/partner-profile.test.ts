import { describe, expect, it } from 'vitest';
import type { CandidateProfile } from '../../../shared/domain/candidate.js';
import { ExchangeCandidateSchema, toExchangeCandidate } from '../../../shared/exchange/exchange-format.js';
import { candidateProfile } from '../indexing/candidate-profiles.js';

/** A profile with every optional member set, identifying ones included. */
const profile = candidateProfile('MA-2026-000123', {
  input: {
    summary: 'Worked six years for Bati Maroc in Tanger; references on request.',
    temporaryProtection: { validUntil: '2027-03-04' },
    availableFrom: '2026-09-01',
    noticePeriodWeeks: 4,
    consent: {
      matching: true,
      recordedAt: '2026-01-15T10:00:00Z',
      sharing: [{ employerOrg: 'emp-bouwgroep-vdb', grantedAt: '2026-01-20T10:00:00Z' }],
    },
  },
});

/**
 * Fields a later version of the profile might carry, at every level: none is on the allow-list
 * (shared/privacy/partner-profile.ts), so none may reach a partner.
 */
function withNewFields(p: CandidateProfile): CandidateProfile {
  const extra = <T extends object>(value: T, name: string): T => ({ ...value, [name]: `NEW-${name}` });
  return {
    ...extra(p, 'passportNumber'),
    residence: extra(p.residence, 'street'),
    personal: extra(p.personal, 'nationalId'),
    occupations: p.occupations.map((o) => extra(o, 'employerName')),
    languages: p.languages.map((l) => extra(l, 'certificateNumber')),
    education: extra(p.education, 'school'),
    readiness: extra(p.readiness, 'caseWorker'),
    temporaryProtection: extra(p.temporaryProtection ?? { validUntil: '2027-03-04' }, 'permitNumber'),
    consent: extra(p.consent, 'signedBy'),
  };
}

describe('the partner export (EU Talent Pool view of a profile)', () => {
  it('carries the allow-listed fields and nothing identifying', () => {
    const line = toExchangeCandidate(profile, 'exchange');
    expect(line).toEqual({
      externalId: 'MA-2026-000123',
      residence: { country: 'MA' },
      nationalities: ['MA'],
      personal: {},
      occupations: [{ isco: '7112', yearsExperience: 6 }],
      skills: line.skills,
      languages: [
        { language: 'fr', level: 'C1' },
        { language: 'ar', level: 'C2' },
        { language: 'nl', level: 'A2' },
      ],
      education: {
        iscedLevel: 4,
        field: 'Construction',
        diplomaCountry: 'MA',
        diplomaRecognition: 'not-needed',
      },
      workExperienceYears: 6,
      readiness: profile.readiness,
      temporaryProtection: { validUntil: '2027-03-04' },
      availableFrom: '2026-09-01',
      noticePeriodWeeks: 4,
      consent: { matching: true, recordedAt: '2026-01-15T10:00:00Z' },
      meta: expect.objectContaining({ id: profile.id, pes: 'ANAPEC', ring: 4 }),
    });
    const text = JSON.stringify(line);
    for (const identifying of [
      'Youssef',
      'youssef@example.org',
      '1998-04-12',
      'Bati Maroc',
      'emp-bouwgroep-vdb',
    ]) {
      expect(text).not.toContain(identifying);
    }
    expect(ExchangeCandidateSchema.safeParse(line).success).toBe(true);
  });

  it('keeps a field added to the profile out until it is listed, at every level', () => {
    const changed = withNewFields(profile);
    expect(JSON.stringify(toExchangeCandidate(changed, 'exchange'))).not.toContain('NEW-');
    expect(toExchangeCandidate(changed, 'exchange')).toEqual(toExchangeCandidate(profile, 'exchange'));
    // A copy of the profile would have let them through: the owner's own line copies its
    // nested blocks whole, so it shows them.
    const owner = JSON.stringify(toExchangeCandidate(changed, 'owner'));
    expect(owner).toContain('NEW-street');
    expect(owner).toContain('NEW-nationalId');
  });

  it('gives the owning PES its profile in full', () => {
    const line = toExchangeCandidate(profile, 'owner');
    expect(line.personal).toEqual(profile.personal);
    expect(line.summary).toBe(profile.summary);
    expect(line.consent).toEqual(profile.consent);
  });
});
