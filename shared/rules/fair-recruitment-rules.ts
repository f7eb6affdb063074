import { quotePhrases } from './labels.js';
import { ROUTE_LABELS } from './migration-routes.js';
import { notApplicable, pass, type RuleMeta, type StageRule, text, violation } from './rule.js';
import { type IntakeView, type PairView, TEXT_FIELD_READS } from './views.js';

/**
 * Fair-recruitment rules on the contract and the worker's freedoms (ILO General Principles and
 * Operational Guidelines for Fair Recruitment, 2019), plus the licensing of intermediaries.
 */

const ILO = {
  title: 'ILO General Principles and Operational Guidelines for Fair Recruitment (2019)',
  url: 'https://migrationnetwork.un.org/resources/general-principles-and-operational-guidelines-fair-recruitment-and-definition-recruitment',
} as const;
const principle = (n: number) => ({ ...ILO, title: `${ILO.title}, general principle ${n}` });

/** CEFR B1 as an ordinal (A1 = 1 … C2 = 6): the level at which a contract can be understood. */
export const CONTRACT_LANGUAGE_MIN_LEVEL = 3;

// FR-05 — ILO general principle 8: terms and conditions specified in an appropriate, verifiable
// and easily understood manner, preferably a written contract in a language the worker
// understands. Block at offer, warn at match. At intake a vacancy is not yet an offer to anyone,
// so an empty contract-language list warns; the offer step (outside this module) blocks, hence
// the default severity `block`.
export const FR_05: RuleMeta = {
  id: 'FR-05',
  version: '2026.1',
  severity: 'block',
  stage: 'both',
  title: text(
    'Contract in a language the worker understands',
    'Contract in een taal die de werknemer begrijpt',
    'Contrat dans une langue que le travailleur comprend',
  ),
  explanation: text(
    'The written contract must be available in a language the worker understands (CEFR B1 or higher).',
    'Het schriftelijke contract moet beschikbaar zijn in een taal die de werknemer begrijpt (ERK B1 of hoger).',
    'Le contrat écrit doit être disponible dans une langue que le travailleur comprend (CECR B1 ou plus).',
  ),
  source: principle(8),
  reads: ['contract.contractLanguages', 'candidate.languages'],
};

const fr05Intake: StageRule<IntakeView> = {
  meta: FR_05,
  reads: ['contract.contractLanguages'],
  evaluate({ contract }) {
    if (contract.contractLanguages.length === 0) {
      return violation(
        text(
          'No contract language given: name the languages the written contract is available in before making an offer.',
          'Geen contracttaal opgegeven: vermeld in welke talen het schriftelijke contract beschikbaar is vóór een aanbod.',
          'Aucune langue de contrat indiquée : précisez les langues du contrat écrit avant toute offre.',
        ),
        ['contract.contractLanguages'],
        'warn',
      );
    }
    const list = contract.contractLanguages.join(', ');
    return pass(
      text(
        `Contract available in: ${list}.`,
        `Contract beschikbaar in: ${list}.`,
        `Contrat disponible en : ${list}.`,
      ),
    );
  },
};

const fr05Pair: StageRule<PairView> = {
  meta: FR_05,
  evaluate({ contract, candidate }) {
    const understood = contract.contractLanguages.filter(
      (lang) => (candidate.languages[lang] ?? 0) >= CONTRACT_LANGUAGE_MIN_LEVEL,
    );
    if (understood.length > 0) {
      const list = understood.join(', ');
      return pass(
        text(
          `The candidate reads the contract language (${list}) at B1 or higher.`,
          `De kandidaat beheerst de contracttaal (${list}) op B1 of hoger.`,
          `Le candidat maîtrise la langue du contrat (${list}) au niveau B1 ou plus.`,
        ),
      );
    }
    const list = contract.contractLanguages.join(', ') || '—';
    return violation(
      text(
        `No contract language (${list}) that the candidate speaks at B1 or higher: provide the contract in a language the worker understands before the offer.`,
        `Geen contracttaal (${list}) die de kandidaat op B1 of hoger beheerst: bezorg het contract vóór het aanbod in een taal die de werknemer begrijpt.`,
        `Aucune langue de contrat (${list}) maîtrisée par le candidat au niveau B1 ou plus : fournissez le contrat dans une langue comprise avant l’offre.`,
      ),
      ['contract.contractLanguages', 'candidate.languages'],
      'warn',
    );
  },
};

