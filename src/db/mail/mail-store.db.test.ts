import { expect, it } from 'vitest';
import { ensureMunicipality } from '../../../test/support/auth.ts';
import { describeEachDatabase } from '../../../test/support/database.ts';
import { createMailStore } from './mail-store.ts';

const at = (time: string) => new Date(`2026-12-02T${time}Z`);
const LEASE = 60_000;

describeEachDatabase('mail queue', (db) => {
  const mail = (n: number, createdAt = at('08:00:00')) => ({
    to: `modtager${n}@djurslandsbo.demo`,
    toName: `Modtager ${n}`,
    subject: `Emne ${n}`,
    text: `Tekst ${n}`,
    html: `<p>Tekst ${n}</p>`,
    calendar: { method: 'REQUEST' as const, content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' },
    kind: 'test',
    municipality: '707',
    createdAt,
  });

  it('keeps what was queued, with a "queued" log entry and no sent time yet', async () => {
    await ensureMunicipality(db(), '707');
    const store = createMailStore(db());
    const { id, messageId } = await store.enqueue(mail(1));
    expect(await store.get(id)).toMatchObject({
      to: 'modtager1@djurslandsbo.demo',
      html: '<p>Tekst 1</p>',
      calendar: { method: 'REQUEST' },
      state: 'queued',
      attempts: 0,
      sentAt: null,
      messageId,
    });
    expect(await store.list()).toEqual([
      {
        id,
        to: 'modtager1@djurslandsbo.demo',
        subject: 'Emne 1',
        body: 'Tekst 1',
        createdAt: at('08:00:00'),
        sentAt: null,
      },
    ]);
    expect((await store.log(id)).map((e) => e.event)).toEqual(['queued']);
  });

  it('gives each message to exactly one of many simultaneous claimers (FOR UPDATE SKIP LOCKED)', async () => {
    await ensureMunicipality(db(), '707');
    const store = createMailStore(db());
    for (let n = 0; n < 30; n++) await store.enqueue(mail(n));
    const claimed: number[] = [];
    const worker = async () => {
      for (;;) {
        const c = await createMailStore(db()).claimNext(at('08:01:00'), LEASE);
        if (!c) return;
        claimed.push(c.id);
        expect(await createMailStore(db()).markSent(c, at('08:01:01'), '250 OK')).toBe(true);
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    expect(claimed.sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const states = await store.listFor('707');
    expect(states.every((m) => m.state === 'sent' && m.attempts === 1)).toBe(true);
  });

  it('leaves a claimed message alone until its lease runs out; the stale claim can then not mark it', async () => {
    await ensureMunicipality(db(), '707');
    const store = createMailStore(db());
    await store.enqueue(mail(1));
    const first = await store.claimNext(at('08:01:00'), LEASE);
    expect(first).not.toBeNull();
    expect(await store.claimNext(at('08:01:30'), LEASE)).toBeNull();
    const second = await store.claimNext(at('08:02:01'), LEASE);
    expect(second?.id).toBe(first?.id);
    expect(second?.attempts).toBe(2);
    if (!first || !second) throw new Error('not claimed');
    expect(await store.markSent(first, at('08:02:02'), '250 late')).toBe(false);
    expect(await store.markSent(second, at('08:02:03'), '250 OK')).toBe(true);
    expect((await store.log(first.id)).map((e) => [e.event, e.attempt])).toEqual([
      ['queued', 0],
      ['sent', 2],
    ]);
  });

  it('retries a failed message at the given time, gives it up when told, and queues it again by hand', async () => {
    await ensureMunicipality(db(), '707');
    const store = createMailStore(db());
    const { id } = await store.enqueue(mail(1));
    const c1 = await store.claimNext(at('08:01:00'), LEASE);
    if (!c1) throw new Error('not claimed');
    await store.markFailed(c1, at('08:01:01'), '451 prøv igen', at('08:02:01'));
    expect(await store.claimNext(at('08:02:00'), LEASE)).toBeNull();
    const c2 = await store.claimNext(at('08:02:01'), LEASE);
    if (!c2) throw new Error('not claimed');
    await store.markFailed(c2, at('08:02:02'), '550 ukendt modtager', null);
    expect(await store.get(id)).toMatchObject({ state: 'failed', lastResponse: '550 ukendt modtager' });
    expect(await store.claimNext(at('09:00:00'), LEASE)).toBeNull();
    await store.requeue(id, at('09:00:00'), 'Sagsbehandler');
    expect((await store.claimNext(at('09:00:00'), LEASE))?.id).toBe(id);
    expect((await store.log(id)).map((e) => e.event)).toEqual(['queued', 'retry', 'failed', 'resent']);
  });

  it('returns every claim to the queue at start (the embedded database has one process)', async () => {
    await ensureMunicipality(db(), '707');
    const store = createMailStore(db());
    const { id } = await store.enqueue(mail(1));
    await store.claimNext(at('08:01:00'), LEASE);
    expect(await store.releaseAllClaims()).toBe(1);
    expect((await store.claimNext(at('08:01:01'), LEASE))?.id).toBe(id);
  });
});
