/**
 * A theme meeting seen by the housing organisations (issue 13 leftover): a user of an
 * organisation whose chair or administration takes part reads the meeting page and the API
 * (agenda, participants without e-mail addresses, the summary once published) but changes
 * nothing; an organisation with nobody on the list, an uninvited official and another
 * municipality's organisation still get "not found". Checked in the app layer (access.ts).
 * The same rule puts the meeting in the participating organisation's users' calendar feeds
 * (calendar-feed.ts), and in no other organisation's.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userWith } from '../../../test/support/actors.ts';
import { createTestUser, ensureOrganisation, systemContext } from '../../../test/support/auth.ts';
import { resetDatabase } from '../../../test/support/database.ts';
import { loadDemoInto } from '../../../test/support/demo.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { Actor } from '../../app/actor.ts';
import { createCalendarFeed } from '../../app/meetings/calendar-feed.ts';
import { createMeeting } from '../../app/meetings/create-meeting.ts';
import { getMeeting } from '../../app/meetings/get-meeting.ts';
import { markHeld } from '../../app/meetings/mark-held.ts';
import { removeParticipant } from '../../app/meetings/remove-participant.ts';
import { saveMinutes } from '../../app/meetings/save-minutes.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import { participantKey } from '../../domain/meetings/index.ts';

const CSRF = 'q'.repeat(43);
const officer: Actor = {
  kind: 'user',
  id: 'test-officer',
  name: 'Kasper Mølgaard',
  grants: [{ role: 'caseOfficer', municipality: '707' }],
};
const djurslandsbo = userWith('organisation', '707', 'org-djurslandsbo');
const nordlyset = userWith('organisation', '707', 'org-nordlyset');
const API = '/api/v1/municipalities/707/meetings';
const DRAFT = 'Udkast: organisationerne præsenterede sig, anvisningen drøftes videre.';

describe('a theme meeting read by the organisations taking part', () => {
  let t: TestApp;
  let actor: Actor = officer;

  beforeAll(async () => {
    t = await startTestApp({ resolveActor: async () => actor });
  });
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(async () => {
    actor = officer;
    await resetDatabase(t.database.db);
    await loadDemoInto(t.database);
  });

  const ctx = (day: string) => ({
    ...systemContext(t.database.db, new Date(`${day}T12:00:00Z`)),
    actor: officer,
    today: day,
  });
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: `sd_csrf=${CSRF}` } });
  const post = (url: string, fields: [string, string][]) =>
    t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: `sd_csrf=${CSRF}`, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams([['_csrf', CSRF], ...fields]).toString(),
    });

  /** A held theme meeting with a draft summary, Nordlyset's people taken off the list. */
  async function themeMeeting(): Promise<string> {
    const { meeting } = await runUseCase(createMeeting, ctx('2026-11-10'), {
      municipality: '707',
      meeting: {
        obligationId: 'themeMeeting:707:all:2026-2029:themeMeeting#1',
        date: '2026-11-20',
        startTime: '16:00',
        endTime: '19:00',
      },
    });
    const nordlysetName = (
      await t.database.db
        .selectFrom('housing_organisation')
        .select('name')
        .where('id', '=', 'org-nordlyset')
        .executeTakeFirstOrThrow()
    ).name;
    for (const p of meeting.participants.filter((p) => p.role.endsWith(`, ${nordlysetName}`))) {
      await runUseCase(removeParticipant, ctx('2026-11-10'), {
        municipality: '707',
        id: meeting.id,
        participant: participantKey(p),
      });
    }
    const held = await runUseCase(markHeld, ctx('2026-11-20'), { municipality: '707', id: meeting.id });
    await runUseCase(saveMinutes, ctx('2026-11-21'), {
      municipality: '707',
      id: meeting.id,
      version: held.meeting.version,
      minutes: { minuteTaker: 'Kasper Mølgaard', summary: DRAFT },
    });
    return meeting.id;
  }

  it('lets a participating organisation read the page and the API: agenda and participants, no draft, no e-mail, no forms', async () => {
    const id = await themeMeeting();
    actor = djurslandsbo;
    const page = await get(`/moeder/${id}`);
    expect(page.statusCode, page.body.slice(0, 300)).toBe(200);
    expect(page.body).toContain('Præsentation: Boligselskabet Djurslandsbo');
    expect(page.body).toContain('Formand, Boligselskabet Djurslandsbo');
    expect(page.body).toContain('Jeres organisation deltager i mødet');
    expect(page.body).not.toContain(DRAFT);
    // Not a single form posting to the meeting: nothing to edit, answer or approve here.
    expect(page.body).not.toMatch(new RegExp(`action="/moeder/${id}/`));

    const api = await get(`${API}/${id}`);
    expect(api.statusCode).toBe(200);
    const { meeting } = api.json();
    expect(meeting.minutes).toBeNull();
    expect(meeting.participants.length).toBeGreaterThan(10);
    expect(meeting.participants.every((p: { email: string | null }) => p.email === null)).toBe(true);

    const list = await get(`${API}?year=2026`);
    expect(list.json().meetings.map((m: { id: string }) => m.id)).toContain(id);
  });

  it('refuses every change by the participating organisation, as for anyone not planning the meeting', async () => {
    const id = await themeMeeting();
    const version = String(
      (await runUseCase(getMeeting, ctx('2026-11-22'), { municipality: '707', id })).meeting.version,
    );
    actor = djurslandsbo;
    for (const path of ['kommentar', 'godkend', 'vurdering', 'dagsorden', 'referat']) {
      const res = await post(`/moeder/${id}/${path}`, [
        ['version', version],
        ['comment', 'Vi vil gerne ændre sammenfatningen'],
        ['assessment', 'Vores vurdering'],
        ['agendaTitle', 'Nyt punkt'],
      ]);
      expect(res.statusCode, path).toBe(404);
    }
    for (const [path, payload] of [
      ['minutes/approve', {}],
      ['official-requests', { unit: 'Social', reason: 'Vi vil have en embedsmand med' }],
      ['agenda', { type: 'add', title: 'Nyt punkt' }],
    ] as const) {
      const res = await t.app.inject({ method: 'POST', url: `${API}/${id}/${path}`, payload });
      expect(res.statusCode, path).toBe(404);
    }
    actor = officer;
    const after = await runUseCase(getMeeting, ctx('2026-11-22'), { municipality: '707', id });
    expect(String(after.meeting.version)).toBe(version);
    expect(after.meeting.minutes?.comments ?? []).toEqual([]);
  });

  it('still answers "not found" to an organisation with nobody on the list, an uninvited official and another municipality', async () => {
    const id = await themeMeeting();
    for (const who of [
      nordlyset,
      userWith('official'),
      userWith('organisation', '706', 'org-djurslandsbo'),
    ]) {
      actor = who;
      expect((await get(`/moeder/${id}`)).statusCode, JSON.stringify(who)).toBe(404);
      expect((await get(`${API}/${id}`)).statusCode, JSON.stringify(who)).not.toBe(200);
    }
    actor = nordlyset;
    const list = await get(`${API}?year=2026`);
    expect(list.json().meetings.map((m: { id: string }) => m.id)).not.toContain(id);
  });

  /** A real organisation user's calendar feed in `municipality`, fetched as a calendar program would. */
  async function feedOf(email: string, municipality: string, organisationId: string): Promise<string> {
    const user = await createTestUser(t.database.db, {
      email,
      role: 'organisation',
      municipality,
      organisationId,
    });
    const { url } = await runUseCase(
      createCalendarFeed,
      {
        ...ctx('2026-11-22'),
        actor: {
          kind: 'user',
          id: user.id,
          name: email,
          grants: [{ role: 'organisation', municipality, organisationId }],
        },
      },
      { municipality, linkBase: 'http://localhost' },
    );
    actor = { kind: 'public' };
    const res = await get(new URL(url).pathname);
    expect(res.statusCode, res.body).toBe(200);
    return res.body;
  }

  it('puts the theme meeting in the calendar feed of a participating organisation, which still parses', async () => {
    const id = await themeMeeting();
    const ics = await feedOf('feed@djurslandsbo.test', '707', 'org-djurslandsbo');
    expect(ics).toContain(`UID:meeting-${id}@`);
    expect(ics).not.toMatch(/mailto:/i);
    expect(ics).not.toContain(DRAFT);
    const { default: ICAL } = await import('ical.js');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    const theme = events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith(`meeting-${id}@`));
    expect(String(theme?.getFirstPropertyValue('dtstart'))).toBe('2026-11-20T16:00:00');
    const { default: nodeIcal } = await import('node-ical');
    const parsed = Object.values(nodeIcal.sync.parseICS(ics));
    expect(parsed.some((c) => c?.type === 'VEVENT' && String(c.uid).startsWith(`meeting-${id}@`))).toBe(true);
  });

  it('leaves the theme meeting out of the feed of an organisation with nobody on the list and of another municipality', async () => {
    const id = await themeMeeting();
    expect(await feedOf('feed@nordlyset.test', '707', 'org-nordlyset')).not.toContain(`meeting-${id}@`);
    // Syddjurs (706): another municipality's organisation sees none of Norddjurs' meetings.
    await ensureOrganisation(t.database.db, '706', 'org-syddjurs-test', '12345674');
    expect(await feedOf('feed@syddjurs.test', '706', 'org-syddjurs-test')).not.toContain(`meeting-${id}@`);
  });
});
