import type { Occupation } from './taxonomy-types.js';

/**
 * A copy with other skill lists. Property descriptors are copied, not values: a spread would
 * read a synonyms list that a sectioned artifact leaves unparsed until it is needed
 * (artifact-encoding.ts), and parse it at every cold start.
 */
export function withSkills(
  occupation: Occupation,
  essentialSkills: string[],
  optionalSkills: string[],
): Occupation {
  const value = (list: string[]) => ({ value: list, enumerable: true, writable: true, configurable: true });
  return Object.defineProperties(
    {},
    {
      ...Object.getOwnPropertyDescriptors(occupation),
      essentialSkills: value(essentialSkills),
      optionalSkills: value(optionalSkills),
    },
  ) as Occupation;
}
