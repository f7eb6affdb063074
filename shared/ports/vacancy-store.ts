import type { Vacancy } from '../domain/vacancy.js';
import type { Page, PageRequest } from './page.js';

/**
 * Vacancies, owned by an employer organisation. Every call carries the owner: the adapter
 * never returns or changes another organisation's vacancy.
 */
export interface VacancyStore {
  /** Fails with ConflictError if the id exists. */
  create(vacancy: Vacancy): Promise<void>;
  get(ownerOrg: string, id: string): Promise<Vacancy | undefined>;
  /**
   * A vacancy whatever its owner. Only for use cases that may read across owners by rule
   * (an employment service matching its own candidates against open bottleneck vacancies).
   */
  getAnyOwner(id: string): Promise<Vacancy | undefined>;
  /** Writes only if the stored version is `expectedVersion`; else PreconditionFailedError. */
  replace(vacancy: Vacancy, expectedVersion: number): Promise<void>;
  listByOwner(ownerOrg: string, page: PageRequest): Promise<Page<Vacancy>>;
  /**
   * Open vacancies of every owner, newest first. Only for aggregate use cases that read across
   * owners by rule (labour-market insight): no caller ever sees another owner's vacancy from it.
   */
  listOpen(page: PageRequest): Promise<Page<Vacancy>>;
}
