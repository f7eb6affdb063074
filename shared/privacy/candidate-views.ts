import type { CandidateProfile } from '../domain/candidate.js';
import type { Ring } from '../domain/geography.js';

/**
 * What an employer may see of a candidate. The blind profile is pseudonymous: what the job
 * needs (occupation, mapped skills, languages, education level, readiness, availability) and
 * nothing that names or locates the person: no name, contact, exact birth date, external id or
 * free text (the PES's summary, the field of study, skill labels the taxonomy could not map —
 * all written by people and liable to identify).
 */
export interface BlindProfile {
  readonly disclosure: 'blind';
  readonly id: string;
  readonly pes: string;
  readonly ring: Ring;
  readonly country: string;
  readonly region?: string | undefined;
  readonly nationalities: readonly string[];
  readonly occupations: readonly { isco: string; esco?: string | undefined; yearsExperience: number }[];
  /** Taxonomy skills only. */
  readonly skills: readonly { key: string; label: string; esco?: string | undefined }[];
  readonly languages: readonly { language: string; level: string }[];
  readonly education: {
    readonly iscedLevel: number;
    readonly diplomaCountry?: string | undefined;
    readonly diplomaRecognition: string;
  };
  readonly workExperienceYears: number;
  readonly readiness: CandidateProfile['readiness'];
  readonly availableFrom?: string | undefined;
}

/** The blind profile plus who the candidate is: only on the candidate's consent to share. */
export interface IdentifiedProfile extends Omit<BlindProfile, 'disclosure'> {
  readonly disclosure: 'identified';
  readonly identity: {
    readonly fullName?: string | undefined;
    readonly email?: string | undefined;
    readonly phone?: string | undefined;
    readonly birthDate?: string | undefined;
    readonly summary?: string | undefined;
    readonly educationField?: string | undefined;
    /** Skills as the PES wrote them, mapped or not. */
    readonly skillLabels: readonly string[];
  };
}

export type EmployerCandidateView = BlindProfile | IdentifiedProfile;

/** Built field by field (never by copying and deleting), so a new profile field stays hidden. */
export function blindProfile(profile: CandidateProfile): BlindProfile {
  return {
    disclosure: 'blind',
    id: profile.id,
    pes: profile.pes,
    ring: profile.ring,
    country: profile.residence.country,
    region: profile.residence.region,
    nationalities: [...profile.nationalities],
    occupations: profile.occupations.map((o) => ({
      isco: o.isco,
      esco: o.esco,
      yearsExperience: o.yearsExperience,
    })),
    skills: profile.skills.filter((s) => s.mapped).map((s) => ({ key: s.key, label: s.label, esco: s.esco })),
    languages: profile.languages.map((l) => ({ language: l.language, level: l.level })),
    education: {
      iscedLevel: profile.education.iscedLevel,
      diplomaCountry: profile.education.diplomaCountry,
      diplomaRecognition: profile.education.diplomaRecognition,
    },
    workExperienceYears: profile.workExperienceYears,
    readiness: {
      dutchCourseLevel: profile.readiness.dutchCourseLevel,
      civicOrientation: profile.readiness.civicOrientation,
      softSkillsTraining: profile.readiness.softSkillsTraining,
      technicalModules: [...profile.readiness.technicalModules],
    },
    availableFrom: profile.availableFrom,
  };
}

export function identifiedProfile(profile: CandidateProfile): IdentifiedProfile {
  return {
    ...blindProfile(profile),
    disclosure: 'identified',
    identity: {
      fullName: profile.personal.fullName,
      email: profile.personal.email,
      phone: profile.personal.phone,
      birthDate: profile.personal.birthDate,
      summary: profile.summary,
      educationField: profile.education.field,
      skillLabels: profile.skills.map((s) => s.label),
    },
  };
}
