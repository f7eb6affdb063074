import { principle } from './ilo-principles.js';
import { quotePhrases } from './labels.js';
import { ROUTE_LABELS } from './migration-routes.js';
import { notApplicable, pass, type RuleMeta, type StageRule, text, violation } from './rule.js';
import { type IntakeView, type PairView, TEXT_FIELD_READS } from './views.js';

/** The worker's freedoms (ILO General Principles, 2019): identity documents kept (FR-08), free to resign and return (FR-09). */

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

export const WORKER_FREEDOM_INTAKE_RULES: readonly StageRule<IntakeView>[] = [fr08, fr09Intake];
export const WORKER_FREEDOM_PAIR_RULES: readonly StageRule<PairView>[] = [fr09Pair];
