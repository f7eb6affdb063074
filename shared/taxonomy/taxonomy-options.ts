import type { ResolvedSkill } from '../domain/skill-ref.js';
import type { Occupation, Skill } from './taxonomy-types.js';

/** What the Taxonomy resolves to, and how it is built (`taxonomy.ts`). */

/**
 * Why a skill reference could not be resolved. Only references that name something the
 * taxonomy should know (an id, or an ESCO URI without a label to fall back on) fail; free text
 * never fails, it is kept unmapped.
 */
export interface SkillRefProblem {
  /** The property of the reference at fault. */
  readonly field: 'id' | 'esco';
  readonly message: string;
}

export type SkillResolution =
  | { readonly ok: true; readonly skill: ResolvedSkill }
  | { readonly ok: false; readonly problem: SkillRefProblem };

export interface ResolvedSkills {
  /** Deduplicated by key, in the order first given. */
  readonly skills: ResolvedSkill[];
  /** Labels of the skills that stayed unmapped (free text the taxonomy does not know). */
  readonly unmapped: string[];
}

/** A further set of occupations and skills, ranked below the ones given first. */
export interface VocabularyLayer {
  readonly occupations: readonly Occupation[];
  readonly skills: readonly Skill[];
}

export interface TaxonomyOptions {
  /** What `/health` and the OpenAPI info report; see `built-in-version.ts`. */
  readonly version?: string | undefined;
  /** Obsolete ESCO URI → its replacement, as the release says. */
  readonly replacements?: Readonly<Record<string, string>> | undefined;
}
