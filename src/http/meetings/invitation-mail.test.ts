/**
 * Invitations through a real SMTP server (issue 13, point 1, "done means"): the test starts an
 * SMTP server (smtp-server), the delivery worker sends the queue through nodemailer, and each
 * received message is parsed back with mailparser; its calendar part is read by two independent
 * iCalendar parsers (ical.js and node-ical).
 */
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestUser } from '../../../test/support/auth.ts';
import { resetDatabase } from '../../../test/support/database.ts';
import { loadDemoInto } from '../../../test/support/demo.ts';
import type { ReceivedMail } from '../../../test/support/smtp-receiver.ts';
import { type SmtpReceiver, startSmtpReceiver } from '../../../test/support/smtp-receiver.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { Actor } from '../../app/actor.ts';
import { deliverDueMail } from '../../app/mail/deliver-mail.ts';
import { createUnitOfWork } from '../../db/unit-of-work.ts';
import { createSmtpTransport } from '../../mail/smtp-transport.ts';

const base = '/api/v1/municipalities/707/meetings';
const OBLIGATION = 'dialogueMeeting:707:org-djurslandsbo:2027:legalFloor#1';

/** The text/calendar part as the receiver got it, with its method parameter. */
function calendarPart(mail: ReceivedMail): { method: string; content: string } {
  const m = /Content-Type: text\/calendar; charset=utf-8; method=(\w+)/i.exec(mail.raw);
  const att = mail.parsed.attachments.find((a) => a.contentType === 'text/calendar');
  if (!m || !att) throw new Error(`no text/calendar part in:\n${mail.raw.slice(0, 2000)}`);
  return { method: m[1] ?? '', content: att.content.toString('utf8') };
}

function parseTwice(ics: string) {
  const jcal = ICAL.parse(ics);
  const vevent = new ICAL.Component(jcal).getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('ical.js: no VEVENT');
  const byNodeIcal = Object.values(nodeIcal.sync.parseICS(ics)).find((c) => c?.type === 'VEVENT');
  if (!byNodeIcal || byNodeIcal.type !== 'VEVENT') throw new Error('node-ical: no VEVENT');
  return {
    uid: String(vevent.getFirstPropertyValue('uid')),
    sequence: Number(vevent.getFirstPropertyValue('sequence')),
    organizer: String(vevent.getFirstPropertyValue('organizer')),
    nodeUid: byNodeIcal.uid,
    nodeSequence: Number(byNodeIcal.sequence),
    nodeMethod: (
      Object.values(nodeIcal.sync.parseICS(ics)).find((c) => c?.type === 'VCALENDAR') as
        | { method?: string }
        | undefined
    )?.method,
  };
}

