import { z } from 'zod';
import {
  CandidateInputSchema,
  type CandidateProfile,
  CandidateRequestSchema,
  ExternalIdSchema,
} from '../domain/candidate.js';
import { RINGS } from '../domain/geography.js';
import type { ResolvedSkill, SkillRef } from '../domain/skill-ref.js';
import type { Vacancy } from '../domain/vacancy.js';
import { partnerProfile } from '../privacy/partner-profile.js';

/**
 * The exchange format (`concentric-exchange/1`): one candidate profile per NDJSON line, in the
 * standard codes EURES and the EU Talent Pool speak — ISO 3166-1/-2 for residence and
 * nationality, ISCO-08 and ESCO occupation URIs, ESCO skill URIs where the taxonomy knows them,
 * ISO 639-1 with CEFR levels, ISCED 2011.
 *
 * It is the candidate input (what `PUT /v1/candidates/by-external-id/{externalId}` takes) plus
 * the external id, so the bulk upload imports it as it is. An export adds `meta` (read-only:
 * ignored on import, except that a profile of another PES is refused) and writes every skill as
 * the taxonomy resolved it, so importing an export gives the same profiles, and exporting again
 * gives the same lines.
 */
export const EXCHANGE_FORMAT = 'concentric-exchange/1';

export const ExchangeMetaSchema = z
  .object({
    format: z.literal(EXCHANGE_FORMAT),
    id: z.string(),
    pes: z.string(),
    version: z.number().int().min(1),
    createdAt: z.string(),
    updatedAt: z.string(),
    ring: z.union(RINGS.map((r) => z.literal(r))),
    unmappedSkills: z.array(z.string()),
  })
  .strict()
  .meta({ description: 'Written by exports; ignored on import (a profile of another PES is refused).' });

export const ExchangeCandidateSchema = CandidateRequestSchema.extend({
  externalId: ExternalIdSchema.meta({ description: "The employment service's own id for the jobseeker." }),
  meta: ExchangeMetaSchema.optional(),
}).meta({
  id: 'ExchangeCandidate',
  title: 'Candidate profile (concentric-exchange/1)',
  description:
    'One jobseeker profile, keyed by (employment service, externalId). Codes: ISO 3166-1 alpha-2 countries, ISO 3166-2 Belgian regions, ISCO-08 unit groups, ESCO URIs, ISO 639-1 languages with CEFR levels, ISCED 2011 levels.',
});
export type ExchangeCandidate = z.infer<typeof ExchangeCandidateSchema>;
export type ExchangeCandidateRaw = z.input<typeof ExchangeCandidateSchema>;

/** The skill reference that resolves back to exactly this skill. */
export function skillRefOf(skill: ResolvedSkill): SkillRef {
  if (skill.mapped) {
    return { id: skill.key, ...(skill.esco ? { esco: skill.esco } : {}), label: skill.label };
  }
  return { ...(skill.esco ? { esco: skill.esco } : {}), label: skill.label };
}

export type CandidateView = 'owner' | 'exchange';

/**
 * A stored profile as an exchange line. `owner` (the uploading PES) gets everything it
 * uploaded; `exchange` (the EU Talent Pool, other partners) gets the allow-listed partner
 * profile (shared/privacy/partner-profile.ts): no identifying data.
 */
export function toExchangeCandidate(profile: CandidateProfile, view: CandidateView): ExchangeCandidateRaw {
  const input = view === 'owner' ? ownerInput(profile) : partnerProfile(profile);
  return {
    externalId: profile.externalId,
    ...(input as Omit<ExchangeCandidateRaw, 'externalId' | 'meta'>),
    skills: profile.skills.map(skillRefOf),
    meta: {
      format: EXCHANGE_FORMAT,
      id: profile.id,
      pes: profile.pes,
      version: profile.version,
      createdAt: profile.createdAt,
      updatedAt: profile.updatedAt,
      ring: profile.ring,
      unmappedSkills: profile.unmappedSkills,
    },
  };
}

/** Exactly the input's members, taken from the schema: bookkeeping never leaks into a line. */
function ownerInput(profile: CandidateProfile): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of INPUT_KEYS) {
    const value = (profile as unknown as Record<string, unknown>)[key];
    if (value !== undefined) input[key] = value;
  }
  return input;
}

const INPUT_KEYS = Object.keys(CandidateInputSchema.shape);

/** A vacancy as partners see it in the change feed: the offer in standard codes, no internals. */
export const ExchangeVacancySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    occupation: z.object({ isco: z.string(), esco: z.string().optional() }),
    requiredSkills: z.array(
      z.object({ id: z.string().optional(), esco: z.string().optional(), label: z.string() }),
    ),
    optionalSkills: z.array(
      z.object({ id: z.string().optional(), esco: z.string().optional(), label: z.string() }),
    ),
    languages: z.array(z.object({ language: z.string(), level: z.string() })),
    minExperienceYears: z.number(),
    minEducationLevel: z.number().int().optional().meta({ description: 'ISCED 2011 level' }),
    workplace: z.object({
      country: z.literal('BE'),
      region: z.literal('BE-VLG'),
      province: z.string().meta({ description: 'ISO 3166-2:BE province' }),
      municipality: z.string(),
      postalCode: z.string(),
    }),
    employer: z.object({ name: z.string(), country: z.string() }),
    contract: z.object({
      type: z.string(),
      durationMonths: z.number().int().optional(),
      hoursPerWeek: z.number(),
      annualGrossSalaryEur: z.number(),
      qualificationLevel: z
        .number()
        .int()
        .meta({ description: 'Flemish qualification structure (VKS) level' }),
      startDate: z.string().optional(),
    }),
    openings: z.number().int(),
    bottleneck: z.boolean(),
    status: z.enum(['open', 'closed']),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ExchangeVacancy', title: 'Vacancy (concentric-exchange/1, public view)' });
export type ExchangeVacancy = z.infer<typeof ExchangeVacancySchema>;

export function toExchangeVacancy(vacancy: Vacancy): ExchangeVacancy {
  const c = vacancy.contract;
  return {
    id: vacancy.id,
    title: vacancy.title,
    occupation: { ...vacancy.occupation },
    requiredSkills: vacancy.requiredSkills.map(skillRefOf) as ExchangeVacancy['requiredSkills'],
    optionalSkills: vacancy.optionalSkills.map(skillRefOf) as ExchangeVacancy['optionalSkills'],
    languages: vacancy.languages.map((l) => ({ ...l })),
    minExperienceYears: vacancy.minExperienceYears,
    ...(vacancy.minEducationLevel !== undefined ? { minEducationLevel: vacancy.minEducationLevel } : {}),
    workplace: { country: 'BE', region: 'BE-VLG', ...vacancy.workplace },
    employer: { ...vacancy.employer },
    contract: {
      type: c.type,
      ...(c.durationMonths !== undefined ? { durationMonths: c.durationMonths } : {}),
      hoursPerWeek: c.hoursPerWeek,
      annualGrossSalaryEur: c.annualGrossSalaryEur,
      qualificationLevel: c.qualificationLevel,
      ...(c.startDate !== undefined ? { startDate: c.startDate } : {}),
    },
    openings: vacancy.openings,
    bottleneck: vacancy.bottleneck,
    status: vacancy.status,
    createdAt: vacancy.createdAt,
    updatedAt: vacancy.updatedAt,
  };
}
