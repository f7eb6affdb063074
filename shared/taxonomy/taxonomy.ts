import type { Locale } from '../domain/codes.js';
import type { ResolvedSkill, SkillRef } from '../domain/skill-ref.js';
import { type FieldIssue, ValidationError } from '../errors.js';
import { parseImportedTaxonomy } from './imported-taxonomy.js';
import { ISCO_08_UNIT_GROUPS } from './isco-08.js';
import { normaliseTerm } from './normalise.js';
import { withSkills } from './occupation-skills.js';
import { type SkillMention, SkillMentionFinder } from './skill-mentions.js';
import { SkillSuggester, type SkillSuggestion } from './skill-suggestions.js';
import type {
  ResolvedSkills,
  SkillRefProblem,
  SkillResolution,
  TaxonomyOptions,
  VocabularyLayer,
} from './taxonomy-options.js';
import type { ImportedTaxonomy, Occupation, Skill } from './taxonomy-types.js';
import { TermIndex } from './term-index.js';

export type { ResolvedSkills, SkillRefProblem, SkillResolution, TaxonomyOptions, VocabularyLayer };

const LABEL_KEY_PREFIX = 'label:';

/**
 * The occupation and skill vocabulary, and how caller-supplied skill references map onto it.
 * Pure and immutable: build it once from the taxonomy artifact (`Taxonomy.fromImported`) and
 * share. The curated data tables are not imported here, so no function bundles them: tests and
 * scripts take them from `built-in-taxonomy.ts`, deployments from the artifact.
 *
 * Resolution order for a SkillRef: `id`, then `esco`, then `label`.
 * - A known `id` or ESCO URI wins; a given label is then ignored.
 * - An unknown `id` or ESCO URI falls back to the label when one is given (an ESCO URI outside
 *   this vocabulary is common in EURES data); without a label it is an error the caller sees:
 *   `tryResolveSkill` returns it as `{ ok: false }`, `resolveSkill`/`resolveSkills` throw a
 *   ValidationError naming the field (e.g. `skills.3.id`).
 * - An obsolete ESCO URI resolves as the URI the release names as its replacement.
 * - A label matches a preferred label or synonym in any loaded language after normalisation; preferred
 *   labels beat synonyms, earlier layers beat later ones (curated before imported ESCO), and a
 *   term two skills claim with equal rank is ambiguous and matches neither: never a guess.
 * - A label that matches nothing is kept: key `label:<normalised>`, `mapped: false`.
 */
export class Taxonomy {
  private readonly occupationsByIsco = new Map<string, Occupation[]>();
  private readonly occupationsByEsco = new Map<string, Occupation>();
  /** In load order: curated first, then imported. */
  private readonly occupationList: Occupation[] = [];
  private readonly skillsById = new Map<string, Skill>();
  private readonly skillsByEsco = new Map<string, Skill>();
  /** Id of a later-layer skill dropped because an earlier one is the same ESCO concept → that one's id. */
  private readonly skillAliases = new Map<string, string>();
  private readonly replacements: ReadonlyMap<string, string>;
  /** Skills in load order with their layer: the term index is built from them when first asked. */
  private readonly termSources: [Skill, number][] = [];
  private termIndex: TermIndex | undefined;
  private suggester: SkillSuggester | undefined;
  private mentionFinder: SkillMentionFinder | undefined;
  readonly version: string;

  /**
   * `lowerLayers` add vocabulary that ranks below `occupations`/`skills`: an id, ESCO URI or
   * term already taken by an earlier layer is never replaced by a later one.
   */
  constructor(
    occupations: readonly Occupation[],
    skills: readonly Skill[],
    private readonly iscoGroups: ReadonlyMap<string, string> = ISCO_08_UNIT_GROUPS,
    lowerLayers: readonly VocabularyLayer[] = [],
    options: TaxonomyOptions = {},
  ) {
    this.version = options.version ?? 'custom';
    this.replacements = new Map(Object.entries(options.replacements ?? {}));
    [{ occupations, skills }, ...lowerLayers].forEach((layer, rank) => {
      for (const skill of layer.skills) this.addSkill(skill, rank);
      for (const occupation of layer.occupations) this.addOccupation(occupation);
    });
  }

  /**
   * A taxonomy from the artifact `scripts/esco-import.ts` (or `scripts/esco-built-in.ts`)
   * writes. When the artifact carries the curated vocabulary (`curated`), that comes first, so
   * its ids, synonyms and training modules stay and an ESCO URI a curated entry carries
   * resolves to it; the imported entries add to them.
   */
  static fromImported(json: unknown): Taxonomy {
    return Taxonomy.fromArtifact(parseImportedTaxonomy(json));
  }

