import { randomUUID } from 'node:crypto';

/** New identifiers for records the API creates (vacancies). */
export interface IdGenerator {
  next(prefix: string): string;
}

export const randomIds: IdGenerator = { next: (prefix) => `${prefix}_${randomUUID().replaceAll('-', '')}` };

/** Deterministic ids for tests and demo data. */
export function sequentialIds(start = 1): IdGenerator {
  let n = start;
  return { next: (prefix) => `${prefix}_${String(n++).padStart(8, '0')}` };
}
