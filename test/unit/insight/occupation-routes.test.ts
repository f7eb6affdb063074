import { describe, expect, it } from 'vitest';
import { thirdCountryRouteOpen, thirdCountryRoutes } from '../../../shared/insight/occupation-routes.js';
import type { VacancyRouteFacts } from '../../../shared/rules/migration-routes.js';

/** Only the `possible`/`available` flags the routes read; the rest is irrelevant here. */
function facts(flags: { blueCard?: boolean; highly?: boolean; medium?: boolean; other?: boolean }) {
  return {
    blueCard: { possible: flags.blueCard ?? false },
    highlySkilled: { possible: flags.highly ?? false },
    mediumSkilled: { available: flags.medium ?? false },
    otherBottleneck: { possible: flags.other ?? false },
  } as unknown as VacancyRouteFacts;
}

const statuses = (routes: ReturnType<typeof thirdCountryRoutes>) =>
  Object.fromEntries(routes.map((r) => [r.ruleId, `${r.status}:${r.vacancies}`]));

describe('thirdCountryRoutes', () => {
  it.each([
    {
      name: 'no open vacancy: routes the occupation qualifies for are possible',
      input: { mediumSkilledListed: true, bottleneck: true, vacancies: [] },
      expected: {
        'BE-04': 'possible:0',
        'BE-03': 'possible:0',
        'BE-05': 'possible:0',
        'BE-06': 'possible:0',
      },
      open: true,
    },
    {
      name: 'not on the medium-skilled list: BE-05 closed whatever the vacancies',
      input: {
        mediumSkilledListed: false,
        bottleneck: true,
        vacancies: [facts({ medium: true, other: true })],
      },
      expected: { 'BE-04': 'closed:0', 'BE-03': 'closed:0', 'BE-05': 'closed:0', 'BE-06': 'open:1' },
      open: true,
    },
    {
      name: 'counts the open vacancies meeting each route',
      input: {
        mediumSkilledListed: true,
        bottleneck: true,
        vacancies: [
          facts({ highly: true, blueCard: true }),
          facts({ highly: true, medium: true }),
          facts({}),
        ],
      },
      expected: { 'BE-04': 'open:1', 'BE-03': 'open:2', 'BE-05': 'open:1', 'BE-06': 'closed:0' },
      open: true,
    },
    {
      name: 'vacancies meeting no route: ring 4 has no way in',
      input: { mediumSkilledListed: false, bottleneck: false, vacancies: [facts({})] },
      expected: { 'BE-04': 'closed:0', 'BE-03': 'closed:0', 'BE-05': 'closed:0', 'BE-06': 'closed:0' },
      open: false,
    },
  ])('$name', ({ input, expected, open }) => {
    const routes = thirdCountryRoutes(input);
    expect(statuses(routes)).toEqual(expected);
    expect(thirdCountryRouteOpen(routes)).toBe(open);
  });

  it('says why a route is closed', () => {
    const routes = thirdCountryRoutes({
      mediumSkilledListed: false,
      bottleneck: true,
      vacancies: [facts({})],
    });
    expect(routes.find((r) => r.ruleId === 'BE-05')?.reason).toBe(
      'Occupation not on the medium-skilled list.',
    );
    expect(routes.find((r) => r.ruleId === 'BE-06')?.reason).toMatch(
      /^No open vacancy has a job above VKS 2/,
    );
  });
});