// FR-06 — ILO general principles 8 and 10: full terms (wage, hours, place, tasks, duration,
// housing) given to the worker before departure (block if missing).
export const FR_06: RuleMeta = {
  id: 'FR-06',
  version: '2026.1',
  severity: 'block',
  stage: 'intake',
  title: text(
    'Full terms disclosed before departure',
    'Volledige voorwaarden vóór vertrek meegedeeld',
    'Conditions complètes communiquées avant le départ',
  ),
  explanation: text(
    'Wage, hours, place, tasks, duration and housing are stated and disclosed to the worker before departure.',
    'Loon, uren, plaats, taken, duur en huisvesting zijn vermeld en worden vóór vertrek aan de werknemer meegedeeld.',
    'Salaire, horaires, lieu, tâches, durée et logement sont indiqués et communiqués au travailleur avant le départ.',
  ),
  source: { ...ILO, title: `${ILO.title}, general principles 8 and 10` },
  reads: [
    'contract.annualGrossSalaryEur',
    'contract.hoursPerWeek',
    'workplace.municipality',
    'contract.tasks',
    'contract.type',
    'contract.durationMonths',
    'contract.housing',
    'fairRecruitment.termsDisclosedBeforeDeparture',
  ],
};

const fr06: StageRule<IntakeView> = {
  meta: FR_06,
  evaluate({ contract, workplace, fairRecruitment }) {
    const missing: [field: string, en: string, nl: string, fr: string][] = [];
    if (!(contract.annualGrossSalaryEur > 0))
      missing.push(['contract.annualGrossSalaryEur', 'wage', 'loon', 'salaire']);
    if (!(contract.hoursPerWeek > 0)) missing.push(['contract.hoursPerWeek', 'hours', 'uren', 'horaires']);
    if (!workplace.municipality.trim()) missing.push(['workplace.municipality', 'place', 'plaats', 'lieu']);
    if (!contract.tasks?.trim()) missing.push(['contract.tasks', 'tasks', 'taken', 'tâches']);
    if (contract.type !== 'permanent' && contract.durationMonths === undefined)
      missing.push(['contract.durationMonths', 'duration', 'duur', 'durée']);
    if (!contract.housing)
      missing.push([
        'contract.housing',
        'housing (provided or not)',
        'huisvesting (voorzien of niet)',
        'logement (fourni ou non)',
      ]);
    if (!fairRecruitment.termsDisclosedBeforeDeparture) {
      missing.push([
        'fairRecruitment.termsDisclosedBeforeDeparture',
        'disclosure before departure',
        'mededeling vóór vertrek',
        'communication avant le départ',
      ]);
    }
    if (missing.length === 0) {
      return pass(
        text(
          'All terms are stated and disclosed before departure.',
          'Alle voorwaarden zijn vermeld en worden vóór vertrek meegedeeld.',
          'Toutes les conditions sont indiquées et communiquées avant le départ.',
        ),
      );
    }
    const list = (i: 1 | 2 | 3) => missing.map((m) => m[i]).join(', ');
    return violation(
      text(
        `Terms missing: ${list(1)}.`,
        `Ontbrekende voorwaarden: ${list(2)}.`,
        `Conditions manquantes : ${list(3)}.`,
      ),
      missing.map((m) => m[0]),
    );
  },
};

// FR-07 — ILO general principle 9: agreement to the terms is voluntary and free from deception;
// no contract substitution: the terms signed are the terms on arrival (block, and alert).
export const FR_07: RuleMeta = {
  id: 'FR-07',
  version: '2026.1',
  severity: 'block',
  stage: 'intake',
  title: text('No contract substitution', 'Geen contractvervanging', 'Pas de substitution de contrat'),
  explanation: text(
    'The terms the worker signs before departure are the terms that apply on arrival.',
    'De voorwaarden die de werknemer vóór vertrek ondertekent, gelden ook bij aankomst.',
    'Les conditions signées avant le départ sont celles qui s’appliquent à l’arrivée.',
  ),
  source: principle(9),
  reads: ['fairRecruitment.signedTermsApplyOnArrival'],
};

