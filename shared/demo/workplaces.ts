import type { FlemishProvince } from '../domain/geography.js';

/** Flemish municipalities with their main postal code and province, for demo workplaces. */
export interface DemoWorkplace {
  readonly municipality: string;
  readonly postalCode: string;
  readonly province: FlemishProvince;
}

export const FLEMISH_WORKPLACES: readonly DemoWorkplace[] = [
  { municipality: 'Antwerpen', postalCode: '2000', province: 'BE-VAN' },
  { municipality: 'Mechelen', postalCode: '2800', province: 'BE-VAN' },
  { municipality: 'Turnhout', postalCode: '2300', province: 'BE-VAN' },
  { municipality: 'Geel', postalCode: '2440', province: 'BE-VAN' },
  { municipality: 'Lier', postalCode: '2500', province: 'BE-VAN' },
  { municipality: 'Herentals', postalCode: '2200', province: 'BE-VAN' },
  { municipality: 'Hasselt', postalCode: '3500', province: 'BE-VLI' },
  { municipality: 'Genk', postalCode: '3600', province: 'BE-VLI' },
  { municipality: 'Sint-Truiden', postalCode: '3800', province: 'BE-VLI' },
  { municipality: 'Beringen', postalCode: '3580', province: 'BE-VLI' },
  { municipality: 'Gent', postalCode: '9000', province: 'BE-VOV' },
  { municipality: 'Aalst', postalCode: '9300', province: 'BE-VOV' },
  { municipality: 'Sint-Niklaas', postalCode: '9100', province: 'BE-VOV' },
  { municipality: 'Dendermonde', postalCode: '9200', province: 'BE-VOV' },
  { municipality: 'Lokeren', postalCode: '9160', province: 'BE-VOV' },
  { municipality: 'Leuven', postalCode: '3000', province: 'BE-VBR' },
  { municipality: 'Vilvoorde', postalCode: '1800', province: 'BE-VBR' },
  { municipality: 'Zaventem', postalCode: '1930', province: 'BE-VBR' },
  { municipality: 'Halle', postalCode: '1500', province: 'BE-VBR' },
  { municipality: 'Tienen', postalCode: '3300', province: 'BE-VBR' },
  { municipality: 'Brugge', postalCode: '8000', province: 'BE-VWV' },
  { municipality: 'Kortrijk', postalCode: '8500', province: 'BE-VWV' },
  { municipality: 'Roeselare', postalCode: '8800', province: 'BE-VWV' },
  { municipality: 'Oostende', postalCode: '8400', province: 'BE-VWV' },
  { municipality: 'Ieper', postalCode: '8900', province: 'BE-VWV' },
];

export function workplace(municipality: string): DemoWorkplace {
  const found = FLEMISH_WORKPLACES.find((place) => place.municipality === municipality);
  if (!found) throw new Error(`no demo workplace ${municipality}`);
  return found;
}
