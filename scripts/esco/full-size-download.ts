import { Rng } from '../../shared/demo/prng.js';
import type { EscoDownload } from '../../shared/taxonomy/esco-download.js';
import { ISCO_08_UNIT_GROUPS } from '../../shared/taxonomy/isco-08.js';
import { OCCUPATIONS } from '../../shared/taxonomy/occupations-data.js';
import { SKILLS } from '../../shared/taxonomy/skills-data.js';

/**
 * A synthetic ESCO CSV download at the real release's size, in the official layout, for tests
 * and benchmarks at full size (the real download cannot be fetched here): 13,939 skills,
 * 3,039 occupations and about 126,000 occupation–skill relations, in nl, en, fr, de and ar.
 * The curated concepts' real URIs are in it (their curated labels in en/nl/fr), so an import
 * layered under the built-in taxonomy folds them into the curated entries, as a real release
 * would; every other concept has a generated URI and generated labels that no real skill text
 * uses ("zorvek taliman"), so they never capture free text the built-in taxonomy leaves unmapped.
 * Deterministic: the same seed gives byte-identical files.
 */
export const FULL_SIZE = { skills: 13_939, occupations: 3_039, relations: 126_000 } as const;
export const FULL_SIZE_LANGUAGES = ['en', 'nl', 'fr', 'de', 'ar'] as const;
export type FullSizeLayout = 'v1.1' | 'v1.2';

const SYLLABLES: Record<string, readonly string[]> = {
  en: ['zor', 'vek', 'tal', 'iman', 'qu', 'ix', 'brom', 'stel', 'yar', 'dun'],
  nl: ['zwa', 'ker', 'mol', 'ijn', 'tuur', 'gel', 'vrie', 'sloo', 'pen', 'dracht'],
  fr: ['zou', 'rez', 'mé', 'lin', 'çon', 'tiè', 'vair', 'beau', 'quel', 'rôt'],
  de: ['zö', 'rung', 'pfei', 'lich', 'stau', 'weg', 'mühl', 'kraft', 'bä', 'tz'],
  ar: ['زو', 'رك', 'تا', 'لم', 'قي', 'سب', 'دو', 'نه', 'خل', 'فر'],
};

const header = {
  skills:
    'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description',
  occupations:
    'conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code',
  relationsV11: 'occupationUri,relationType,skillType,skillUri',
  relationsV12: 'occupationUri,occupationLabel,relationType,skillType,skillUri,skillLabel',
};

interface Concept {
  readonly uri: string;
  /** Curated labels where the concept is a curated one, else generated per language. */
  readonly curated?: {
    readonly labels: Record<string, string>;
    readonly synonyms: Record<string, readonly string[]>;
  };
  readonly isco?: string;
}

function uuid(kind: number, n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `${kind.toString(16).padStart(8, '0')}-5eed-4000-8000-${hex}`;
}

function word(rng: Rng, lang: string, parts: number): string {
  const syllables = SYLLABLES[lang] as readonly string[];
  let text = '';
  for (let i = 0; i < parts; i++) text += syllables[Math.floor(rng.next() * syllables.length)];
  return text;
}

function phrase(seed: number, n: number, lang: string, variant: number): string {
  const rng = new Rng(seed + variant * 7919, n * 8 + FULL_SIZE_LANGUAGES.indexOf(lang as never));
  const words = 2 + Math.floor(rng.next() * 3);
  return Array.from({ length: words }, () => word(rng, lang, 2 + Math.floor(rng.next() * 2))).join(' ');
}

