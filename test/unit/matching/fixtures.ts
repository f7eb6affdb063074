import type { VacancyMatchProfile } from '../../../shared/matching/score-model.js';
import { type CandidateDocument, iscoPrefixes } from '../../../shared/search/candidate-document.js';

/** A candidate document with neutral defaults; `occupations` also sets `iscoGroups`. */
export function candidateDoc(overrides: Partial<CandidateDocument> = {}): CandidateDocument {
  const occupations = overrides.occupations ?? ['7112'];
  return {
    id: 'cand-1',
    pes: 'VDAB',
    version: 1,
    ring: 1,
    country: 'BE',
    region: 'BE-VLG',
    nationalities: ['BE'],
    skills: [],
    skillText: [],
    languages: {},
    educationLevel: 3,
    diplomaRecognition: 'not-needed',
    workExperienceYears: 0,
    readinessDutch: 0,
    readinessCivic: 0,
    readinessSoftSkills: 0,
    technicalModules: [],
    consentMatching: true,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
    occupations,
    iscoGroups: overrides.iscoGroups ?? iscoPrefixes(occupations),
  };
}

export function matchProfile(overrides: Partial<VacancyMatchProfile> = {}): VacancyMatchProfile {
  return {
    requiredSkills: ['bricklaying'],
    optionalSkills: [],
    occupation: '7112',
    languages: [],
    minExperienceYears: 0,
    regulated: false,
    ...overrides,
  };
}

/** A regulated bricklayer vacancy: two required skills, one optional, English and Dutch, two years. */
export const bricklayerProfile = matchProfile({
  requiredSkills: ['bricklaying', 'masonry'],
  optionalSkills: ['tiling'],
  occupation: '7112',
  languages: [
    { language: 'en', level: 2 },
    { language: 'nl', level: 3 },
  ],
  minExperienceYears: 2,
  regulated: true,
});
