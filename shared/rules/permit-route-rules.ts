import { checkMediumSkilled, checkOtherBottleneck } from './bottleneck-route-checks.js';
import {
  PAIR_EXEMPTION_READS,
  type PermitRouteRule,
  permitRouteForms,
  VLAANDEREN_ECONOMIC_MIGRATION,
} from './route-rule-kit.js';
import { type LocalizedText, type RuleMeta, type StageRule, text } from './rule.js';
import { checkBlueCard, checkHighlySkilled, thresholdNote } from './skilled-route-checks.js';
import type { IntakeView, PairView } from './views.js';

/** The permit routes (BE-03 … BE-06), each one definition with one copy of its texts (route-rule-kit.ts). */

/** The threshold year (and whether it is unverified) for a passing route message. */
const noteFor = (view: IntakeView | PairView, which: 'highlySkilled' | 'blueCard'): LocalizedText =>
  view.routeFacts.thresholds ? thresholdNote(view.routeFacts.thresholds, which) : text('', '', '');

/** The vacancy-side inputs of BE-03 at intake. */
export const INTAKE_ROUTE_READS = [
  'contract.annualGrossSalaryEur',
  'contract.qualificationLevel',
  'occupation.isco',
  'today',
  'reference.salaryThresholds',
];

// BE-03 — Flemish Government Decree of 7 December 2018, highly skilled workers: higher-education
// diploma, salary at least the Belgian average gross annual salary (80% for under 30, nurses and
// teachers), and from 1 January 2026 a job at VKS level 5 or higher.
export const BE_03: RuleMeta = {
  id: 'BE-03',
  version: '2026.1',
  severity: 'info',
  stage: 'both',
  title: text('Highly skilled route', 'Route hooggeschoolde', 'Voie hautement qualifiée'),
  explanation: text(
    'Higher-education diploma, salary at least the yearly threshold (80% for under 30, nurses and teachers), job at VKS 5+ from 2026.',
    'Diploma hoger onderwijs, loon minstens de jaarlijkse loongrens (80% voor jonger dan 30, verpleegkundigen en leerkrachten), functie op VKS 5+ vanaf 2026.',
    'Diplôme d’enseignement supérieur, salaire au moins égal au seuil annuel (80 % pour les moins de 30 ans, infirmiers et enseignants), fonction VKS 5+ dès 2026.',
  ),
  source: VLAANDEREN_ECONOMIC_MIGRATION,
  reads: [
    'contract.annualGrossSalaryEur',
    'contract.qualificationLevel',
    'occupation.isco',
    'today',
    'reference.salaryThresholds',
    ...PAIR_EXEMPTION_READS,
    'candidate.educationLevel',
    'candidate.birthYear',
  ],
};

const highlySkilled: PermitRouteRule = {
  meta: BE_03,
  intakeReads: INTAKE_ROUTE_READS,
  notOpen: text(
    'Highly skilled route not open',
    'Route hooggeschoolde niet open',
    'Voie hautement qualifiée non ouverte',
  ),
  check: (view, candidate) => checkHighlySkilled(view.routeFacts, view, view.today, candidate),
  open(view, check, candidate) {
    const n = noteFor(view, 'highlySkilled');
    if (candidate) {
      return check.reduced
        ? text(
            `Highly skilled route open at the reduced (80%) threshold${n.en}.`,
            `Route hooggeschoolde open aan de verlaagde loongrens (80%)${n.nl}.`,
            `Voie hautement qualifiée ouverte au seuil réduit (80 %)${n.fr}.`,
          )
        : text(
            `Highly skilled route open${n.en}.`,
            `Route hooggeschoolde open${n.nl}.`,
            `Voie hautement qualifiée ouverte${n.fr}.`,
          );
    }
    const hs = view.routeFacts.highlySkilled;
    return hs.meetsNormal || hs.reducedByOccupation
      ? text(
          `Highly skilled route open to candidates with a higher-education diploma${n.en}.`,
          `Route hooggeschoolde open voor kandidaten met een diploma hoger onderwijs${n.nl}.`,
          `Voie hautement qualifiée ouverte aux candidats diplômés de l’enseignement supérieur${n.fr}.`,
        )
      : text(
          `Highly skilled route open only to candidates under 30 (salary meets the reduced threshold)${n.en}.`,
          `Route hooggeschoolde enkel open voor kandidaten jonger dan 30 (loon haalt de verlaagde loongrens)${n.nl}.`,
          `Voie hautement qualifiée ouverte seulement aux moins de 30 ans (salaire au seuil réduit)${n.fr}.`,
        );
  },
};

