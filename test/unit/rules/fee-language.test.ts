import { afterAll, describe, expect, it } from 'vitest';
import { analyseCosts, clausesOf, foldText } from '../../../shared/rules/fee-clauses.js';
import { scanFields } from '../../../shared/rules/fee-language.js';
import { evaluateVacancyIntake } from '../../../shared/rules/intake.js';
import { HARMLESS, type Lang, VIOLATING } from './fee-corpus.js';
import { ctx, vacancy, vacancyRaw } from './fixtures.js';

const FEE_RULES = ['FR-01', 'FR-02', 'FR-03', 'FR-04', 'BE-01'];
const TODAY = '2025-06-15';

/** The fee rules that block a vacancy whose description is `text`, with or without the declaration. */
function blockedBy(description: string, declared: boolean): string[] {
  const fairRecruitment = { ...vacancyRaw().fairRecruitment, workerPaysNothingDeclared: declared };
  const result = evaluateVacancyIntake(vacancy({ description, fairRecruitment }), ctx(TODAY));
  return result.blocking.map((d) => d.ruleId).filter((id) => FEE_RULES.includes(id));
}

type Tally = { blocked: number; missed: number; falseBlocks: number; passed: number };
const tallies = new Map<Lang, Tally>();
const tally = (lang: Lang) => {
  const t = tallies.get(lang) ?? { blocked: 0, missed: 0, falseBlocks: 0, passed: 0 };
  tallies.set(lang, t);
  return t;
};

describe('the fee corpus', () => {
  it('holds at least 200 violating and 100 harmless phrasings, in en, nl, fr and de', () => {
    expect(VIOLATING.length).toBeGreaterThanOrEqual(200);
    expect(HARMLESS.length).toBeGreaterThanOrEqual(100);
    for (const corpus of [VIOLATING, HARMLESS])
      expect(new Set(corpus.map(([lang]) => lang))).toEqual(new Set(['en', 'nl', 'fr', 'de']));
  });

  // A worker-pays clause blocks whatever is declared; a fee named without a payer blocks unless declared.
  it.each(VIOLATING)('[%s] blocks: %s (%s)', (lang, description, expected) => {
    const undeclared = blockedBy(description, false);
    const declared = blockedBy(description, true);
    const ok = undeclared.length > 0 && (expected === 'unstated' || declared.length > 0);
    tally(lang)[ok ? 'blocked' : 'missed']++;
    expect(undeclared.length).toBeGreaterThan(0);
    if (expected === 'worker') expect(declared.length).toBeGreaterThan(0);
    else expect(declared).toEqual([]);
  });

  it.each(HARMLESS)('[%s] passes: %s', (lang, description) => {
    const blocks = [...blockedBy(description, false), ...blockedBy(description, true)];
    tally(lang)[blocks.length > 0 ? 'falseBlocks' : 'passed']++;
    expect(blocks).toEqual([]);
  });

  afterAll(() => {
    const rows = [...tallies].map(([lang, t]) => {
      const precision = t.blocked + t.falseBlocks === 0 ? 1 : t.blocked / (t.blocked + t.falseBlocks);
      const recall = t.blocked + t.missed === 0 ? 1 : t.blocked / (t.blocked + t.missed);
      return `${lang}: precision ${(precision * 100).toFixed(1)}%, recall ${(recall * 100).toFixed(1)}% (${t.blocked} blocked, ${t.missed} missed, ${t.falseBlocks} false blocks, ${t.passed} passed)`;
    });
    console.log(`Fee corpus by language:\n${rows.join('\n')}`);
  });
});

