import type { CandidateProfile } from '../domain/candidate.js';
import { cefrOrdinal } from '../domain/codes.js';
import type { Ring } from '../domain/geography.js';

/**
 * What the search engines hold of a candidate: only what matching needs. No name, contact,
 * birth date or free text, so an index leak exposes no identity.
 */
export interface CandidateDocument {
  readonly id: string;
  readonly pes: string;
  readonly version: number;
  readonly ring: Ring;
  readonly country: string;
  readonly region?: string | undefined;
  readonly nationalities: readonly string[];
  /** ISCO-08 unit groups the candidate has worked in or is looking for. */
  readonly occupations: readonly string[];
  /** Every prefix (1–4 digits) of those unit groups, for "same ISCO group" fit. */
  readonly iscoGroups: readonly string[];
  /** Canonical skill keys (taxonomy ids, or `label:` keys for unmapped free text). */
  readonly skills: readonly string[];
  /** Skill labels as given and resolved, for multilingual text search. */
  readonly skillText: readonly string[];
  /** CEFR ordinal (A1 = 1 … C2 = 6) per ISO 639-1 language. */
  readonly languages: Readonly<Record<string, number>>;
  readonly educationLevel: number;
  readonly diplomaRecognition: string;
  readonly workExperienceYears: number;
  /** Dutch level reached in the pre-departure course, as a CEFR ordinal. */
  readonly readinessDutch: number;
  /** 0 not started, 1 in progress, 2 completed. */
  readonly readinessCivic: number;
  readonly readinessSoftSkills: number;
  readonly technicalModules: readonly string[];
  readonly consentMatching: boolean;
  readonly temporaryProtectionUntil?: string | undefined;
  readonly birthYear?: number | undefined;
  /** When the candidate can start at the earliest, and their notice period (start-date filters). */
  readonly availableFrom?: string | undefined;
  readonly noticePeriodWeeks?: number | undefined;
  readonly updatedAt: string;
}

const TRAINING_ORDINAL = { 'not-started': 0, 'in-progress': 1, completed: 2 } as const;

export function iscoPrefixes(codes: readonly string[]): string[] {
  const groups = new Set<string>();
  for (const code of codes) for (let n = 1; n <= code.length; n++) groups.add(code.slice(0, n));
  return [...groups].sort();
}

export function toCandidateDocument(profile: CandidateProfile): CandidateDocument {
  const occupations = profile.occupations.map((o) => o.isco);
  return {
    id: profile.id,
    pes: profile.pes,
    version: profile.version,
    ring: profile.ring,
    country: profile.residence.country,
    region: profile.residence.region,
    nationalities: [...profile.nationalities],
    occupations,
    iscoGroups: iscoPrefixes(occupations),
    skills: [...new Set(profile.skills.map((s) => s.key))].sort(),
    skillText: [...new Set(profile.skills.map((s) => s.label))],
    languages: Object.fromEntries(profile.languages.map((l) => [l.language, cefrOrdinal(l.level)])),
    educationLevel: profile.education.iscedLevel,
    diplomaRecognition: profile.education.diplomaRecognition,
    workExperienceYears: profile.workExperienceYears,
    readinessDutch: cefrOrdinal(profile.readiness.dutchCourseLevel),
    readinessCivic: TRAINING_ORDINAL[profile.readiness.civicOrientation],
    readinessSoftSkills: TRAINING_ORDINAL[profile.readiness.softSkillsTraining],
    technicalModules: [...profile.readiness.technicalModules],
    consentMatching: profile.consent.matching,
    temporaryProtectionUntil: profile.temporaryProtection?.validUntil,
    birthYear: profile.personal.birthDate ? Number(profile.personal.birthDate.slice(0, 4)) : undefined,
    availableFrom: profile.availableFrom,
    noticePeriodWeeks: profile.noticePeriodWeeks,
    updatedAt: profile.updatedAt,
  };
}
