/**
 * The participant list over the JSON API (issue 13 leftover): add a person, remove a
 * participant, register a deputy — the meeting page's use cases with their access rules, the
 * version as If-Match (412 when stale), Danish problems naming the field, and after the
 * invitation only the added or removed person gets a REQUEST or a CANCEL.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userWith } from '../../../test/support/actors.ts';
import { resetDatabase } from '../../../test/support/database.ts';
import { loadDemoInto } from '../../../test/support/demo.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { Actor } from '../../app/actor.ts';
import { getMeeting } from '../../app/meetings/get-meeting.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import { createUnitOfWork } from '../../db/unit-of-work.ts';

const base = '/api/v1/municipalities/707/meetings';
const officer = userWith('caseOfficer');
const OBLIGATION = 'dialogueMeeting:707:org-djurslandsbo:2027:legalFloor#1';

interface ApiParticipant {
  key: string;
  personId: string | null;
  name: string;
  role: string;
  attendance: string | null;
}

describe('meeting participants API', () => {
  let t: TestApp;
  let actor: Actor = officer;

  beforeAll(async () => {
    t = await startTestApp({
      resolveActor: async () => actor,
      clock: () => new Date('2027-09-01T08:00:00Z'),
    });
  });
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(async () => {
    actor = officer;
    await resetDatabase(t.database.db);
    await loadDemoInto(t.database);
  });

  async function createMeeting(): Promise<{ id: string; etag: string; participants: ApiParticipant[] }> {
    const res = await t.app.inject({
      method: 'POST',
      url: base,
      payload: { obligationId: OBLIGATION, date: '2027-10-14', startTime: '10:00', endTime: '12:00' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const { meeting } = res.json();
    return { id: meeting.id, etag: `"${meeting.version}"`, participants: meeting.participants };
  }

  /** A registry person the case officer may add (the page offers the same list). */
  async function candidate(id: string): Promise<{ personId: string; name: string }> {
    const read = await runUseCase(
      getMeeting,
      {
        actor: officer,
        today: '2027-09-01',
        requestId: 'test',
        uow: createUnitOfWork(t.database.db, { actor: 'test', requestId: 'test' }),
      },
      { municipality: '707', id },
    );
    const first = read.candidates[0];
    if (!first) throw new Error('no candidate to add');
    return first;
  }

  it('adds a person, registers a deputy and removes a participant, each against the version read (If-Match)', async () => {
    const { id, etag } = await createMeeting();
    const person = await candidate(id);

    const added = await t.app.inject({
      method: 'POST',
      url: `${base}/${id}/participants`,
      headers: { 'if-match': etag },
      payload: { personId: person.personId },
    });
    expect(added.statusCode, added.body).toBe(201);
    const participant = (added.json().meeting.participants as ApiParticipant[]).find(
      (p) => p.personId === person.personId,
    );
    expect(participant?.key).toBe(`person:${person.personId}`);
    expect(added.json().invitations).toEqual([]);
    expect(added.headers.etag).toBe(`"${added.json().meeting.version}"`);

    // A second writer with the old version is refused, nothing changes.
    const stale = await t.app.inject({
      method: 'POST',
      url: `${base}/${id}/participants`,
      headers: { 'if-match': etag },
      payload: { personId: person.personId },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.headers['content-type']).toContain('application/problem+json');

    const key = encodeURIComponent(participant?.key ?? '');
    const deputy = await t.app.inject({
      method: 'PUT',
      url: `${base}/${id}/participants/${key}/deputy`,
      headers: { 'if-match': added.headers.etag as string },
      payload: { deputyName: 'Birthe Stedfortræder' },
    });
    expect(deputy.statusCode, deputy.body).toBe(200);
    const afterDeputy = deputy.json().meeting.participants as ApiParticipant[];
    expect(afterDeputy.find((p) => p.name === 'Birthe Stedfortræder')?.role).toBe(
      `Stedfortræder for ${person.name}`,
    );

    const removed = await t.app.inject({
      method: 'DELETE',
      url: `${base}/${id}/participants/${key}`,
      headers: { 'if-match': deputy.headers.etag as string },
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().removed).toBe(person.name);
    const left = removed.json().meeting.participants as ApiParticipant[];
    // The deputy leaves with the participant.
    expect(left.some((p) => p.personId === person.personId || p.name === 'Birthe Stedfortræder')).toBe(false);

    const staleDelete = await t.app.inject({
      method: 'DELETE',
      url: `${base}/${id}/participants/${encodeURIComponent(left[0]?.key ?? '')}`,
      headers: { 'if-match': deputy.headers.etag as string },
    });
    expect(staleDelete.statusCode).toBe(412);
  });

  it('after the invitation, only the added person gets a REQUEST and only the removed one a CANCEL', async () => {
    const { id } = await createMeeting();
    const person = await candidate(id);
    const invited = await t.app.inject({ method: 'POST', url: `${base}/${id}/invite` });
    expect(invited.statusCode, invited.body).toBe(200);

    const added = await t.app.inject({
      method: 'POST',
      url: `${base}/${id}/participants`,
      payload: { personId: person.personId, version: invited.json().meeting.version },
    });
    expect(added.statusCode, added.body).toBe(201);
    const requests = added.json().invitations as { toName: string; method: string }[];
    expect(requests.map((i) => [i.toName, i.method])).toEqual([[person.name, 'REQUEST']]);

    const removed = await t.app.inject({
      method: 'DELETE',
      url: `${base}/${id}/participants/${encodeURIComponent(`person:${person.personId}`)}`,
    });
    expect(removed.statusCode, removed.body).toBe(200);
    const cancels = removed.json().invitations as { toName: string; method: string }[];
    expect(cancels.map((i) => [i.toName, i.method])).toEqual([[person.name, 'CANCEL']]);
  });

  it('says in Danish what is wrong and where: no person, a person not on the list, an unknown participant, no deputy name', async () => {
    const { id, participants } = await createMeeting();
    const empty = await t.app.inject({
      method: 'POST',
      url: `${base}/${id}/participants`,
      payload: { personId: '' },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toEqual([{ field: 'personId', message: 'Vælg hvem der skal deltage' }]);

    const already = participants.find((p) => p.personId !== null);
    const twice = await t.app.inject({
      method: 'POST',
      url: `${base}/${id}/participants`,
      payload: { personId: already?.personId },
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors).toEqual([
      { field: 'personId', message: 'Personen deltager allerede i mødet' },
    ]);

    const unknown = await t.app.inject({
      method: 'DELETE',
      url: `${base}/${id}/participants/${encodeURIComponent('person:findes-ikke')}`,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      { field: 'participant', message: 'Deltageren findes ikke på mødet' },
    ]);

    const noName = await t.app.inject({
      method: 'PUT',
      url: `${base}/${id}/participants/${encodeURIComponent(already?.key ?? '')}/deputy`,
      payload: { deputyName: 7 },
    });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().errors).toEqual([{ field: 'deputyName', message: 'Skriv stedfortræderens navn' }]);

    const extra = await t.app.inject({
      method: 'POST',
      url: `${base}/${id}/participants`,
      payload: { personId: already?.personId, role: 'Formand' },
    });
    expect(extra.statusCode).toBe(400);
    expect(JSON.stringify(extra.json().errors)).toContain('role');

    // Nothing was stored by the refused requests.
    const read = await t.app.inject({ method: 'GET', url: `${base}/${id}` });
    expect(read.json().meeting.version).toBe(1);
  });

  it("refuses the organisation (also its own meeting), officials and another municipality's case officer", async () => {
    const { id, participants } = await createMeeting();
    const person = await candidate(id);
    const key = encodeURIComponent(participants[0]?.key ?? '');
    const attempts = [
      { method: 'POST' as const, url: `${base}/${id}/participants`, payload: { personId: person.personId } },
      { method: 'DELETE' as const, url: `${base}/${id}/participants/${key}` },
      {
        method: 'PUT' as const,
        url: `${base}/${id}/participants/${key}/deputy`,
        payload: { deputyName: 'X' },
      },
    ];
    // Denied answers "not found", as every meeting route does, so a meeting's existence is not leaked.
    const denied: [Actor, number][] = [
      [userWith('organisation', '707', 'org-djurslandsbo'), 404],
      [userWith('official'), 404],
      [userWith('councilMember'), 404],
      [userWith('caseOfficer', '706'), 404],
    ];
    for (const [who, status] of denied) {
      actor = who;
      for (const a of attempts) {
        const res = await t.app.inject(a);
        expect(res.statusCode, `${a.method} ${a.url} as ${JSON.stringify(who)}`).toBe(status);
      }
    }
    actor = officer;
    const read = await t.app.inject({ method: 'GET', url: `${base}/${id}` });
    expect(read.json().meeting.version).toBe(1);
  });
});
