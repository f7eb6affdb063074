import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validVacancy } from '../fixtures/api-bodies.js';
import { type Harness, startHarness } from '../support/api-harness.js';
import { markedCandidate, personalMarkers } from '../support/erasure-checks.js';
import {
  ALLOWED,
  ATTACKERS,
  bodyFor,
  IMPORT_MARK,
  json,
  type Kind,
  type Operation,
  OWNER_OF,
  targetPath,
  VICTIM_EMPLOYER,
  VICTIM_EXTERNAL_ID,
  VICTIM_MARK,
  VICTIM_PES,
  type Victims,
} from './cross-tenant-matrix.cases.js';

/**
 * The cross-tenant matrix. Every operation in the OpenAPI document is tried by every caller
 * that does not own the victim's resources: other employers and services, the talent pool, an
 * operator, and the victims' own organisation ids in another role. Operations are read from
 * `/openapi.json`, so a new route joins the matrix by itself; a path parameter the matrix cannot
 * fill, or a body it cannot build, fails the test until it is taught.
 *
 * - A *targeted* attempt names a victim's resource (a path parameter, or a body pointing at the
 *   victim's vacancy): it must be refused with 403 or 404, or be one of the few attempts the
 *   rules allow, whose answer is then checked to contain only the caller's own data.
 * - Every other attempt (lists, reference data, feeds, uploads) must not return the victim
 *   candidate's personal data.
 * Afterwards the victim's resources must be exactly as they were.
 */

let h: Harness;
let victims: Victims;
let operations: Operation[];
let markers: string[];

beforeAll(async () => {
  h = await startHarness({ rateLimit: false });
  const vacancy = await json<{ id: string }>(
    await h.call('POST', '/v1/vacancies', { as: VICTIM_EMPLOYER, body: validVacancy() }),
    201,
  );
  const candidate = await json<{ candidate: { id: string } }>(
    await h.call('PUT', `/v1/candidates/by-external-id/${VICTIM_EXTERNAL_ID}`, {
      as: VICTIM_PES,
      body: markedCandidate(VICTIM_MARK),
    }),
    201,
  );
  const candidateId = candidate.candidate.id;
  await json(
    await h.call('PUT', `/v1/candidates/${candidateId}/consents/share-with-employer:${VICTIM_EMPLOYER[1]}`, {
      as: VICTIM_PES,
    }),
    200,
  );
  const importJob = await json<{ id: string }>(
    await h.call('POST', '/v1/candidate-imports', {
      as: VICTIM_PES,
      body: `${JSON.stringify({ ...markedCandidate(IMPORT_MARK), externalId: 'VICTIM-IMP-1' })}\n`,
      headers: { 'content-type': 'application/x-ndjson' },
    }),
    202,
  );
  const subscription = await json<{ subscription: { id: string } }>(
    await h.call('POST', '/v1/webhooks/subscriptions', {
      as: VICTIM_EMPLOYER,
      body: { kind: 'vacancy-matches', url: 'https://hooks.victim.example/matches', vacancyId: vacancy.id },
    }),
    201,
  );
  victims = {
    vacancyId: vacancy.id,
    candidateId,
    importId: importJob.id,
    subscriptionId: subscription.subscription.id,
    deliveryId: 'whd_notadeliveryofyours1',
  };
  // Name, contact, birth date and free text. Not the external id: callers legitimately reuse it
  // in their own namespace, and the exchange export shows it to partners by design.
  markers = [
    ...personalMarkers(VICTIM_MARK, VICTIM_EXTERNAL_ID),
    ...personalMarkers(IMPORT_MARK, 'VICTIM-IMP-1'),
  ].filter((m) => !m.startsWith('VICTIM-'));

  const doc = await json<{
    paths: Record<
      string,
      Record<string, { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>
    >;
  }>(await h.call('GET', '/openapi.json'), 200);
  operations = Object.entries(doc.paths)
    .filter(([path]) => path.startsWith('/v1/'))
    .flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => {
        const [type, media] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
        return {
          method: method.toUpperCase(),
          path,
          key: `${method.toUpperCase()} ${path}`,
          body: type ? { type, ref: media?.schema.$ref?.split('/').at(-1) } : undefined,
        };
      }),
    );
});
afterAll(async () => h.close());

