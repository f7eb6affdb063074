/**
 * Where people live and work, and the rings of the renewed concentric model (VDAB):
 * 1 Flanders (VDAB), 2 the other Belgian regions (Actiris, Le Forem, ADG),
 * 3 the neighbouring countries and the rest of the EU/EEA/Switzerland (EURES),
 * 4 third countries, searched only where a partner agreement is active for the occupation.
 */
import { FREE_MOVEMENT_COUNTRIES } from './countries.js';

export const RINGS = [1, 2, 3, 4] as const;
export type Ring = (typeof RINGS)[number];

export const RING_NAMES: Record<Ring, { en: string; nl: string; fr: string }> = {
  1: { en: 'Flanders', nl: 'Vlaanderen', fr: 'Flandre' },
  2: { en: 'Other Belgian regions', nl: 'Andere Belgische gewesten', fr: 'Autres régions belges' },
  3: { en: 'Neighbouring countries and EU/EEA', nl: 'Buurlanden en EU/EER', fr: 'Pays voisins et UE/EEE' },
  4: { en: 'Partner countries', nl: 'Partnerlanden', fr: 'Pays partenaires' },
};

/** Belgian regions (ISO 3166-2:BE). */
export const BELGIAN_REGIONS = ['BE-VLG', 'BE-BRU', 'BE-WAL'] as const;
export type BelgianRegion = (typeof BELGIAN_REGIONS)[number];

/** The five Flemish provinces (ISO 3166-2:BE) with their postal-code ranges (bpost). */
export const FLEMISH_PROVINCES = {
  'BE-VAN': { name: 'Antwerpen', postalRanges: [[2000, 2999]] },
  'BE-VLI': { name: 'Limburg', postalRanges: [[3500, 3999]] },
  'BE-VOV': { name: 'Oost-Vlaanderen', postalRanges: [[9000, 9999]] },
  'BE-VBR': {
    name: 'Vlaams-Brabant',
    postalRanges: [
      [1500, 1999],
      [3000, 3499],
    ],
  },
  'BE-VWV': { name: 'West-Vlaanderen', postalRanges: [[8000, 8999]] },
} as const satisfies Record<string, { name: string; postalRanges: readonly (readonly [number, number])[] }>;
export type FlemishProvince = keyof typeof FLEMISH_PROVINCES;
export const FLEMISH_PROVINCE_CODES = Object.keys(FLEMISH_PROVINCES) as FlemishProvince[];

export function postalCodeInProvince(postalCode: string, province: FlemishProvince): boolean {
  const code = Number(postalCode);
  return FLEMISH_PROVINCES[province].postalRanges.some(([from, to]) => code >= from && code <= to);
}

export interface Residence {
  readonly country: string;
  readonly region?: BelgianRegion | undefined;
}

/**
 * A candidate's ring follows from residence alone. Ring 4 is every third country; whether a
 * third country is searched depends on an active partner agreement at match time.
 */
export function residenceRing(residence: Residence): Ring {
  if (residence.country === 'BE') return residence.region === 'BE-VLG' ? 1 : 2;
  return FREE_MOVEMENT_COUNTRIES.has(residence.country) ? 3 : 4;
}
