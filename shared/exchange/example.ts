import type { ExchangeCandidateRaw } from './exchange-format.js';

/** The example profile of the CSV template and the docs: every code list used once. */
export const EXAMPLE_EXCHANGE_CANDIDATE: ExchangeCandidateRaw = {
  externalId: 'MA-2026-000123',
  residence: { country: 'MA' },
  nationalities: ['MA'],
  personal: { fullName: 'Youssef El Amrani', email: 'youssef@example.org', birthDate: '1998-04-12' },
  occupations: [{ isco: '7112', yearsExperience: 6 }],
  skills: [{ id: 'bricklaying' }, { label: 'lire des plans' }, { label: 'tegelzetten op maat' }],
  languages: [
    { language: 'fr', level: 'C1' },
    { language: 'ar', level: 'C2' },
    { language: 'nl', level: 'A2' },
  ],
  education: { iscedLevel: 4, field: 'Construction', diplomaCountry: 'MA', diplomaRecognition: 'not-needed' },
  workExperienceYears: 6,
  readiness: {
    dutchCourseLevel: 'A2',
    civicOrientation: 'in-progress',
    softSkillsTraining: 'completed',
    technicalModules: [],
  },
  availableFrom: '2026-09-01',
  consent: { matching: true, recordedAt: '2026-01-15T10:00:00Z' },
};
