import { hasFreeMovement } from '../domain/countries.js';
import { joinLocalized } from './labels.js';
import {
  checkBlueCard,
  checkHighlySkilled,
  checkMediumSkilled,
  checkOtherBottleneck,
  hasValidTemporaryProtection,
  type PermitExemption,
  permitExemption,
  ROUTE_LABELS,
  type RouteCheck,
  thresholdNote,
} from './migration-routes.js';
import {
  type LocalizedText,
  notApplicable,
  pass,
  type RuleMeta,
  type StageRule,
  text,
  type Verdict,
  violation,
} from './rule.js';
import type { IntakeView, PairView } from './views.js';

/**
 * The migration-route rules (FM-01, FM-02, BE-03 … BE-06) and FR-11, which blocks a pair without
 * a route. The route logic itself is in migration-routes.ts.
 */

// ── Rules ──────────────────────────────────────────────────────────────────────────────────────

const failed = (check: RouteCheck, intro: LocalizedText): Verdict =>
  violation(
    joinLocalized([intro, joinLocalized(check.failures.map((f) => f.reason))], ': '),
    [...new Set(check.failures.map((f) => f.field))],
    'info',
  );

const exemptFrom = (route: PermitExemption): Verdict =>
  notApplicable(
    text(
      `No permit needed: ${ROUTE_LABELS[route].en}.`,
      `Geen vergunning nodig: ${ROUTE_LABELS[route].nl}.`,
      `Aucun permis requis : ${ROUTE_LABELS[route].fr}.`,
    ),
  );

/** The threshold year (and whether it is unverified) for a passing route message. */
const noteFor = (view: IntakeView | PairView, which: 'highlySkilled' | 'blueCard'): LocalizedText =>
  view.routeFacts.thresholds ? thresholdNote(view.routeFacts.thresholds, which) : text('', '', '');

const VLAANDEREN_ECONOMIC_MIGRATION = {
  title:
    'Decree of the Flemish Government of 7 December 2018 implementing the law of 30 April 1999 (economic migration); Vlaanderen.be, toelating tot arbeid',
  url: 'https://www.vlaanderen.be/toelating-tot-arbeid/toelating-tot-arbeid-categorieen/toelating-tot-arbeid-hooggeschoolde',
} as const;

const PAIR_EXEMPTION_READS = [
  'candidate.nationalities',
  'candidate.temporaryProtectionUntil',
  'today',
  'reference.temporaryProtectionEnd',
] as const;

// FM-01 — Regulation (EU) No 492/2011 on freedom of movement for workers, the EEA Agreement and the
// EU–Swiss Agreement on the Free Movement of Persons: EU/EEA/Swiss nationals need no permit.
export const FM_01: RuleMeta = {
  id: 'FM-01',
  version: '2026.1',
  severity: 'info',
  stage: 'match',
  title: text(
    'EU/EEA/Swiss free movement',
    'Vrij verkeer EU/EER/Zwitserland',
    'Libre circulation UE/EEE/Suisse',
  ),
  explanation: text(
    'EU, EEA and Swiss nationals need no work permit; the fair-recruitment rules still apply.',
    'Onderdanen van de EU, de EER en Zwitserland hebben geen arbeidsvergunning nodig; de regels voor eerlijke rekrutering blijven gelden.',
    'Les ressortissants de l’UE, de l’EEE et de la Suisse n’ont pas besoin de permis de travail ; les règles de recrutement équitable restent d’application.',
  ),
  source: {
    title: 'Regulation (EU) No 492/2011 on freedom of movement for workers within the Union',
    url: 'https://eur-lex.europa.eu/eli/reg/2011/492/oj',
  },
  reads: ['candidate.nationalities'],
};