  /** `fromImported` for an artifact already checked (`parseImportedTaxonomy`). */
  static fromArtifact(artifact: ImportedTaxonomy): Taxonomy {
    const { replacements, curated } = artifact;
    if (!curated) {
      return new Taxonomy(artifact.occupations, artifact.skills, ISCO_08_UNIT_GROUPS, [], {
        version: artifact.version,
        replacements,
      });
    }
    return new Taxonomy(curated.occupations, curated.skills, ISCO_08_UNIT_GROUPS, [artifact], {
      version: `${curated.version}/${artifact.version}`,
      replacements,
    });
  }

  // ── Occupations ────────────────────────────────────────────────────────────

  hasIsco(code: string): boolean {
    return this.iscoGroups.has(code);
  }

  iscoTitle(code: string): string | undefined {
    return this.iscoGroups.get(code);
  }

  /** Every ISCO-08 unit group: code → English title. */
  iscoUnitGroups(): ReadonlyMap<string, string> {
    return this.iscoGroups;
  }

  /** The (first) occupation filed under an ISCO-08 unit group. */
  occupation(isco: string): Occupation | undefined {
    return this.occupationsByIsco.get(isco)?.[0];
  }

  /** Every occupation filed under an ISCO-08 unit group (imported ESCO data has many per group). */
  occupationsInIsco(isco: string): readonly Occupation[] {
    return this.occupationsByIsco.get(isco) ?? [];
  }

  occupationByEsco(uri: string): Occupation | undefined {
    return this.occupationsByEsco.get(uri) ?? this.occupationsByEsco.get(this.replacements.get(uri) ?? '');
  }

  occupations(): readonly Occupation[] {
    return this.occupationList;
  }

  // ── Skills ─────────────────────────────────────────────────────────────────

  skill(id: string): Skill | undefined {
    return this.skillsById.get(this.skillAliases.get(id) ?? id);
  }

  skillByEsco(uri: string): Skill | undefined {
    return this.skillsByEsco.get(uri) ?? this.skillsByEsco.get(this.replacements.get(uri) ?? '');
  }

  skills(): readonly Skill[] {
    return [...this.skillsById.values()];
  }

  /** The skill a free-text label names, if any (preferred labels first, ambiguous terms never). */
  skillByLabel(label: string): Skill | undefined {
    const id = this.terms().lookup(normaliseTerm(label));
    return id ? this.skillsById.get(id) : undefined;
  }

  /** Resolves one reference without throwing; see the class comment for the rules. */
  tryResolveSkill(ref: SkillRef): SkillResolution {
    const label = ref.label?.trim() || undefined;
    if (ref.id !== undefined) {
      const known = this.skill(ref.id);
      if (known) return { ok: true, skill: this.mapped(known) };
      if (!label) return { ok: false, problem: { field: 'id', message: `unknown skill id '${ref.id}'` } };
    }
    if (ref.esco !== undefined) {
      const known = this.skillByEsco(ref.esco);
      if (known) return { ok: true, skill: this.mapped(known) };
      if (!label) {
        return {
          ok: false,
          problem: { field: 'esco', message: `ESCO skill '${ref.esco}' is not in the taxonomy; add a label` },
        };
      }
    }
    if (!label)
      return { ok: false, problem: { field: 'id', message: 'give at least one of id, esco or label' } };
    const byLabel = this.skillByLabel(label);
    if (byLabel) return { ok: true, skill: this.mapped(byLabel) };
    return {
      ok: true,
      skill: { key: LABEL_KEY_PREFIX + normaliseTerm(label), label, mapped: false, esco: ref.esco },
    };
  }

  /** Resolves one reference; throws ValidationError (field `<fieldPath>.id` or `.esco`) if it names an unknown skill. */
  resolveSkill(ref: SkillRef, fieldPath = 'skill'): ResolvedSkill {
    const result = this.tryResolveSkill(ref);
    if (!result.ok) throw new ValidationError([issueAt(fieldPath, result.problem)]);
    return result.skill;
  }

