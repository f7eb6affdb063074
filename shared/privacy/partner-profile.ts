import type { CandidateInput, CandidateProfile } from '../domain/candidate.js';

/**
 * What a partner (the EU Talent Pool, EURES) receives of a profile in the exchange export and
 * the change feed: the profile, not the person. Like the blind profile (shared/privacy/candidate-views.ts),
 * it is built field by field from an allow-list, never by copying the
 * profile and deleting what must not leave: a field added to the profile later reaches partners
 * only once it is listed here. Left out: the `personal` block (name, contact, birth date), the
 * PES's free-text `summary`, and which employers may see the identified profile
 * (`consent.sharing`). Skills are written by the exchange format itself (exchange-format.ts).
 */
export type PartnerProfile = Omit<CandidateInput, 'skills' | 'personal' | 'summary' | 'consent'> & {
  /** Always empty: the exchange format keeps the block, partners get nothing in it. */
  readonly personal: Record<string, never>;
  readonly consent: Pick<CandidateInput['consent'], 'matching' | 'recordedAt'>;
};

export function partnerProfile(profile: CandidateProfile): PartnerProfile {
  const { residence, education, readiness } = profile;
  return withoutUndefined({
    residence: withoutUndefined({ country: residence.country, region: residence.region }),
    nationalities: [...profile.nationalities],
    personal: {},
    occupations: profile.occupations.map((o) =>
      withoutUndefined({ isco: o.isco, esco: o.esco, yearsExperience: o.yearsExperience }),
    ),
    languages: profile.languages.map((l) => ({ language: l.language, level: l.level })),
    education: withoutUndefined({
      iscedLevel: education.iscedLevel,
      field: education.field,
      diplomaCountry: education.diplomaCountry,
      diplomaRecognition: education.diplomaRecognition,
    }),
    workExperienceYears: profile.workExperienceYears,
    readiness: withoutUndefined({
      dutchCourseLevel: readiness.dutchCourseLevel,
      civicOrientation: readiness.civicOrientation,
      softSkillsTraining: readiness.softSkillsTraining,
      technicalModules: [...readiness.technicalModules],
    }),
    temporaryProtection: profile.temporaryProtection
      ? { validUntil: profile.temporaryProtection.validUntil }
      : undefined,
    availableFrom: profile.availableFrom,
    noticePeriodWeeks: profile.noticePeriodWeeks,
    consent: { matching: profile.consent.matching, recordedAt: profile.consent.recordedAt },
  }) as PartnerProfile;
}

/** An exchange line has no `undefined` members: an absent optional field is left out. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
