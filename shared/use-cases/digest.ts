import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every depth, so equal data always gives equal text: what
 * `JSON.stringify` writes for plain data (members that are undefined are left out, in a list
 * they are null), written directly because every bulk row is digested (a replacer that rebuilds
 * each object costs several times as much).
 */
export function canonicalJson(value: unknown): string {
  return write(value) ?? 'null';
}

function write(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return 'null';
      const json = (value as { toJSON?: unknown }).toJSON;
      if (typeof json === 'function') return write(json.call(value));
      if (Array.isArray(value)) {
        let text = '[';
        for (let i = 0; i < value.length; i++) text += `${i > 0 ? ',' : ''}${write(value[i]) ?? 'null'}`;
        return `${text}]`;
      }
      const object = value as Record<string, unknown>;
      let text = '{';
      for (const key of Object.keys(object).sort()) {
        const member = write(object[key]);
        if (member === undefined) continue;
        text += `${text.length > 1 ? ',' : ''}${JSON.stringify(key)}:${member}`;
      }
      return `${text}}`;
    }
    default:
      return undefined;
  }
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