const fr07: StageRule<IntakeView> = {
  meta: FR_07,
  evaluate: ({ fairRecruitment }) =>
    fairRecruitment.signedTermsApplyOnArrival
      ? pass(
          text(
            'The employer confirms the signed terms apply on arrival.',
            'De werkgever bevestigt dat de ondertekende voorwaarden bij aankomst gelden.',
            'L’employeur confirme que les conditions signées s’appliquent à l’arrivée.',
          ),
        )
      : violation(
          text(
            'The employer has not confirmed that the signed terms apply on arrival (contract substitution risk).',
            'De werkgever bevestigde niet dat de ondertekende voorwaarden bij aankomst gelden (risico op contractvervanging).',
            'L’employeur n’a pas confirmé que les conditions signées s’appliquent à l’arrivée (risque de substitution de contrat).',
          ),
          ['fairRecruitment.signedTermsApplyOnArrival'],
        ),
};

// FR-08 — ILO general principle 11: workers' identity documents and contracts are never
// confiscated, destroyed or retained (block on the declaration; warn on wording).
export const FR_08: RuleMeta = {
  id: 'FR-08',
  version: '2026.1',
  severity: 'block',
  stage: 'intake',
  title: text(
    'The employer never holds identity documents',
    'De werkgever houdt nooit identiteitsdocumenten bij',
    'L’employeur ne conserve jamais les documents d’identité',
  ),
  explanation: text(
    'The worker keeps their passport, identity and residence documents at all times.',
    'De werknemer houdt zijn paspoort, identiteits- en verblijfsdocumenten altijd zelf bij.',
    'Le travailleur garde en tout temps son passeport et ses documents d’identité et de séjour.',
  ),
  source: principle(11),
  reads: ['fairRecruitment.employerHoldsIdentityDocuments', ...TEXT_FIELD_READS],
};

const fr08: StageRule<IntakeView> = {
  meta: FR_08,
  evaluate(v) {
    if (v.fairRecruitment.employerHoldsIdentityDocuments) {
      return violation(
        text(
          'The employer declares it holds workers’ identity documents.',
          'De werkgever verklaart identiteitsdocumenten van werknemers bij te houden.',
          'L’employeur déclare conserver les documents d’identité des travailleurs.',
        ),
        ['fairRecruitment.employerHoldsIdentityDocuments'],
      );
    }
    const found = v.textFindings.conduct.filter((f) => f.kind === 'identity-document');
    if (found.length > 0) {
      const q = quotePhrases(found);
      return violation(
        text(
          `The text suggests identity documents are kept: ${q}.`,
          `De tekst wijst erop dat identiteitsdocumenten worden bijgehouden: ${q}.`,
          `Le texte laisse entendre que des documents d’identité sont conservés : ${q}.`,
        ),
        [...new Set(found.map((f) => f.field))],
        'warn',
      );
    }
    return pass(
      text(
        'Workers keep their identity documents.',
        'Werknemers houden hun identiteitsdocumenten zelf bij.',
        'Les travailleurs gardent leurs documents d’identité.',
      ),
    );
  },
};

const PERMIT_MOBILITY = text(
  'A single permit ties the worker to one employer (the worker may still resign); an EU Blue Card allows a change of employer after 12 months.',
  'Een gecombineerde vergunning bindt de werknemer aan één werkgever (ontslag nemen kan altijd); een Europese blauwe kaart laat na 12 maanden een andere werkgever toe.',
  'Un permis unique lie le travailleur à un employeur (il peut toujours démissionner) ; une carte bleue européenne permet de changer d’employeur après 12 mois.',
);

