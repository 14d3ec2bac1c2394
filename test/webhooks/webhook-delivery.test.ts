/**
 * Webhooks end to end (issue 15) against a receiver this test starts on a real socket: an admin
 * creates a hook through the API, a use case emits an event inside its transaction, the worker
 * round (with the test's clock) POSTs it signed; the receiver answers 500 first, so the delivery
 * is tried again after the back-off, then 200. Redelivery by hand sends the same event again.
 * After the hook is removed, nothing more is delivered — neither what was pending nor new events.
 * The sender refuses loopback and private targets unless configuration allows them.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelMeeting } from '../../src/app/meetings/cancel-meeting.ts';
import { createMeeting } from '../../src/app/meetings/create-meeting.ts';
import { runUseCase } from '../../src/app/run-use-case.ts';
import { deliverDueWebhooks } from '../../src/app/webhooks/deliver-due-webhooks.ts';
import { createUnitOfWork } from '../../src/db/unit-of-work.ts';
import { verifyWebhook } from '../../src/domain/webhooks/signature.ts';
import { createWebhookPost, ForbiddenTargetError } from '../../src/main/webhook-sender.ts';
import { userWith } from '../support/actors.ts';
import { systemContext } from '../support/auth.ts';
import { loadDemoInto } from '../support/demo.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const OWN = '707';
const admin = userWith('admin');

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

describe('webhooks', () => {
  let t: TestApp;
  let receiver: Server;
  let url = '';
  const received: Received[] = [];
  const answers: number[] = [500];

  beforeAll(async () => {
    t = await startTestApp({ resolveActor: async () => admin });
    await loadDemoInto(t.database);
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => {
        body += chunk.toString('utf8');
      });
      request.on('end', () => {
        received.push({ headers: request.headers, body });
        response.statusCode = answers.shift() ?? 200;
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  }, 120_000);
  afterAll(async () => {
    await new Promise((resolve) => receiver?.close(resolve));
    await t?.close();
  });

  const api = (method: 'GET' | 'POST' | 'DELETE', path: string, payload?: unknown) =>
    t.app.inject({
      method,
      url: `/api/v1/municipalities/${OWN}/webhooks${path}`,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  const ctx = (now: Date) => ({ ...systemContext(t.database.db, now), actor: admin });
  const uow = () => createUnitOfWork(t.database.db, { actor: 'system:webhooks', requestId: null });
  const post = createWebhookPost({ allowPrivateTargets: true });
  const round = (now: Date) => deliverDueWebhooks(uow(), post, () => now);
  const verified = (r: Received, secret: string, now: Date) =>
    verifyWebhook(
      secret,
      {
        signature: String(r.headers['x-styringsdialog-signature']),
        timestamp: String(r.headers['x-styringsdialog-timestamp']),
      },
      r.body,
      Math.floor(now.getTime() / 1000),
    );

  it('signs, retries after a 500, redelivers by hand, and stops when the hook is removed', async () => {
    const created = await api('POST', '', {
      url,
      events: ['meeting.planned', 'meeting.cancelled'],
      description: 'Test',
    });
    expect(created.statusCode, created.body).toBe(201);
    const { webhook, secret } = created.json() as { webhook: { id: string }; secret: string };

    // The planning use case queues the event at the real clock's instant; the rounds run just after.
    const t0 = new Date(Date.now() + 1000);
    const { meeting } = await runUseCase(createMeeting, ctx(t0), {
      municipality: OWN,
      meeting: {
        obligationId: `dialogueMeeting:${OWN}:org-djurslandsbo:2027:legalFloor#1`,
        date: '2027-10-14',
        startTime: '10:00',
        endTime: '12:00',
      },
    });

    // First attempt: the receiver answers 500.
    expect(await round(t0)).toEqual({ attempted: 1, delivered: 0 });
    expect(received).toHaveLength(1);
    const first = received[0] as Received;
    expect(verified(first, secret, t0)).toBe(true);
    expect(verified(first, 'another secret', t0)).toBe(false);
    expect(first.headers['x-styringsdialog-event']).toBe('meeting.planned');
    const event = JSON.parse(first.body) as { id: string; type: string; data: { meetingId: string } };
    expect(event).toMatchObject({ type: 'meeting.planned', data: { meetingId: meeting.id } });
    // Replaying the captured request ten minutes later fails verification.
    expect(verified(first, secret, new Date(t0.getTime() + 10 * 60_000))).toBe(false);

    // Not due again before the back-off (10 s), then delivered.
    expect(await round(new Date(t0.getTime() + 5_000))).toEqual({ attempted: 0, delivered: 0 });
    const t1 = new Date(t0.getTime() + 11_000);
    expect(await round(t1)).toEqual({ attempted: 1, delivered: 1 });
    expect(received).toHaveLength(2);
    expect(verified(received[1] as Received, secret, t1)).toBe(true);
    expect(JSON.parse((received[1] as Received).body).id).toBe(event.id);

    const log = (await api('GET', '')).json() as {
      deliveries: { id: string; status: string; attempts: number; log: { statusCode: number | null }[] }[];
    };
    // The API's list never carries the secret (only the create answer does).
    expect(JSON.stringify(log)).not.toContain(secret);
    const delivery = log.deliveries[0];
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 2 });
    expect(delivery?.log.map((a) => a.statusCode)).toEqual([500, 200]);

    // Redelivery by hand: the same event once more.
    const again = await api('POST', `/deliveries/${delivery?.id}/redeliver`);
    expect(again.statusCode, again.body).toBe(201);
    expect(await round(t1)).toEqual({ attempted: 1, delivered: 1 });
    expect(received).toHaveLength(3);
    expect(JSON.parse((received[2] as Received).body).id).toBe(event.id);

    // An event pending when the hook is removed is cancelled; later events are not queued.
    await runUseCase(cancelMeeting, ctx(t1), {
      municipality: OWN,
      id: meeting.id,
      reason: 'Flyttes til næste år',
    });
    const removed = await api('DELETE', `/${webhook.id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    await runUseCase(createMeeting, ctx(t1), {
      municipality: OWN,
      meeting: {
        obligationId: `dialogueMeeting:${OWN}:org-djurslandsbo:2028:legalFloor#1`,
        date: '2028-10-12',
        startTime: '10:00',
        endTime: '12:00',
      },
    });
    expect(await round(new Date(t1.getTime() + 3_600_000))).toEqual({ attempted: 0, delivered: 0 });
    expect(received).toHaveLength(3);
    const after = (await api('GET', '')).json() as { webhooks: unknown[]; deliveries: { status: string }[] };
    expect(after.webhooks).toEqual([]);
    expect(after.deliveries.map((d) => d.status)).toContain('cancelled');
  }, 60_000);

  it('refuses loopback, link-local and private targets unless configuration allows them', async () => {
    const guarded = createWebhookPost({ allowPrivateTargets: false });
    const port = (receiver.address() as AddressInfo).port;
    const before = received.length;
    for (const target of [
      url,
      `http://localhost:${port}/hook`,
      'http://169.254.169.254/latest',
      'http://10.0.0.1/',
    ]) {
      await expect(guarded(target, {}, '{}'), target).rejects.toBeInstanceOf(ForbiddenTargetError);
    }
    expect(received.length).toBe(before);
  });

  it('accepts only http(s) URLs, with a Danish message', async () => {
    const res = await api('POST', '', { url: 'ftp://example.org/hook', events: ['meeting.planned'] });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('https://');
  });
});
