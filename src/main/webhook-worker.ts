/**
 * Runs the webhook deliveries in the background of a server: one round every few seconds, never
 * two rounds at once in this process. Several server instances may run it on one database: the
 * claim (db/webhooks/webhook-store.ts) keeps them from sending a delivery twice. Pending
 * deliveries are rows in the database, so a restart loses none.
 */

import type { UnitOfWork } from '../app/ports.ts';
import { deliverDueWebhooks, type WebhookPost } from '../app/webhooks/deliver-due-webhooks.ts';

export interface WebhookWorker {
  stop(): Promise<void>;
}

export function startWebhookWorker(
  uow: UnitOfWork,
  post: WebhookPost,
  log: { error(obj: unknown, msg: string): void },
  intervalMs = 5000,
): WebhookWorker {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = deliverDueWebhooks(uow, post, () => new Date())
      .catch((err: unknown) => log.error({ err }, 'webhook delivery round failed'))
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
