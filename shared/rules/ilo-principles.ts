/** The ILO source the fair-recruitment rules cite, and one of its general principles. */
export const ILO = {
  title: 'ILO General Principles and Operational Guidelines for Fair Recruitment (2019)',
  url: 'https://migrationnetwork.un.org/resources/general-principles-and-operational-guidelines-fair-recruitment-and-definition-recruitment',
} as const;
export const principle = (n: number) => ({ ...ILO, title: `${ILO.title}, general principle ${n}` });
