import { hasFreeMovement } from '../domain/countries.js';
import { hasValidTemporaryProtection } from './route-choice.js';
import { PAIR_EXEMPTION_READS } from './route-rule-kit.js';
import { notApplicable, pass, type RuleMeta, type StageRule, text, violation } from './rule.js';
import type { PairView } from './views.js';

/** The routes that need no permit: free movement (FM-01) and Ukrainian temporary protection (FM-02). */

// FM-01 — Regulation (EU) No 492/2011 on freedom of movement for workers, the EEA Agreement and the
// EU–Swiss Agreement on the Free Movement of Persons: EU/EEA/Swiss nationals need no permit. A
// candidate on the temporary-protection route needs none either, so FM-01 says nothing of them.
export const FM_01: RuleMeta = {
  id: 'FM-01',
  version: '2026.2',
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
  reads: ['candidate.nationalities', 'route'],
};

const fm01: StageRule<PairView> = {
  meta: FM_01,
  evaluate({ candidate, route }) {
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
    if (route === 'temporary-protection') {
      return notApplicable(
        text(
          'No EU/EEA/Swiss nationality, but temporary protection: no permit needed (FM-02).',
          'Geen EU/EER/Zwitserse nationaliteit, maar tijdelijke bescherming: geen vergunning nodig (FM-02).',
          'Pas de nationalité UE/EEE/suisse, mais une protection temporaire : aucun permis requis (FM-02).',
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
    );
  },
};

// FM-02 — Council Implementing Decision (EU) 2022/382 (temporary protection), extended until
// 4 March 2027: unlimited access to the labour market while the protection is valid. Judged on
// today and on the vacancy's start date: a recorded protection that lapses before the start,
// with no permit route open instead, blocks the pair and names the date it ends (info
// otherwise: the pair then takes another route).
export const FM_02: RuleMeta = {
  id: 'FM-02',
  version: '2026.2',
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
  reads: [...PAIR_EXEMPTION_READS, 'route'],
};

const fm02: StageRule<PairView> = {
  meta: FM_02,
  evaluate({ candidate, today, reference, route }) {
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
        ? text(`the scheme ends on ${end}`, `de regeling loopt af op ${end}`, `le régime prend fin le ${end}`)
        : until === undefined
          ? text(
              'no temporary protection recorded',
              'geen tijdelijke bescherming geregistreerd',
              'aucune protection temporaire enregistrée',
            )
          : text(
              `protection ends on ${until}`,
              `bescherming loopt af op ${until}`,
              `protection prend fin le ${until}`,
            );
    // A protection that lapses with no other route leaves the candidate unable to take the job.
    const blocks = until !== undefined && route === 'none';
    return violation(
      text(
        `No valid temporary protection on ${today}: ${reason.en}.`,
        `Geen geldige tijdelijke bescherming op ${today}: ${reason.nl}.`,
        `Pas de protection temporaire valable le ${today} : ${reason.fr}.`,
      ),
      today > end ? ['reference.temporaryProtectionEnd'] : ['candidate.temporaryProtectionUntil'],
      blocks ? 'block' : 'info',
    );
  },
};

export const EXEMPTION_PAIR_RULES: readonly StageRule<PairView>[] = [fm01, fm02];
