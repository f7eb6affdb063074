import type { CandidateInputRaw } from '../domain/candidate.js';
import { CEFR_LEVELS, type CefrLevel } from '../domain/codes.js';
import type { LanguageLevel } from '../domain/common-schemas.js';
import type { SkillRef } from '../domain/skill-ref.js';
import { OCCUPATIONS } from '../taxonomy/occupations-data.js';
import { SKILLS } from '../taxonomy/skills-data.js';
import type { Occupation, Skill } from '../taxonomy/taxonomy-types.js';
import { EDUCATION_FIELDS, educationLevel, readiness, recognition } from './candidate-background.js';
import { namePool } from './names.js';
import { MOTHER_TONGUES, ORIGINS, type Origin } from './origins.js';
import { isoDate, Rng, randomDate, type Weighted } from './prng.js';

export { generateVacancies } from './vacancy-generator.js';

/**
 * Deterministic synthetic candidates, as a PES would upload them: for demos, load tests and
 * the matching benchmarks. `generateCandidates` is a generator that builds one record at a time
 * from its own seeded stream, so a million can be streamed in constant memory and record n is
 * the same whatever `start` and `count` are.
 */

export interface GeneratedCandidate {
  readonly pes: string;
  readonly externalId: string;
  readonly input: CandidateInputRaw;
}

export interface CandidateGeneratorOptions {
  readonly seed: number;
  readonly count: number;
  /** Index of the first record; records are numbered from 0. */
  readonly start?: number;
}

/** The reference "today" of generated data, so ages and dates do not drift with the clock. */
const REFERENCE_YEAR = 2026;
/** Ukrainian temporary protection was extended to this date (FM-02). */
const TEMPORARY_PROTECTION_UNTIL = '2027-03-04';

const ORIGIN_WEIGHTS: Weighted<Origin> = ORIGINS.map((origin) => [origin, origin.weight]);
const SKILLS_BY_ID = new Map(SKILLS.map((skill) => [skill.id, skill]));
const SOFT_SKILLS = [
  'time-management',
  'communication',
  'teamwork',
  'customer-service',
  'problem-solving',
  'flexibility',
  'attention-to-detail',
  'independent-working',
].map((id) => SKILLS_BY_ID.get(id) as Skill);

/** Free text a PES might send that the taxonomy does not know: kept unmapped, matched on its label. */
const FREE_TEXT_SKILLS: Readonly<Record<'nl' | 'fr' | 'en', readonly string[]>> = {
  nl: [
    'voegwerk',
    'bekisting met systeemkisten',
    'werken met hoogtewerker',
    'tilhulpmiddelen gebruiken',
    'Exact boekhoudpakket',
  ],
  fr: [
    'soudure sur tuyauterie inox',
    'pose de faïence murale',
    'gestion de quai',
    'prise en charge des escarres',
  ],
  en: [
    'pallet wrapping',
    'pipe bending',
    'Salesforce administration',
    'wheelchair transfers',
    'tile grouting',
  ],
};

export function* generateCandidates(
  options: CandidateGeneratorOptions,
): Generator<GeneratedCandidate, void, undefined> {
  const start = options.start ?? 0;
  for (let index = start; index < start + options.count; index++) {
    yield generateCandidate(options.seed, index);
  }
}