// BE-04 — Directive (EU) 2021/1883 (EU Blue Card) as applied in Flanders: a bachelor at least, a
// contract of at least 6 months, and a salary at least the Blue Card threshold.
export const BE_04: RuleMeta = {
  id: 'BE-04',
  version: '2026.1',
  severity: 'info',
  stage: 'both',
  title: text('EU Blue Card route', 'Route Europese blauwe kaart', 'Voie carte bleue européenne'),
  explanation: text(
    'Bachelor degree or higher, a contract of at least 6 months and a salary at least the Blue Card threshold; the holder may change employer after 12 months.',
    'Minstens een bachelordiploma, een contract van minstens 6 maanden en een loon minstens de loongrens blauwe kaart; de houder mag na 12 maanden van werkgever veranderen.',
    'Au moins un bachelier, un contrat d’au moins 6 mois et un salaire au moins égal au seuil carte bleue ; le titulaire peut changer d’employeur après 12 mois.',
  ),
  source: {
    title: 'Directive (EU) 2021/1883 (EU Blue Card)',
    url: 'https://eur-lex.europa.eu/eli/dir/2021/1883/oj',
  },
  reads: [
    'contract.annualGrossSalaryEur',
    'contract.type',
    'contract.durationMonths',
    'today',
    'reference.salaryThresholds',
    ...PAIR_EXEMPTION_READS,
    'candidate.educationLevel',
  ],
};

const blueCard: PermitRouteRule = {
  meta: BE_04,
  intakeReads: BE_04.reads.filter(
    (r) => !r.startsWith('candidate.') && r !== 'reference.temporaryProtectionEnd',
  ),
  notOpen: text('Blue Card route not open', 'Route blauwe kaart niet open', 'Voie carte bleue non ouverte'),
  check: (view, candidate) => checkBlueCard(view.routeFacts, view, view.today, candidate),
  open(view, _check, candidate) {
    const n = noteFor(view, 'blueCard');
    return candidate
      ? text(
          `EU Blue Card route open${n.en}.`,
          `Route Europese blauwe kaart open${n.nl}.`,
          `Voie carte bleue européenne ouverte${n.fr}.`,
        )
      : text(
          `EU Blue Card route open to candidates with a bachelor degree or higher${n.en}.`,
          `Route Europese blauwe kaart open voor kandidaten met minstens een bachelordiploma${n.nl}.`,
          `Voie carte bleue ouverte aux candidats titulaires d’au moins un bachelier${n.fr}.`,
        );
  },
};

// BE-05 — Flemish Government Decree of 7 December 2018, art. 18 §2, and the ministerial list of
// medium-skilled functions with a structural shortage: occupation on the list valid on the date,
// job at VKS 3–4, pay at least the skilled category of the joint committee, employment ≥ 80%,
// Belgian employer.
export const BE_05: RuleMeta = {
  id: 'BE-05',
  version: '2026.1',
  severity: 'info',
  stage: 'both',
  title: text(
    'Medium-skilled bottleneck route',
    'Route middengeschoold knelpuntberoep',
    'Voie métier en pénurie moyennement qualifié',
  ),
  explanation: text(
    'Occupation on the medium-skilled migration list, job at VKS 3–4, pay at least the skilled category, at least 80% employment, Belgian employer.',
    'Beroep op de migratielijst middengeschoolde functies, functie op VKS 3–4, loon minstens de geschoolde categorie, minstens 80% tewerkstelling, Belgische werkgever.',
    'Métier sur la liste de migration des fonctions moyennement qualifiées, fonction VKS 3–4, salaire au moins de la catégorie qualifiée, emploi d’au moins 80 %, employeur belge.',
  ),
  source: {
    title:
      'Decree of the Flemish Government of 7 December 2018, art. 18 §2; ministerial list of medium-skilled functions',
    url: 'https://www.vlaanderen.be/werken/een-buitenlander-in-vlaanderen-tewerkstellen/categorieen/middengeschoolde-functie/lijst-middengeschoolde-functies',
  },
  reads: [
    'occupation.isco',
    'contract.qualificationLevel',
    'contract.annualGrossSalaryEur',
    'contract.skilledCategoryMinimumEur',
    'contract.employmentPercent',
    'employer.country',
    'today',
    'reference.mediumSkilled',
    ...PAIR_EXEMPTION_READS,
  ],
};

