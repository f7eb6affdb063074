import { expect } from 'vitest';
import { validVacancy } from '../fixtures/api-bodies.js';
import { markedCandidate } from '../support/erasure-checks.js';

/**
 * The cross-tenant matrix's callers and victims, and how it aims an attempt: the path naming the
 * victim's resources and a body for each operation (cross-tenant-matrix.test.ts runs it).
 */

export type Caller = [role: string, org: string];
export const VICTIM_EMPLOYER: Caller = ['employer', 'emp-victim'];
export const VICTIM_PES: Caller = ['pes', 'PES-VICTIM'];
export const ATTACKERS: Caller[] = [
  ['employer', 'emp-attacker'],
  ['pes', 'PES-ATTACKER'],
  ['talent-pool', 'TP-ATTACKER'],
  ['operator', 'OPS-ATTACKER'],
  // The victims' organisation ids in a role that does not own the resources.
  ['pes', VICTIM_EMPLOYER[1]],
  ['employer', VICTIM_PES[1]],
  ['talent-pool', VICTIM_PES[1]],
  ['operator', VICTIM_EMPLOYER[1]],
];

export const VICTIM_MARK = 'VICTIMMARK';
export const VICTIM_EXTERNAL_ID = 'VICTIM-EXT-1';
export const IMPORT_MARK = 'VICTIMIMPORT';

export interface Victims {
  vacancyId: string;
  candidateId: string;
  importId: string;
  subscriptionId: string;
  /** No delivery exists without a running dispatcher: a well-formed id stands in. */
  deliveryId: string;
}

export type Kind = 'vacancy' | 'candidate' | 'import' | 'subscription' | 'delivery';
export const OWNER_OF: Record<Kind, Caller> = {
  vacancy: VICTIM_EMPLOYER,
  candidate: VICTIM_PES,
  import: VICTIM_PES,
  subscription: VICTIM_EMPLOYER,
  delivery: VICTIM_EMPLOYER,
};

/** What a path parameter names, from its name or the collection it follows. */
function kindOf(path: string, param: string): Kind | 'externalId' | 'purpose' | undefined {
  if (param === 'vacancyId') return 'vacancy';
  if (param === 'candidateId') return 'candidate';
  if (param === 'externalId') return 'externalId';
  if (param === 'purpose') return 'purpose';
  const collection = path.split(`/{${param}}`)[0]?.split('/').at(-1);
  return (
    {
      vacancies: 'vacancy',
      candidates: 'candidate',
      'candidate-imports': 'import',
      subscriptions: 'subscription',
      deliveries: 'delivery',
    } as const
  )[collection ?? ''];
}

export interface Operation {
  readonly method: string;
  readonly path: string;
  readonly key: string;
  readonly body?: { readonly type: string; readonly ref?: string } | undefined;
}

/** Attempts the rules allow, with what their answer must show instead of a refusal. */
export const ALLOWED: Record<
  string,
  { roles: string[]; why: string; check: (body: unknown, caller: Caller) => void }
> = {
  'POST /v1/vacancies/{id}/matches': {
    roles: ['pes'],
    why: 'a PES matches its own candidates against any open bottleneck vacancy (renewed concentric model)',
    check: (body, [, org]) => {
      const { rings } = body as { rings: { matches: { pes: string }[] }[] };
      for (const m of rings.flatMap((r) => r.matches)) expect(m.pes).toBe(org);
    },
  },
  'PUT /v1/candidates/by-external-id/{externalId}': {
    roles: ['pes'],
    why: "an external id is scoped to the caller's PES: the same id names the caller's own record",
    check: (body, [, org]) => expect((body as { candidate: { pes: string } }).candidate.pes).toBe(org),
  },
};

export async function json<T>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}

const RESOURCE_ID: Record<Kind, (v: Victims) => string> = {
  vacancy: (v) => v.vacancyId,
  candidate: (v) => v.candidateId,
  import: (v) => v.importId,
  subscription: (v) => v.subscriptionId,
  delivery: (v) => v.deliveryId,
};

/** The path with every parameter naming the victim's resource; undefined for a parameter it cannot fill. */
export function targetPath(
  op: Operation,
  caller: Caller,
  victims: Victims,
): { path: string; kinds: Kind[]; aimed: boolean } | undefined {
  const kinds: Kind[] = [];
  let unknown = false;
  let aimed = false;
  const path = op.path.replace(/\{([^}]+)\}/g, (_, param: string) => {
    const kind = kindOf(op.path, param);
    if (kind === 'externalId') {
      aimed = true;
      return VICTIM_EXTERNAL_ID;
    }
    if (kind === 'purpose') return `share-with-employer:${caller[1]}`;
    if (kind === undefined) {
      unknown = true;
      return param;
    }
    kinds.push(kind);
    aimed = true;
    return RESOURCE_ID[kind](victims);
  });
  return unknown ? undefined : { path, kinds, aimed };
}

/** A valid body for the operation; the attacker's own data, or a pointer at the victim's. */
export function bodyFor(
  op: Operation,
  victims: Victims,
): { body?: unknown; headers?: Record<string, string>; targets: boolean } | undefined {
  if (!op.body) return { targets: false };
  if (op.body.type === 'application/x-ndjson') {
    // An upload under the victim's external id: it must land in the caller's own namespace.
    const line = JSON.stringify({ ...markedCandidate('ATTACKER'), externalId: VICTIM_EXTERNAL_ID });
    return { body: `${line}\n`, headers: { 'content-type': 'application/x-ndjson' }, targets: false };
  }
  const byRef: Record<string, () => unknown> = {
    VacancyInput: () => validVacancy(),
    CandidateInput: () => markedCandidate('ATTACKER'),
    WebhookSubscriptionInput: () => ({
      kind: 'vacancy-matches',
      url: 'https://hooks.attacker.example/x',
      vacancyId: victims.vacancyId,
    }),
  };
  const byOperation: Record<string, () => unknown> = {
    'POST /v1/taxonomy/skills/resolve': () => ({ skills: [{ label: 'metselen' }] }),
    'POST /v1/taxonomy/skills/extract': () => ({ text: 'metselen en tegelzetten' }),
  };
  const make = (op.body.ref && byRef[op.body.ref]) || byOperation[op.key];
  if (!make) return undefined;
  const body = make();
  return { body, targets: JSON.stringify(body).includes(victims.vacancyId) };
}
