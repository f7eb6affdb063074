import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPLOYER, type Harness, startHarness } from '../support/api-harness.js';

/** POST /v1/taxonomy/skills/extract through the app: skills named in free text, and its limits. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

describe('POST /v1/taxonomy/skills/extract', () => {
  it('lists the skills a text names, once each, with every place and the ESCO URI', async () => {
    const text = 'Ervaring met metselen vereist. Maîtrise de la soudure TIG; metselen op hoogte.';
    const res = await h.call('POST', '/v1/taxonomy/skills/extract', { as: EMPLOYER, body: { text } });
    expect(res.status).toBe(200);
    const { skills } = (await res.json()) as {
      skills: { id: string; esco?: string; mentions: { text: string; start: number; end: number }[] }[];
    };
    expect(skills.map((s) => s.id)).toEqual(['bricklaying', 'welding-tig']);
    const bricklaying = skills[0];
    expect(bricklaying?.mentions.map((m) => [m.text, text.slice(m.start, m.end)])).toEqual([
      ['metselen', 'metselen'],
      ['metselen', 'metselen'],
    ]);
    expect(bricklaying?.esco).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
  });

  it.each([
    ['an empty text', { text: '' }],
    ['a text over 10,000 characters', { text: 'metselen '.repeat(1_200) }],
    ['no text', {}],
  ])('refuses %s with a validation problem', async (_name, body) => {
    const res = await h.call('POST', '/v1/taxonomy/skills/extract', { as: EMPLOYER, body });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await res.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field)).toEqual(['text']);
  });
});
