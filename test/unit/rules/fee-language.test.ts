import { describe, expect, it } from 'vitest';
import { foldText, scanFeeLanguage } from '../../../shared/rules/fee-language.js';
import { HARMLESS_FEE_TEXTS, WORKER_PAID_FEE_TEXTS } from './fee-corpus.js';

const feeKinds = (value: string) =>
  scanFeeLanguage(value)
    .filter((f) => f.kind === 'recruitment-fee' || f.kind === 'related-cost')
    .map((f) => f.phrase);

describe('fee-prohibition corpus (BE-01)', () => {
  it('covers at least 40 worker-paid phrasings and 20 harmless texts, in en, nl and fr', () => {
    expect(WORKER_PAID_FEE_TEXTS.length).toBeGreaterThanOrEqual(40);
    expect(HARMLESS_FEE_TEXTS.length).toBeGreaterThanOrEqual(20);
    for (const corpus of [WORKER_PAID_FEE_TEXTS, HARMLESS_FEE_TEXTS]) {
      expect(new Set(corpus.map(([lang]) => lang))).toEqual(new Set(['en', 'nl', 'fr']));
    }
  });

  it.each(WORKER_PAID_FEE_TEXTS)('[%s] finds worker-paid fee language in: %s', (_lang, value) => {
    expect(feeKinds(value).length).toBeGreaterThan(0);
  });

  it.each(HARMLESS_FEE_TEXTS)('[%s] finds nothing in: %s', (_lang, value) => {
    expect(scanFeeLanguage(value)).toEqual([]);
  });
});

describe('the phrase found', () => {
  it.each([
    ['Frais d’inscription : 200 €', "frais d'inscription"],
    ['FRAIS DE DOSSIER À LA CHARGE DU CANDIDAT', 'frais de dossier'],
    ['Geen inschrijvingsgeld, wel een bemiddelingsvergoeding van 200 euro.', 'bemiddelingsvergoeding'],
    ['No visa costs for you, but a placement fee of 300 EUR applies.', 'placement fee'],
  ])('in %j is %j', (value, phrase) => {
    expect(feeKinds(value)).toEqual([phrase]);
  });

  it('folds case, diacritics and typographic apostrophes', () => {
    expect(foldText('Frais d’Inscription – Réglé')).toBe("frais d'inscription - regle");
  });

  it('treats an employer-paid cost description as employer-paid unless it says otherwise', () => {
    expect(scanFeeLanguage('Placement fee of the agency', { employerPaid: true })).toEqual([]);
    expect(scanFeeLanguage('Placement fee, half paid by the worker', { employerPaid: true })).not.toEqual([]);
  });
});

describe.each([
  [
    'deposit',
    [
      'A deposit of EUR 500 is required before departure.',
      'Training bond of EUR 2,000.',
      'Training loan repaid over 12 months.',
      'Een borgsom van 1000 euro wordt gevraagd.',
      'Opleidingslening van 2000 euro.',
      'Dépôt de garantie de 300 €.',
      'Vous devez verser une caution.',
    ],
    [
      'No deposit required.',
      'Salary paid by direct deposit.',
      'Geen waarborg gevraagd.',
      'De huurwaarborg wordt door de werkgever betaald.',
      'Aucune caution n’est demandée.',
      'Caution: heavy lifting.',
    ],
  ],
  [
    'wage-deduction',
    [
      'Travel costs are deducted from your salary.',
      'Kosten worden ingehouden op je loon.',
      'Retenue sur salaire de 100 € par mois.',
    ],
    ['No salary deductions, ever.', 'Je loon wordt volledig uitbetaald.', 'Aucune retenue sur salaire.'],
  ],
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
  it.each(found)('is found in: %s', (value) => {
    expect(scanFeeLanguage(value).map((f) => f.kind)).toContain(kind);
  });
  it.each(notFound)('is not found in: %s', (value) => {
    expect(scanFeeLanguage(value).map((f) => f.kind)).not.toContain(kind);
  });
});