const fm01: StageRule<PairView> = {
  meta: FM_01,
  evaluate({ candidate }) {
    const nationality = candidate.nationalities.find(hasFreeMovement);
    if (nationality) {
      return pass(
        text(
          `Free movement: ${nationality} nationality, no permit needed.`,
          `Vrij verkeer: nationaliteit ${nationality}, geen vergunning nodig.`,
          `Libre circulation : nationalité ${nationality}, aucun permis requis.`,
        ),
      );
    }
    const list = candidate.nationalities.join(', ');
    return violation(
      text(
        `No EU/EEA/Swiss nationality (${list}): a permit route is needed.`,
        `Geen EU/EER/Zwitserse nationaliteit (${list}): een toelatingsroute is nodig.`,
        `Aucune nationalité UE/EEE/suisse (${list}) : une voie d’autorisation est nécessaire.`,
      ),
      ['candidate.nationalities'],
      'info',
    );
  },
};

// FM-02 — Council Implementing Decision (EU) 2022/382 (temporary protection), extended until
// 4 March 2027: unlimited access to the labour market while the protection is valid.
export const FM_02: RuleMeta = {
  id: 'FM-02',
  version: '2026.1',
  severity: 'info',
  stage: 'match',
  title: text(
    'Ukrainian temporary protection',
    'Oekraïense tijdelijke bescherming',
    'Protection temporaire ukrainienne',
  ),
  explanation: text(
    'Ukrainians under temporary protection have unlimited access to the labour market while their protection is valid (until 4 March 2027).',
    'Oekraïners met tijdelijke bescherming hebben onbeperkt toegang tot de arbeidsmarkt zolang hun bescherming geldt (tot 4 maart 2027).',
    'Les Ukrainiens sous protection temporaire ont un accès illimité au marché du travail tant que leur protection est valable (jusqu’au 4 mars 2027).',
  ),
  source: {
    title: 'Council Implementing Decision (EU) 2022/382, as extended until 4 March 2027',
    url: 'https://eur-lex.europa.eu/eli/dec_impl/2022/382/oj',
  },
  reads: [...PAIR_EXEMPTION_READS],
};

const fm02: StageRule<PairView> = {
  meta: FM_02,
  evaluate({ candidate, today, reference }) {
    if (!candidate.nationalities.includes('UA')) {
      return notApplicable(
        text(
          'Not a Ukrainian national.',
          'Geen Oekraïense nationaliteit.',
          'Pas de nationalité ukrainienne.',
        ),
      );
    }
    const end = reference.temporaryProtectionEnd;
    const until = candidate.temporaryProtectionUntil;
    if (hasValidTemporaryProtection(candidate, today, end)) {
      return pass(
        text(
          `Temporary protection valid until ${until} (scheme runs until ${end}).`,
          `Tijdelijke bescherming geldig tot ${until} (regeling loopt tot ${end}).`,
          `Protection temporaire valable jusqu’au ${until} (régime jusqu’au ${end}).`,
        ),
      );
    }
    const reason =
      today > end
        ? text(
            `the scheme ended on ${end}`,
            `de regeling liep af op ${end}`,
            `le régime a pris fin le ${end}`,
          )
        : until === undefined
          ? text(
              'no temporary protection recorded',
              'geen tijdelijke bescherming geregistreerd',
              'aucune protection temporaire enregistrée',
            )
          : text(
              `protection expired on ${until}`,
              `bescherming verlopen op ${until}`,
              `protection expirée le ${until}`,
            );
    return violation(
      text(
        `No valid temporary protection: ${reason.en}.`,
        `Geen geldige tijdelijke bescherming: ${reason.nl}.`,
        `Pas de protection temporaire valable : ${reason.fr}.`,
      ),
      today > end ? ['reference.temporaryProtectionEnd'] : ['candidate.temporaryProtectionUntil'],
      'info',
    );
  },
};

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

const INTAKE_ROUTE_READS = [
  'contract.annualGrossSalaryEur',
  'contract.qualificationLevel',
  'occupation.isco',
  'today',
  'reference.salaryThresholds',
];