/** Record `index` of the stream for `seed`. */
export function generateCandidate(seed: number, index: number): GeneratedCandidate {
  const rng = new Rng(seed, index);
  const origin = rng.weighted(ORIGIN_WEIGHTS);
  const nationality = rng.weighted(origin.nationalities);
  const nationalities = secondNationality(rng, origin, nationality);
  const homeLanguage = belgianLanguage(origin);
  const age = rng.chance(0.4) ? rng.int(19, 29) : rng.int(30, 62);
  const occupations = pickOccupations(rng, origin);
  const primary = occupations[0] as Occupation;
  const maxYears = Math.max(0, age - 18);
  const occupationYears = occupations.map((_, i) => Math.min(maxYears, rng.int(0, i === 0 ? 20 : 8)));
  const skills = pickSkills(rng, occupations, origin);
  const diplomaCountry = nationality === 'UA' && origin.country !== 'UA' ? 'UA' : origin.country;

  const input: CandidateInputRaw = {
    residence: origin.region
      ? { country: origin.country, region: origin.region }
      : { country: origin.country },
    nationalities,
    personal: personal(rng, origin, nationality, homeLanguage, age, index),
    occupations: occupations.map((occupation, i) => ({
      isco: occupation.isco,
      yearsExperience: occupationYears[i] as number,
    })),
    skills: skills.refs,
    languages: languages(rng, origin, nationality, homeLanguage),
    education: {
      iscedLevel: educationLevel(rng, primary.isco),
      field: EDUCATION_FIELDS[primary.sector],
      diplomaCountry,
      diplomaRecognition: recognition(rng, diplomaCountry),
    },
    workExperienceYears: Math.min(maxYears, Math.max(...occupationYears) + rng.int(0, 5)),
    consent: {
      matching: rng.chance(0.95),
      recordedAt: `${randomDate(rng, 2024, REFERENCE_YEAR - 1)}T${String(rng.int(7, 19)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00Z`,
    },
  };
  if (origin.preDeparture) input.readiness = readiness(rng, skills.trainingModules);
  // Ukrainians who fled to Belgium or elsewhere in the EU hold temporary protection (FM-02).
  if (nationality === 'UA' && origin.country !== 'UA') {
    input.temporaryProtection = { validUntil: TEMPORARY_PROTECTION_UNTIL };
  }
  if (rng.chance(0.6)) input.availableFrom = randomDate(rng, REFERENCE_YEAR, REFERENCE_YEAR);
  if (rng.chance(0.25)) {
    input.summary = `${occupationYears[0]} years of experience as ${primary.labels.en}; looking for work in Flanders.`;
  }
  return { pes: origin.pes, externalId: `demo-${seed}-${String(index).padStart(7, '0')}`, input };
}

function belgianLanguage(origin: Origin): 'nl' | 'fr' | 'de' {
  if (origin.region === 'BE-VLG') return 'nl';
  return origin.pes === 'ADG' ? 'de' : 'fr';
}

/** Some residents of Belgium hold Belgian nationality as well as the one they were born with. */
function secondNationality(rng: Rng, origin: Origin, nationality: string): string[] {
  if (origin.country === 'BE' && nationality !== 'BE' && nationality !== 'UA' && rng.chance(0.3)) {
    return [nationality, 'BE'];
  }
  return [nationality];
}

function personal(
  rng: Rng,
  origin: Origin,
  nationality: string,
  homeLanguage: 'nl' | 'fr' | 'de',
  age: number,
  index: number,
): NonNullable<CandidateInputRaw['personal']> {
  const pool = namePool(nationality, homeLanguage);
  const given = rng.pick(pool.given);
  const family = rng.pick(pool.family);
  const result: NonNullable<CandidateInputRaw['personal']> = {};
  if (rng.chance(0.92)) result.fullName = `${given} ${family}`;
  if (rng.chance(0.75)) result.email = `${asciiSlug(given)}.${asciiSlug(family)}.${index}@example.org`;
  if (rng.chance(0.7))
    result.phone = `+${origin.dialCode} ${rng.int(100, 999)} ${rng.int(100, 999)} ${rng.int(100, 999)}`;
  if (rng.chance(0.8)) result.birthDate = isoDate(REFERENCE_YEAR - age, rng.int(1, 12), rng.int(1, 28));
  return result;
}

function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[^a-z0-9]+/g, '');
}