const quote = (field: string) => (/[",\n\r]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);

/** The concepts, relations and rows of one synthetic release. */
export class FullSizeDownload {
  readonly skills: Concept[] = [];
  readonly occupations: Concept[] = [];
  readonly relations: [occupation: number, skill: number, type: 'essential' | 'optional'][] = [];

  constructor(
    private readonly seed = 1,
    readonly layout: FullSizeLayout = 'v1.2',
  ) {
    const curatedSkills = SKILLS.filter((s) => s.esco);
    const skillIndex = new Map<string, number>();
    for (const s of curatedSkills) {
      skillIndex.set(s.id, this.skills.length);
      this.skills.push({ uri: s.esco as string, curated: { labels: s.labels, synonyms: s.synonyms } });
    }
    while (this.skills.length < FULL_SIZE.skills) {
      this.skills.push({ uri: `http://data.europa.eu/esco/skill/${uuid(1, this.skills.length)}` });
    }
    const groups = [...ISCO_08_UNIT_GROUPS.keys()];
    for (const o of OCCUPATIONS.filter((o) => o.esco)) {
      this.occupations.push({
        uri: o.esco as string,
        isco: o.isco,
        curated: { labels: o.labels, synonyms: o.synonyms ?? { en: [], nl: [], fr: [] } },
      });
    }
    const rng = new Rng(seed, 0xe5c0);
    while (this.occupations.length < FULL_SIZE.occupations) {
      const isco = groups[Math.floor(rng.next() * groups.length)] as string;
      this.occupations.push({
        uri: `http://data.europa.eu/esco/occupation/${uuid(2, this.occupations.length)}`,
        isco,
      });
    }
    // Curated occupations relate to their curated skills first, as the real release does.
    OCCUPATIONS.filter((o) => o.esco).forEach((o, index) => {
      for (const id of o.essentialSkills) {
        const skill = skillIndex.get(id);
        if (skill !== undefined) this.relations.push([index, skill, 'essential']);
      }
    });
    const already = new Map<number, Set<number>>();
    for (const [o, skill] of this.relations) {
      const set = already.get(o) ?? new Set<number>();
      set.add(skill);
      already.set(o, set);
    }
    const perOccupation = Math.floor(FULL_SIZE.relations / this.occupations.length);
    let extra = FULL_SIZE.relations - perOccupation * this.occupations.length;
    for (let o = 0; o < this.occupations.length; o++) {
      const taken = already.get(o) ?? new Set<number>();
      const count = perOccupation + (extra-- > 0 ? 1 : 0);
      while (taken.size < count) {
        const skill = Math.floor(rng.next() * this.skills.length);
        if (taken.has(skill)) continue;
        taken.add(skill);
        this.relations.push([o, skill, rng.next() < 0.45 ? 'essential' : 'optional']);
      }
    }
  }

  files(): string[] {
    const concepts = FULL_SIZE_LANGUAGES.flatMap((lang) => [`skills_${lang}.csv`, `occupations_${lang}.csv`]);
    const relations =
      this.layout === 'v1.1'
        ? ['occupationSkillRelations.csv']
        : FULL_SIZE_LANGUAGES.map((lang) => `occupationSkillRelations_${lang}.csv`);
    return [...concepts, ...relations];
  }

  /** The download as the importer reads it, generated row by row as it is read. */
  asDownload(): EscoDownload {
    return { files: this.files(), open: (name) => this.open(name) };
  }

  async *open(name: string): AsyncIterable<string> {
    const match = /^(skills|occupations|occupationSkillRelations)(?:_([a-z]{2}))?\.csv$/.exec(name);
    if (!match) throw new Error(`no file ${name} in the full-size download`);
    const [, kind, lang = 'en'] = match;
    const lines: string[] = [];
    const flush = function* () {
      yield `${lines.join('\n')}\n`;
      lines.length = 0;
    };
    if (kind === 'skills') {
      lines.push(header.skills);
      for (let n = 0; n < this.skills.length; n++) {
        lines.push(this.skillRow(n, lang));
        if (lines.length >= 2000) yield* flush();
      }
    } else if (kind === 'occupations') {
      lines.push(header.occupations);
      for (let n = 0; n < this.occupations.length; n++) {
        lines.push(this.occupationRow(n, lang));
        if (lines.length >= 2000) yield* flush();
      }
    } else {
      const labelled = match[2] !== undefined;
      lines.push(labelled ? header.relationsV12 : header.relationsV11);
      for (const [o, s, type] of this.relations) {
        const occupation = this.occupations[o] as Concept;
        const skill = this.skills[s] as Concept;
        lines.push(
          labelled
            ? [
                occupation.uri,
                quote(this.label(occupation, o, lang, 3)),
                type,
                'skill/competence',
                skill.uri,
                quote(this.label(skill, s, lang, 1)),
              ].join(',')
            : [occupation.uri, type, 'skill/competence', skill.uri].join(','),
        );
        if (lines.length >= 2000) yield* flush();
      }
    }
    yield* flush();
  }

  private label(concept: Concept, n: number, lang: string, kind: number): string {
    return concept.curated?.labels[lang] || phrase(this.seed * kind, n, lang, 0);
  }

  private alternatives(concept: Concept, n: number, lang: string, kind: number): string {
    const curated = concept.curated?.synonyms[lang];
    const alts =
      curated && curated.length > 0 ? curated : [1, 2, 3].map((v) => phrase(this.seed * kind, n, lang, v));
    return quote(alts.join('\n'));
  }

  private skillRow(n: number, lang: string): string {
    const skill = this.skills[n] as Concept;
    const description = quote(`${phrase(this.seed * 5, n, lang, 9)} ${phrase(this.seed * 5, n, lang, 10)}.`);
    return [
      'KnowledgeSkillCompetence',
      skill.uri,
      'skill/competence',
      'sector-specific',
      quote(this.label(skill, n, lang, 1)),
      this.alternatives(skill, n, lang, 1),
      '',
      'released',
      '2024-01-01T00:00:00Z',
      '',
      '',
      'http://data.europa.eu/esco/concept-scheme/skills',
      description,
    ].join(',');
  }

  private occupationRow(n: number, lang: string): string {
    const occupation = this.occupations[n] as Concept;
    return [
      'Occupation',
      occupation.uri,
      occupation.isco as string,
      quote(this.label(occupation, n, lang, 3)),
      this.alternatives(occupation, n, lang, 3),
      '',
      'released',
      '2024-01-01T00:00:00Z',
      'http://data.europa.eu/esco/regulated-professions/unregulated',
      '',
      '',
      'http://data.europa.eu/esco/concept-scheme/occupations',
      '',
      `${occupation.isco}.${n}`,
    ].join(',');
  }
}
