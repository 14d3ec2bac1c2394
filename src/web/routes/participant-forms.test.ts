/**
 * The meeting page's participant forms in-process (issue 13, point 3): adding a person (officials
 * grouped by unit), removing one, registering a deputy; refusals in Danish at the field; mails
 * only to the person concerned once the meeting is invited; the forms only for the
 * municipality. Also: accepting an official request without naming the official is refused at
 * the choice, and the notice a party gets when its approval is withdrawn links to the meeting
 * with the full public URL.
 */
import { describe, expect, it } from 'vitest';
import { systemContext } from '../../../test/support/auth.ts';
import { useDemoApp } from '../../../test/support/demo-app.ts';
import { draftedMeeting, plannedMeeting } from '../../../test/support/form-fixtures.ts';
import type { Actor } from '../../app/actor.ts';
import { addUser } from '../../app/auth/add-user.ts';
import { getMeeting } from '../../app/meetings/get-meeting.ts';
import { inviteMeeting } from '../../app/meetings/invite-meeting.ts';
import { requestOfficial } from '../../app/meetings/request-official.ts';
import { runUseCase } from '../../app/run-use-case.ts';

const PUBLIC_URL = 'https://sd.norddjurs.demo';
const officer: Actor = {
  kind: 'user',
  id: 'test-officer',
  name: 'Kasper Mølgaard',
  grants: [{ role: 'caseOfficer', municipality: '707' }],
};
const board: Actor = {
  kind: 'user',
  id: 'test-board',
  name: 'Frank Hedegaard',
  grants: [{ role: 'organisation', municipality: '707', organisationId: 'org-djurslandsbo' }],
};

