/**
 * Records the OpenAPI examples from a demo world: the app on dynalite with the demo data
 * (shared/demo/), the reference vacancy and candidate (shared/demo/reference-bodies.ts) posted
 * into it, and one call per operation, each request and answer written as the operation's
 * example into shared/app/openapi/openapi-examples.json (served with the document).
 *
 *   npx tsx scripts/openapi/capture-examples.ts
 *
 * A fixed clock and sequential ids keep the resource ids and dates steady between runs; durations
 * (`tookMs`), webhook secrets, audit ids and the order of a candidate scan still differ.
 * Run it after changing a request or response schema; the completeness test
 * (test/integration/openapi-completeness.test.ts) fails while an example is missing or no
 * longer matches its schema.
 */
import '@hono/zod-openapi';
import { writeFile } from 'node:fs/promises';
import { examplesFilePath } from '../../shared/app/openapi/static-files.js';
import { DEMO_EMPLOYERS } from '../../shared/demo/demo-data.js';
import { referenceCandidate, referenceVacancy } from '../../shared/demo/reference-bodies.js';
import {
  ConflictError,
  PayloadTooLargeError,
  RateLimitedError,
  ServiceUnavailableError,
  TooManyRowsError,
} from '../../shared/errors.js';
import { EXAMPLE_EXCHANGE_CANDIDATE } from '../../shared/exchange/example.js';
import { toExchangeCandidate } from '../../shared/exchange/exchange-format.js';
import { fixedClock } from '../../shared/ports/clock.js';
import { sequentialIds } from '../../shared/ports/id-generator.js';
import { startDynalite } from '../local/dynalite.js';
import { loadDemoData } from '../local/load-demo.js';
import { buildLocalApp } from '../local/local-app.js';
import { type Caller, ExampleRecorder, firstItems, firstLines } from './example-recorder.js';

const EMPLOYER: Caller = ['employer', DEMO_EMPLOYERS.bouwgroep.id];
const PES: Caller = ['pes', 'ANAPEC'];
const OPERATOR: Caller = ['operator', 'ops-vdab'];
const TALENT_POOL: Caller = ['talent-pool', 'eu-talent-pool'];
const EXTERNAL_ID = EXAMPLE_EXCHANGE_CANDIDATE.externalId;
const { expect } = ExampleRecorder;

