import type { CandidateDocument } from '../search/candidate-document.js';
import type { StartWindowSpec } from '../start-date/start-windows.js';

/**
 * Who counts as supply for an occupation group, as data both insight engines evaluate (the
 * embedded one in code, OpenSearch as a query), so their counts agree by construction.
 *
 * A candidate is **qualified** for a group when
 * - they consented to matching, and
 * - one of their ISCO-08 unit groups lies in the group, and for that unit group they hold at
 *   least `minScore` of the occupation's essential skills (coverage = held / essential ≥ minScore).
 * A unit group whose profile lists no essential skills (or minScore 0) needs the occupation only.
 *
 * Skill coverage is the match quality used here, rather than the full match score, because it
 * depends on the occupation alone (not on one vacancy's languages, experience or salary) and is a
 * plain term count, so OpenSearch can aggregate it (`minimum_should_match`) without scripts.
 */

/** A unit group with its essential skills and how many of them a candidate must hold. */
export interface ProfiledUnit {
  readonly isco: string;
  readonly skills: readonly string[];
  /** ≥ 1; a unit needing none is listed in `anyOccupation` instead. */
  readonly minMatched: number;
}

/**
 * A training need a candidate may have, covered when they hold every one of `skills`, or took
 * `module` (the pre-departure module that teaches them), as in the match explanation.
 */
export interface GapItem {
  readonly key: string;
  readonly kind: 'technical-module' | 'skill';
  readonly label: string;
  readonly skills: readonly string[];
  readonly module?: string | undefined;
}

export interface GroupSpec {
  /** ISCO-08 group code, 1–4 digits. */
  readonly group: string;
  /** Unit groups of the group where holding the occupation is enough. */
  readonly anyOccupation: readonly string[];
  readonly profiled: readonly ProfiledUnit[];
  /** Training needs counted among the qualified candidates (empty for tension alone). */
  readonly gaps: readonly GapItem[];
  /** Start windows counted among the qualified candidates of each window's ring (start-windows.ts). */
  readonly startWindows?: readonly StartWindowSpec[] | undefined;
}

/** Match quality thresholds are shares: 0 (the occupation alone) to 1 (every essential skill). */
export function assertMinScore(minScore: number): void {
  if (!(minScore >= 0 && minScore <= 1)) throw new RangeError(`minScore must be in [0, 1], got ${minScore}`);
}

/**
 * The fewest of `skillCount` skills whose share reaches `minScore`, found by comparing the very
 * ratio the definition names (k / n ≥ minScore) rather than by `ceil(minScore × n)`, which
 * rounds wrongly for e.g. 0.7 × 10 = 7.000000000000001.
 */
export function minMatchedFor(skillCount: number, minScore: number): number {
  assertMinScore(minScore);
  for (let k = 0; k < skillCount; k++) if (k / skillCount >= minScore) return k;
  return skillCount;
}

export interface GroupSpecInput {
  readonly group: string;
  readonly units: readonly string[];
  /** Essential skills of a unit group's occupation (empty when the taxonomy has no profile). */
  readonly profileOf: (isco: string) => readonly string[];
  readonly minScore: number;
  readonly gaps?: readonly GapItem[];
  readonly startWindows?: readonly StartWindowSpec[];
}

export function groupSpec(input: GroupSpecInput): GroupSpec {
  const anyOccupation: string[] = [];
  const profiled: ProfiledUnit[] = [];
  for (const isco of [...new Set(input.units)].sort()) {
    const skills = [...new Set(input.profileOf(isco))].sort();
    const minMatched = minMatchedFor(skills.length, input.minScore);
    if (minMatched === 0) anyOccupation.push(isco);
    else profiled.push({ isco, skills, minMatched });
  }
  return {
    group: input.group,
    anyOccupation,
    profiled,
    gaps: input.gaps ?? [],
    ...(input.startWindows !== undefined && { startWindows: input.startWindows }),
  };
}

type QualifyingFields = Pick<CandidateDocument, 'consentMatching' | 'occupations' | 'skills'>;

export function qualifies(doc: QualifyingFields, spec: GroupSpec): boolean {
  if (doc.consentMatching !== true) return false;
  for (const isco of doc.occupations) {
    if (spec.anyOccupation.includes(isco)) return true;
    const unit = spec.profiled.find((u) => u.isco === isco);
    if (unit && countHeld(unit.skills, doc.skills) >= unit.minMatched) return true;
  }
  return false;
}

export function coversGap(
  doc: Pick<CandidateDocument, 'skills' | 'technicalModules'>,
  gap: GapItem,
): boolean {
  if (gap.module !== undefined && doc.technicalModules.includes(gap.module)) return true;
  return countHeld(gap.skills, doc.skills) === gap.skills.length;
}

function countHeld(wanted: readonly string[], held: readonly string[]): number {
  let n = 0;
  for (const skill of wanted) if (held.includes(skill)) n++;
  return n;
}
