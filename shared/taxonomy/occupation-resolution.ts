import type { OccupationRef, ResolvedOccupation } from '../domain/occupation-ref.js';
import { type FieldIssue, ValidationError } from '../errors.js';
import type { Taxonomy } from './taxonomy.js';

/**
 * An occupation reference as the taxonomy files it.
 * - An ESCO URI the taxonomy knows (or an obsolete one the release replaces) gives its unit
 *   group and its current URI; an `isco` given beside it must be that unit group.
 * - An ESCO URI the taxonomy does not know is kept as given when `isco` files it (EURES data
 *   names occupations outside any loaded release); alone, it is an error on `esco`.
 * - An `isco` alone must be an ISCO-08 unit group; it gets the ESCO URI of the occupation the
 *   taxonomy files there first (the one whose skill profile matching uses), so every output
 *   carries a URI where one exists.
 */
export function resolveOccupation(
  taxonomy: Taxonomy,
  ref: OccupationRef,
  field: string,
): { readonly occupation?: ResolvedOccupation; readonly issue?: FieldIssue } {
  if (ref.esco !== undefined) {
    const known = taxonomy.occupationByEsco(ref.esco);
    if (known) {
      if (ref.isco !== undefined && ref.isco !== known.isco) {
        return {
          issue: {
            field: `${field}.isco`,
            message: `ESCO occupation '${ref.esco}' is filed under ISCO-08 ${known.isco}, not ${ref.isco}`,
            code: 'conflict',
          },
        };
      }
      return { occupation: { isco: known.isco, esco: known.esco } };
    }
    if (ref.isco === undefined) {
      return {
        issue: {
          field: `${field}.esco`,
          message: `ESCO occupation '${ref.esco}' is not in the taxonomy; add its ISCO-08 unit group as isco`,
          code: 'unknown_code',
        },
      };
    }
  }
  const isco = ref.isco as string;
  if (!taxonomy.hasIsco(isco)) {
    return {
      issue: {
        field: `${field}.isco`,
        message: `unknown ISCO-08 unit group '${isco}'`,
        code: 'unknown_code',
      },
    };
  }
  const esco = ref.esco ?? taxonomy.occupation(isco)?.esco;
  return { occupation: esco === undefined ? { isco } : { isco, esco } };
}

/**
 * Resolves several references at once (a candidate's occupations), reporting every failing
 * one and any two that land on the same unit group.
 */
export function resolveOccupations<T extends OccupationRef>(
  taxonomy: Taxonomy,
  refs: readonly T[],
  fieldPath: string,
): (Omit<T, 'isco' | 'esco'> & ResolvedOccupation)[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  const resolved = refs.map((ref, index) => {
    const field = fieldPath === '' ? String(index) : `${fieldPath}.${index}`;
    const { occupation, issue } = resolveOccupation(taxonomy, ref, field);
    if (issue) issues.push(issue);
    if (occupation && seen.has(occupation.isco)) {
      issues.push({ field, message: `occupation ${occupation.isco} is listed twice`, code: 'duplicate' });
    }
    if (occupation) seen.add(occupation.isco);
    const { isco: _isco, esco: _esco, ...rest } = ref;
    return { ...(occupation as ResolvedOccupation), ...rest };
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return resolved;
}
