import type { DiplomaRecognition } from '../domain/candidate.js';
import { anyOf, type CandidateCondition, not } from '../search/candidate-condition.js';
import type { CandidateDocument } from '../search/candidate-document.js';
import { hasFreeMovementNationality } from './route-choice.js';
import { notApplicable, pass, type RuleMeta, type StageRule, text, violation } from './rule.js';
import type { PairReference, PairView } from './views.js';

/** Outcomes that show a recognition procedure was needed and started. */
const STARTED: ReadonlySet<string> = new Set<DiplomaRecognition>([
  'pending',
  'specific-equivalence',
  'level-equivalence',
  'refused',
]);
/** Outcomes that let the worker start (NARIC-Vlaanderen, https://www.naricvlaanderen.be: specific or level equivalence). */
const RECOGNISED: ReadonlySet<string> = new Set<DiplomaRecognition>([
  'specific-equivalence',
  'level-equivalence',
]);

export interface DiplomaRecognitionAssessment {
  readonly required: boolean;
  readonly status: string;
  readonly blocksStart: boolean;
}

/**
 * Whether a regulated profession needs NARIC recognition of this candidate's diploma. The search
 * document holds no diploma country, so a diploma is presumed to come from outside the EEA when
 * the candidate holds no EU/EEA/Swiss nationality; a PES overrides the presumption by recording
 * `not-needed`, and any started procedure proves recognition is needed.
 */
export function assessDiplomaRecognition(
  reference: PairReference,
  candidate: CandidateDocument,
): DiplomaRecognitionAssessment {
  const status = candidate.diplomaRecognition;
  if (reference.regulatedProfession === null) return { required: false, status, blocksStart: false };
  const required = status !== 'not-needed' && (STARTED.has(status) || !hasFreeMovementNationality(candidate));
  return { required, status, blocksStart: required && !RECOGNISED.has(status) };
}

// BE-07 — NARIC-Vlaanderen and Directive 2005/36/EC (recognition of professional qualifications):
// a regulated profession with a non-EEA diploma needs specific recognition (EUR 180) and, for
// health professions, a professional visa. Warn at matching and block the start date until
// recognised; a refusal blocks the pair.
export const BE_07: RuleMeta = {
  id: 'BE-07',
  version: '2026.1',
  severity: 'warn',
  stage: 'match',
  title: text(
    'Diploma recognition for regulated professions',
    'Diploma-erkenning voor gereglementeerde beroepen',
    'Reconnaissance du diplôme pour les professions réglementées',
  ),
  explanation: text(
    'A non-EEA diploma for a regulated profession needs NARIC-Vlaanderen recognition before the start date; health professions also need a professional visa.',
    'Een niet-EER-diploma voor een gereglementeerd beroep heeft vóór de startdatum een erkenning van NARIC-Vlaanderen nodig; gezondheidsberoepen ook een visum.',
    'Un diplôme hors EEE pour une profession réglementée doit être reconnu par NARIC-Vlaanderen avant l’entrée en fonction ; les professions de santé exigent aussi un visa.',
  ),
  source: {
    title: 'NARIC-Vlaanderen; Directive 2005/36/EC on the recognition of professional qualifications',
    url: 'https://www.naricvlaanderen.be',
  },
  reads: [
    'occupation.isco',
    'reference.regulatedProfession',
    'candidate.nationalities',
    'candidate.diplomaRecognition',
  ],
};

const be07: StageRule<PairView> = {
  meta: BE_07,
  evaluate({ reference, candidate, occupation }) {
    const profession = reference.regulatedProfession;
    if (profession === null) {
      return notApplicable(
        text(
          `ISCO ${occupation.isco} is not a regulated profession.`,
          `ISCO ${occupation.isco} is geen gereglementeerd beroep.`,
          `CITP ${occupation.isco} n’est pas une profession réglementée.`,
        ),
      );
    }
    const recognition = assessDiplomaRecognition(reference, candidate);
    if (recognition.status === 'refused') {
      return violation(
        text(
          'NARIC-Vlaanderen refused recognition of the diploma for this regulated profession.',
          'NARIC-Vlaanderen weigerde de erkenning van het diploma voor dit gereglementeerde beroep.',
          'NARIC-Vlaanderen a refusé la reconnaissance du diplôme pour cette profession réglementée.',
        ),
        ['candidate.diplomaRecognition'],
        'block',
      );
    }
    const visa = profession.healthProfession
      ? text(
          ' A professional visa is also needed.',
          ' Een visum voor het gezondheidszorgberoep is ook nodig.',
          ' Un visa pour la profession de santé est aussi requis.',
        )
      : text('', '', '');
    if (recognition.blocksStart) {
      return violation(
        text(
          `Regulated profession: the diploma needs NARIC-Vlaanderen recognition (status: ${recognition.status}); the start date is blocked until recognised.${visa.en}`,
          `Gereglementeerd beroep: het diploma heeft een erkenning van NARIC-Vlaanderen nodig (status: ${recognition.status}); de startdatum is geblokkeerd tot de erkenning.${visa.nl}`,
          `Profession réglementée : le diplôme doit être reconnu par NARIC-Vlaanderen (statut : ${recognition.status}) ; l’entrée en fonction est bloquée jusqu’à la reconnaissance.${visa.fr}`,
        ),
        ['candidate.diplomaRecognition'],
      );
    }
    return pass(
      text(
        `Regulated profession: diploma recognition ${recognition.required ? 'obtained' : 'not needed'} (${recognition.status}).${visa.en}`,
        `Gereglementeerd beroep: diploma-erkenning ${recognition.required ? 'verkregen' : 'niet nodig'} (${recognition.status}).${visa.nl}`,
        `Profession réglementée : reconnaissance du diplôme ${recognition.required ? 'obtenue' : 'non requise'} (${recognition.status}).${visa.fr}`,
      ),
    );
  },
};

export const DIPLOMA_PAIR_RULES: readonly StageRule<PairView>[] = [be07];

/** BE-07 as a filter: only a refusal excludes (a pending recognition warns and delays the start). */
export function be07Condition(reference: PairReference): CandidateCondition {
  return reference.regulatedProfession === null
    ? { kind: 'always' }
    : not(anyOf('diplomaRecognition', ['refused']));
}
