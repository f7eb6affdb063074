import type { VacancyInput } from '../domain/vacancy.js';

/**
 * The vacancy as the rules read it, before any view is built around it: the route facts
 * (migration-routes.ts) and the views (views.ts) both start from it.
 */

/** The vacancy fields the rules read (skills are matching's business, not the rules'). */
export type RuleVacancy = Omit<VacancyInput, 'requiredSkills' | 'optionalSkills'>;

/** A stored vacancy at match time: its input plus the bottleneck flag decided at intake. */
export type MatchVacancy = RuleVacancy & { readonly bottleneck: boolean };
