import type { FieldIssue } from '../errors.js';

/**
 * U+FFFD is what a decoder puts where bytes were not valid UTF-8: a name or a summary holding
 * it has already lost characters, so it is never stored as personal data. Request bodies are
 * decoded strictly (an invalid byte refuses the body); an upload file decodes with replacement
 * so that one bad row does not refuse the rest, and this check then refuses that row.
 */
export const REPLACEMENT_CHARACTER = '\uFFFD';

/** Every string (and object key) in a parsed value that holds U+FFFD, by its dotted path. */
export function replacementCharacterIssues(value: unknown): FieldIssue[] {
  const issues: FieldIssue[] = [];
  collect(value, '', issues);
  return issues;
}

function collect(value: unknown, path: string, issues: FieldIssue[]): void {
  if (typeof value === 'string') {
    if (value.includes(REPLACEMENT_CHARACTER)) {
      issues.push({
        field: path || '(root)',
        message: 'not valid UTF-8 text (holds U+FFFD, the mark of bytes that did not decode)',
        code: 'invalid_utf8',
      });
    }
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const key in value) {
    const at = path ? `${path}.${key}` : key;
    collect(key.includes(REPLACEMENT_CHARACTER) ? key : (value as Record<string, unknown>)[key], at, issues);
  }
}