// FR-09 — ILO general principle 12: workers are free to terminate their employment and to
// return; no exit penalties or clawbacks (block on the declaration, warn on wording). The permit's
// tie to one employer is information, never a block.
export const FR_09: RuleMeta = {
  id: 'FR-09',
  version: '2026.1',
  severity: 'block',
  stage: 'both',
  title: text(
    'Free to resign and return',
    'Vrij om ontslag te nemen en terug te keren',
    'Libre de démissionner et de rentrer',
  ),
  explanation: text(
    'No exit penalty or clawback of recruitment costs when the worker leaves.',
    'Geen vertrekboete of terugvordering van rekruteringskosten wanneer de werknemer vertrekt.',
    'Aucune pénalité de départ ni récupération des frais de recrutement quand le travailleur part.',
  ),
  source: principle(12),
  reads: ['fairRecruitment.exitPenalties', ...TEXT_FIELD_READS, 'route'],
};

const fr09Intake: StageRule<IntakeView> = {
  meta: FR_09,
  reads: ['fairRecruitment.exitPenalties', ...TEXT_FIELD_READS],
  evaluate(v) {
    if (v.fairRecruitment.exitPenalties) {
      return violation(
        text(
          'The contract has exit penalties or clawbacks.',
          'Het contract bevat vertrekboetes of terugvorderingen.',
          'Le contrat prévoit des pénalités de départ ou des récupérations.',
        ),
        ['fairRecruitment.exitPenalties'],
      );
    }
    const found = v.textFindings.conduct.filter((f) => f.kind === 'exit-penalty');
    if (found.length > 0) {
      const q = quotePhrases(found);
      return violation(
        text(
          `The text suggests an exit penalty or clawback: ${q}.`,
          `De tekst wijst op een vertrekboete of terugvordering: ${q}.`,
          `Le texte évoque une pénalité de départ ou une récupération : ${q}.`,
        ),
        [...new Set(found.map((f) => f.field))],
        'warn',
      );
    }
    return pass(
      text(
        `No exit penalties. ${PERMIT_MOBILITY.en}`,
        `Geen vertrekboetes. ${PERMIT_MOBILITY.nl}`,
        `Aucune pénalité de départ. ${PERMIT_MOBILITY.fr}`,
      ),
      'info',
    );
  },
};

// At match time FR-09 only informs: exit penalties were already refused at intake.
const fr09Pair: StageRule<PairView> = {
  meta: FR_09,
  reads: ['route'],
  evaluate({ route }) {
    if (route === 'none')
      return notApplicable(
        text(
          'No permit route for this pair.',
          'Geen toelatingsroute voor dit paar.',
          'Aucune voie d’autorisation pour ce binôme.',
        ),
      );
    const label = ROUTE_LABELS[route];
    const mobility =
      route === 'eu-blue-card'
        ? text(
            'may change employer after 12 months',
            'mag na 12 maanden van werkgever veranderen',
            'peut changer d’employeur après 12 mois',
          )
        : route === 'eu-free-movement' || route === 'temporary-protection'
          ? text(
              'may change employer at any time',
              'mag op elk moment van werkgever veranderen',
              'peut changer d’employeur à tout moment',
            )
          : text(
              'is tied to this employer by the single permit but may always resign',
              'is door de gecombineerde vergunning aan deze werkgever gebonden maar mag altijd ontslag nemen',
              'est lié à cet employeur par le permis unique mais peut toujours démissionner',
            );
    return pass(
      text(
        `${label.en}: the worker ${mobility.en}.`,
        `${label.nl}: de werknemer ${mobility.nl}.`,
        `${label.fr} : le travailleur ${mobility.fr}.`,
      ),
      'info',
    );
  },
};

// FR-10 — ILO general principle 13: access to free or affordable grievance mechanisms (warn if no
// contact is given).
export const FR_10: RuleMeta = {
  id: 'FR-10',
  version: '2026.1',
  severity: 'warn',
  stage: 'intake',
  title: text(
    'A grievance contact is given',
    'Er is een klachtencontact',
    'Un contact pour les plaintes est indiqué',
  ),
  explanation: text(
    'Workers know whom to contact with a complaint, free of charge.',
    'Werknemers weten bij wie ze kosteloos terechtkunnen met een klacht.',
    'Les travailleurs savent à qui s’adresser gratuitement en cas de plainte.',
  ),
  source: principle(13),
  reads: ['fairRecruitment.grievanceContact'],
};

