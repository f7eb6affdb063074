import type { Context } from 'hono';
import { REPLACEMENT_CHARACTER } from '../domain/replacement-character.js';
import { ValidationError } from '../errors.js';
import type { AppEnv } from './app-env.js';

/**
 * Decodes a JSON request body strictly: a byte that is not UTF-8 refuses the body (400, with the
 * byte's offset) instead of becoming U+FFFD in stored personal data, as a replacing decoder (the
 * platform's `Request.text()`) would make it. The text is left for the route's validator.
 */
const STRICT = new TextDecoder('utf-8', { fatal: true });
const LENIENT = new TextDecoder('utf-8');

export async function decodeBodyStrictly(c: Context<AppEnv>): Promise<void> {
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  let text: string;
  try {
    text = STRICT.decode(bytes);
  } catch {
    throw new ValidationError(
      [{ field: 'body', message: `not valid UTF-8 at byte ${invalidOffset(bytes)}`, code: 'invalid_utf8' }],
      'The body is not valid UTF-8 text.',
    );
  }
  // Hono keeps body reads as promises by kind; the validator's json() then parses this text.
  (c.req.bodyCache as Record<string, unknown>).text = Promise.resolve(text);
}

/** The offset of the first byte that does not decode (a literal U+FFFD in the text is skipped). */
function invalidOffset(bytes: Uint8Array): number {
  const text = LENIENT.decode(bytes);
  const encoder = new TextEncoder();
  let bytesBefore = 0;
  let from = 0;
  for (
    let at = text.indexOf(REPLACEMENT_CHARACTER);
    at !== -1;
    at = text.indexOf(REPLACEMENT_CHARACTER, from)
  ) {
    bytesBefore += encoder.encode(text.slice(from, at)).length;
    const literal =
      bytes[bytesBefore] === 0xef && bytes[bytesBefore + 1] === 0xbf && bytes[bytesBefore + 2] === 0xbd;
    if (!literal) return bytesBefore;
    bytesBefore += 3;
    from = at + 1;
  }
  return bytesBefore;
}
