import { createRoute, z } from '@hono/zod-openapi';
import type { VacancyStore } from '../../ports/vacancy-store.js';
import {
  createSubscription,
  deleteSubscription,
  getDelivery,
  listDeliveries,
  listSubscriptions,
  replayDelivery,
  SubscriptionInputSchema,
  type WebhookDeps,
} from '../../use-cases/webhooks/subscriptions.js';
import { IdempotencyKeyHeaderSchema, jsonBody, problems, wire } from '../http-schemas.js';
import { newRouter } from '../router.js';

const tags = ['Webhooks'];

const SubscriptionSchema = z
  .object({
    id: z.string(),
    ownerRole: z.enum(['employer', 'pes']),
    ownerOrg: z.string(),
    kind: z.enum(['vacancy-matches', 'bottleneck-vacancies']),
    url: z.string(),
    vacancyId: z.string().optional(),
    minScore: z.number(),
    createdAt: z.string(),
  })
  .openapi('WebhookSubscription');

const DeliverySchema = z
  .object({
    id: z.string(),
    subscriptionId: z.string(),
    ownerOrg: z.string(),
    event: z.enum(['match.created', 'vacancy.bottleneck']).or(z.string()),
    body: z.string().openapi({ description: 'The exact JSON body sent and signed' }),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number().int(),
    nextAttemptAt: z.string().optional(),
    createdAt: z.string(),
    deliveredAt: z.string().optional(),
    replays: z.number().int(),
    history: z.array(
      z.object({
        at: z.string(),
        httpStatus: z.number().int().optional(),
        error: z.string().optional(),
        durationMs: z.number(),
      }),
    ),
  })
  .openapi('WebhookDelivery');

const SubIdParams = z.object({
  id: z
    .string()
    .regex(/^whs_[A-Za-z0-9]{1,64}$/)
    .openapi({
      param: { name: 'id', in: 'path' },
      description: 'A subscription id (`whs_…`)',
      example: 'whs_00000034',
    }),
});
const DeliveryIdParams = z.object({
  id: z
    .string()
    .regex(/^whd_[A-Za-z0-9]{1,64}$/)
    .openapi({
      param: { name: 'id', in: 'path' },
      description: 'A delivery id (`whd_…`)',
      example: 'whd_f7689f1aa8198ee34084bae0',
    }),
});

const subscribe = createRoute({
  method: 'post',
  path: '/subscriptions',
  tags,
  summary: 'Subscribe a receiver: new matches of a vacancy (employers) or new bottleneck vacancies (PES)',
  description:
    'Deliveries are POSTed as JSON and signed per the Standard Webhooks specification, so any Standard Webhooks library verifies them: `webhook-id` (the delivery id, the same on retries and replays: drop duplicates by it), `webhook-timestamp` (unix seconds; refuse one more than 5 minutes off) and `webhook-signature: v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<raw body>">`, keyed with the base64-decoded part of the `whsec_` secret after the prefix. `Concentric-Event` names the event. The secret is in this response only. Failed deliveries are retried with backoff (full jitter); see docs/webhooks.md.',
  request: {
    headers: IdempotencyKeyHeaderSchema,
    body: jsonBody(SubscriptionInputSchema.openapi('WebhookSubscriptionInput'), 'What to be told, and where'),
  },
  responses: {
    201: {
      description: 'Subscribed',
      content: {
        'application/json': {
          schema: z.object({
            subscription: SubscriptionSchema,
            secret: z.string().optional().openapi({
              description:
                'The `whsec_` signing secret, shown once: a replay leaves it out (it is kept only encrypted).',
            }),
          }),
        },
      },
    },
    ...problems(400, 401, 403, 404, 409, 413, 415, 422, 503),
  },
});

const listSubs = createRoute({
  method: 'get',
  path: '/subscriptions',
  tags,
  summary: 'Your subscriptions',
  responses: {
    200: {
      description: 'Subscriptions',
      content: { 'application/json': { schema: z.object({ items: z.array(SubscriptionSchema) }) } },
    },
    ...problems(401, 403, 503),
  },
});

const unsubscribe = createRoute({
  method: 'delete',
  path: '/subscriptions/{id}',
  tags,
  summary: 'Unsubscribe (pending deliveries then fail and stay readable)',
  request: { params: SubIdParams },
  responses: { 204: { description: 'Removed' }, ...problems(400, 401, 403, 404, 503) },
});

const listDels = createRoute({
  method: 'get',
  path: '/deliveries',
  tags,
  summary: 'Your deliveries, newest first, with their status and attempts',
  request: {
    query: z.object({
      limit: z.coerce
        .number()
        .int()
        .min(1)
        .max(100)
        .default(20)
        .openapi({ param: { name: 'limit', in: 'query' }, description: 'Deliveries to list', example: 20 }),
    }),
  },
  responses: {
    200: {
      description: 'Deliveries',
      content: { 'application/json': { schema: z.object({ items: z.array(DeliverySchema) }) } },
    },
    ...problems(400, 401, 403, 503),
  },
});

const readDelivery = createRoute({
  method: 'get',
  path: '/deliveries/{id}',
  tags,
  summary: 'One delivery',
  request: { params: DeliveryIdParams },
  responses: {
    200: { description: 'The delivery', content: { 'application/json': { schema: DeliverySchema } } },
    ...problems(400, 401, 403, 404, 503),
  },
});

const replay = createRoute({
  method: 'post',
  path: '/deliveries/{id}/replay',
  tags,
  summary: 'Send a delivery again (same body and id, signed afresh)',
  request: { params: DeliveryIdParams },
  responses: {
    202: { description: 'Queued again', content: { 'application/json': { schema: DeliverySchema } } },
    ...problems(400, 401, 403, 404, 503),
  },
});

export function webhookRoutes(deps: WebhookDeps & { readonly vacancies: VacancyStore }) {
  return newRouter()
    .openapi(subscribe, async (c) =>
      c.json(wire(await createSubscription(deps, c.get('caller'), c.req.valid('json'))), 201),
    )
    .openapi(listSubs, async (c) =>
      c.json(wire({ items: await listSubscriptions(deps, c.get('caller')) }), 200),
    )
    .openapi(unsubscribe, async (c) => {
      await deleteSubscription(deps, c.get('caller'), c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(listDels, async (c) =>
      c.json(wire({ items: await listDeliveries(deps, c.get('caller'), c.req.valid('query').limit) }), 200),
    )
    .openapi(readDelivery, async (c) =>
      c.json(wire(await getDelivery(deps, c.get('caller'), c.req.valid('param').id)), 200),
    )
    .openapi(replay, async (c) =>
      c.json(wire(await replayDelivery(deps, c.get('caller'), c.req.valid('param').id)), 202),
    );
}
