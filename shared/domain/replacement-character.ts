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
  collect(value, [], issues);
  return issues;
}

/** Walks the value; the path is joined only for a hit (every bulk row is walked). */
function collect(value: unknown, path: string[], issues: FieldIssue[]): void {
  if (typeof value === 'string') {
    if (value.includes(REPLACEMENT_CHARACTER)) {
      issues.push({
        field: path.join('.') || '(root)',
        message: 'not valid UTF-8 text (holds U+FFFD, the mark of bytes that did not decode)',
        code: 'invalid_utf8',
      });
    }
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const object = value as Record<string, unknown>;
  for (const key in object) {
    path.push(key);
    collect(key.includes(REPLACEMENT_CHARACTER) ? key : object[key], path, issues);
    path.pop();
  }
}
