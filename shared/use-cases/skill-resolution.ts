import type { ResolvedSkill, SkillRef } from '../domain/skill-ref.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';

/** A skill a caller may have meant by a term the taxonomy does not know. */
export interface SkillCandidate {
  readonly id: string;
  readonly label: string;
  readonly esco?: string | undefined;
  /** The label or synonym it was found by, normalised. */
  readonly matched: string;
  /** 0–1, higher is nearer (skill-suggestions.ts). */
  readonly score: number;
}

export interface SkillResolutionReport {
  readonly skills: ResolvedSkill[];
  readonly unmapped: string[];
  /** Per unmapped term, the nearest skills: suggestions only, nothing above was changed by them. */
  readonly suggestions: { readonly term: string; readonly candidates: SkillCandidate[] }[];
}

/**
 * Resolution against every loaded skill: exact ids, ESCO URIs and labels or synonyms in any
 * loaded language resolve; what stays unmapped is reported, with scored near matches to choose
 * from. A near match is never applied: the caller sends its id to take it.
 */
export function resolveSkillsWithSuggestions(
  taxonomy: Taxonomy,
  refs: readonly SkillRef[],
): SkillResolutionReport {
  const resolved = taxonomy.resolveSkills(refs, 'skills');
  return {
    ...resolved,
    suggestions: resolved.unmapped.map((term) => ({
      term,
      candidates: taxonomy
        .suggestSkills(term)
        .map((s) => ({ ...skillNamed(taxonomy, s.id), matched: s.term, score: s.score })),
    })),
  };
}

/** A skill named in free text, with every place it is named. */
export interface SkillInText {
  readonly id: string;
  readonly label: string;
  readonly esco?: string | undefined;
  /** `text` is the passage as written; `start` and `end` are UTF-16 offsets into the text sent. */
  readonly mentions: { readonly text: string; readonly start: number; readonly end: number }[];
}

/**
 * The skills a free text (a vacancy's description, a CV paragraph) names by an exact label or
 * synonym in any loaded language, in the order first named. For a person to review: nothing is
 * added to a vacancy or a profile by it.
 */
export function skillsInText(taxonomy: Taxonomy, text: string): { readonly skills: SkillInText[] } {
  const byId = new Map<string, SkillInText>();
  for (const mention of taxonomy.skillMentions(text)) {
    const place = { text: text.slice(mention.start, mention.end), start: mention.start, end: mention.end };
    const known = byId.get(mention.id);
    if (known) {
      known.mentions.push(place);
      continue;
    }
    byId.set(mention.id, { ...skillNamed(taxonomy, mention.id), mentions: [place] });
  }
  return { skills: [...byId.values()] };
}

/** How a loaded skill is named in these reports: id, English label and ESCO URI when it has one. */
function skillNamed(taxonomy: Taxonomy, id: string): { id: string; label: string; esco?: string } {
  const esco = taxonomy.skill(id)?.esco;
  return { id, label: taxonomy.skillLabel(id), ...(esco ? { esco } : {}) };
}
