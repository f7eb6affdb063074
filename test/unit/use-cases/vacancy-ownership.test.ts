import { describe, expect, it } from 'vitest';
import type { Vacancy } from '../../../shared/domain/vacancy.js';
import { NotFoundError } from '../../../shared/errors.js';
import type { Caller } from '../../../shared/ports/identity.js';
import type { VacancyStore } from '../../../shared/ports/vacancy-store.js';
import { viewCandidateForVacancy } from '../../../shared/use-cases/employer-candidate-view.js';
import { matchVacancy } from '../../../shared/use-cases/match-vacancy.js';
import { getVacancy, listVacancies, updateVacancy } from '../../../shared/use-cases/vacancy-use-cases.js';
import { createSubscription } from '../../../shared/use-cases/webhooks/subscriptions.js';

/**
 * The use cases check vacancy ownership themselves, and the store checks it again
 * (docs/security.md, "Tenant isolation"). Here the store is broken on purpose: it ignores the
 * owner it is given, as a store bug would. A real store cannot show that, so this one is a stub.
 */
const theirs = {
  id: 'vac_theirs',
  ownerOrg: 'other-employer',
  status: 'open',
  bottleneck: true,
  version: 3,
} as unknown as Vacancy;

const ownerBlindStore: VacancyStore = {
  create: async () => {},
  get: async () => theirs,
  getAnyOwner: async () => theirs,
  replace: async () => {
    throw new Error('replace must not be reached');
  },
  listByOwner: async () => ({ items: [theirs] }),
  listOpen: async () => ({ items: [theirs] }),
};

const employer: Caller = { role: 'employer', org: 'acme', subject: 'u1', scopes: [] };
const withVacancies = new Proxy(
  {},
  {
    get: (_target, name) => {
      if (name === 'vacancies') return ownerBlindStore;
      if (name === 'then') return undefined;
      throw new Error(`dependency ${String(name)} must not be reached`);
    },
  },
) as never;

describe.each([
  ['getVacancy', () => getVacancy(withVacancies, employer, theirs.id)],
  ['updateVacancy', () => updateVacancy(withVacancies, employer, theirs.id, {} as never, '*')],
  ['matchVacancy (employer)', () => matchVacancy(withVacancies, employer, theirs.id, { topK: 5 } as never)],
  ['viewCandidateForVacancy', () => viewCandidateForVacancy(withVacancies, employer, theirs.id, 'cand_x')],
  [
    'createSubscription (vacancy matches)',
    () =>
      createSubscription(withVacancies, employer, {
        kind: 'vacancy-matches',
        url: 'https://receiver.example/hook',
        vacancyId: theirs.id,
        minScore: 0.5,
      } as never),
  ],
])('%s on another employer’s vacancy, from a store that ignores the owner', (_name, run) => {
  it('is not found: the use case checks the owner itself', async () => {
    await expect(run()).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('listVacancies', () => {
  it('drops what another employer owns, even if the store lists it', async () => {
    const page = await listVacancies(withVacancies, employer, { limit: 20 } as never);
    expect(page.items).toEqual([]);
  });

  it('keeps the caller’s own vacancies', async () => {
    const own = { ...theirs, id: 'vac_own', ownerOrg: 'acme' } as Vacancy;
    const store: VacancyStore = { ...ownerBlindStore, listByOwner: async () => ({ items: [own, theirs] }) };
    const page = await listVacancies({ vacancies: store } as never, employer, { limit: 20 } as never);
    expect(page.items.map((v) => v.id)).toEqual(['vac_own']);
  });
});
