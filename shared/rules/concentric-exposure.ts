import { notApplicable, pass, type RuleMeta, type StageRule, text, violation } from './rule.js';
import type { IntakeView, PairView, RuleVacancy } from './views.js';

/** Where the vacancy has been exposed, as of a date (a publication date in the future does not count). */
export interface Exposure {
  readonly flanders: boolean;
  readonly otherRegions: boolean;
  readonly eures: boolean;
  readonly complete: boolean;
}

export function exposureOn(v: Pick<RuleVacancy, 'publication'>, today: string): Exposure {
  const on = (date: string | undefined) => date !== undefined && date <= today;
  const flanders = on(v.publication.vdabPublishedOn);
  const otherRegions = on(v.publication.otherRegionsExposedOn);
  const eures = on(v.publication.euresPublishedOn);
  return { flanders, otherRegions, eures, complete: flanders && otherRegions && eures };
}

const MISSING = [
  ['flanders', 'publication.vdabPublishedOn', 'Flanders (VDAB)', 'Vlaanderen (VDAB)', 'Flandre (VDAB)'],
  [
    'otherRegions',
    'publication.otherRegionsExposedOn',
    'the other regions',
    'de andere gewesten',
    'les autres régions',
  ],
  ['eures', 'publication.euresPublishedOn', 'EURES', 'EURES', 'EURES'],
] as const;

function missingExposure(exposure: Exposure) {
  const missing = MISSING.filter(([key]) => !exposure[key]);
  const list = (i: 2 | 3 | 4) => missing.map((m) => m[i]).join(', ');
  return { fields: missing.map((m) => m[1]), en: list(2), nl: list(3), fr: list(4) };
}

// CM-01 — The renewed concentric model (VDAB, https://www.vdab.be/trends/knelpuntberoepen; Commissie Economische Migratie, advies
// beleidsprioriteiten 2024–2029): before third-country sourcing on the "other" route, the vacancy
// was exposed in Flanders, in the other Belgian regions and on EURES. Warn at intake; block a pair
// whose only route is the "other" route.
export const CM_01: RuleMeta = {
  id: 'CM-01',
  version: '2026.1',
  severity: 'warn',
  stage: 'both',
  title: text(
    'Concentric exposure first',
    'Eerst concentrisch bekendmaken',
    'D’abord une diffusion concentrique',
  ),
  explanation: text(
    'Before sourcing outside the EU on the "other" route, the vacancy is exposed in Flanders, the other regions and on EURES.',
    'Vóór rekrutering buiten de EU via de categorie overige wordt de vacature bekendgemaakt in Vlaanderen, de andere gewesten en op EURES.',
    'Avant tout recrutement hors UE par la catégorie autres, l’offre est diffusée en Flandre, dans les autres régions et sur EURES.',
  ),
  source: {
    title: 'Commissie Economische Migratie, advies beleidsprioriteiten 2024–2029 (renewed concentric model)',
    url: 'https://www.commissieeconomischemigratie.be/economischemigratie/publicatie/advies-beleidsprioriteiten-2024-2029',
  },
  reads: [
    'publication.vdabPublishedOn',
    'publication.otherRegionsExposedOn',
    'publication.euresPublishedOn',
    'today',
    'route',
  ],
};

const cm01Intake: StageRule<IntakeView> = {
  meta: CM_01,
  reads: [
    'publication.vdabPublishedOn',
    'publication.otherRegionsExposedOn',
    'publication.euresPublishedOn',
    'today',
  ],
  evaluate(v) {
    const exposure = exposureOn(v, v.today);
    if (exposure.complete) {
      return pass(
        text(
          'Exposed in Flanders, the other regions and on EURES.',
          'Bekendgemaakt in Vlaanderen, de andere gewesten en op EURES.',
          'Diffusée en Flandre, dans les autres régions et sur EURES.',
        ),
      );
    }
    const m = missingExposure(exposure);
    return violation(
      text(
        `Not yet exposed in: ${m.en}. Third-country candidates on the "other" route are excluded until it is.`,
        `Nog niet bekendgemaakt in: ${m.nl}. Kandidaten van buiten de EU via de categorie overige blijven uitgesloten tot dan.`,
        `Pas encore diffusée : ${m.fr}. Les candidats de pays tiers de la catégorie autres restent exclus d’ici là.`,
      ),
      m.fields,
    );
  },
};

const cm01Pair: StageRule<PairView> = {
  meta: CM_01,
  evaluate(v) {
    if (v.route !== 'other-bottleneck') {
      return notApplicable(
        text('Not on the "other" route.', 'Niet via de categorie overige.', 'Pas par la catégorie autres.'),
      );
    }
    const exposure = exposureOn(v, v.today);
    if (exposure.complete) {
      return pass(
        text(
          'Exposed in Flanders, the other regions and on EURES before third-country sourcing.',
          'Bekendgemaakt in Vlaanderen, de andere gewesten en op EURES vóór rekrutering buiten de EU.',
          'Diffusée en Flandre, dans les autres régions et sur EURES avant le recrutement hors UE.',
        ),
      );
    }
    const m = missingExposure(exposure);
    return violation(
      text(
        `"Other" route, but the vacancy was not exposed in: ${m.en}.`,
        `Categorie overige, maar de vacature werd niet bekendgemaakt in: ${m.nl}.`,
        `Catégorie autres, mais l’offre n’a pas été diffusée : ${m.fr}.`,
      ),
      m.fields,
      'block',
    );
  },
};

export const EXPOSURE_INTAKE_RULES: readonly StageRule<IntakeView>[] = [cm01Intake];
export const EXPOSURE_PAIR_RULES: readonly StageRule<PairView>[] = [cm01Pair];