describe('the rules a clause names', () => {
  it.each([
    ['Candidates pay a one-off placement fee of EUR 450.', ['FR-01', 'BE-01']],
    ['Een waarborg van 500 euro wordt gevraagd bij ondertekening van het contract.', ['FR-01', 'FR-03']],
    ['Les frais de visa seront retenus sur le salaire des deux premiers mois.', ['FR-01', 'FR-02', 'FR-04']],
    [
      'Workers sign a training loan agreement of EUR 2,500 repayable if they leave within two years.',
      ['FR-01', 'FR-02', 'FR-03'],
    ],
    [
      'The visa fee is advanced by the company and deducted from the first three pay slips.',
      ['FR-01', 'FR-02', 'FR-03', 'FR-04'],
    ],
    ['La formation préalable au départ est payante pour le candidat (350 EUR).', ['FR-01', 'FR-02']],
    ['Die Vermittlungsgebühr zahlt der Bewerber.', ['FR-01', 'BE-01']],
  ])('%s → %j', (description, rules) => {
    expect(blockedBy(description, true)).toEqual(rules);
  });
});

describe('clauses', () => {
  it.each([
    [
      'No registration fee, but a placement fee of EUR 300 applies.',
      ['no registration fee', 'a placement fee of eur 300 applies'],
    ],
    [
      'Geen inschrijvingsgeld; wel een bemiddelingsvergoeding.',
      ['geen inschrijvingsgeld', 'een bemiddelingsvergoeding'],
    ],
    ['Pas de frais, mais une caution.', ['pas de frais', 'une caution']],
    ['Keine Gebühr, aber eine Kaution.', ['keine gebuhr', 'eine kaution']],
    [
      'The employer pays the visa and the candidate pays the flight.',
      ['the employer pays the visa', 'the candidate pays the flight'],
    ],
  ])('%j splits into %j', (value, clauses) => {
    expect(clausesOf(value).map((c) => c.tokens.join(' '))).toEqual(clauses);
  });

  it('folds case, diacritics, ß and typographic apostrophes', () => {
    expect(foldText('Frais d’Inscription – Gebühr Straße')).toBe("frais d'inscription - gebuhr strasse");
  });

  it('reports the clause that makes the worker pay, with its kinds and categories', () => {
    expect(analyseCosts('Travel is paid by us. The visa (EUR 80) is at your own expense.')).toEqual([
      {
        clause: 'the visa ( eur 80 ) is at your own expense',
        payer: 'worker',
        kinds: ['related'],
        categories: ['administrative'],
      },
    ]);
  });

  it('lets a cost line’s own payer settle what its description names without a payer', () => {
    const found = scanFields([
      { field: 'recruitmentCosts.0.description', text: 'Placement fee of the agency', linePayer: 'employer' },
      {
        field: 'recruitmentCosts.1.description',
        text: 'Placement fee, half paid by the worker',
        linePayer: 'employer',
      },
    ]);
    expect(found.costs.map((c) => [c.field, c.payer])).toEqual([
      ['recruitmentCosts.1.description', 'worker'],
    ]);
  });
});

describe.each([
  [
    'identity-document',
    [
      'We keep your passport during the contract.',
      'Je paspoort wordt bijgehouden door de werkgever.',
      'Nous conservons votre passeport.',
    ],
    ['You keep your passport at all times.', 'We never keep your passport.', 'Vous gardez votre passeport.'],
  ],
  [
    'exit-penalty',
    [
      'A penalty for early resignation of EUR 1,000.',
      'Clawback of training costs if you leave within two years.',
      'If you resign within a year you must repay the travel costs.',
      'Boete bij vroegtijdig ontslag.',
      'Terugbetalingsclausule voor de opleiding.',
      'Pénalité en cas de démission.',
      'Clause de dédit-formation.',
    ],
    ['You are free to resign at any time.', 'No penalty for early resignation.', 'Geen boete bij ontslag.'],
  ],
] as const)('%s wording', (kind, found, notFound) => {
  const kinds = (text: string) => scanFields([{ field: 'description', text }]).conduct.map((f) => f.kind);
  it.each(found)('is found in: %s', (value) => {
    expect(kinds(value)).toContain(kind);
  });
  it.each(notFound)('is not found in: %s', (value) => {
    expect(kinds(value)).not.toContain(kind);
  });
});