const be03Pair: StageRule<PairView> = {
  meta: BE_03,
  evaluate(view) {
    const exemption = permitExemption(view.candidate, view.today, view.reference.temporaryProtectionEnd);
    if (exemption) return exemptFrom(exemption);
    const check = checkHighlySkilled(view.routeFacts, view, view.today, view.candidate);
    if (!check.ok)
      return failed(
        check,
        text(
          'Highly skilled route not open',
          'Route hooggeschoolde niet open',
          'Voie hautement qualifiée non ouverte',
        ),
      );
    const n = noteFor(view, 'highlySkilled');
    return pass(
      check.reduced
        ? text(
            `Highly skilled route open at the reduced (80%) threshold${n.en}.`,
            `Route hooggeschoolde open aan de verlaagde loongrens (80%)${n.nl}.`,
            `Voie hautement qualifiée ouverte au seuil réduit (80 %)${n.fr}.`,
          )
        : text(
            `Highly skilled route open${n.en}.`,
            `Route hooggeschoolde open${n.nl}.`,
            `Voie hautement qualifiée ouverte${n.fr}.`,
          ),
    );
  },
};

const be03Intake: StageRule<IntakeView> = {
  meta: BE_03,
  reads: INTAKE_ROUTE_READS,
  evaluate(view) {
    const check = checkHighlySkilled(view.routeFacts, view, view.today);
    if (!check.ok)
      return failed(
        check,
        text(
          'Highly skilled route not open',
          'Route hooggeschoolde niet open',
          'Voie hautement qualifiée non ouverte',
        ),
      );
    const hs = view.routeFacts.highlySkilled;
    const n = noteFor(view, 'highlySkilled');
    if (hs.meetsNormal || hs.reducedByOccupation) {
      return pass(
        text(
          `Highly skilled route open to candidates with a higher-education diploma${n.en}.`,
          `Route hooggeschoolde open voor kandidaten met een diploma hoger onderwijs${n.nl}.`,
          `Voie hautement qualifiée ouverte aux candidats diplômés de l’enseignement supérieur${n.fr}.`,
        ),
      );
    }
    return pass(
      text(
        `Highly skilled route open only to candidates under 30 (salary meets the reduced threshold)${n.en}.`,
        `Route hooggeschoolde enkel open voor kandidaten jonger dan 30 (loon haalt de verlaagde loongrens)${n.nl}.`,
        `Voie hautement qualifiée ouverte seulement aux moins de 30 ans (salaire au seuil réduit)${n.fr}.`,
      ),
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

const be04Pair: StageRule<PairView> = {
  meta: BE_04,
  evaluate(view) {
    const exemption = permitExemption(view.candidate, view.today, view.reference.temporaryProtectionEnd);
    if (exemption) return exemptFrom(exemption);
    const check = checkBlueCard(view.routeFacts, view, view.today, view.candidate);
    if (!check.ok)
      return failed(
        check,
        text('Blue Card route not open', 'Route blauwe kaart niet open', 'Voie carte bleue non ouverte'),
      );
    const n = noteFor(view, 'blueCard');
    return pass(
      text(
        `EU Blue Card route open${n.en}.`,
        `Route Europese blauwe kaart open${n.nl}.`,
        `Voie carte bleue européenne ouverte${n.fr}.`,
      ),
    );
  },
};

const be04Intake: StageRule<IntakeView> = {
  meta: BE_04,
  reads: [
    'contract.annualGrossSalaryEur',
    'contract.type',
    'contract.durationMonths',
    'today',
    'reference.salaryThresholds',
  ],
  evaluate(view) {
    const check = checkBlueCard(view.routeFacts, view, view.today);
    if (!check.ok)
      return failed(
        check,
        text('Blue Card route not open', 'Route blauwe kaart niet open', 'Voie carte bleue non ouverte'),
      );
    const n = noteFor(view, 'blueCard');
    return pass(
      text(
        `EU Blue Card route open to candidates with a bachelor degree or higher${n.en}.`,
        `Route Europese blauwe kaart open voor kandidaten met minstens een bachelordiploma${n.nl}.`,
        `Voie carte bleue ouverte aux candidats titulaires d’au moins un bachelier${n.fr}.`,
      ),
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

const MEDIUM_INTAKE_READS = BE_05.reads.filter(
  (r) => !r.startsWith('candidate.') && r !== 'reference.temporaryProtectionEnd',
);

function mediumSkilledVerdict(view: IntakeView | PairView): Verdict {
  const check = checkMediumSkilled(view.routeFacts, view);
  if (!check.ok)
    return failed(
      check,
      text(
        'Medium-skilled route not open',
        'Route middengeschoold niet open',
        'Voie moyennement qualifiée non ouverte',
      ),
    );
  const list = view.routeFacts.mediumSkilled.list;
  const note = list.unverified
    ? text(' (list unverified)', ' (lijst niet bevestigd)', ' (liste non confirmée)')
    : text('', '', '');
  return pass(
    text(
      `Medium-skilled route open (list ${list.listYear})${note.en}.`,
      `Route middengeschoold open (lijst ${list.listYear})${note.nl}.`,
      `Voie moyennement qualifiée ouverte (liste ${list.listYear})${note.fr}.`,
    ),
  );
}

const be05Pair: StageRule<PairView> = {
  meta: BE_05,
  evaluate(view) {
    const exemption = permitExemption(view.candidate, view.today, view.reference.temporaryProtectionEnd);
    return exemption ? exemptFrom(exemption) : mediumSkilledVerdict(view);
  },
};

const be05Intake: StageRule<IntakeView> = {
  meta: BE_05,
  reads: MEDIUM_INTAKE_READS,
  evaluate: mediumSkilledVerdict,
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

function otherBottleneckVerdict(view: IntakeView | PairView): Verdict {
  const check = checkOtherBottleneck(view.routeFacts, view);
  if (!check.ok)
    return failed(
      check,
      text('Other route not open', 'Categorie overige niet open', 'Catégorie autres non ouverte'),
    );
  return pass(
    text(
      'Other route open: bottleneck occupation published long enough on VDAB and EURES.',
      'Categorie overige open: knelpuntberoep lang genoeg gepubliceerd bij VDAB en EURES.',
      'Catégorie autres ouverte : métier en pénurie publié assez longtemps sur VDAB et EURES.',
    ),
  );
}

const be06Pair: StageRule<PairView> = {
  meta: BE_06,
  evaluate(view) {
    const exemption = permitExemption(view.candidate, view.today, view.reference.temporaryProtectionEnd);
    return exemption ? exemptFrom(exemption) : otherBottleneckVerdict(view);
  },
};

const be06Intake: StageRule<IntakeView> = {
  meta: BE_06,
  reads: [
    'occupation.isco',
    'reference.bottleneck',
    'contract.qualificationLevel',
    'contract.type',
    'publication.vdabPublishedOn',
    'publication.euresPublishedOn',
    'today',
  ],
  evaluate: otherBottleneckVerdict,
};

// FR-11 — ILO general principle 2 (recruitment responds to established labour market needs) and
// the permit rules above: only real vacancies with a valid permit route. At intake it warns when
// no third-country worker could qualify (the vacancy then reaches EU/EEA/Swiss and protected
// candidates only); at match it blocks a pair without a route.
export const FR_11: RuleMeta = {
  id: 'FR-11',
  version: '2026.1',
  severity: 'block',
  stage: 'both',
  title: text(
    'A real vacancy with a valid permit route',
    'Een echte vacature met een geldige toelatingsroute',
    'Une offre réelle avec une voie d’autorisation valable',
  ),
  explanation: text(
    'A candidate is only matched to a vacancy they can legally take: free movement, temporary protection or a permit route.',
    'Een kandidaat wordt enkel gekoppeld aan een vacature die hij wettelijk mag invullen: vrij verkeer, tijdelijke bescherming of een toelatingsroute.',
    'Un candidat n’est proposé que pour une offre qu’il peut légalement occuper : libre circulation, protection temporaire ou voie d’autorisation.',
  ),
  source: {
    ...VLAANDEREN_ECONOMIC_MIGRATION,
    title: `ILO General Principles for Fair Recruitment (2019), principle 2; ${VLAANDEREN_ECONOMIC_MIGRATION.title}`,
  },
  reads: [
    'route',
    'candidate.nationalities',
    ...INTAKE_ROUTE_READS,
    'contract.type',
    'contract.durationMonths',
    'reference.mediumSkilled',
    'reference.bottleneck',
  ],
};

const fr11Pair: StageRule<PairView> = {
  meta: FR_11,
  reads: ['route', 'candidate.nationalities'],
  evaluate({ route, candidate }) {
    if (route !== 'none') {
      const label = ROUTE_LABELS[route];
      return pass(
        text(
          `Permit route: ${label.en}.`,
          `Toelatingsroute: ${label.nl}.`,
          `Voie d’autorisation : ${label.fr}.`,
        ),
      );
    }
    const list = candidate.nationalities.join(', ');
    return violation(
      text(
        `No legal route for this candidate (${list}): no free movement, no valid temporary protection, and none of BE-03, BE-04, BE-05, BE-06 applies.`,
        `Geen wettelijke route voor deze kandidaat (${list}): geen vrij verkeer, geen geldige tijdelijke bescherming, en BE-03, BE-04, BE-05 noch BE-06 is van toepassing.`,
        `Aucune voie légale pour ce candidat (${list}) : ni libre circulation, ni protection temporaire valable, et aucune de BE-03, BE-04, BE-05, BE-06 ne s’applique.`,
      ),
      ['candidate.nationalities'],
    );
  },
};

const fr11Intake: StageRule<IntakeView> = {
  meta: FR_11,
  reads: [
    ...INTAKE_ROUTE_READS,
    'contract.type',
    'contract.durationMonths',
    'contract.skilledCategoryMinimumEur',
    'contract.employmentPercent',
    'employer.country',
    'reference.mediumSkilled',
    'reference.bottleneck',
  ],
  evaluate({ routeFacts: f }) {
    if (
      f.blueCard.possible ||
      f.highlySkilled.possible ||
      f.mediumSkilled.available ||
      f.otherBottleneck.possible
    ) {
      return pass(
        text(
          'At least one permit route is open to a third-country worker.',
          'Minstens één toelatingsroute staat open voor een werknemer van buiten de EU.',
          'Au moins une voie d’autorisation est ouverte à un travailleur de pays tiers.',
        ),
      );
    }
    return violation(
      text(
        'No permit route is open to a third-country worker (salary, job level and lists rule out BE-03 to BE-06): the vacancy will be matched with EU/EEA/Swiss and temporarily protected candidates only.',
        'Geen toelatingsroute staat open voor een werknemer van buiten de EU (loon, functieniveau en lijsten sluiten BE-03 tot BE-06 uit): de vacature wordt enkel gekoppeld aan kandidaten uit de EU/EER/Zwitserland en met tijdelijke bescherming.',
        'Aucune voie d’autorisation n’est ouverte à un travailleur de pays tiers (salaire, niveau et listes excluent BE-03 à BE-06) : l’offre ne sera proposée qu’aux candidats UE/EEE/suisses et sous protection temporaire.',
      ),
      ['contract.annualGrossSalaryEur', 'occupation.isco'],
      'warn',
    );
  },
};

export const ROUTE_INTAKE_RULES: readonly StageRule<IntakeView>[] = [
  be03Intake,
  be04Intake,
  be05Intake,
  be06Intake,
  fr11Intake,
];
export const ROUTE_PAIR_RULES: readonly StageRule<PairView>[] = [
  fm01,
  fm02,
  be03Pair,
  be04Pair,
  be05Pair,
  be06Pair,
  fr11Pair,
];