describe('participant forms on the meeting page', () => {
  const t = useDemoApp({ as: officer, publicUrl: PUBLIC_URL });

  const ctx = () => systemContext(t.database.db);
  const { get, post } = t;
  const view = (id: string) => runUseCase(getMeeting, ctx(), { municipality: '707', id });
  const invitations = () =>
    t.database.db
      .selectFrom('meeting_invitation')
      .select(['to_name', 'method', 'sequence'])
      .orderBy('id')
      .execute();

  it('offers officials grouped by unit to the case officer, and no participant form to the organisation', async () => {
    const id = await plannedMeeting(t);
    const page = (await get(`/moeder/${id}`)).body;
    expect(page).toContain('<summary>Tilføj deltager</summary>');
    expect(page).toMatch(/<optgroup label="Social">[\s\S]*Karina Vrist – Embedsmand, Social/);
    expect(page).toContain('<summary>Fjern deltager</summary>');
    expect(page).toContain('<summary>Registrér stedfortræder</summary>');
    t.actAs(board);
    const theirs = (await get(`/moeder/${id}`)).body;
    expect(theirs).toContain('Deltagere');
    expect(theirs).not.toContain('Tilføj deltager');
    expect(theirs).not.toContain('Registrér stedfortræder');
    const refused = await post(`/moeder/${id}/deltagere`, { newParticipant: 'person-karina-vrist' });
    expect([403, 404]).toContain(refused.statusCode);
  });

  it('refuses an unchosen person at the field, in Danish, and keeps the form open', async () => {
    const id = await plannedMeeting(t);
    const res = await post(`/moeder/${id}/deltagere`, { version: '1', newParticipant: '' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toMatch(/id="field-newParticipant-error"[^>]*>[\s\S]*Vælg hvem der skal deltage/);
    expect(res.body).toContain('<details class="app-details" open');
    const deputy = await post(`/moeder/${id}/stedfortraeder`, {
      version: '1',
      deputyFor: '',
      deputyName: '',
    });
    expect(deputy.statusCode).toBe(422);
    expect(deputy.body).toContain('Vælg den deltager, stedfortræderen kommer for');
  });

  it('adds and removes on an invited meeting, mailing only the person concerned, and registers a deputy', async () => {
    const id = await plannedMeeting(t);
    await runUseCase(inviteMeeting, ctx(), { municipality: '707', id, linkBase: PUBLIC_URL });
    const sent = (await invitations()).length;
    let version = (await view(id)).meeting.version;
    const added = await post(`/moeder/${id}/deltagere`, {
      version: String(version),
      newParticipant: 'person-karina-vrist',
    });
    expect(added.statusCode, added.body).toBe(303);
    expect((await invitations()).slice(sent)).toEqual([
      { to_name: 'Karina Vrist', method: 'REQUEST', sequence: 0 },
    ]);
    const page = (await get(`/moeder/${id}`)).body;
    expect(page).toMatch(/<td>Karina Vrist<\/td><td>Relevante enheder i forvaltningen<\/td>/);

    version = (await view(id)).meeting.version;
    const removed = await post(`/moeder/${id}/deltagere/fjern`, {
      version: String(version),
      removeParticipant: 'person:person-karina-vrist',
    });
    expect(removed.statusCode, removed.body).toBe(303);
    expect((await invitations()).slice(sent + 1)).toEqual([
      { to_name: 'Karina Vrist', method: 'CANCEL', sequence: 1 },
    ]);
    expect((await view(id)).meeting.participants.some((p) => p.name === 'Karina Vrist')).toBe(false);

    const chair = (await view(id)).meeting.participants.find((p) => p.role === 'Formand');
    version = (await view(id)).meeting.version;
    const deputy = await post(`/moeder/${id}/stedfortraeder`, {
      version: String(version),
      deputyFor: `person:${chair?.personId}`,
      deputyName: 'Ole Vikar',
    });
    expect(deputy.statusCode, deputy.body).toBe(303);
    expect((await get(`/moeder/${id}`)).body).toContain(`Stedfortræder for ${chair?.name}`);
  });

  it('refuses to accept an official request while "Vælg embedsmand" is chosen, at that choice', async () => {
    const id = await plannedMeeting(t);
    const out = await runUseCase(requestOfficial, ctx(), {
      municipality: '707',
      id,
      unit: 'Beskæftigelse',
      reason: 'Beskæftigelsesindsatsen drøftes.',
    });
    const requestId = out.meeting.officialRequests[0]?.id ?? '';
    const before = out.meeting.participants.length;
    const res = await post(`/moeder/${id}/anmodninger/${requestId}`, {
      version: String(out.meeting.version),
      decision: 'accepted',
      [`decision.${requestId}.personId`]: '',
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Vælg hvilken embedsmand der deltager');
    const after = await view(id);
    expect(after.meeting.participants).toHaveLength(before);
    expect(after.meeting.officialRequests[0]?.status).toBe('requested');
  });

  it('links the withdrawn-approval notice to the meeting with the full public URL', async () => {
    await runUseCase(addUser, ctx(), {
      municipality: '707',
      email: 'sagsbehandler2@norddjurs.test',
      name: 'Signe Ahrenkiel',
      role: 'caseOfficer',
    });
    const id = await draftedMeeting(t);
    const approved = await post(`/moeder/${id}/godkend`, {
      version: String((await view(id)).meeting.version),
    });
    expect(approved.statusCode).toBe(303);
    const before = await t.database.db.selectFrom('outbox').select('id').execute();
    t.actAs(board);
    const edited = await post(`/moeder/${id}/vurdering`, {
      version: String((await view(id)).meeting.version),
      assessment: 'Boligorganisationens egen vurdering, ændret.',
    });
    expect(edited.statusCode, edited.body).toBe(303);
    const mails = await t.database.db
      .selectFrom('outbox')
      .select(['to_address', 'body'])
      .where('id', 'not in', before.length > 0 ? before.map((b) => b.id) : [0])
      .execute();
    expect(mails.map((m) => m.to_address)).toContain('sagsbehandler2@norddjurs.test');
    for (const m of mails) {
      expect(m.body).toContain(`Mødet: ${PUBLIC_URL}/moeder/${encodeURIComponent(id)}`);
      expect(m.body).not.toMatch(/Mødet: \/moeder/);
    }
  });
});
