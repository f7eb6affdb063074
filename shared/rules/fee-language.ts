import { CONDUCT_PATTERNS, type ConductKind } from './conduct-patterns.js';
import { analyseCosts, type ClauseFinding, foldText } from './fee-clauses.js';
import { NEGATOR } from './fee-lexicon.js';

/**
 * The free text of a vacancy, read for the rules: every clause that makes the worker pay or
 * names a fee without a payer (fee-clauses.ts), and wording about held documents or exit
 * penalties (conduct-patterns.ts), each with the field it is in.
 */

export interface TextField {
  /** Path of the field in the vacancy body, e.g. `recruitmentCosts.2.description`. */
  readonly field: string;
  readonly text: string;
  /** For a cost line's description: the payer recorded on that line. */
  readonly linePayer?: 'employer' | 'worker' | 'shared' | 'unknown';
}

export interface FieldClause extends ClauseFinding {
  readonly field: string;
}

export interface ConductFinding {
  readonly kind: ConductKind;
  /** The matched phrase, folded. */
  readonly phrase: string;
  readonly field: string;
}

export interface TextFindings {
  readonly costs: readonly FieldClause[];
  readonly conduct: readonly ConductFinding[];
}

/**
 * A cost line's own payer settles what its description names without a payer ("Placement fee
 * of the agency" on an employer-paid line); a clause saying the worker pays stays, and may
 * contradict the line.
 */
function costsIn(f: TextField): FieldClause[] {
  return analyseCosts(f.text)
    .filter((c) => c.payer === 'worker' || f.linePayer === undefined || f.linePayer === 'unknown')
    .map((c) => ({ ...c, field: f.field }));
}

/** A negator among the six words before a match, in its sentence ("we never keep your passport"). */
function negatedBefore(before: string): boolean {
  const sentence = before.split(/[.!?;\n]/).at(-1) ?? '';
  return (sentence.match(/[a-z']+/g) ?? []).slice(-6).some((w) => NEGATOR.has(w) || w.startsWith("n'"));
}

function conductIn(f: TextField): ConductFinding[] {
  const folded = foldText(f.text);
  const found: ConductFinding[] = [];
  for (const { kind, re } of CONDUCT_PATTERNS) {
    for (const m of folded.matchAll(re)) {
      if (negatedBefore(folded.slice(0, m.index))) continue;
      if (!found.some((x) => x.kind === kind && x.phrase === m[0]))
        found.push({ kind, phrase: m[0], field: f.field });
    }
  }
  return found;
}

export function scanFields(fields: readonly TextField[]): TextFindings {
  return { costs: fields.flatMap(costsIn), conduct: fields.flatMap(conductIn) };
}

/** Quoted clauses with their field: “candidates pay a placement fee …” (description). */
export function quoteClauses(found: readonly { clause: string; field: string }[]): string {
  return found
    .map((f) => `“${f.clause.length > 120 ? `${f.clause.slice(0, 117)}…` : f.clause}” (${f.field})`)
    .join(', ');
}
