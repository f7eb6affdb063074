import { ValidationError } from '../errors.js';

/** Strong ETags carry the record version: `"v3"`. */
export function etagOf(version: number): string {
  return `"v${version}"`;
}

/** The version an If-Match header names, `*`, or `missing`. */
export function parseIfMatch(header: string | undefined): number | '*' | 'missing' {
  if (header === undefined || header.trim() === '') return 'missing';
  const value = header.trim();
  if (value === '*') return '*';
  const match = /^(?:W\/)?"v(\d{1,9})"$/.exec(value);
  if (!match?.[1])
    throw new ValidationError([{ field: 'If-Match', message: 'must be an ETag this API issued, e.g. "v3"' }]);
  return Number(match[1]);
}