const mediumSkilled: PermitRouteRule = {
  meta: BE_05,
  intakeReads: BE_05.reads.filter(
    (r) => !r.startsWith('candidate.') && r !== 'reference.temporaryProtectionEnd',
  ),
  notOpen: text(
    'Medium-skilled route not open',
    'Route middengeschoold niet open',
    'Voie moyennement qualifiée non ouverte',
  ),
  check: (view) => checkMediumSkilled(view.routeFacts, view),
  open(view) {
    const list = view.routeFacts.mediumSkilled.list;
    const note = list.unverified
      ? text(' (list unverified)', ' (lijst niet bevestigd)', ' (liste non confirmée)')
      : text('', '', '');
    return text(
      `Medium-skilled route open (list ${list.listYear})${note.en}.`,
      `Route middengeschoold open (lijst ${list.listYear})${note.nl}.`,
      `Voie moyennement qualifiée ouverte (liste ${list.listYear})${note.fr}.`,
    );
  },
};

// BE-06 — Flemish Government Decree of 7 December 2018, category "other": occupation on the VDAB
// bottleneck list, vacancy published on VDAB and EURES for at least 9 weeks within the 4 months
// before the application; not for VKS 2 (and below) except seasonal work.
export const BE_06: RuleMeta = {
  id: 'BE-06',
  version: '2026.1',
  severity: 'info',
  stage: 'both',
  title: text(
    'Other route (VDAB bottleneck occupation)',
    'Categorie overige (VDAB-knelpuntberoep)',
    'Catégorie autres (métier en pénurie VDAB)',
  ),
  explanation: text(
    'Occupation on the VDAB bottleneck list and the vacancy published on VDAB and EURES at least 9 weeks within the last 4 months; not for VKS 1–2 except seasonal work.',
    'Beroep op de VDAB-knelpuntberoepenlijst en de vacature minstens 9 weken gepubliceerd bij VDAB en EURES in de laatste 4 maanden; niet voor VKS 1–2 behalve seizoensarbeid.',
    'Métier sur la liste VDAB des métiers en pénurie et offre publiée sur VDAB et EURES au moins 9 semaines au cours des 4 derniers mois ; pas pour VKS 1–2 sauf travail saisonnier.',
  ),
  source: {
    title:
      'Decree of the Flemish Government of 7 December 2018, category "overige"; Vlaanderen.be, toelating tot arbeid: overige',
    url: 'https://www.vlaanderen.be/toelating-tot-arbeid/toelating-tot-arbeid-categorieen/toelating-tot-arbeid-overige',
  },
  reads: [
    'occupation.isco',
    'bottleneck',
    'contract.qualificationLevel',
    'contract.type',
    'publication.vdabPublishedOn',
    'publication.euresPublishedOn',
    'today',
    ...PAIR_EXEMPTION_READS,
  ],
};

const otherBottleneck: PermitRouteRule = {
  meta: BE_06,
  intakeReads: [
    'occupation.isco',
    'reference.bottleneck',
    'contract.qualificationLevel',
    'contract.type',
    'publication.vdabPublishedOn',
    'publication.euresPublishedOn',
    'today',
  ],
  notOpen: text('Other route not open', 'Categorie overige niet open', 'Catégorie autres non ouverte'),
  check: (view) => checkOtherBottleneck(view.routeFacts, view),
  open: () =>
    text(
      'Other route open: bottleneck occupation published long enough on VDAB and EURES.',
      'Categorie overige open: knelpuntberoep lang genoeg gepubliceerd bij VDAB en EURES.',
      'Catégorie autres ouverte : métier en pénurie publié assez longtemps sur VDAB et EURES.',
    ),
};

const FORMS = [highlySkilled, blueCard, mediumSkilled, otherBottleneck].map(permitRouteForms);
export const PERMIT_ROUTE_INTAKE_RULES: readonly StageRule<IntakeView>[] = FORMS.map((f) => f.intake);
export const PERMIT_ROUTE_PAIR_RULES: readonly StageRule<PairView>[] = FORMS.map((f) => f.pair);