  /**
   * Resolves a list of references, e.g. a candidate's `skills`. Every failing reference is
   * reported at once (`<fieldPath>.<index>.id`), so a PES fixes an upload in one round trip.
   */
  resolveSkills(refs: readonly SkillRef[], fieldPath: string): ResolvedSkills {
    const byKey = new Map<string, ResolvedSkill>();
    const issues: FieldIssue[] = [];
    refs.forEach((ref, index) => {
      const result = this.tryResolveSkill(ref);
      if (!result.ok) issues.push(issueAt(`${fieldPath}.${index}`, result.problem));
      else if (!byKey.has(result.skill.key)) byKey.set(result.skill.key, result.skill);
    });
    if (issues.length > 0) throw new ValidationError(issues);
    const skills = [...byKey.values()];
    return { skills, unmapped: skills.filter((s) => !s.mapped).map((s) => s.label) };
  }

  /**
   * A display label for a resolved skill or skill key, in the locale asked (English when the
   * locale has none). An unmapped skill shows the label it was given; a bare `label:` key,
   * its normalised text.
   */
  skillLabel(skillOrKey: ResolvedSkill | string, locale: Locale = 'en'): string {
    const key = typeof skillOrKey === 'string' ? skillOrKey : skillOrKey.key;
    const known = this.skillsById.get(key);
    if (known) return known.labels[locale] || known.labels.en;
    if (typeof skillOrKey !== 'string') return skillOrKey.label;
    return key.startsWith(LABEL_KEY_PREFIX) ? key.slice(LABEL_KEY_PREFIX.length) : key;
  }

  /**
   * Scored near matches for a label no term names (skill-suggestions.ts), best first: for the
   * caller to choose from, never applied here. Built on first use, as the term index is.
   */
  suggestSkills(label: string, limit = 3): SkillSuggestion[] {
    this.suggester ??= new SkillSuggester(this.terms().entries());
    return this.suggester.suggest(normaliseTerm(label), limit);
  }

  /** Skills the text names by an exact label or synonym, in order (skill-mentions.ts); built on first use. */
  skillMentions(text: string): SkillMention[] {
    this.mentionFinder ??= new SkillMentionFinder(this.terms());
    return this.mentionFinder.find(text);
  }

  /** The pre-departure module that teaches the skill, if there is one. */
  trainingModule(key: string): string | undefined {
    return this.skillsById.get(key)?.trainingModule;
  }

  // ── Building ───────────────────────────────────────────────────────────────

  /**
   * Every label and synonym, normalised: built on the first free-text lookup rather than at
   * load, since normalising every term of a full ESCO import is most of a cold start's work
   * and most requests name skills by id or URI.
   */
  terms(): TermIndex {
    if (!this.termIndex) {
      // Kept only once whole: a build that throws (a bad terms section) must not leave half an index.
      const index = new TermIndex();
      for (const [skill, layer] of this.termSources) index.addSkill(skill, layer);
      this.termIndex = index;
    }
    return this.termIndex;
  }

  private mapped(skill: Skill): ResolvedSkill {
    return { key: skill.id, label: skill.labels.en, mapped: true, esco: skill.esco };
  }

  /** First definition of an id or ESCO URI wins, so curated entries placed first are never overridden. */
  private addSkill(skill: Skill, layer: number): void {
    if (this.skillsById.has(skill.id)) return;
    const sameConcept = skill.esco ? this.skillsByEsco.get(skill.esco) : undefined;
    if (sameConcept) {
      this.skillAliases.set(skill.id, sameConcept.id);
      return;
    }
    this.skillsById.set(skill.id, skill);
    if (skill.esco) this.skillsByEsco.set(skill.esco, skill);
    this.termSources.push([skill, layer]);
  }

  /** An imported occupation's skills name imported ids; where a curated skill is that concept, its id. */
  private addOccupation(given: Occupation): void {
    const canonical = (ids: readonly string[]) => [
      ...new Set(ids.map((id) => this.skillAliases.get(id) ?? id)),
    ];
    const occupation =
      this.skillAliases.size === 0
        ? given
        : withSkills(given, canonical(given.essentialSkills), canonical(given.optionalSkills));
    if (occupation.esco) {
      if (this.occupationsByEsco.has(occupation.esco)) return;
      this.occupationsByEsco.set(occupation.esco, occupation);
    }
    this.occupationList.push(occupation);
    const group = this.occupationsByIsco.get(occupation.isco);
    if (group) group.push(occupation);
    else this.occupationsByIsco.set(occupation.isco, [occupation]);
  }
}

function issueAt(path: string, problem: SkillRefProblem): FieldIssue {
  return { field: `${path}.${problem.field}`, message: problem.message, code: 'unknown_code' };
}
