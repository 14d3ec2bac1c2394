import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeEach, describe, expect, it } from 'vitest';
import { userWith } from '../../../test/support/actors.ts';
import { createTestUser, systemContext } from '../../../test/support/auth.ts';
import { useDemoApp } from '../../../test/support/demo-app.ts';
import { inviteMeeting } from '../../app/meetings/invite-meeting.ts';
import { runUseCase } from '../../app/run-use-case.ts';

const base = '/api/v1/municipalities/707/meetings';
const officer = userWith('caseOfficer');
const djurslandsbo = userWith('organisation', '707', 'org-djurslandsbo');
const nordlyset = userWith('organisation', '707', 'org-nordlyset');
const OBLIGATION = 'dialogueMeeting:707:org-djurslandsbo:2027:legalFloor#1';

const minutesBody = (overrides: Record<string, unknown> = {}) => ({
  participantsPresent: [{ name: 'Frank Hedegaard', party: 'organisation', role: 'Formand' }],
  apologies: [],
  minuteTaker: 'Kasper Mølgaard',
  items: [{ agendaItemId: 'anyOtherBusiness', summary: 'Intet.', outcome: 'Taget til efterretning.' }],
  organisationAssessment: 'Organisationen er i god drift.',
  municipalityAssessment: 'Kommunen deler vurderingen.',
  agreements: [],
  noAgreements: true,
  ...overrides,
});