const dynamo = await startDynalite();
try {
  const local = await buildLocalApp({
    dynamo,
    clock: fixedClock('2026-03-02T09:00:00.000Z'),
    ids: sequentialIds(),
    rateLimit: false,
    exchange: { sender: { send: async () => ({ status: 204 }) } },
  });
  const demo = await loadDemoData(local.deps);
  await local.stream.drain();
  const r = new ExampleRecorder(local.app);
  const page2 = (body: unknown) => firstItems(body, 'items', 2);

  // Vacancies.
  const vacancyBody = referenceVacancy();
  const created = expect(
    await r.call('POST', '/v1/vacancies', { as: EMPLOYER, body: vacancyBody }),
    201,
    'post',
  );
  const vacancyId = (created.body as { id: string }).id;
  const etag = created.headers.get('etag') ?? '';
  await r.call('GET', '/v1/vacancies?limit=2', { as: EMPLOYER, trim: page2 });
  await r.call('GET', `/v1/vacancies/${vacancyId}`, { as: EMPLOYER });
  const updated = await r.call('PUT', `/v1/vacancies/${vacancyId}`, {
    as: EMPLOYER,
    body: { ...vacancyBody, openings: 4 },
    headers: { 'if-match': etag },
  });
  expect(updated, 200, 'put');
  const blocked = referenceVacancy();
  blocked.recruitmentCosts = [{ category: 'recruitment-fee', payer: 'worker', amountEur: 1500 }];
  r.problemFrom(expect(await r.call('POST', '/v1/vacancies', { as: EMPLOYER, body: blocked }), 422, 'block'));
  r.problemFrom(
    await r.call('PUT', `/v1/vacancies/${vacancyId}`, {
      as: EMPLOYER,
      body: vacancyBody,
      headers: { 'if-match': etag },
    }),
  );
  r.problemFrom(await r.call('PUT', `/v1/vacancies/${vacancyId}`, { as: EMPLOYER, body: vacancyBody }));
  r.problemFrom(await r.call('POST', '/v1/vacancies', { as: EMPLOYER, body: { title: 42 }, quiet: true }));
  r.problemFrom(await r.call('GET', '/v1/vacancies', { quiet: true }));
  r.problemFrom(await r.call('POST', '/v1/vacancies', { as: PES, body: vacancyBody, quiet: true }));
  r.problemFrom(await r.call('GET', '/v1/vacancies/vac_404', { as: EMPLOYER, quiet: true }));
  r.problemFrom(
    await r.call('POST', '/v1/vacancies', { as: EMPLOYER, body: 'x', media: 'text/plain', quiet: true }),
  );
  await r.problem(new PayloadTooLargeError(256 * 1024));
  await r.problem(new RateLimitedError(1));
  await r.problem(
    new ServiceUnavailableError('A dependency is overloaded or unreachable; retry the request shortly.'),
  );
  await r.problem(new TooManyRowsError(10_000), '/v1/candidates/bulk');
  await r.problem(
    new ConflictError('An upload with this Idempotency-Key is still being processed; retry shortly.'),
    '/v1/candidates/bulk',
  );

  // Candidates.
  const candidateBody = referenceCandidate();
  const path = `/v1/candidates/by-external-id/${EXTERNAL_ID}`;
  const upserted = expect(await r.call('PUT', path, { as: PES, body: candidateBody }), 201, 'upsert');
  const candidate = (upserted.body as { candidate: { id: string } }).candidate;
  await r.call('PUT', path, { as: PES, body: { ...candidateBody, workExperienceYears: 7 } });
  await local.stream.drain();
  await r.call('GET', '/v1/candidates?limit=2', { as: PES, trim: page2 });
  await r.call('GET', `/v1/candidates/${candidate.id}`, { as: PES });

  // Matching, consent and the employer's view.
  const matches = (body: unknown) => firstItems(body, 'matches', 1);
  await r.call('POST', `/v1/vacancies/${vacancyId}/matches?topK=3&locale=nl`, {
    as: EMPLOYER,
    trim: matches,
  });
  const purpose = `share-with-employer:${EMPLOYER[1]}`;
  await r.call('PUT', `/v1/candidates/${candidate.id}/consents/${purpose}`, { as: PES });
  await r.call('GET', `/v1/vacancies/${vacancyId}/candidates/${candidate.id}`, { as: EMPLOYER });
  await r.call('DELETE', `/v1/candidates/${candidate.id}/consents/${purpose}`, { as: PES });

  // Bulk exchange.
  const stored = await local.deps.candidates.get('ANAPEC', candidate.id);
  if (!stored) throw new Error(`candidate ${candidate.id} was not stored`);
  const exchangeRow = toExchangeCandidate(stored, 'owner');
  const rows = [
    JSON.stringify({ ...exchangeRow, externalId: 'MA-2026-000124', meta: undefined }),
    JSON.stringify({ ...exchangeRow, externalId: 'MA-2026-000125', meta: undefined, languages: 'fr' }),
  ].join('\n');
  await r.call('POST', '/v1/candidates/bulk', {
    as: PES,
    body: `${rows}\n`,
    media: 'application/x-ndjson',
    headers: { 'idempotency-key': '0b5b8f0e-6f7d-4a43-9f55-3c1f4b1c7d2e' },
  });
  const template = await r.call('GET', '/v1/candidates/bulk/template.csv', { as: PES });
  await r.call('POST', '/v1/candidates/bulk', {
    as: PES,
    body: template.body,
    media: 'text/csv',
    quiet: false,
    operation: 'POST /v1/candidates/bulk',
  });
  const job = await r.call('POST', '/v1/candidate-imports', {
    as: PES,
    body: `${rows}\n`,
    media: 'application/x-ndjson',
    headers: { 'idempotency-key': '6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f' },
  });
  const jobId = (expect(job, 202, 'import').body as { id: string }).id;
  // The same upload again under its key: the first job (200), nothing written twice.
  await r.call('POST', '/v1/candidate-imports', {
    as: PES,
    body: `${rows}\n`,
    media: 'application/x-ndjson',
    headers: { 'idempotency-key': '6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f' },
  });
  await r.call('POST', '/v1/candidate-imports', { as: PES, body: template.body, media: 'text/csv' });
  for (let i = 0; i < 50; i++) {
    const status = await r.call('GET', `/v1/candidate-imports/${jobId}`, { as: PES, quiet: true });
    if ((status.body as { status: string }).status === 'completed') break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await r.call('GET', `/v1/candidate-imports/${jobId}`, { as: PES });
  await r.call('GET', `/v1/candidate-imports/${jobId}/report`, { as: PES });
  await local.worker.runOnce();
  await r.call('GET', '/v1/changes?limit=2', { as: PES });
  await r.call('GET', '/v1/exchange/candidates', { as: TALENT_POOL, trim: firstLines(2) });
  await r.call('GET', '/v1/exchange/schema.json', { as: PES });

  // Webhooks.
  const subscription = await r.call('POST', '/v1/webhooks/subscriptions', {
    as: EMPLOYER,
    body: {
      kind: 'vacancy-matches',
      url: 'https://hooks.bouwgroep-vdb.example/concentric',
      vacancyId,
      minScore: 0.5,
    },
  });
  const subscriptionId = (expect(subscription, 201, 'subscribe').body as { subscription: { id: string } })
    .subscription.id;
  await r.call('GET', '/v1/webhooks/subscriptions', { as: EMPLOYER });
  await r.call('PUT', `/v1/candidates/by-external-id/MA-2026-000126`, {
    as: PES,
    body: { ...candidateBody, workExperienceYears: 9 },
    quiet: true,
  });
  await local.stream.drain();
  await local.worker.runOnce();
  await local.worker.runOnce();
  const deliveries = await r.call('GET', '/v1/webhooks/deliveries?limit=1', { as: EMPLOYER });
  const deliveryId = (deliveries.body as { items: { id: string }[] }).items[0]?.id;
  if (!deliveryId) throw new Error('no webhook delivery to record');
  await r.call('GET', `/v1/webhooks/deliveries/${deliveryId}`, { as: EMPLOYER });
  await r.call('POST', `/v1/webhooks/deliveries/${deliveryId}/replay`, { as: EMPLOYER });
  await r.call('DELETE', `/v1/webhooks/subscriptions/${subscriptionId}`, { as: EMPLOYER });

  // Taxonomy, rules, insight, audit.
  await r.call('GET', '/v1/taxonomy/occupations?q=metselaar', { as: EMPLOYER, trim: page2 });
  await r.call('GET', '/v1/taxonomy/skills?q=metsel', { as: EMPLOYER, trim: page2 });
  await r.call('POST', '/v1/taxonomy/skills/resolve', {
    as: EMPLOYER,
    body: { skills: [{ label: 'metselen' }, { label: 'lire des plans' }, { label: 'tegelzetten op maat' }] },
  });
  await r.call('POST', '/v1/taxonomy/skills/extract', {
    as: EMPLOYER,
    body: {
      text: 'Wij zoeken een metselaar met ervaring in metselen en tegelzetten. Vous savez lire des plans; TIG welding is a plus.',
    },
  });
  await r.call('GET', '/v1/rules', { as: EMPLOYER, trim: page2 });
  await r.call('POST', '/v1/rules/dry-run', {
    as: EMPLOYER,
    body: blocked,
    trim: (b) => firstItems(b, 'decisions', 3),
  });
  await r.call('GET', '/v1/insight/tension?level=2', {
    as: OPERATOR,
    trim: (b) => firstItems(b, 'groups', 2),
  });
  await r.call('GET', '/v1/insight/sourcing-plan?year=2026', {
    as: OPERATOR,
    trim: (b) => firstItems(b, 'occupations', 1),
  });
  await r.call('GET', '/v1/insight/report', {
    as: OPERATOR,
    trim: (b) => `${String(b).slice(0, 1200)}<!-- … the rest of the page is left out of this example -->`,
  });
  await r.call('GET', `/v1/audit?subject=${candidate.id}&limit=2`, { as: OPERATOR, trim: page2 });

  // Last, the changes that end things.
  await r.call('POST', `/v1/vacancies/${vacancyId}/close`, {
    as: EMPLOYER,
    headers: { 'if-match': updated.headers.get('etag') ?? '' },
  });
  await r.call('DELETE', `/v1/candidates/${candidate.id}`, { as: PES });

  await writeFile(examplesFilePath(), `${JSON.stringify(r.examples, null, 2)}\n`);
  const operations = Object.keys(r.examples.operations).length;
  console.log(
    `recorded ${operations} operations and ${Object.keys(r.examples.problems).length} problems (demo: ${demo.vacancies} vacancies, ${demo.candidates} candidates; ids: ${vacancyId}, ${candidate.id}, ${jobId}, ${subscriptionId}, ${deliveryId}) into ${examplesFilePath()}`,
  );
} finally {
  await dynamo.stop();
}
