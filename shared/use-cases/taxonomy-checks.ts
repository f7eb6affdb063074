import type { VacancyInput, VacancyRequest } from '../domain/vacancy.js';
import { ValidationError } from '../errors.js';
import { resolveOccupation } from '../taxonomy/occupation-resolution.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';

/** A vacancy's occupation filed under its unit group (ISCO-08 code, ESCO URI or both given). */
export function resolveVacancyOccupation(taxonomy: Taxonomy, request: VacancyRequest): VacancyInput {
  const { occupation, issue } = resolveOccupation(taxonomy, request.occupation, 'occupation');
  if (!occupation) throw new ValidationError(issue ? [issue] : []);
  return { ...request, occupation };
}
