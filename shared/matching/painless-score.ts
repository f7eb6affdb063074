import { languageField } from './opensearch-mapping-requirements.js';
import {
  DIPLOMA_FIT,
  FACTOR_NAMES,
  type MatchWeights,
  READINESS_DUTCH_TARGET,
  type VacancyMatchProfile,
} from './score-model.js';

/**
 * The score model (`score-model.ts`) in painless, for OpenSearch `script_score`. Line for line
 * the same arithmetic in the same order: integer counts, double divisions, Math.min, and the
 * weighted sum added factor by factor in FACTOR_NAMES order. Any change to the model must be
 * made here too; the parity test (test/opensearch/matching-parity.test.ts) fails otherwise.
 *
 * The counts agree with the model's because `assertValidRankRequest` rejects a profile that
 * repeats a skill key, and doc values hold each of a candidate's skills once.
 *
 * Numbers in params arrive as Integer or Double depending on how JSON wrote them ("1" or
 * "0.5"), hence the `Number.doubleValue()` conversions.
 */
export const PAINLESS_MATCH_SCORE = `
// Each doc value read converts bytes to a String, so every list is read once: the candidate's
// skills against the (de-duplicated) vacancy lists, its ISCO groups against the vacancy's code.
def skills = doc['skills'];
int nReq = params.required.size();
int nOpt = params.optional.size();
int req = 0;
int opt = 0;
for (int i = 0; i < skills.size(); i++) {
  String skill = skills.get(i);
  if (params.required.contains(skill)) { req++; }
  if (params.optional.contains(skill)) { opt++; }
}
double fReq = nReq == 0 ? 1.0 : (double) req / nReq;
double fOpt = nOpt == 0 ? 1.0 : (double) opt / nOpt;

// The candidate's groups are prefixes of its unit groups: the longest that starts the
// vacancy's code is the shared prefix.
def groups = doc['iscoGroups'];
String isco = params.isco;
int digits = 0;
for (int i = 0; i < groups.size(); i++) {
  String group = groups.get(i);
  if (group.length() > digits && isco.startsWith(group)) { digits = group.length(); }
}
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

/** The script's params: the vacancy profile and the weights, in the shapes the script reads. */
export function painlessScoreParams(
  profile: VacancyMatchProfile,
  weights: MatchWeights,
): Record<string, unknown> {
  const isco = profile.occupation;
  return {
    required: [...profile.requiredSkills],
    optional: [...profile.optionalSkills],
    isco,
    languageFields: profile.languages.map((l) => languageField(l.language)),
    languageLevels: profile.languages.map((l) => l.level),
    minExperienceYears: profile.minExperienceYears,
    dutchTarget: READINESS_DUTCH_TARGET,
    regulated: profile.regulated,
    diplomaFit: { ...DIPLOMA_FIT },
    weights: FACTOR_NAMES.map((name) => weights[name]),
  };
}
