/**
 * The webhook queue's claim (issue 15): concurrent claimers — on PostgreSQL separate pool
 * connections, like two server instances — never get the same delivery; a claim is a lease, so
 * deliveries claimed by an instance that died are taken over once it runs out (a restart loses
 * nothing); a removed hook's pending deliveries are never claimed.
 */
import { expect, it } from 'vitest';
import { ensureMunicipality } from '../../../test/support/auth.ts';
import { describeEachDatabase } from '../../../test/support/database.ts';
import { createWebhookStore } from './webhook-store.ts';

describeEachDatabase('webhook delivery queue', (db) => {
  const now = new Date('2026-12-01T12:00:00Z');

  async function queue(count: number) {
    await ensureMunicipality(db(), '707');
    const store = createWebhookStore(db());
    await store.insertWebhook(
      {
        id: 'wh-1',
        municipality: '707',
        url: 'https://example.org/hook',
        events: ['meeting.planned'],
        description: '',
        createdAt: now.toISOString(),
        createdBy: 'system:test',
        removedAt: null,
      },
      'secret',
    );
    for (let i = 0; i < count; i++) {
      await store.insertDelivery({
        id: `d-${String(i).padStart(3, '0')}`,
        municipality: '707',
        webhookId: 'wh-1',
        eventId: `e-${i}`,
        eventType: 'meeting.planned',
        payload: '{}',
        nextAttemptAt: new Date(now.getTime() - 1000),
        redeliveryOf: null,
      });
    }
    return store;
  }

  it('gives each due delivery to exactly one of several concurrent claimers', async () => {
    await queue(40);
    const claims = await Promise.all(
      Array.from({ length: 8 }, () =>
        db()
          .transaction()
          .execute((trx) => createWebhookStore(trx).claimDue(now, 10, 60)),
      ),
    );
    const ids = claims.flat().map((d) => d.id);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
    expect(claims.flat().every((d) => d.secret === 'secret' && d.url === 'https://example.org/hook')).toBe(
      true,
    );
  });

  it('holds a claim for its lease, then hands it to another claimer (an instance that died)', async () => {
    const store = await queue(3);
    expect(await store.claimDue(now, 10, 60)).toHaveLength(3);
    expect(await store.claimDue(new Date(now.getTime() + 30_000), 10, 60)).toHaveLength(0);
    expect(await store.claimDue(new Date(now.getTime() + 61_000), 10, 60)).toHaveLength(3);
  });

  it('never claims a delivery of a removed hook', async () => {
    const store = await queue(2);
    expect(await store.removeWebhook('707', 'wh-1', now)).toBe(true);
    expect(await store.claimDue(now, 10, 60)).toHaveLength(0);
    const log = await store.listDeliveries('707', 10);
    expect(log.map((d) => d.status)).toEqual(['cancelled', 'cancelled']);
  });
});