const fr10: StageRule<IntakeView> = {
  meta: FR_10,
  evaluate: ({ fairRecruitment }) =>
    fairRecruitment.grievanceContact
      ? pass(
          text(
            'A grievance contact is given.',
            'Er is een klachtencontact opgegeven.',
            'Un contact pour les plaintes est indiqué.',
          ),
        )
      : violation(
          text(
            'No grievance contact is given.',
            'Er is geen klachtencontact opgegeven.',
            'Aucun contact pour les plaintes n’est indiqué.',
          ),
          ['fairRecruitment.grievanceContact'],
        ),
};

// FR-12 — Flemish Decree of 10 December 2010 on private employment agencies (recognition for
// private placement in Flanders), ILO Convention C181 art. 7 and general principle 5:
// intermediaries are licensed and never charge the jobseeker (block).
export const FR_12: RuleMeta = {
  id: 'FR-12',
  version: '2026.1',
  severity: 'block',
  stage: 'intake',
  title: text(
    'Licensed intermediaries that never charge jobseekers',
    'Erkende bemiddelaars die werkzoekenden nooit laten betalen',
    'Intermédiaires agréés qui ne facturent jamais les demandeurs d’emploi',
  ),
  explanation: text(
    'An intermediary needs a Flemish recognition number and may never charge the jobseeker.',
    'Een bemiddelaar heeft een Vlaams erkenningsnummer nodig en mag de werkzoekende nooit laten betalen.',
    'Un intermédiaire doit avoir un numéro d’agrément flamand et ne peut jamais facturer le demandeur d’emploi.',
  ),
  source: {
    title: 'Flemish Decree of 10 December 2010 on private employment agencies; ILO Convention C181, art. 7',
    url: 'https://www.werk.be/online-diensten/bureaus-private-arbeidsbemiddeling/toepassingsgebied',
  },
  reads: ['intermediary.name', 'intermediary.recognitionNumber', 'intermediary.chargesJobseeker'],
};

const fr12: StageRule<IntakeView> = {
  meta: FR_12,
  evaluate({ intermediary }) {
    if (!intermediary) {
      return pass(
        text(
          'No intermediary is involved.',
          'Er is geen bemiddelaar betrokken.',
          'Aucun intermédiaire n’intervient.',
        ),
      );
    }
    const name = intermediary.name;
    const problems = [
      ...(intermediary.recognitionNumber
        ? []
        : [
            {
              field: 'intermediary.recognitionNumber',
              en: 'has no Flemish recognition number',
              nl: 'heeft geen Vlaams erkenningsnummer',
              fr: 'n’a pas de numéro d’agrément flamand',
            },
          ]),
      ...(intermediary.chargesJobseeker
        ? [
            {
              field: 'intermediary.chargesJobseeker',
              en: 'charges the jobseeker',
              nl: 'laat de werkzoekende betalen',
              fr: 'facture le demandeur d’emploi',
            },
          ]
        : []),
    ];
    if (problems.length === 0) {
      return pass(
        text(
          `Intermediary ${name} is recognised and does not charge jobseekers.`,
          `Bemiddelaar ${name} is erkend en laat werkzoekenden niet betalen.`,
          `L’intermédiaire ${name} est agréé et ne facture pas les demandeurs d’emploi.`,
        ),
      );
    }
    const join = (l: 'en' | 'nl' | 'fr', and: string) => problems.map((p) => p[l]).join(and);
    return violation(
      text(
        `Intermediary ${name} ${join('en', ' and ')}.`,
        `Bemiddelaar ${name} ${join('nl', ' en ')}.`,
        `L’intermédiaire ${name} ${join('fr', ' et ')}.`,
      ),
      problems.map((p) => p.field),
    );
  },
};

export const FAIR_RECRUITMENT_INTAKE_RULES: readonly StageRule<IntakeView>[] = [
  fr05Intake,
  fr06,
  fr07,
  fr08,
  fr09Intake,
  fr10,
  fr12,
];
export const FAIR_RECRUITMENT_PAIR_RULES: readonly StageRule<PairView>[] = [fr05Pair, fr09Pair];
