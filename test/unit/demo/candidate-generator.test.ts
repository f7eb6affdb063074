import { describe, expect, it } from 'vitest';
import { generateCandidate, generateCandidates } from '../../../shared/demo/candidate-generator.js';
import { Rng } from '../../../shared/demo/prng.js';
import { CandidateInputSchema, ExternalIdSchema } from '../../../shared/domain/candidate.js';
import { residenceRing } from '../../../shared/domain/geography.js';
import { builtInTaxonomy } from '../../../shared/taxonomy/built-in-taxonomy.js';

const taxonomy = builtInTaxonomy();

describe('seeded PRNG', () => {
  it('repeats a stream for the same seed and differs for another', () => {
    const draw = (seed: number, stream: number) =>
      Array.from(
        { length: 5 },
        (
          (rng) => () =>
            rng.next()
        )(new Rng(seed, stream)),
      );
    expect(draw(1, 0)).toEqual(draw(1, 0));
    expect(draw(1, 0)).not.toEqual(draw(2, 0));
    expect(draw(1, 0)).not.toEqual(draw(1, 1));
    for (const value of draw(3, 9)) expect(value >= 0 && value < 1).toBe(true);
  });
});

describe('generateCandidates', () => {
  it('is deterministic: the same seed gives identical output, another seed different output', () => {
    const first = [...generateCandidates({ seed: 42, count: 300 })];
    const again = [...generateCandidates({ seed: 42, count: 300 })];
    const other = [...generateCandidates({ seed: 43, count: 300 })];
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    expect(new Set(first.map((c) => c.externalId)).size).toBe(300);
  });

  it('gives record n the same content whatever the window it is generated in', () => {
    const window = [...generateCandidates({ seed: 42, count: 10, start: 250 })];
    const full = [...generateCandidates({ seed: 42, count: 260 })].slice(250);
    expect(window).toEqual(full);
    expect(generateCandidate(42, 255)).toEqual(full[5]);
  });

  it('produces candidates that pass the input schema and whose skill ids all resolve (5,000)', () => {
    let unmapped = 0;
    for (const candidate of generateCandidates({ seed: 7, count: 5_000 })) {
      const parsed = CandidateInputSchema.safeParse(candidate.input);
      if (!parsed.success) throw new Error(`${candidate.externalId}: ${JSON.stringify(parsed.error.issues)}`);
      if (!ExternalIdSchema.safeParse(candidate.externalId).success)
        throw new Error(`bad id ${candidate.externalId}`);
      if (!parsed.data.occupations.every((o) => taxonomy.hasIsco(o.isco)))
        throw new Error(`${candidate.externalId}: ISCO`);
      unmapped += taxonomy.resolveSkills(parsed.data.skills, 'skills').unmapped.length;
    }
    // Some free text stays unmapped, as in real uploads, but it is the exception.
    expect(unmapped).toBeGreaterThan(100);
    expect(unmapped).toBeLessThan(1_000);
  });

  it('spreads candidates over the concentric rings like the renewed model (35/15/20/30%)', () => {
    const count = 20_000;
    const perRing = { 1: 0, 2: 0, 3: 0, 4: 0 };
    const perPes = new Map<string, number>();
    for (const { pes, input } of generateCandidates({ seed: 2026, count })) {
      perRing[residenceRing(CandidateInputSchema.parse(input).residence)]++;
      perPes.set(pes, (perPes.get(pes) ?? 0) + 1);
    }
    const share = (ring: 1 | 2 | 3 | 4) => perRing[ring] / count;
    expect(share(1)).toBeCloseTo(0.35, 1);
    expect(share(2)).toBeCloseTo(0.15, 1);
    expect(share(3)).toBeCloseTo(0.2, 1);
    expect(share(4)).toBeCloseTo(0.3, 1);
    for (const pes of [
      'VDAB',
      'ACTIRIS',
      'LEFOREM',
      'ADG',
      'EURES-NL',
      'ANAPEC',
      'ANETI',
      'IOM-MATCH',
      'AURORA',
      'TW-WDA',
      'EU-TALENT-POOL',
    ]) {
      expect(perPes.get(pes) ?? 0, pes).toBeGreaterThan(0);
    }
  });

  it('looks like real profiles: languages per country, consent, recognition, readiness, protection', () => {
    const candidates = [...generateCandidates({ seed: 11, count: 4_000 })].map((c) => ({
      ...c,
      input: CandidateInputSchema.parse(c.input),
    }));
    const speaks = (c: (typeof candidates)[number], language: string) =>
      c.input.languages.some((l) => l.language === language);

    const flemish = candidates.filter((c) => c.pes === 'VDAB');
    expect(flemish.every((c) => c.input.residence.region === 'BE-VLG' && speaks(c, 'nl'))).toBe(true);
    const moroccan = candidates.filter((c) => c.pes === 'ANAPEC');
    expect(moroccan.filter((c) => speaks(c, 'fr')).length / moroccan.length).toBeGreaterThan(0.8);
    const indian = candidates.filter((c) => c.input.residence.country === 'IN');
    expect(indian.every((c) => speaks(c, 'en'))).toBe(true);

    const consenting = candidates.filter((c) => c.input.consent.matching).length / candidates.length;
    expect(consenting).toBeGreaterThan(0.92);
    expect(consenting).toBeLessThan(0.98);

    const under30 = candidates.filter(
      (c) => c.input.personal.birthDate && c.input.personal.birthDate > '1996-06-30',
    );
    expect(under30.length).toBeGreaterThan(500);

    const thirdCountry = candidates.filter((c) => residenceRing(c.input.residence) === 4);
    expect(
      new Set(thirdCountry.map((c) => c.input.education.diplomaRecognition)).size,
    ).toBeGreaterThanOrEqual(4);
    expect(thirdCountry.some((c) => c.input.readiness.dutchCourseLevel !== undefined)).toBe(true);
    expect(thirdCountry.some((c) => c.input.readiness.technicalModules.length > 0)).toBe(true);

    const ukrainiansAbroad = candidates.filter(
      (c) => c.input.nationalities.includes('UA') && c.input.residence.country !== 'UA',
    );
    expect(ukrainiansAbroad.length).toBeGreaterThan(0);
    expect(ukrainiansAbroad.every((c) => c.input.temporaryProtection?.validUntil === '2027-03-04')).toBe(
      true,
    );

    // WHO safeguard-list countries are present, so WHO-01 has something to block.
    for (const country of ['NG', 'PK', 'GH']) {
      expect(
        candidates.some((c) => c.input.residence.country === country),
        country,
      ).toBe(true);
    }
  });

  it('streams 100,000 candidates without holding them', () => {
    const started = performance.now();
    let count = 0;
    let skills = 0;
    for (const candidate of generateCandidates({ seed: 99, count: 100_000 })) {
      count++;
      skills += candidate.input.skills?.length ?? 0;
    }
    const ms = Math.round(performance.now() - started);
    console.info(`generated 100,000 candidates (${skills} skills) in ${ms} ms`);
    expect(count).toBe(100_000);
  });
});
