import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/**
 * Items as DynamoDB attribute values, for the write path that sends many of them per call.
 *
 * - A profile is stored as JSON text in one `record` attribute, not as a nested map: nothing
 *   queries or updates inside it (keys, GSI keys, `pes`, `version` and `entity` are attributes
 *   of their own), and one string costs a fraction of the marshalling and SDK serialisation of
 *   a map of a hundred attributes, on every write, read and stream record. Readers take both
 *   forms (`recordOf`), so items written as maps read the same.
 * - `marshallItem` converts plain JSON data (strings, finite numbers, booleans, null, arrays,
 *   objects; undefined members dropped) as `@aws-sdk/util-dynamodb`'s `marshall` does with
 *   `removeUndefinedValues`, without its checks for sets, binaries and class instances, which
 *   these items never hold.
 */

export function recordText(record: object): string {
  return JSON.stringify(record);
}

/** The record of a stored item, whichever form it was written in. */
export function recordOf<T = Record<string, unknown>>(item: { readonly record?: unknown }): T {
  const record = item.record;
  return (typeof record === 'string' ? JSON.parse(record) : record) as T;
}

/** The item with its record decoded (for readers that look into it). */
export function withRecord<T extends { readonly record?: unknown }>(item: T): T {
  return typeof item.record === 'string' ? { ...item, record: JSON.parse(item.record) } : item;
}

export function marshallItem(item: Record<string, unknown>): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const key in item) {
    const value = toAttribute(item[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function toAttribute(value: unknown): AttributeValue | undefined {
  switch (typeof value) {
    case 'string':
      return { S: value };
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`cannot store the number ${value}`);
      return { N: String(value) };
    case 'boolean':
      return { BOOL: value };
    case 'undefined':
      return undefined;
    case 'object': {
      if (value === null) return { NULL: true };
      if (Array.isArray(value)) {
        const list: AttributeValue[] = [];
        for (const member of value) {
          const converted = toAttribute(member);
          if (converted !== undefined) list.push(converted);
        }
        return { L: list };
      }
      return { M: marshallItem(value as Record<string, unknown>) };
    }
    default:
      throw new Error(`cannot store a ${typeof value}`);
  }
}
