import { describe, expect, it } from 'vitest';
import { builtInTaxonomy } from '../../../shared/taxonomy/built-in-taxonomy.js';
import { normaliseTerm } from '../../../shared/taxonomy/normalise.js';
import { SkillMentionFinder } from '../../../shared/taxonomy/skill-mentions.js';
import { Taxonomy } from '../../../shared/taxonomy/taxonomy.js';
import { skillsInText } from '../../../shared/use-cases/skill-resolution.js';

/** Skills named in free text (shared/taxonomy/skill-mentions.ts): exact terms, longest first, offsets into the text. */
const taxonomy = builtInTaxonomy();
const ids = (text: string) => taxonomy.skillMentions(text).map((m) => m.id);
/** A finder over a small vocabulary of (normalised term, skill id) pairs. */
const finderOf = (pairs: [term: string, id: string][]) => {
  const terms = new Map(pairs);
  return new SkillMentionFinder({ lookup: (term) => terms.get(term), entries: () => terms.entries() });
};

describe('skill mentions in free text', () => {
  it('finds labels and synonyms in every loaded language, with offsets into the text as given', () => {
    const text = 'Wij zoeken iemand voor METSELEN; vous savez lire des plans, and TIG welding is a plus.';
    const mentions = taxonomy.skillMentions(text);
    expect(mentions.map((m) => m.id)).toEqual(['bricklaying', 'technical-drawing-reading', 'welding-tig']);
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual([
      'METSELEN',
      'lire des plans',
      'TIG welding',
    ]);
  });

  it('takes the longest term and never overlaps: "TIG welding" is not also welding', () => {
    const finder = finderOf([
      ['welding', 'welding'],
      ['tig welding', 'welding-tig'],
      ['tig welding of pipes', 'pipe-welding'],
    ]);
    expect(finder.find('TIG welding, then welding of pipes').map((m) => m.id)).toEqual([
      'welding-tig',
      'welding',
    ]);
    expect(finder.find('tig welding of pipes').map((m) => m.id)).toEqual(['pipe-welding']);
  });

  it('matches whole words only, after the normalisation labels get (case, diacritics, punctuation)', () => {
    const finder = finderOf([['maconnerie', 'masonry']]);
    expect(finder.find('MAÇONNERIE.').map((m) => m.term)).toEqual(['maconnerie']);
    expect(finder.find('maçonneries, premaconnerie')).toEqual([]);
    // Decomposed input (a base letter and a combining cedilla) folds the same; offsets stay in its code units.
    const decomposed = 'la mac\u0327onnerie';
    const [mention] = finder.find(decomposed);
    expect(mention && decomposed.slice(mention.start, mention.end)).toBe('mac\u0327onnerie');
  });

  it('never takes a one-letter term, and finds nothing in text without terms', () => {
    const finder = finderOf([
      ['c', 'c-language'],
      ['c++', 'cpp'],
    ]);
    expect(finder.find('plan c, then C++').map((m) => m.id)).toEqual(['cpp']);
    expect(finder.find('')).toEqual([]);
    expect(finder.find('… — !!')).toEqual([]);
  });

  it('finds every term of every built-in skill, in any language, as the skill that owns the term', () => {
    let checked = 0;
    for (const skill of taxonomy.skills()) {
      for (const text of [...Object.values(skill.labels), ...Object.values(skill.synonyms).flat()]) {
        const owner = taxonomy.skillByLabel(text);
        if (!owner || normaliseTerm(text).length < 2) continue;
        const mentions = taxonomy.skillMentions(`Wanted: ${text}.`);
        expect(
          mentions.map((m) => m.id),
          text,
        ).toEqual([owner.id]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('a term two skills claim alike names neither', () => {
    const skill = (id: string, synonym: string) => ({
      id,
      labels: { en: id, nl: id, fr: id },
      synonyms: { en: [synonym], nl: [], fr: [] },
    });
    const two = new Taxonomy([], [skill('plastering', 'finishing'), skill('painting', 'finishing')]);
    expect(two.skillMentions('plastering and finishing, then painting').map((m) => m.id)).toEqual([
      'plastering',
      'painting',
    ]);
  });

  it('reports each skill once, first named first, with every place it is named', () => {
    const text = 'Metselen, tegelzetten en nog eens metselen.';
    const { skills } = skillsInText(taxonomy, text);
    expect(skills.map((s) => s.id)).toEqual(['bricklaying', 'tiling']);
    expect(skills[0]?.esco).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
    expect(skills[0]?.mentions.map((m) => m.text)).toEqual(['Metselen', 'metselen']);
    expect(ids('geen vaardigheden hier')).toEqual([]);
  });
});
