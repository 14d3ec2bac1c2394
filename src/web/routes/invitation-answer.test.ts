/**
 * Answering an invitation from the link in the mail (issue 13, point 2), without login: the
 * answer becomes the participant's attendance, shown on the meeting page; a deputy joins with
 * "Stedfortræder for …"; a cancelled meeting refuses; and once minutes exist, the participant
 * table shows what the minutes say (one record).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { anonymousForm, submitForm, systemContext } from '../../../test/support/auth.ts';
import { resetDatabase } from '../../../test/support/database.ts';
import { loadDemoInto } from '../../../test/support/demo.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { cancelMeeting } from '../../app/meetings/cancel-meeting.ts';
import { createMeeting } from '../../app/meetings/create-meeting.ts';
import { getMeeting } from '../../app/meetings/get-meeting.ts';
import { inviteMeeting } from '../../app/meetings/invite-meeting.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import { effectiveParticipants } from '../../domain/meetings/index.ts';

describe('answering an invitation (/svar)', () => {
  let t: TestApp;
  const now = new Date('2027-09-01T08:00:00Z');
  const ctx = () => ({ ...systemContext(t.database.db, now), today: '2027-09-01' });

  beforeAll(async () => {
    t = await startTestApp({ clock: () => now, publicUrl: 'https://sd.norddjurs.demo' });
  });
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(async () => {
    await resetDatabase(t.database.db);
    await loadDemoInto(t.database);
  });

  async function invited() {
    const { meeting } = await runUseCase(createMeeting, ctx(), {
      municipality: '707',
      meeting: {
        obligationId: 'dialogueMeeting:707:org-djurslandsbo:2027:legalFloor#1',
        date: '2027-10-14',
        startTime: '10:00',
        endTime: '12:00',
        location: 'Rådhuset',
      },
    });
    const out = await runUseCase(inviteMeeting, ctx(), { municipality: '707', id: meeting.id, linkBase: 'https://sd.norddjurs.demo' });
    const mails = await t.database.db.selectFrom('outbox').select(['to_address', 'body']).orderBy('id').execute();
    const links = new Map(
      mails.map((m) => [m.to_address, /\/svar\?token=([A-Za-z0-9_-]+)/.exec(m.body)?.[1] ?? '']),
    );
    return { id: meeting.id, invitations: out.invitations, links };
  }

  const answer = async (token: string, fields: Record<string, string>) =>
    submitForm(t.app, '/svar', await anonymousForm(t.app, `/svar?token=${token}`), { token, ...fields });

  const participantsOf = async (id: string) =>
    (await runUseCase(getMeeting, ctx(), { municipality: '707', id })).meeting.participants;

  it('records "not attending" as an apology and a deputy as a new participant, for the one who answers only', async () => {
    const { id, invitations, links } = await invited();
    const [first, second] = invitations;
    if (!first || !second) throw new Error('need two invited participants');
    const page = await t.app.inject({ method: 'GET', url: `/svar?token=${links.get(first.toAddress)}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`Svar for ${first.toName}`);

    const declined = await answer(links.get(first.toAddress) ?? '', { response: 'notAttending' });
    expect(declined.statusCode, declined.body).toBe(303);
    const deputy = await answer(links.get(second.toAddress) ?? '', { response: 'deputy', deputyName: 'Ole Vikar' });
    expect(deputy.statusCode, deputy.body).toBe(303);

    const participants = await participantsOf(id);
    expect(participants.find((p) => p.email === first.toAddress)?.attendance).toBe('apology');
    expect(participants.find((p) => p.email === second.toAddress)?.attendance).toBe('apology');
    expect(participants.find((p) => p.name === 'Ole Vikar')).toMatchObject({
      role: `Stedfortræder for ${second.toName}`,
      attendance: 'accepted',
    });
    // Changing one's mind replaces the deputy rather than adding another.
    expect((await answer(links.get(second.toAddress) ?? '', { response: 'attending' })).statusCode).toBe(303);
    const after = await participantsOf(id);
    expect(after.some((p) => p.name === 'Ole Vikar')).toBe(false);
    expect(after.find((p) => p.email === second.toAddress)?.attendance).toBe('accepted');
  });

  it('asks for the deputy name in Danish, refuses an unknown link and a cancelled meeting', async () => {
    const { id, invitations, links } = await invited();
    const token = links.get(invitations[0]?.toAddress ?? '') ?? '';
    const missing = await answer(token, { response: 'deputy', deputyName: ' ' });
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('Skriv stedfortræderens navn');
    const unknown = await t.app.inject({ method: 'GET', url: `/svar?token=${'x'.repeat(43)}` });
    expect(unknown.body).toContain('Linket virker ikke');
    const openedBefore = await anonymousForm(t.app, `/svar?token=${token}`);
    await runUseCase(cancelMeeting, ctx(), { municipality: '707', id, reason: 'Sygdom' });
    const page = await t.app.inject({ method: 'GET', url: `/svar?token=${token}` });
    expect(page.body).toContain('Mødet er aflyst.');
    expect(page.body).not.toContain('Send svar');
    const late = await submitForm(t.app, '/svar', openedBefore, { token, response: 'attending' });
    expect(late.statusCode).toBe(422);
    expect(late.body).toContain('Mødet er aflyst; der er intet at svare på');
  });

  it('shows the participant table from the minutes once they exist', () => {
    const participants = [
      { personId: 'a', name: 'Frank Hedegaard', email: null, party: 'organisation' as const, role: 'Formand', attendance: null },
      { personId: 'b', name: 'Kasper Mølgaard', email: null, party: 'administration' as const, role: 'Sagsbehandler', attendance: 'invited' as const },
    ];
    const minutes = {
      participantsPresent: [{ name: 'Kasper Mølgaard', party: 'administration' as const, role: 'x' }],
      apologies: [{ name: 'Frank Hedegaard', party: 'organisation' as const, role: 'Formand' }],
    };
    const shown = effectiveParticipants({ participants, minutes: minutes as never });
    expect(shown.map((p) => p.attendance)).toEqual(['apology', 'present']);
    expect(effectiveParticipants({ participants, minutes: null })).toBe(participants);
  });
});
