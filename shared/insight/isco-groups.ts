import { ISCO_08_UNIT_GROUPS } from '../taxonomy/isco-08.js';

/**
 * ISCO-08 rolled up: a four-digit unit group belongs to one minor (3 digits), sub-major (2) and
 * major group (1). Insight reports supply and demand at the level the caller picks.
 */

export const ISCO_LEVELS = [1, 2, 3, 4] as const;
export type IscoLevel = (typeof ISCO_LEVELS)[number];

export function groupAt(isco: string, level: IscoLevel): string {
  return isco.slice(0, level);
}

/**
 * Titles of the major and sub-major groups (ILO, ISCO-08 structure). Minor groups are not
 * listed in the taxonomy; they show their code. Unit groups take the taxonomy's titles.
 */
const GROUP_TITLES: Readonly<Record<string, string>> = {
  '0': 'Armed forces occupations',
  '1': 'Managers',
  '2': 'Professionals',
  '3': 'Technicians and associate professionals',
  '4': 'Clerical support workers',
  '5': 'Service and sales workers',
  '6': 'Skilled agricultural, forestry and fishery workers',
  '7': 'Craft and related trades workers',
  '8': 'Plant and machine operators, and assemblers',
  '9': 'Elementary occupations',
  '01': 'Commissioned armed forces officers',
  '02': 'Non-commissioned armed forces officers',
  '03': 'Armed forces occupations, other ranks',
  '11': 'Chief executives, senior officials and legislators',
  '12': 'Administrative and commercial managers',
  '13': 'Production and specialised services managers',
  '14': 'Hospitality, retail and other services managers',
  '21': 'Science and engineering professionals',
  '22': 'Health professionals',
  '23': 'Teaching professionals',
  '24': 'Business and administration professionals',
  '25': 'Information and communications technology professionals',
  '26': 'Legal, social and cultural professionals',
  '31': 'Science and engineering associate professionals',
  '32': 'Health associate professionals',
  '33': 'Business and administration associate professionals',
  '34': 'Legal, social, cultural and related associate professionals',
  '35': 'Information and communications technicians',
  '41': 'General and keyboard clerks',
  '42': 'Customer services clerks',
  '43': 'Numerical and material recording clerks',
  '44': 'Other clerical support workers',
  '51': 'Personal service workers',
  '52': 'Sales workers',
  '53': 'Personal care workers',
  '54': 'Protective services workers',
  '61': 'Market-oriented skilled agricultural workers',
  '62': 'Market-oriented skilled forestry, fishery and hunting workers',
  '63': 'Subsistence farmers, fishers, hunters and gatherers',
  '71': 'Building and related trades workers, excluding electricians',
  '72': 'Metal, machinery and related trades workers',
  '73': 'Handicraft and printing workers',
  '74': 'Electrical and electronic trades workers',
  '75': 'Food processing, wood working, garment and other craft and related trades workers',
  '81': 'Stationary plant and machine operators',
  '82': 'Assemblers',
  '83': 'Drivers and mobile plant operators',
  '91': 'Cleaners and helpers',
  '92': 'Agricultural, forestry and fishery labourers',
  '93': 'Labourers in mining, construction, manufacturing and transport',
  '94': 'Food preparation assistants',
  '95': 'Street and related sales and service workers',
  '96': 'Refuse workers and other elementary workers',
};

/** The English title of a group at any level; undefined for minor groups and unknown codes. */
export function groupTitle(group: string): string | undefined {
  return group.length === 4 ? ISCO_08_UNIT_GROUPS.get(group) : GROUP_TITLES[group];
}

/** The ISCO-08 unit groups in a group, ascending. */
export function unitGroupsIn(
  group: string,
  unitGroups: Iterable<string> = ISCO_08_UNIT_GROUPS.keys(),
): string[] {
  return [...unitGroups].filter((code) => code.startsWith(group)).sort();
}
