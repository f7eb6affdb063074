import { CM_01 } from './concentric-exposure.js';
import { CONSENT } from './consent.js';
import { FR_05, FR_06, FR_07 } from './contract-terms-rules.js';
import { FR_03, FR_04 } from './deposit-deduction-rules.js';
import { BE_07 } from './diploma-recognition.js';
import { FM_01, FM_02 } from './exemption-rules.js';
import { FR_10, FR_12 } from './fair-recruitment-rules.js';
import { BE_01 } from './fee-for-job-rule.js';
import { FR_01, FR_02 } from './fee-rules.js';
import { CM_02 } from './partner-agreement.js';
import { BE_03, BE_04, BE_05, BE_06 } from './permit-route-rules.js';
import { FR_11 } from './route-rules.js';
import type { RuleMeta } from './rule.js';
import { WHO_01 } from './who-safeguards.js';
import { FR_08, FR_09 } from './worker-freedom-rules.js';

/** Every rule with its metadata, in the order decisions are reported (`GET /v1/rules`). */
export const RULES: readonly RuleMeta[] = [
  FR_01,
  FR_02,
  FR_03,
  FR_04,
  FR_05,
  FR_06,
  FR_07,
  FR_08,
  FR_09,
  FR_10,
  FR_11,
  FR_12,
  BE_01,
  FM_01,
  FM_02,
  BE_03,
  BE_04,
  BE_05,
  BE_06,
  BE_07,
  WHO_01,
  CM_01,
  CM_02,
  CONSENT,
];

const ORDER = new Map(RULES.map((rule, index) => [rule.id, index]));

export function ruleById(id: string): RuleMeta | undefined {
  return RULES.find((rule) => rule.id === id);
}

/** Sorts anything carrying a rule id into catalogue order. */
export function inCatalogueOrder<T>(items: readonly T[], id: (item: T) => string): T[] {
  return [...items].sort(
    (a, b) => (ORDER.get(id(a)) ?? Number.MAX_SAFE_INTEGER) - (ORDER.get(id(b)) ?? Number.MAX_SAFE_INTEGER),
  );
}
