import type { FieldIssue } from '../errors.js';

/**
 * A candidate's birth date must be a real one for a person who may work. Before 15 a person may
 * not be employed in Belgium (Arbeidswet 16 maart 1971, art. 6–7: child labour, and the end of
 * full-time compulsory schooling); a date more than 100 years back is a placeholder (such as
 * 1900-01-01), not an age. A date after today is a typo.
 */
export const MIN_WORKING_AGE = 15;
export const MAX_PLAUSIBLE_AGE = 100;

/** Whole years between a birth date and a day, both `YYYY-MM-DD`. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5, 10) < birthDate.slice(5, 10) ? years - 1 : years;
}

/** What is wrong with a birth date seen on `today` (`YYYY-MM-DD`); nothing when it is plausible. */
export function birthDateIssues(birthDate: string | undefined, today: string, field: string): FieldIssue[] {
  if (birthDate === undefined) return [];
  if (birthDate > today) {
    return [{ field, message: `${birthDate} is in the future (today is ${today})`, code: 'future_date' }];
  }
  const age = ageOn(birthDate, today);
  if (age < MIN_WORKING_AGE) {
    return [
      {
        field,
        message: `an age of ${age}: a candidate must be at least ${MIN_WORKING_AGE} to work`,
        code: 'implausible_age',
      },
    ];
  }
  if (age > MAX_PLAUSIBLE_AGE) {
    return [
      {
        field,
        message: `an age of ${age}: more than ${MAX_PLAUSIBLE_AGE} years is not a real birth date`,
        code: 'implausible_age',
      },
    ];
  }
  return [];
}