const OCCUPATIONS_BY_SECTOR = new Map<string, Occupation[]>();
for (const occupation of OCCUPATIONS) {
  const list = OCCUPATIONS_BY_SECTOR.get(occupation.sector) ?? [];
  list.push(occupation);
  OCCUPATIONS_BY_SECTOR.set(occupation.sector, list);
}
const OCCUPATION_BY_ISCO = new Map(OCCUPATIONS.map((o) => [o.isco, o]));

/** One occupation, sometimes a second from the same sector (a welder who also did sheet metal work). */
function pickOccupations(rng: Rng, origin: Origin): Occupation[] {
  const focus =
    origin.focusIsco && rng.chance(0.6) ? OCCUPATION_BY_ISCO.get(rng.pick(origin.focusIsco)) : undefined;
  const first = focus ?? rng.pick(OCCUPATIONS_BY_SECTOR.get(rng.weighted(origin.sectors)) ?? OCCUPATIONS);
  if (!rng.chance(0.25)) return [first];
  const second = rng.pick(OCCUPATIONS_BY_SECTOR.get(first.sector) ?? OCCUPATIONS);
  return second.isco === first.isco ? [first] : [first, second];
}

interface PickedSkills {
  readonly refs: SkillRef[];
  readonly trainingModules: string[];
}

/**
 * Mostly the occupations' essential skills, some optional ones, a soft skill, now and then an
 * unrelated skill (noise) and a free-text one the taxonomy cannot map. About a third are sent as
 * labels in the PES's language instead of ids, as real uploads do.
 */
function pickSkills(rng: Rng, occupations: readonly Occupation[], origin: Origin): PickedSkills {
  const chosen = new Map<string, Skill>();
  const add = (skill: Skill | undefined) => skill && chosen.set(skill.id, skill);
  for (const occupation of occupations) {
    for (const id of occupation.essentialSkills) if (rng.chance(0.8)) add(SKILLS_BY_ID.get(id));
    for (const id of occupation.optionalSkills) if (rng.chance(0.35)) add(SKILLS_BY_ID.get(id));
  }
  if (rng.chance(0.5)) add(rng.pick(SOFT_SKILLS));
  if (rng.chance(0.1)) add(rng.pick(SKILLS));
  const locale = labelLocale(origin);
  const refs: SkillRef[] = [...chosen.values()].map((skill) => {
    if (!rng.chance(0.3)) return { id: skill.id };
    const terms = [skill.labels[locale], ...skill.synonyms[locale]];
    return { label: rng.pick(terms) };
  });
  if (rng.chance(0.08)) refs.push({ label: rng.pick(FREE_TEXT_SKILLS[locale]) });
  const trainingModules = [...chosen.values()].flatMap((skill) =>
    skill.trainingModule ? [skill.trainingModule] : [],
  );
  return { refs, trainingModules };
}

/** The language a PES writes free text in. */
function labelLocale(origin: Origin): 'nl' | 'fr' | 'en' {
  if (origin.region === 'BE-VLG' || origin.country === 'NL') return 'nl';
  return ['BE', 'FR', 'LU', 'MA', 'TN', 'SN'].includes(origin.country) ? 'fr' : 'en';
}

function languages(rng: Rng, origin: Origin, nationality: string, homeLanguage: string): LanguageLevel[] {
  const levels = new Map<string, number>();
  const raise = (language: string, ordinal: number) =>
    levels.set(language, Math.max(levels.get(language) ?? 0, ordinal));
  const native = nationality === 'BE' ? [homeLanguage] : (MOTHER_TONGUES[nationality] ?? []);
  for (const language of native) raise(language, rng.chance(0.8) ? 6 : 5);
  for (const [language, probability, min, max] of origin.languages) {
    if (rng.chance(probability)) raise(language, rng.int(ordinal(min), ordinal(max)));
  }
  return [...levels].map(([language, level]) => ({ language, level: CEFR_LEVELS[level - 1] as CefrLevel }));
}

function ordinal(level: CefrLevel): number {
  return CEFR_LEVELS.indexOf(level) + 1;
}
