import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SkillRef } from '../../shared/domain/skill-ref.js';
import { builtInTaxonomy } from '../../shared/taxonomy/built-in-taxonomy.js';
import { validCandidate, validVacancy } from '../fixtures/api-bodies.js';
import { ANAPEC, EMPLOYER, type Harness, startHarness, VDAB } from '../support/api-harness.js';

/**
 * A vacancy and profiles coded only in ESCO URIs (occupations and skills) rank exactly as the
 * same ones coded with the built-in keys: two apps, the same data in the two codings.
 */
const taxonomy = builtInTaxonomy();
const uriOfSkill = (id: string) => taxonomy.skill(id)?.esco as string;
const uriOfOccupation = (isco: string) => taxonomy.occupation(isco)?.esco as string;

type Coding = 'keys' | 'esco';
const skills = (ids: readonly string[], coding: Coding): SkillRef[] =>
  ids.map((id) => (coding === 'keys' ? { id } : { esco: uriOfSkill(id) }));
const occupation = (isco: string, coding: Coding) =>
  coding === 'keys' ? { isco } : { esco: uriOfOccupation(isco) };

/** Profiles that differ in skills, occupation and experience, so the ranking has an order to keep. */
const PROFILES: [externalId: string, pes: [string, string], isco: string, years: number, skills: string[]][] =
  [
    [
      'MA-ALL',
      ANAPEC,
      '7112',
      8,
      ['bricklaying', 'technical-drawing-reading', 'concrete-work', 'scaffolding'],
    ],
    ['MA-HALF', ANAPEC, '7112', 3, ['bricklaying', 'plastering']],
    ['MA-CARP', ANAPEC, '7115', 5, ['carpentry', 'technical-drawing-reading', 'working-at-heights']],
    ['MA-CONC', ANAPEC, '7114', 10, ['concrete-work', 'formwork', 'scaffolding', 'teamwork']],
    ['VL-BRICK', VDAB, '7112', 1, ['bricklaying', 'teamwork', 'working-at-heights']],
  ];
const FLANDERS = { residence: { country: 'BE', region: 'BE-VLG' as const }, nationalities: ['BE'] };

interface Ranked {
  rings: {
    ring: number;
    total: number;
    matches: {
      candidateId: string;
      score: number;
      explanation: {
        matchedSkills: string[];
        missingSkills: string[];
        skillConcepts: {
          matched: { key: string; esco?: string }[];
          missing: { key: string; esco?: string }[];
        };
      };
    }[];
  }[];
}

async function rankIn(coding: Coding): Promise<{ harness: Harness; ranked: Ranked; vacancy: unknown }> {
  const harness = await startHarness();
  for (const [externalId, pes, isco, years, ids] of PROFILES) {
    const res = await harness.call('PUT', `/v1/candidates/by-external-id/${externalId}`, {
      as: pes,
      body: validCandidate({
        ...(pes === VDAB ? FLANDERS : {}),
        occupations: [{ ...occupation(isco, coding), yearsExperience: years }],
        skills: skills(ids, coding),
      }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
  }
  const created = await harness.call('POST', '/v1/vacancies', {
    as: EMPLOYER,
    body: validVacancy({
      occupation: occupation('7112', coding),
      requiredSkills: skills(['bricklaying', 'technical-drawing-reading'], coding),
      optionalSkills: skills(['concrete-work', 'scaffolding', 'working-at-heights'], coding),
    }),
  });
  expect(created.status, await created.clone().text()).toBe(201);
  const vacancy = (await created.json()) as { id: string };
  const res = await harness.call('POST', `/v1/vacancies/${vacancy.id}/matches`, { as: EMPLOYER });
  expect(res.status).toBe(200);
  return { harness, ranked: (await res.json()) as Ranked, vacancy };
}

let byKeys: Awaited<ReturnType<typeof rankIn>>;
let byEsco: Awaited<ReturnType<typeof rankIn>>;

beforeAll(async () => {
  byKeys = await rankIn('keys');
  byEsco = await rankIn('esco');
}, 60_000);
afterAll(async () => {
  await byKeys?.harness.close();
  await byEsco?.harness.close();
});

const ranking = (ranked: Ranked) =>
  ranked.rings.map((ring) => ({
    ring: ring.ring,
    total: ring.total,
    matches: ring.matches.map((m) => [m.candidateId, m.score, m.explanation.matchedSkills]),
  }));

describe('ESCO in, ESCO out', () => {
  it('ranks ESCO-coded profiles for an ESCO-coded vacancy exactly as key-coded ones', () => {
    const keys = ranking(byKeys.ranked);
    expect(keys.flatMap((r) => r.matches).length).toBeGreaterThanOrEqual(4);
    expect(ranking(byEsco.ranked)).toEqual(keys);
  });

  it('files an occupation given only by its ESCO URI under its ISCO-08 unit group', () => {
    const vacancy = byEsco.vacancy as { occupation: { isco: string; esco: string } };
    expect(vacancy.occupation).toEqual({ isco: '7112', esco: uriOfOccupation('7112') });
  });

  it('gives a key-coded vacancy its ESCO occupation and skill URIs on output', () => {
    const vacancy = byKeys.vacancy as { occupation: { esco?: string }; requiredSkills: { esco?: string }[] };
    expect(vacancy.occupation.esco).toBe(uriOfOccupation('7112'));
    expect(vacancy.requiredSkills.map((s) => s.esco)).toEqual([
      uriOfSkill('bricklaying'),
      uriOfSkill('technical-drawing-reading'),
    ]);
  });

  it('names every matched and missing skill of an explanation with its ESCO URI', () => {
    const all = byKeys.ranked.rings.flatMap((r) => r.matches);
    const concepts = all.flatMap((m) => [
      ...m.explanation.skillConcepts.matched,
      ...m.explanation.skillConcepts.missing,
    ]);
    expect(concepts.length).toBeGreaterThan(0);
    for (const concept of concepts) expect(concept.esco).toBe(uriOfSkill(concept.key));
  });

  it('refuses an ESCO occupation URI the taxonomy does not know, given without an ISCO code', async () => {
    const unknown = 'http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000';
    const res = await byEsco.harness.call('POST', '/v1/vacancies', {
      as: EMPLOYER,
      body: validVacancy({ occupation: { esco: unknown } }),
    });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field)).toEqual(['occupation.esco']);
  });

  it('refuses an ISCO code that contradicts the ESCO occupation given with it', async () => {
    const res = await byEsco.harness.call('POST', '/v1/vacancies', {
      as: EMPLOYER,
      body: validVacancy({ occupation: { isco: '7115', esco: uriOfOccupation('7112') } }),
    });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field)).toEqual(['occupation.isco']);
  });
});
