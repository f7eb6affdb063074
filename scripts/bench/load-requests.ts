/**
 * The requests of the load test, one generator per kind, built from the data the demo server
 * loaded: profile reads of the demo candidates (as their own PES), matches of the demo
 * vacancies (as their employer), upserts of new generated candidates, and the health baseline.
 * Each kind is an autocannon `requests` entry whose `setupRequest` hands out the next target.
 */
import type { AutocannonRequest } from 'autocannon';
import { generateCandidate } from '../../shared/demo/candidate-generator.js';
import { DEMO_CANDIDATE_COUNT, DEMO_CANDIDATE_SEED } from '../../shared/demo/demo-data.js';
import { candidateId } from '../../shared/use-cases/candidate-use-cases.js';

const as = (role: string, org: string) => ({ 'x-caller-role': role, 'x-caller-org': org });

/** Round-robin over a list, shared by every connection of one autocannon instance. */
function cycle<T>(items: readonly T[]): () => T {
  if (items.length === 0) throw new Error('nothing to cycle over');
  let next = 0;
  return () => items[next++ % items.length] as T;
}

/** The demo candidates: owning PES and id (derived from the PES and external id, as the API does). */
function demoCandidates(): { pes: string; id: string }[] {
  return Array.from({ length: DEMO_CANDIDATE_COUNT }, (_, i) => {
    const c = generateCandidate(DEMO_CANDIDATE_SEED, i);
    return { pes: c.pes, id: candidateId(c.pes, c.externalId) };
  });
}

export function readRequests(): AutocannonRequest[] {
  const next = cycle(demoCandidates());
  return [
    {
      setupRequest: (request) => {
        const { pes, id } = next();
        return { ...request, method: 'GET', path: `/v1/candidates/${id}`, headers: as('pes', pes) };
      },
    },
  ];
}

export interface OwnedVacancy {
  readonly id: string;
  readonly owner: string;
}

/** The demo vacancies, listed through the API as each employer (ids are random per server). */
export async function demoVacancies(url: string, employers: readonly string[]): Promise<OwnedVacancy[]> {
  const out: OwnedVacancy[] = [];
  for (const owner of employers) {
    const res = await fetch(`${url}/v1/vacancies?limit=100`, { headers: as('employer', owner) });
    if (!res.ok) throw new Error(`listing vacancies of ${owner}: ${res.status}`);
    for (const v of ((await res.json()) as { items: { id: string }[] }).items) out.push({ id: v.id, owner });
  }
  return out;
}

export function matchRequests(vacancies: readonly OwnedVacancy[]): AutocannonRequest[] {
  const next = cycle(vacancies);
  return [
    {
      setupRequest: (request) => {
        const { id, owner } = next();
        return {
          ...request,
          method: 'POST',
          path: `/v1/vacancies/${id}/matches?topK=20`,
          headers: as('employer', owner),
        };
      },
    },
  ];
}

/**
 * Upserts of candidates the server has not seen: a pool of generated bodies (generated once,
 * so the load generator spends its time sending), each sent under a fresh external id.
 */
export function upsertRequests(options: { seed: number; pool: number }): AutocannonRequest[] {
  const bodies = Array.from({ length: options.pool }, (_, i) => {
    const c = generateCandidate(options.seed, i);
    return { pes: c.pes, body: JSON.stringify(c.input) };
  });
  let n = 0;
  return [
    {
      setupRequest: (request) => {
        const i = n++;
        const { pes, body } = bodies[i % bodies.length] as { pes: string; body: string };
        return {
          ...request,
          method: 'PUT',
          path: `/v1/candidates/by-external-id/LOAD-${options.seed}-${i}`,
          headers: { ...as('pes', pes), 'content-type': 'application/json' },
          body,
        };
      },
    },
  ];
}

/**
 * The floor under a profile read: the same consistent GetItem of the same candidates, sent
 * straight to dynalite (which checks no signature), so the API's own share of a read shows.
 */
export function dynaliteGetRequests(tableName: string): AutocannonRequest[] {
  const next = cycle(demoCandidates());
  return [
    {
      setupRequest: (request) => ({
        ...request,
        method: 'POST',
        path: '/',
        headers: {
          'content-type': 'application/x-amz-json-1.0',
          'x-amz-target': 'DynamoDB_20120810.GetItem',
          'x-amz-date': '20260101T000000Z',
          authorization:
            'AWS4-HMAC-SHA256 Credential=local/20260101/local/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
        },
        body: JSON.stringify({
          TableName: tableName,
          Key: { PK: { S: `CAND#${next().id}` }, SK: { S: 'CAND' } },
          ConsistentRead: true,
        }),
      }),
    },
  ];
}

export function healthRequests(): AutocannonRequest[] {
  return [{ method: 'GET', path: '/health' }];
}
