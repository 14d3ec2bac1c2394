/**
 * /api/v1 webhook routes (issue 15): a municipality's webhooks, the delivery log and redelivery
 * by hand. Administrators only (the use cases' access). The secret is in the create answer only.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  createWebhook,
  listWebhooks,
  redeliverWebhook,
  removeWebhook,
} from '../../app/webhooks/manage-webhooks.ts';
import { WEBHOOK_EVENTS } from '../../domain/webhooks/events.ts';
import type { HttpDeps } from '../request-context.ts';
import { useCaseRoute } from '../use-case-route.ts';

const params = (r: FastifyRequest) => r.params as Record<string, string>;
const body = (r: FastifyRequest) => (r.body ?? {}) as Record<string, unknown>;
const base = '/api/v1/municipalities/:municipality/webhooks';
const tags = ['webhooks'];

const eventType = z.enum(WEBHOOK_EVENTS);
const webhookResponse = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(eventType),
  description: z.string(),
  createdAt: z.string(),
});
const attemptResponse = z.object({
  at: z.string(),
  statusCode: z.number().int().nullable(),
  error: z.string().nullable(),
  durationMs: z.number().int(),
});
const deliveryResponse = z.object({
  id: z.string(),
  webhookId: z.string(),
  url: z.string(),
  eventId: z.string(),
  eventType,
  status: z.enum(['pending', 'delivered', 'failed', 'cancelled']),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  redeliveryOf: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
  log: z.array(attemptResponse),
});

export function registerWebhooksApi(app: FastifyInstance, deps: HttpDeps): void {
  useCaseRoute(app, deps, {
    method: 'GET',
    url: base,
    tags,
    useCase: listWebhooks,
    input: (r) => ({ municipality: params(r).municipality }),
    response: z.object({ webhooks: z.array(webhookResponse), deliveries: z.array(deliveryResponse) }),
    present: (out) => out,
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: base,
    tags,
    useCase: createWebhook,
    body: z.object({ url: z.string(), events: z.array(eventType), description: z.string().optional() }),
    input: (r) => ({ municipality: params(r).municipality, ...body(r) }),
    response: z.object({ webhook: webhookResponse, secret: z.string() }),
    present: (out) => out,
    successStatus: 201,
  });

  useCaseRoute(app, deps, {
    method: 'DELETE',
    url: `${base}/:id`,
    tags,
    useCase: removeWebhook,
    input: (r) => ({ municipality: params(r).municipality, id: params(r).id }),
    response: z.object({ removed: z.string() }),
    present: (out) => out,
  });

  useCaseRoute(app, deps, {
    method: 'POST',
    url: `${base}/deliveries/:id/redeliver`,
    tags,
    useCase: redeliverWebhook,
    input: (r) => ({ municipality: params(r).municipality, id: params(r).id }),
    response: z.object({ deliveryId: z.string() }),
    present: (out) => out,
    successStatus: 201,
  });
}
