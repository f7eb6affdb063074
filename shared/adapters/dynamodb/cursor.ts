import { ValidationError } from '../../errors.js';

/** Opaque pagination cursors: DynamoDB's LastEvaluatedKey, base64url-encoded. */
export function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;
}

export function decodeCursor(
  cursor: string | undefined,
  expectedKeys: readonly string[],
): Record<string, unknown> | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      typeof value === 'object' &&
      value !== null &&
      expectedKeys.every((k) => typeof (value as Record<string, unknown>)[k] === 'string')
    ) {
      return value as Record<string, unknown>;
    }
  } catch {
    // fall through: a cursor we did not issue
  }
  throw new ValidationError([{ field: 'cursor', message: 'is not a cursor this API issued' }]);
}
