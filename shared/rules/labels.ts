import type { RecruitmentCost } from '../domain/vacancy.js';
import { type LocalizedText, text } from './rule.js';

/** Labels and formatting shared by the rule messages (en, nl, fr). */

type CostCategory = RecruitmentCost['category'];
type CostPayer = RecruitmentCost['payer'];

/** The ILO cost categories (Definition of recruitment fees and related costs, 2019). */
export const COST_CATEGORY_LABELS: Record<CostCategory, LocalizedText> = {
  'recruitment-fee': text('recruitment fee', 'rekruteringsvergoeding', 'frais de recrutement'),
  medical: text(
    'medical examinations and vaccinations',
    'medische onderzoeken en vaccinaties',
    'examens médicaux et vaccinations',
  ),
  insurance: text('insurance', 'verzekering', 'assurance'),
  'skills-test': text('skills tests', 'vaardigheidstests', 'tests de compétences'),
  training: text('training and orientation', 'opleiding en oriëntatie', 'formation et orientation'),
  equipment: text('equipment', 'uitrusting', 'équipement'),
  travel: text(
    'travel (interviews, relocation, return)',
    'reizen (sollicitatie, verhuis, terugkeer)',
    'voyages (entretiens, installation, retour)',
  ),
  lodging: text(
    'lodging during recruitment and relocation',
    'logies tijdens werving en verhuis',
    'hébergement pendant le recrutement et l’installation',
  ),
  administrative: text(
    'administrative costs (passport, visa, permit, legalisation, background checks)',
    'administratieve kosten (paspoort, visum, vergunning, legalisatie, antecedentenonderzoek)',
    'frais administratifs (passeport, visa, permis, légalisation, vérification des antécédents)',
  ),
  other: text('other costs', 'andere kosten', 'autres frais'),
};

export const COST_PAYER_LABELS: Record<CostPayer, LocalizedText> = {
  employer: text('paid by the employer', 'betaald door de werkgever', 'payé par l’employeur'),
  worker: text('paid by the worker', 'betaald door de werknemer', 'payé par le travailleur'),
  shared: text('shared with the worker', 'gedeeld met de werknemer', 'partagé avec le travailleur'),
  unknown: text('payer unknown', 'betaler onbekend', 'payeur inconnu'),
};

const LOCALES = ['en', 'nl', 'fr'] as const;

/** Builds a localized text from one template function per locale. */
export function localized(build: (locale: keyof LocalizedText) => string): LocalizedText {
  const [en, nl, fr] = LOCALES.map(build) as [string, string, string];
  return { en, nl, fr };
}

/** Joins localized items with the locale's separator ("a, b and c" style kept simple: "a; b"). */
export function joinLocalized(items: readonly LocalizedText[], separator = '; '): LocalizedText {
  return localized((l) => items.map((item) => item[l]).join(separator));
}

/** A cost line as "travel “Flight Casablanca–Brussels” (paid by the worker)". */
export function describeCost(cost: RecruitmentCost): LocalizedText {
  return localized((l) => {
    const label = COST_CATEGORY_LABELS[cost.category][l];
    const description = cost.description ? ` “${cost.description}”` : '';
    return `${label}${description} (${COST_PAYER_LABELS[cost.payer][l]})`;
  });
}

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** EUR amounts, written the way each locale writes them: EUR 39,129.60 / € 39.129,60 / 39 129,60 €. */
export function eur(amount: number): LocalizedText {
  const [whole = '0', cents] = amount.toFixed(2).split('.');
  const fraction = cents === '00' ? undefined : cents;
  const en = `EUR ${groupThousands(whole, ',')}${fraction ? `.${fraction}` : ''}`;
  const nl = `€ ${groupThousands(whole, '.')}${fraction ? `,${fraction}` : ''}`;
  const fr = `${groupThousands(whole, '\u202f')}${fraction ? `,${fraction}` : ''} €`;
  return { en, nl, fr };
}

/** Quoted phrases with the field they were found in: “placement fee” (description). */
export function quotePhrases(found: readonly { phrase: string; field: string }[]): string {
  return found.map((f) => `“${f.phrase}” (${f.field})`).join(', ');
}
