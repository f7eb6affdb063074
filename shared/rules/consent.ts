import type { CandidateCondition } from '../search/candidate-condition.js';
import { pass, type RuleMeta, type StageRule, text, violation } from './rule.js';
import type { PairView } from './views.js';

// CONSENT — Regulation (EU) 2016/679 (GDPR), art. 6(1)(a) and 7: a candidate is matched only with
// their recorded consent to matching (block).
export const CONSENT: RuleMeta = {
  id: 'CONSENT',
  version: '2026.1',
  severity: 'block',
  stage: 'match',
  title: text('Consent to matching', 'Toestemming voor matching', 'Consentement au rapprochement'),
  explanation: text(
    'A candidate is only matched with their recorded consent.',
    'Een kandidaat wordt enkel gekoppeld met zijn geregistreerde toestemming.',
    'Un candidat n’est proposé qu’avec son consentement enregistré.',
  ),
  source: {
    title: 'Regulation (EU) 2016/679 (GDPR), art. 6(1)(a) and 7',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  },
  reads: ['candidate.consentMatching'],
};

const consent: StageRule<PairView> = {
  meta: CONSENT,
  evaluate: ({ candidate }) =>
    candidate.consentMatching
      ? pass(
          text(
            'The candidate consented to matching.',
            'De kandidaat gaf toestemming voor matching.',
            'Le candidat a consenti au rapprochement.',
          ),
        )
      : violation(
          text(
            'The candidate has not consented to matching.',
            'De kandidaat gaf geen toestemming voor matching.',
            'Le candidat n’a pas consenti au rapprochement.',
          ),
          ['candidate.consentMatching'],
        ),
};

export const CONSENT_PAIR_RULES: readonly StageRule<PairView>[] = [consent];

export const consentCondition: CandidateCondition = { kind: 'flag', field: 'consentMatching', value: true };
