import { createHash } from 'node:crypto';

/**
 * The shape every rule shares: metadata (what it checks, why, where the law says so, what data
 * it reads) and the decision it returns. Rules are pure functions of their inputs and the date
 * passed in; a decision carries a digest of exactly the inputs it read, so an audit can show
 * that the same inputs gave the same decision.
 */

export type Severity = 'block' | 'warn' | 'info';
export type RuleStage = 'intake' | 'match' | 'both';
export type RuleOutcome = 'pass' | 'violation' | 'not-applicable';

export interface LocalizedText {
  readonly en: string;
  readonly nl: string;
  readonly fr: string;
}

export interface RuleSource {
  readonly title: string;
  readonly url: string;
}

export interface RuleMeta {
  /** Stable id, e.g. `FR-01`. */
  readonly id: string;
  /** Version of this rule's logic and data, e.g. `2026.2`; each rule bumps its own when either changes. */
  readonly version: string;
  /** Default severity of a violation; a rule may return a lower or higher one where the brief says so. */
  readonly severity: Severity;
  readonly stage: RuleStage;
  readonly title: LocalizedText;
  readonly explanation: LocalizedText;
  readonly source: RuleSource;
  /**
   * Dotted paths of the data the rule reads: vacancy fields as in the request body
   * (`contract.annualGrossSalaryEur`, `recruitmentCosts[].payer`), candidate document fields
   * under `candidate.`, the evaluation date as `today` and reference data under `reference.`.
   */
  readonly reads: readonly string[];
}

export interface RuleDecision {
  readonly ruleId: string;
  readonly ruleVersion: string;
  readonly outcome: RuleOutcome;
  readonly severity: Severity;
  readonly message: LocalizedText;
  readonly source: RuleSource;
  /** The failing fields (with array indices, e.g. `recruitmentCosts.2.payer`); empty on a pass. */
  readonly fields: readonly string[];
  /** sha256 (hex) of the canonical JSON of exactly the inputs the rule read. */
  readonly inputsDigest: string;
}

/** What a rule's logic returns; `decide` turns it into a RuleDecision. */
export interface Verdict {
  readonly outcome: RuleOutcome;
  /** Defaults to the rule's severity. */
  readonly severity?: Severity | undefined;
  readonly message: LocalizedText;
  readonly fields?: readonly string[] | undefined;
}

/** A rule at one stage: its metadata, the paths it reads at that stage, and its logic. */
export interface StageRule<View> {
  readonly meta: RuleMeta;
  /** The subset of `meta.reads` this stage reads (defaults to all of them). */
  readonly reads?: readonly string[];
  readonly evaluate: (view: View) => Verdict;
}

export const text = (en: string, nl: string, fr: string): LocalizedText => ({ en, nl, fr });

export const pass = (message: LocalizedText, severity?: Severity): Verdict => ({
  outcome: 'pass',
  message,
  severity,
});
export const notApplicable = (message: LocalizedText): Verdict => ({ outcome: 'not-applicable', message });
export const violation = (
  message: LocalizedText,
  fields: readonly string[],
  severity?: Severity,
): Verdict => ({
  outcome: 'violation',
  message,
  fields,
  severity,
});

/**
 * Canonical JSON: object keys sorted at every depth, `undefined` written as `null` so an absent
 * field is recorded as absent rather than silently dropped. Arrays keep their order.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.keys(value as Record<string, unknown>)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sha256Hex(textToHash: string): string {
  return createHash('sha256').update(textToHash).digest('hex');
}

interface PathStep {
  readonly key: string;
  /** `[]` after the segment: map the rest of the path over an array. */
  readonly many: boolean;
}

const compiledPaths = new Map<string, readonly PathStep[]>();

function compilePath(path: string): readonly PathStep[] {
  let steps = compiledPaths.get(path);
  if (!steps) {
    steps = path
      .split('.')
      .filter((segment) => segment !== '')
      .map((segment) =>
        segment.endsWith('[]') ? { key: segment.slice(0, -2), many: true } : { key: segment, many: false },
      );
    compiledPaths.set(path, steps);
  }
  return steps;
}

function readSteps(value: unknown, steps: readonly PathStep[], from: number): unknown {
  let current = value;
  for (let i = from; i < steps.length; i++) {
    const step = steps[i] as PathStep;
    current =
      current !== null && typeof current === 'object'
        ? (current as Record<string, unknown>)[step.key]
        : undefined;
    if (step.many) return Array.isArray(current) ? current.map((item) => readSteps(item, steps, i + 1)) : [];
  }
  return current;
}

/**
 * Reads a dotted path; `[]` after a segment maps the rest of the path over an array
 * (`recruitmentCosts[].payer` → the payer of each cost).
 */
export function readPath(root: unknown, path: string): unknown {
  return readSteps(root, compilePath(path), 0);
}

/** The inputs a rule read, keyed by path: what the digest is computed over. */
export function pickInputs(view: unknown, reads: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(reads.map((path) => [path, readPath(view, path) ?? null]));
}

export function decide(meta: RuleMeta, verdict: Verdict, inputs: Record<string, unknown>): RuleDecision {
  return {
    ruleId: meta.id,
    ruleVersion: meta.version,
    outcome: verdict.outcome,
    severity: verdict.severity ?? meta.severity,
    message: verdict.message,
    source: meta.source,
    fields: verdict.outcome === 'violation' ? [...(verdict.fields ?? [])] : [],
    inputsDigest: sha256Hex(canonicalJson(inputs)),
  };
}

/** Runs one stage rule over a view: evaluate, then digest exactly the paths the stage reads. */
export function runRule<View>(rule: StageRule<View>, view: View): RuleDecision {
  const reads = rule.reads ?? rule.meta.reads;
  return decide(rule.meta, rule.evaluate(view), pickInputs(view, reads));
}

export const isBlocking = (d: RuleDecision): boolean => d.outcome === 'violation' && d.severity === 'block';
export const isWarning = (d: RuleDecision): boolean => d.outcome === 'violation' && d.severity === 'warn';
