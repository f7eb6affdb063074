import { createHash } from 'node:crypto';
import { OCCUPATIONS } from './occupations-data.js';
import { SKILLS } from './skills-data.js';

let version: string | undefined;

/**
 * The curated vocabulary's version: a digest of its content, so a deployment reports a new
 * version whenever a skill, synonym or ESCO link changes, without anyone bumping a number.
 */
export function builtInVersion(): string {
  version ??= `built-in+${createHash('sha256')
    .update(JSON.stringify([OCCUPATIONS, SKILLS]))
    .digest('hex')
    .slice(0, 8)}`;
  return version;
}