describe('cross-tenant matrix over every route in the OpenAPI document', () => {
  it('refuses every attempt on another tenant’s resources and leaks no personal data', async () => {
    const untaught: string[] = [];
    const failures: string[] = [];
    const tally = { attempts: 0, targeted: 0, refused403: 0, refused404: 0, allowed: 0, untargeted: 0 };
    const allowedSeen = new Set<string>();

    for (const op of operations) {
      for (const caller of ATTACKERS) {
        const target = targetPath(op, caller, victims);
        const body = bodyFor(op, victims);
        if (!target || !body) {
          untaught.push(op.key);
          break;
        }
        const res = await h.call(op.method, target.path, {
          as: caller,
          ...(body.body !== undefined ? { body: body.body } : {}),
          headers: { 'if-match': '*', ...body.headers },
        });
        // The problem document's `instance` echoes the path the caller sent: not a leak.
        const text = (await res.text()).replaceAll(target.path, '');
        tally.attempts++;
        const label = `${caller.join(':')} ${op.key} → ${res.status}`;
        for (const marker of markers)
          if (text.includes(marker)) failures.push(`${label} returned '${marker}'`);

        const targeted = target.aimed || body.targets;
        if (!targeted) {
          tally.untargeted++;
          continue;
        }
        tally.targeted++;
        if (res.status === 403) tally.refused403++;
        else if (res.status === 404) tally.refused404++;
        else {
          const allowance = ALLOWED[op.key];
          if (allowance?.roles.includes(caller[0]) && res.status < 300) {
            allowance.check(JSON.parse(text), caller);
            tally.allowed++;
            allowedSeen.add(`${op.key} (${caller[0]}): ${allowance.why}`);
          } else failures.push(`${label} was not refused: ${text.slice(0, 200)}`);
        }
      }
    }

    console.log(
      `cross-tenant matrix: ${operations.length} operations × ${ATTACKERS.length} callers = ${tally.attempts} attempts; ` +
        `${tally.targeted} aimed at another tenant's resources: ${tally.refused403 + tally.refused404} refused ` +
        `(${tally.refused403} × 403, ${tally.refused404} × 404), ${tally.allowed} allowed by rule and checked to show ` +
        `the caller's own data only; ${tally.untargeted} other attempts (lists, reference data, feeds, uploads) ` +
        `returned no personal data of the victims\n  allowed by rule: ${[...allowedSeen].join('\n                   ') || 'none'}`,
    );
    expect(untaught, 'operations the matrix cannot fill: teach kindOf/bodyFor').toEqual([]);
    expect(failures).toEqual([]);
    expect(tally.targeted).toBe(tally.refused403 + tally.refused404 + tally.allowed);
    expect(tally.refused403 + tally.refused404).toBeGreaterThan(60);
  });

  it('left the victims’ resources exactly as they were, and their owners can still use them', async () => {
    const vacancy = await json<{ version: number; status: string; title: string }>(
      await h.call('GET', `/v1/vacancies/${victims.vacancyId}`, { as: VICTIM_EMPLOYER }),
      200,
    );
    expect(vacancy).toMatchObject({ version: 1, status: 'open' });
    const candidate = await json<{ version: number; pes: string; personal: { fullName: string } }>(
      await h.call('GET', `/v1/candidates/${victims.candidateId}`, { as: VICTIM_PES }),
      200,
    );
    expect(candidate).toMatchObject({
      version: 2,
      pes: VICTIM_PES[1],
      personal: { fullName: `Naam ${VICTIM_MARK}` },
    });
    const view = await json<{ disclosure: string }>(
      await h.call('GET', `/v1/vacancies/${victims.vacancyId}/candidates/${victims.candidateId}`, {
        as: VICTIM_EMPLOYER,
      }),
      200,
    );
    expect(view.disclosure).toBe('identified');
    const subscriptions = await json<{ items: { id: string }[] }>(
      await h.call('GET', '/v1/webhooks/subscriptions', { as: VICTIM_EMPLOYER }),
      200,
    );
    expect(subscriptions.items.map((s) => s.id)).toContain(victims.subscriptionId);
    await json(await h.call('GET', `/v1/candidate-imports/${victims.importId}`, { as: VICTIM_PES }), 200);
  });

  it('answers every owner read the matrix attacked (the refusals were not bad fixtures)', async () => {
    let controls = 0;
    for (const op of operations.filter((o) => o.method === 'GET' && o.path.includes('{'))) {
      const target = targetPath(op, VICTIM_EMPLOYER, victims);
      if (!target || target.kinds.includes('delivery')) continue;
      // The first resource in the path decides (a vacancy's candidates are its employer's view).
      const owner = OWNER_OF[target.kinds[0] as Kind];
      const res = await h.call('GET', target.path, { as: owner });
      expect(res.status, `${owner.join(':')} ${op.key}`).toBe(200);
      controls++;
    }
    expect(controls).toBeGreaterThanOrEqual(4);
  });
});
