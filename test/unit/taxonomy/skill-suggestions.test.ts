import { describe, expect, it } from 'vitest';
import { builtInTaxonomy } from '../../../shared/taxonomy/built-in-taxonomy.js';
import { MIN_SUGGESTION_SCORE, SkillSuggester } from '../../../shared/taxonomy/skill-suggestions.js';
import { resolveSkillsWithSuggestions } from '../../../shared/use-cases/skill-resolution.js';

/** Near matches for unmapped skill terms (shared/taxonomy/skill-suggestions.ts): scored, never applied. */
const taxonomy = builtInTaxonomy();

describe('skill suggestions', () => {
  it.each([
    ['bricklayng', 'bricklaying'],
    ['tegelzetten op maat', 'tiling'],
    ['soudure TIG avancée', 'welding-tig'],
    ['Elektrische schemas lezen', 'electrical-schematics'],
    ['Pflege von Wunden', undefined],
    ['xyzzy', undefined],
  ])('"%s" → %s', (term, expected) => {
    const [first] = taxonomy.suggestSkills(term);
    expect(first?.id).toBe(expected);
  });

  it('scores by shared character trigrams (Dice), best term per skill, best skill first', () => {
    const suggester = new SkillSuggester([
      ['abcd', 'one'],
      ['abce', 'two'],
      ['abcdx', 'one'],
    ]);
    // " abcd " has the trigrams " ab", "abc", "bcd", "cd ": all shared with itself.
    expect(suggester.suggest('abcd')).toEqual([
      { id: 'one', term: 'abcd', score: 1 },
      { id: 'two', term: 'abce', score: 0.5 },
    ]);
    expect(suggester.suggest('zzzz')).toEqual([]);
    expect(suggester.suggest('')).toEqual([]);
  });

  it('keeps at most the limit, every one at or above the minimum score', () => {
    const suggestions = taxonomy.suggestSkills('welding', 2);
    expect(suggestions.length).toBeLessThanOrEqual(2);
    for (const s of suggestions) expect(s.score).toBeGreaterThanOrEqual(MIN_SUGGESTION_SCORE);
  });

  it('never applies a suggestion: the term stays unmapped, the suggestion is listed beside it', () => {
    const report = resolveSkillsWithSuggestions(taxonomy, [{ label: 'metselen' }, { label: 'bricklayng' }]);
    expect(report.skills.map((s) => [s.key, s.mapped])).toEqual([
      ['bricklaying', true],
      ['label:bricklayng', false],
    ]);
    expect(report.unmapped).toEqual(['bricklayng']);
    expect(report.suggestions).toEqual([
      {
        term: 'bricklayng',
        candidates: [
          {
            id: 'bricklaying',
            label: 'bricklaying',
            esco: taxonomy.skill('bricklaying')?.esco,
            matched: 'bricklaying',
            score: 0.76,
          },
        ],
      },
    ]);
  });
});