describe('meetings API', () => {
  let now = new Date('2027-09-01T08:00:00Z');
  const t = useDemoApp({ as: officer, clock: () => now });
  beforeEach(() => {
    now = new Date('2027-09-01T08:00:00Z');
  });

  async function createMeeting(date = '2027-10-14'): Promise<{ id: string; version: number }> {
    const res = await t.app.inject({
      method: 'POST',
      url: base,
      payload: {
        obligationId: OBLIGATION,
        date,
        startTime: '10:00',
        endTime: '12:00',
        location: 'Rådhuset, Grenaa',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().meeting;
  }

  async function heldMeeting(): Promise<string> {
    const { id } = await createMeeting();
    expect((await t.app.inject({ method: 'POST', url: `${base}/${id}/invite` })).statusCode).toBe(200);
    now = new Date('2027-10-14T12:30:00Z');
    expect((await t.app.inject({ method: 'POST', url: `${base}/${id}/held` })).statusCode).toBe(200);
    return id;
  }

  it('invites with one .ics per participant: a 10:00 meeting in Copenhagen reads DTSTART;TZID=Europe/Copenhagen:…T100000', async () => {
    const { id } = await createMeeting();
    const res = await t.app.inject({ method: 'POST', url: `${base}/${id}/invite` });
    expect(res.statusCode, res.body).toBe(200);
    const { meeting, invitations } = res.json();
    expect(meeting.status).toBe('invited');
    const withEmail = meeting.participants.filter((p: { email: string | null }) => p.email);
    expect(invitations).toHaveLength(withEmail.length);
    expect(invitations.length).toBeGreaterThan(0);
    const ics: string = invitations[0].ics;
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain('DTSTART;TZID=Europe/Copenhagen:20271014T100000');
    expect(ics).toContain('SEQUENCE:0');
    // The outbox API lists the same invitations.
    const outbox = (
      await t.app.inject({ method: 'GET', url: '/api/v1/municipalities/707/invitations' })
    ).json();
    expect(outbox.invitations).toHaveLength(invitations.length);
  });

  it('rescheduling raises SEQUENCE and sends a new REQUEST; cancelling sends METHOD:CANCEL with the same UID', async () => {
    const { id } = await createMeeting();
    const invite = (await t.app.inject({ method: 'POST', url: `${base}/${id}/invite` })).json();
    const uid = /UID:(.+)\r\n/.exec(invite.invitations[0].ics)?.[1];
    expect(uid).toBeTruthy();
    const moved = await t.app.inject({
      method: 'POST',
      url: `${base}/${id}/reschedule`,
      payload: { date: '2027-10-15', startTime: '13:00', endTime: '15:00' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const update = moved.json().invitations[0].ics as string;
    expect(update).toContain('METHOD:REQUEST');
    expect(update).toContain('SEQUENCE:1');
    expect(update).toContain('DTSTART;TZID=Europe/Copenhagen:20271015T130000');
    expect(update).toContain(`UID:${uid}`);
    const cancelled = await t.app.inject({
      method: 'POST',
      url: `${base}/${id}/cancel`,
      payload: { reason: 'Sygdom' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const cancel = cancelled.json().invitations[0].ics as string;
    expect(cancel).toContain('METHOD:CANCEL');
    expect(cancel).toContain(`UID:${uid}`);
    expect(cancel).toContain('SEQUENCE:2');
  });

  it('answers an invalid step with problem+json 409 whose detail names the missing step', async () => {
    const { id } = await createMeeting();
    const res = await t.app.inject({ method: 'POST', url: `${base}/${id}/publish` });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().detail).toContain('før det er afholdt');
  });

  it('refuses approving minutes that lack an assessment, naming the missing part', async () => {
    const id = await heldMeeting();
    const read = await t.app.inject({ method: 'GET', url: `${base}/${id}/minutes` });
    const put = await t.app.inject({
      method: 'PUT',
      url: `${base}/${id}/minutes`,
      headers: { 'if-match': read.headers.etag as string },
      payload: minutesBody({ organisationAssessment: '' }),
    });
    expect(put.statusCode, put.body).toBe(200);
    const res = await t.app.inject({ method: 'POST', url: `${base}/${id}/minutes/approve` });
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain('Boligorganisationens vurdering mangler');
    expect(res.json().errors).toEqual([
      { field: 'organisationAssessment', message: 'Boligorganisationens vurdering mangler' },
    ]);
    const put2 = await t.app.inject({
      method: 'PUT',
      url: `${base}/${id}/minutes`,
      headers: { 'if-match': put.headers.etag as string },
      payload: minutesBody({ municipalityAssessment: '  ' }),
    });
    expect(put2.statusCode, put2.body).toBe(200);
    t.actAs(djurslandsbo);
    const res2 = await t.app.inject({ method: 'POST', url: `${base}/${id}/minutes/approve` });
    expect(res2.statusCode).toBe(422);
    expect(res2.json().detail).toContain('Kommunens vurdering mangler');
  });

  it('of two concurrent edits with the same ETag one wins, the other gets 412, and the stored text is the winner’s', async () => {
    const id = await heldMeeting();
    const read = await t.app.inject({ method: 'GET', url: `${base}/${id}/minutes` });
    const etag = read.headers.etag as string;
    expect(etag).toMatch(/^"\d+"$/);
    const a = minutesBody({
      organisationAssessment: 'Tekst fra A '.repeat(50),
      municipalityAssessment: 'Kommunen A',
    });
    const b = minutesBody({
      organisationAssessment: 'Tekst fra B '.repeat(50),
      municipalityAssessment: 'Kommunen B',
    });
    const [ra, rb] = await Promise.all([
      t.app.inject({
        method: 'PUT',
        url: `${base}/${id}/minutes`,
        headers: { 'if-match': etag },
        payload: a,
      }),
      t.app.inject({
        method: 'PUT',
        url: `${base}/${id}/minutes`,
        headers: { 'if-match': etag },
        payload: b,
      }),
    ]);
    const statuses = [ra.statusCode, rb.statusCode].sort();
    expect(statuses).toEqual([200, 412]);
    const loser = ra.statusCode === 412 ? ra : rb;
    expect(loser.headers['content-type']).toContain('application/problem+json');
    const winner = ra.statusCode === 200 ? a : b;
    const stored = (await t.app.inject({ method: 'GET', url: `${base}/${id}/minutes` })).json();
    expect(stored.minutes.organisationAssessment).toBe(winner.organisationAssessment);
    expect(stored.minutes.municipalityAssessment).toBe(winner.municipalityAssessment);
    // A write without a current ETag is refused as well.
    const stale = await t.app.inject({
      method: 'PUT',
      url: `${base}/${id}/minutes`,
      headers: { 'if-match': etag },
      payload: a,
    });
    expect(stale.statusCode).toBe(412);
  });

  it('lets an organisation see only its own meetings (404 for another organisation)', async () => {
    const { id } = await createMeeting();
    t.actAs(djurslandsbo);
    expect((await t.app.inject({ method: 'GET', url: `${base}/${id}` })).statusCode).toBe(200);
    t.actAs(nordlyset);
    expect((await t.app.inject({ method: 'GET', url: `${base}/${id}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: base })).json().meetings).toEqual([]);
  });

  it('lists summaries, not whole meetings: keyset pages that follow `next`, each naming its meeting in links.self', async () => {
    const get = async (url: string) => {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      return res.json();
    };
    // The year's plan, confirmed: a meeting per organisation and the joint ones.
    const plan = (await get(`${base}/plan?year=2027`)).meetings as Record<string, string>[];
    const confirmed = await t.app.inject({
      method: 'POST',
      url: `${base}/plan`,
      payload: {
        meetings: plan.map(({ obligationId, date, startTime, endTime }) => ({
          obligationId,
          date,
          startTime,
          endTime,
        })),
      },
    });
    expect(confirmed.statusCode, confirmed.body.slice(0, 300)).toBe(201);
    const whole = (await get(`${base}?limit=500`)).meetings as Record<string, unknown>[];
    expect(whole.length).toBeGreaterThan(3);
    const ids: string[] = [];
    let url: string | null = `${base}?limit=2`;
    while (url) {
      const page: { meetings: { id: string }[]; next: string | null } = await get(url);
      expect(page.meetings.length).toBeLessThanOrEqual(2);
      ids.push(...page.meetings.map((m) => m.id));
      url = page.next;
    }
    expect(ids).toEqual(whole.map((m) => m.id));
    const first = whole[0] as Record<string, unknown> & { links: { self: string } };
    for (const key of ['participants', 'agenda', 'minutes', 'officialRequests', 'obligationIds'])
      expect(first).not.toHaveProperty(key);
    const { meeting } = await get(first.links.self);
    for (const key of ['id', 'kind', 'title', 'organisationId', 'date', 'startTime', 'status', 'version'])
      expect(first[key], key).toEqual(meeting[key]);
    // An organisation user's list holds only its own meetings, each of which it may read whole.
    t.actAs(djurslandsbo);
    const own = (await get(`${base}?limit=500`)).meetings as { organisationId: string | null }[];
    expect(own.length).toBeGreaterThan(0);
    expect(own.length).toBeLessThan(whole.length);
    expect(own.every((m) => m.organisationId === 'org-djurslandsbo' || m.organisationId === null)).toBe(true);
  });

  it('publishes only approved minutes, records the facts, registers the agreements and shows the account publicly', async () => {
    const id = await heldMeeting();
    const read = await t.app.inject({ method: 'GET', url: `${base}/${id}/minutes` });
    const put = await t.app.inject({
      method: 'PUT',
      url: `${base}/${id}/minutes`,
      headers: { 'if-match': read.headers.etag as string },
      payload: minutesBody({
        noAgreements: false,
        agreements: [
          {
            text: 'Tomgangen halveres.',
            objectiveArea: 'letting',
            deadline: '2028-06-30',
            responsible: 'Boligorganisationen',
          },
        ],
        municipalityAssessment: 'Kommunen deler vurderingen. Kontakt kam@norddjurs.example.',
      }),
    });
    expect(put.statusCode, put.body).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: `${base}/${id}/minutes/approve` })).statusCode).toBe(
      200,
    );
    t.actAs(djurslandsbo);
    const approved = await t.app.inject({ method: 'POST', url: `${base}/${id}/minutes/approve` });
    expect(approved.json().meeting.status).toBe('approved');
    t.actAs(officer);
    const published = await t.app.inject({ method: 'POST', url: `${base}/${id}/publish` });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().path).toBe(`/redegoerelser/707/${id}`);
    expect(published.json().agreementIds).toHaveLength(1);
    const agreement = await t.app.inject({
      method: 'GET',
      url: `/api/v1/municipalities/707/agreements/${published.json().agreementIds[0]}`,
    });
    expect(agreement.json().agreement.meetingId).toBe(id);
    const compliance = (
      await t.app.inject({ method: 'GET', url: '/api/v1/municipalities/707/compliance?year=2027' })
    ).json();
    const obligation = compliance.obligations.find((o: { id: string }) => o.id === OBLIGATION);
    expect(obligation.status).toBe('met');
    t.actAs({ kind: 'public' });
    const account = await t.app.inject({ method: 'GET', url: `/api/v1/municipalities/707/accounts/${id}` });
    expect(account.statusCode).toBe(200);
    expect(JSON.stringify(account.json())).not.toContain('kam@norddjurs.example');
    const pdf = await t.app.inject({ method: 'GET', url: `/redegoerelser/707/${id}/redegoerelse.pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const doc = await getDocument({ data: new Uint8Array(pdf.rawPayload), useSystemFonts: false }).promise;
    expect(await doc.getMarkInfo()).toMatchObject({ Marked: true });
    expect((await doc.getMetadata()).info).toMatchObject({
      Title: 'Redegørelse: Boligselskabet Djurslandsbo',
      Language: 'da-DK',
    });
    const index = (await t.app.inject({ method: 'GET', url: '/api/v1/municipalities/707/accounts' })).json();
    expect(index.years[0].coverage).toMatch(/^Styringsdialogmøde afholdt med 1 af \d+ boligorganisationer$/);
  });

  it('gives a user a secret calendar feed (METHOD:PUBLISH) of their meetings, without e-mail addresses', async () => {
    await createMeeting();
    const user = await createTestUser(t.database.db, { email: 'feed@norddjurs.test', role: 'caseOfficer' });
    t.actAs({
      kind: 'user',
      id: user.id,
      name: 'Feed Tester',
      grants: [{ role: 'caseOfficer', municipality: '707' }],
    });
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/municipalities/707/calendar-feeds' });
    expect(created.statusCode, created.body).toBe(201);
    const url = new URL(created.json().url);
    t.actAs({ kind: 'public' });
    const feed = await t.app.inject({ method: 'GET', url: url.pathname });
    expect(feed.statusCode, feed.body).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(feed.body).toContain('METHOD:PUBLISH');
    expect(feed.body).toContain('DTSTART;TZID=Europe/Copenhagen:20271014T100000');
    expect(feed.body).not.toContain('mailto:');
    const wrong = await t.app.inject({ method: 'GET', url: '/kalender/forkert-token-der-er-langt-nok.ics' });
    expect(wrong.statusCode).toBe(404);
  });

  it('records the documentation package and marks it held in the portal only after the meeting', async () => {
    const pkgUrl = '/api/v1/municipalities/707/organisations/org-djurslandsbo/documentation-packages/2027';
    now = new Date('2027-05-01T08:00:00Z');
    const before = (await t.app.inject({ method: 'GET', url: pkgUrl })).json();
    expect(before.status.status).toBe('incomplete');
    for (const kind of before.status.missing) {
      const res = await t.app.inject({
        method: 'POST',
        url: `${pkgUrl}/documents`,
        payload: { kind, receivedOn: '2027-04-20' },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const after = (await t.app.inject({ method: 'GET', url: pkgUrl })).json();
    expect(after.status.status).toBe('complete');
    const early = await t.app.inject({
      method: 'POST',
      url: `${pkgUrl}/portal-marking`,
      payload: { on: '2027-04-30' },
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().detail).toContain('før det er holdt');
    await heldMeeting();
    const marked = await t.app.inject({
      method: 'POST',
      url: `${pkgUrl}/portal-marking`,
      payload: { on: '2027-10-14' },
    });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json().status.portalMarking).toBe('done');
  });

  it('writes the configured calendar UID domain (CALENDAR_UID_DOMAIN) into the invitation', async () => {
    const { id } = await createMeeting();
    const out = await runUseCase(
      inviteMeeting,
      { ...systemContext(t.database.db, now), today: '2027-09-01' },
      {
        municipality: '707',
        id,
        linkBase: 'https://styringsdialog.norddjurs.dk',
        uidDomain: 'kalender.norddjurs.dk',
      },
    );
    expect(out.invitations[0]?.ics).toContain(`UID:meeting-${id}@kalender.norddjurs.dk`);
    // RFC 5545 §3.1: long lines are folded (CRLF + space); unfold before looking for the link.
    expect(out.invitations[0]?.ics.replace(/\r\n /g, '')).toContain(
      `https://styringsdialog.norddjurs.dk/moeder/${id}`,
    );
  });
});
