import { ValidationError } from '../errors.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';

/** Unknown ISCO-08 codes are refused with the field that carried them. */
export function assertKnownIsco(taxonomy: Taxonomy, codes: readonly { isco: string; field: string }[]): void {
  const unknown = codes.filter(({ isco }) => !taxonomy.hasIsco(isco));
  if (unknown.length > 0) {
    throw new ValidationError(
      unknown.map(({ isco, field }) => ({
        field,
        message: `unknown ISCO-08 unit group '${isco}'`,
        code: 'unknown_code',
      })),
    );
  }
}
