import type { Sector } from './taxonomy-types.js';

/**
 * ESCO has no sector; this derives one from the ISCO-08 code (longest matching prefix wins),
 * so sector breakdowns also work on imported data.
 */
const SECTOR_PREFIXES: readonly (readonly [string, Sector])[] = (
  [
    ['1323', 'construction'],
    ['2142', 'construction'],
    ['2161', 'construction'],
    ['3112', 'construction'],
    ['3123', 'construction'],
    ['1324', 'logistics'],
    ['9621', 'logistics'],
    ['1330', 'it'],
    ['2356', 'it'],
    ['1342', 'healthcare'],
    ['1343', 'healthcare'],
    ['7512', 'hospitality'],
    ['141', 'hospitality'],
    ['512', 'hospitality'],
    ['513', 'hospitality'],
    ['532', 'healthcare'],
    ['751', 'hospitality'],
    ['931', 'construction'],
    ['933', 'logistics'],
    ['432', 'logistics'],
    ['941', 'hospitality'],
    ['214', 'technical'],
    ['215', 'technical'],
    ['22', 'healthcare'],
    ['25', 'it'],
    ['31', 'technical'],
    ['32', 'healthcare'],
    ['35', 'it'],
    ['71', 'construction'],
    ['72', 'technical'],
    ['74', 'technical'],
    ['81', 'technical'],
    ['82', 'technical'],
    ['83', 'logistics'],
  ] as const
).toSorted((a, b) => b[0].length - a[0].length);

export function sectorOfIsco(isco: string): Sector {
  return SECTOR_PREFIXES.find(([prefix]) => isco.startsWith(prefix))?.[1] ?? 'other';
}
