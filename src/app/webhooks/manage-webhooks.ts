/**
 * The municipality's webhooks, managed by its administrators: list, create (the secret is shown
 * once, at creation), remove (pending deliveries are cancelled; the log stays), the delivery log
 * and redelivery by hand. Only http(s) URLs are accepted; where a URL may lead (not loopback,
 * link-local or private addresses) is checked when connecting, after DNS (main/webhook-sender.ts).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { webUrl } from '../../domain/shared/web-url.ts';
import { WEBHOOK_EVENTS } from '../../domain/webhooks/events.ts';
import { actorLabel, authorize } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { newSecret } from '../auth/secrets.ts';
import { municipalityAdmins } from '../registry/access.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';

const webhookEvents = z
  .array(z.enum(WEBHOOK_EVENTS, { message: 'Ukendt hændelse' }), { message: 'Vælg mindst én hændelse' })
  .min(1, { message: 'Vælg mindst én hændelse' })
  .transform((events) => [...new Set(events)]);

export const listWebhooks = defineUseCase({
  name: 'listWebhooks',
  summary: 'Vis kommunens webhooks og leveringsloggen',
  mutates: false,
  access: municipalityAdmins,
  input: z.object({ municipality: municipalityCode }),
  async run(ctx, input) {
    authorize(ctx.actor, municipalityAdmins, { municipality: input.municipality });
    return ctx.uow.read(async (s) => {
      const [webhooks, deliveries] = await Promise.all([
        s.webhooks.listWebhooks(input.municipality),
        s.webhooks.listDeliveries(input.municipality, 50),
      ]);
      return {
        // The secret is for the administrators' page (they configure the receiver with it); the
        // API's list leaves it out, its presenter whitelists the fields.
        webhooks,
        deliveries: deliveries.map(({ payload: _payload, ...d }) => ({
          ...d,
          canRedeliver: d.status !== 'pending',
        })),
      };
    });
  },
});

export const createWebhook = defineUseCase({
  name: 'createWebhook',
  summary: 'Opret en webhook',
  mutates: true,
  access: municipalityAdmins,
  input: z.object({
    municipality: municipalityCode,
    url: webUrl('Webhookens adresse'),
    events: webhookEvents,
    description: z.string().trim().max(200, { message: 'Beskrivelsen må højst være 200 tegn' }).default(''),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, municipalityAdmins, { municipality: input.municipality });
    const now = ctx.now ?? new Date();
    const secret = newSecret();
    const webhook = {
      id: `wh-${randomUUID()}`,
      municipality: input.municipality,
      url: input.url,
      events: input.events,
      description: input.description,
      createdAt: now.toISOString(),
      createdBy: actorLabel(ctx.actor),
      removedAt: null,
    };
    return ctx.uow.write(async (s) => {
      if (!(await s.registry.getMunicipality(input.municipality))) throw notFound('Kommunen');
      await s.webhooks.insertWebhook(webhook, secret);
      // The secret is never written to the audit log.
      await s.audit.append({
        municipality: input.municipality,
        action: 'createWebhook',
        entity: 'webhook',
        entityId: webhook.id,
        before: null,
        after: { url: webhook.url, events: webhook.events, description: webhook.description },
      });
      return { webhook, secret };
    });
  },
});

export const removeWebhook = defineUseCase({
  name: 'removeWebhook',
  summary: 'Fjern en webhook',
  mutates: true,
  access: municipalityAdmins,
  input: z.object({ municipality: municipalityCode, id: entityId }),
  async run(ctx, input) {
    authorize(ctx.actor, municipalityAdmins, { municipality: input.municipality });
    const now = ctx.now ?? new Date();
    return ctx.uow.write(async (s) => {
      const hook = await s.webhooks.getWebhook(input.municipality, input.id);
      if (
        !hook ||
        hook.removedAt !== null ||
        !(await s.webhooks.removeWebhook(input.municipality, input.id, now))
      )
        throw notFound('Webhooken');
      await s.audit.append({
        municipality: input.municipality,
        action: 'removeWebhook',
        entity: 'webhook',
        entityId: hook.id,
        before: { url: hook.url, events: hook.events },
        after: null,
      });
      return { removed: hook.id };
    });
  },
});

export const redeliverWebhook = defineUseCase({
  name: 'redeliverWebhook',
  summary: 'Send en webhook-levering igen',
  mutates: true,
  access: municipalityAdmins,
  input: z.object({ municipality: municipalityCode, id: entityId }),
  async run(ctx, input) {
    authorize(ctx.actor, municipalityAdmins, { municipality: input.municipality });
    const now = ctx.now ?? new Date();
    return ctx.uow.write(async (s) => {
      const delivery = await s.webhooks.getDelivery(input.municipality, input.id);
      if (!delivery) throw notFound('Leveringen');
      const hook = await s.webhooks.getWebhook(input.municipality, delivery.webhookId);
      if (!hook || hook.removedAt !== null) throw notFound('Webhooken');
      // A new delivery of the same event (same event id, same body): the receiver can tell it
      // is a repeat; the original stays in the log as it was.
      const id = randomUUID();
      await s.webhooks.insertDelivery({
        id,
        municipality: delivery.municipality,
        webhookId: delivery.webhookId,
        eventId: delivery.eventId,
        eventType: delivery.eventType,
        payload: delivery.payload,
        nextAttemptAt: now,
        redeliveryOf: delivery.id,
      });
      await s.audit.append({
        municipality: input.municipality,
        action: 'redeliverWebhook',
        entity: 'webhookDelivery',
        entityId: id,
        before: null,
        after: { redeliveryOf: delivery.id, eventId: delivery.eventId },
      });
      return { deliveryId: id };
    });
  },
});