describe('meeting invitations by e-mail through SMTP', () => {
  let t: TestApp;
  let smtp: SmtpReceiver;
  let actor: Actor;
  const now = new Date('2027-09-01T08:00:00Z');

  beforeAll(async () => {
    smtp = await startSmtpReceiver({ refuse: (to) => to.startsWith('findes-ikke') });
    t = await startTestApp({
      resolveActor: async () => actor,
      clock: () => now,
      publicUrl: 'https://styringsdialog.norddjurs.demo',
    });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });
  beforeEach(async () => {
    await resetDatabase(t.database.db);
    await loadDemoInto(t.database);
    smtp.received.length = 0;
    const officer = await createTestUser(t.database.db, {
      email: 'karen.sagsbehandler@norddjurs.demo',
      name: 'Karen Sagsbehandler',
      role: 'caseOfficer',
    });
    actor = {
      kind: 'user',
      id: officer.id,
      name: 'Karen Sagsbehandler',
      grants: [{ role: 'caseOfficer', municipality: '707' }],
    };
  });

  const deliver = async () => {
    const transport = createSmtpTransport({
      url: smtp.url,
      from: 'Norddjurs Kommune <styringsdialog@norddjurs.demo>',
    });
    try {
      return await deliverDueMail({
        uow: createUnitOfWork(t.database.db, { actor: 'system:mail', requestId: null }),
        transport,
        now: () => now,
      });
    } finally {
      transport.close();
    }
  };

  it('delivers one message per participant with an address: REQUEST, then SEQUENCE+1, then CANCEL; the API reports each delivery', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: base,
      payload: {
        obligationId: OBLIGATION,
        date: '2027-10-14',
        startTime: '10:00',
        endTime: '12:00',
        location: 'Rådhuset, Grenaa',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id: string = created.json().meeting.id;
    const invited = await t.app.inject({ method: 'POST', url: `${base}/${id}/invite` });
    expect(invited.statusCode, invited.body).toBe(200);
    const participants: { email: string | null; name: string }[] = invited.json().meeting.participants;
    const addressed = participants.filter((p) => p.email).map((p) => p.email);
    expect(addressed.length).toBeGreaterThan(1);

    // Before the worker runs, every invitation is queued.
    const queued = (
      await t.app.inject({ method: 'GET', url: '/api/v1/municipalities/707/invitations' })
    ).json();
    expect(queued.invitations.map((i: { delivery: { state: string } }) => i.delivery.state)).toEqual(
      addressed.map(() => 'queued'),
    );

    expect(await deliver()).toBe(addressed.length);
    expect(smtp.received.map((m) => m.envelopeTo[0]).sort()).toEqual([...addressed].sort());
    let uid = '';
    for (const mail of smtp.received) {
      expect(mail.parsed.subject).toContain('Indkaldelse:');
      expect(mail.parsed.text).toContain(`https://styringsdialog.norddjurs.demo/moeder/${id}`);
      expect(mail.parsed.text).toMatch(/https:\/\/styringsdialog\.norddjurs\.demo\/svar\?token=[A-Za-z0-9_-]{40,}/);
      expect(mail.parsed.html).toContain('Se mødet i Styringsdialog');
      const part = calendarPart(mail);
      expect(part.method).toBe('REQUEST');
      const parsed = parseTwice(part.content);
      expect(parsed.sequence).toBe(0);
      expect(parsed.nodeSequence).toBe(0);
      expect(parsed.nodeUid).toBe(parsed.uid);
      expect(parsed.nodeMethod).toBe('REQUEST');
      expect(parsed.organizer.toLowerCase()).toBe('mailto:karen.sagsbehandler@norddjurs.demo');
      uid ||= parsed.uid;
      expect(parsed.uid).toBe(uid);
    }
    const sent = (
      await t.app.inject({ method: 'GET', url: '/api/v1/municipalities/707/invitations' })
    ).json();
    for (const i of sent.invitations) {
      expect(i.delivery.state).toBe('sent');
      expect(i.delivery.lastResponse).toMatch(/^250 /);
    }

    smtp.received.length = 0;
    const version = (await t.app.inject({ method: 'GET', url: `${base}/${id}` })).json().meeting.version;
    const moved = await t.app.inject({
      method: 'POST',
      url: `${base}/${id}/reschedule`,
      headers: { 'if-match': `"${version}"` },
      payload: { date: '2027-10-15', startTime: '13:00', endTime: '15:00' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await deliver()).toBe(addressed.length);
    for (const mail of smtp.received) {
      const parsed = parseTwice(calendarPart(mail).content);
      expect([parsed.uid, parsed.sequence, parsed.nodeSequence]).toEqual([uid, 1, 1]);
    }

    smtp.received.length = 0;
    const cancelled = await t.app.inject({
      method: 'POST',
      url: `${base}/${id}/cancel`,
      payload: { reason: 'Sygdom' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(await deliver()).toBe(addressed.length);
    for (const mail of smtp.received) {
      const part = calendarPart(mail);
      expect(part.method).toBe('CANCEL');
      const parsed = parseTwice(part.content);
      expect([parsed.uid, parsed.nodeMethod]).toEqual([uid, 'CANCEL']);
      expect(mail.parsed.text).toContain('Begrundelse: Sygdom');
    }
  });

  it('records a permanent refusal with the server answer and does not retry it', async () => {
    const uow = createUnitOfWork(t.database.db, { actor: 'test', requestId: null });
    const { enqueueMail } = await import('../../app/mail/enqueue-mail.ts');
    const ok = await uow.write((s) =>
      enqueueMail(s, {
        to: 'ida@djurslandsbo.demo',
        subject: 'Hej',
        text: 'Hej',
        kind: 'test',
        municipality: '707',
        createdAt: now,
      }),
    );
    const bad = await uow.write((s) =>
      enqueueMail(s, {
        to: 'findes-ikke@djurslandsbo.demo',
        subject: 'Hej',
        text: 'Hej',
        kind: 'test',
        municipality: '707',
        createdAt: now,
      }),
    );
    expect(await deliver()).toBe(2);
    expect(await deliver()).toBe(0);
    expect(smtp.received).toHaveLength(1);
    const refused = await uow.read((s) => s.outbox.get(bad.id));
    expect(refused?.state).toBe('failed');
    expect(refused?.lastResponse).toContain('550');
    expect((await uow.read((s) => s.outbox.log(bad.id))).map((e) => e.event)).toEqual(['queued', 'failed']);
    expect((await uow.read((s) => s.outbox.get(ok.id)))?.state).toBe('sent');
  });
});
