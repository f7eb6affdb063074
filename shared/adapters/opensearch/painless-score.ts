import {
  DIPLOMA_FIT,
  FACTOR_NAMES,
  type MatchWeights,
  READINESS_DUTCH_TARGET,
  type VacancyMatchProfile,
} from '../../matching/score-model.js';
import { languageField } from './opensearch-mapping-requirements.js';

/**
 * The score model (`score-model.ts`) in painless, for OpenSearch `script_score`. Line for line
 * the same arithmetic in the same order: integer counts, double divisions, Math.min, and the
 * weighted sum added factor by factor in FACTOR_NAMES order. Any change to the model must be
 * made here too; the parity test (test/opensearch/matching-parity.test.ts) fails otherwise.
 *
 * The skill and occupation counts are not read from doc values here: the inner query matches
 * them (`overlapScoringClauses` in opensearch-match-engine.ts, one constant-score term clause
 * per vacancy skill, a dis_max over its ISCO prefixes) and hands them over as its score, an
 * integer code `required × codeRequired + optional × codeOptional + digits` (`overlapCode`).
 * Reading keyword doc values as strings was most of the script's cost. A term clause matches
 * exactly when the candidate holds the key, which is what the model counts, and the counts
 * agree with the model's because `assertValidRankRequest` rejects a profile that repeats a key.
 *
 * Numbers in params arrive as Integer or Double depending on how JSON wrote them ("1" or
 * "0.5"), hence the `Number` conversions.
 */
export const PAINLESS_MATCH_SCORE = `
// _score is the overlap code, a small integer (exact in the float it travels in).
long code = (long) _score;
long codeRequired = ((Number) params.codeRequired).longValue();
long codeOptional = ((Number) params.codeOptional).longValue();
int req = (int) (code / codeRequired);
int opt = (int) ((code % codeRequired) / codeOptional);
int digits = (int) (code % codeOptional);
int nReq = ((Number) params.requiredCount).intValue();
int nOpt = ((Number) params.optionalCount).intValue();
double fReq = nReq == 0 ? 1.0 : (double) req / nReq;
double fOpt = nOpt == 0 ? 1.0 : (double) opt / nOpt;
double fOcc = digits / 4.0;

double fLang = 1.0;
int nLang = params.languageFields.size();
if (nLang > 0) {
  double sum = 0.0;
  for (int i = 0; i < nLang; i++) {
    String field = params.languageFields[i];
    long actual = 0;
    if (doc.containsKey(field)) { def values = doc[field]; if (values.size() > 0) { actual = values.value; } }
    sum += Math.min(1.0, (double) actual / ((Number) params.languageLevels[i]).doubleValue());
  }
  fLang = sum / nLang;
}

double minYears = ((Number) params.minExperienceYears).doubleValue();
double years = doc['workExperienceYears'].value;
double fExp = minYears <= 0 ? 1.0 : Math.min(1.0, years / minYears);

double fReady = 1.0;
long ring = doc['ring'].value;
if (ring > 2) {
  long dutch = doc['readinessDutch'].value;
  long target = ((Number) params.dutchTarget).longValue();
  long civic = doc['readinessCivic'].value;
  long softSkills = doc['readinessSoftSkills'].value;
  fReady = (double) ((dutch < target ? dutch : target) * 2 + civic + softSkills) / 8.0;
}

double fDip = 1.0;
if (params.regulated) {
  def recognition = doc['diplomaRecognition'];
  def fit = recognition.size() > 0 ? params.diplomaFit[recognition.value] : null;
  fDip = fit == null ? 0.0 : ((Number) fit).doubleValue();
}

def w = params.weights;
double score = 0.0;
score += ((Number) w[0]).doubleValue() * fReq;
score += ((Number) w[1]).doubleValue() * fOpt;
score += ((Number) w[2]).doubleValue() * fOcc;
score += ((Number) w[3]).doubleValue() * fLang;
score += ((Number) w[4]).doubleValue() * fExp;
score += ((Number) w[5]).doubleValue() * fReady;
score += ((Number) w[6]).doubleValue() * fDip;
return score;
`.trim();

/** Integers up to 2^24 are exact in a float32, the type of `_score`. */
const FLOAT32_EXACT_INTEGERS = 2 ** 24;

/**
 * The weights of the overlap code (see PAINLESS_MATCH_SCORE): a shared ISCO digit counts 1, a
 * matched optional skill `optional` (more than the vacancy's code has digits), a matched
 * required skill `required` (more than all optional skills and digits together). So the code
 * decodes to exactly one (required, optional, digits), and stays an exact float32 integer.
 */
export function overlapCode(profile: VacancyMatchProfile): { required: number; optional: number } {
  const optional = profile.occupation.length + 1;
  const required = (profile.optionalSkills.length + 1) * optional;
  if ((profile.requiredSkills.length + 1) * required > FLOAT32_EXACT_INTEGERS) {
    throw new RangeError('the vacancy has too many skills for the OpenSearch overlap code');
  }
  return { required, optional };
}

/** The script's params: the vacancy profile and the weights, in the shapes the script reads. */
export function painlessScoreParams(
  profile: VacancyMatchProfile,
  weights: MatchWeights,
): Record<string, unknown> {
  const code = overlapCode(profile);
  return {
    requiredCount: profile.requiredSkills.length,
    optionalCount: profile.optionalSkills.length,
    codeRequired: code.required,
    codeOptional: code.optional,
    languageFields: profile.languages.map((l) => languageField(l.language)),
    languageLevels: profile.languages.map((l) => l.level),
    minExperienceYears: profile.minExperienceYears,
    dutchTarget: READINESS_DUTCH_TARGET,
    regulated: profile.regulated,
    diplomaFit: { ...DIPLOMA_FIT },
    weights: FACTOR_NAMES.map((name) => weights[name]),
  };
}
