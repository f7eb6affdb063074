import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceVacancy } from '../../shared/demo/reference-bodies.js';
import { validVacancy } from '../fixtures/api-bodies.js';
import { EMPLOYER, type Harness, startHarness } from '../support/api-harness.js';

/** Fee rules and findings through the API (FR-01 … FR-04, BE-01; every finding kept). */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const declared = validVacancy().fairRecruitment;
const undeclared = { ...declared, workerPaysNothingDeclared: false };

async function post(body: unknown) {
  const res = await h.call('POST', '/v1/vacancies', { as: EMPLOYER, body });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

/** The blocking rules a 422 names, in catalogue order. */
const blockingRules = (json: Record<string, unknown>): string[] =>
  (json.violations as { ruleId: string }[]).map((v) => v.ruleId);

describe('a fee paid by the worker', () => {
  it.each([
    ['en', 'Candidates pay a one-off placement fee of EUR 450.', ['FR-01', 'BE-01']],
    ['nl', 'De kandidaat betaalt bemiddelingskosten van 500 euro.', ['FR-01', 'BE-01']],
    [
      'fr',
      'Les frais de visa seront retenus sur le salaire des deux premiers mois.',
      ['FR-01', 'FR-02', 'FR-04'],
    ],
    ['de', 'Eine Kaution von 500 Euro wird bei Vertragsunterzeichnung verlangt.', ['FR-01', 'FR-03']],
  ])('[%s] is refused with 422 although the declaration is ticked: %s', async (_lang, description, rules) => {
    const { status, json } = await post(validVacancy({ description, fairRecruitment: declared }));
    expect(status).toBe(422);
    expect(blockingRules(json)).toEqual(rules);
  });

  it('names both a cost line marked employer-paid and the sentence that contradicts it', async () => {
    const body = validVacancy({
      description: 'The visa fee is paid by the candidate.',
      fairRecruitment: declared,
    });
    const line = (body.recruitmentCosts ?? []).findIndex(
      (c) => c.category === 'administrative' && c.payer === 'employer',
    );
    expect(line).toBeGreaterThanOrEqual(0);
    const { status, json } = await post(body);
    expect(status).toBe(422);
    expect(blockingRules(json)).toEqual(['FR-01', 'FR-02']);
    const text = JSON.stringify(json);
    expect(text).toContain(`recruitmentCosts.${line}.payer`);
    expect(text).toContain('contradicts the text');
    expect(text).toContain('the visa fee is paid by the candidate');
  });
});

describe('a fee the employer pays', () => {
  it('is accepted (201) with no declaration', async () => {
    const { status, json } = await post(
      validVacancy({ description: 'The employer pays the placement fee.', fairRecruitment: undeclared }),
    );
    expect(status).toBe(201);
    const findings = json.ruleFindings as { ruleId: string; severity: string }[];
    expect(findings.filter((f) => f.ruleId === 'BE-01')).toEqual([]);
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'FR-01', severity: 'warn' }));
  });
});

// The OpenAPI example of POST /v1/vacancies is this body (scripts/openapi/capture-examples.ts).
const EXAMPLE_VACANCY_INPUT = referenceVacancy();

describe('the published example body', () => {
  it('is accepted and shows how to declare that the worker pays nothing', async () => {
    expect(EXAMPLE_VACANCY_INPUT.fairRecruitment?.workerPaysNothingDeclared).toBe(true);
    const { status, json } = await post(EXAMPLE_VACANCY_INPUT);
    expect(status).toBe(201);
    expect(json.fairRecruitment).toMatchObject({ workerPaysNothingDeclared: true });
  });
});

describe('ruleFindings', () => {
  it('keep info findings with their severity (BE-04: a contract shorter than 6 months)', async () => {
    const { status, json } = await post(
      validVacancy({
        contract: { ...validVacancy().contract, type: 'fixed-term', durationMonths: 5 },
      }),
    );
    expect(status).toBe(201);
    const be04 = (json.ruleFindings as { ruleId: string; severity: string; message: string }[]).find(
      (f) => f.ruleId === 'BE-04',
    );
    expect(be04).toEqual({
      ruleId: 'BE-04',
      severity: 'info',
      message: expect.stringContaining('contract of 5 months, shorter than 6'),
    });
  });
});
