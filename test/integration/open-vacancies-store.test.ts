import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalDynamo } from '../../scripts/local/dynalite.js';
import { DynamoVacancyStore } from '../../shared/adapters/dynamodb/dynamo-vacancy-store.js';
import { documentClient } from '../../shared/adapters/dynamodb/table.js';
import type { Vacancy } from '../../shared/domain/vacancy.js';
import { VacancyInputSchema } from '../../shared/domain/vacancy.js';
import { validVacancy } from '../fixtures/api-bodies.js';
import { startTestDynamo } from '../support/test-dynamo.js';

let dynamo: LocalDynamo;
let store: DynamoVacancyStore;

function vacancy(id: string, ownerOrg: string, createdAt: string): Vacancy {
  const input = VacancyInputSchema.parse(validVacancy());
  return {
    ...input,
    id,
    ownerOrg,
    status: 'open',
    version: 1,
    createdAt,
    updatedAt: createdAt,
    requiredSkills: [],
    optionalSkills: [],
    unmappedSkills: [],
    bottleneck: true,
    ruleFindings: [],
  };
}

beforeAll(async () => {
  dynamo = await startTestDynamo();
  store = new DynamoVacancyStore(documentClient(dynamo.client), dynamo.tableName);
  await store.create(vacancy('vac-a', 'emp-1', '2026-01-01T00:00:00.000Z'));
  await store.create(vacancy('vac-b', 'emp-2', '2026-01-02T00:00:00.000Z'));
  await store.create(vacancy('vac-c', 'emp-1', '2026-01-03T00:00:00.000Z'));
  const closed = vacancy('vac-d', 'emp-2', '2026-01-04T00:00:00.000Z');
  await store.create(closed);
  await store.replace({ ...closed, status: 'closed', version: 2 }, 1);
});
afterAll(async () => dynamo.stop());

describe('DynamoVacancyStore.listOpen', () => {
  it('lists open vacancies of every owner, newest first, and drops a vacancy once closed', async () => {
    const page = await store.listOpen({ limit: 10 });
    expect(page.items.map((v) => v.id)).toEqual(['vac-c', 'vac-b', 'vac-a']);
  });

  it('pages with a cursor', async () => {
    const first = await store.listOpen({ limit: 2 });
    expect(first.items.map((v) => v.id)).toEqual(['vac-c', 'vac-b']);
    const second = await store.listOpen({ limit: 2, cursor: first.nextCursor });
    expect(second.items.map((v) => v.id)).toEqual(['vac-a']);
  });
});
