/**
 * Issue 13, point 6 in-process: a theme meeting's page asks the case officer for the
 * municipality's summary (Referat/sammenfatning), never for "Boligorganisationens vurdering" or
 * agreements; the municipality alone approves and publishes; the public account shows the summary
 * and who took part instead of two assessments. A dialogue meeting's page keeps both assessments.
 */
import { describe, expect, it } from 'vitest';
import { systemContext } from '../../../test/support/auth.ts';
import { useDemoApp } from '../../../test/support/demo-app.ts';
import { heldMeeting } from '../../../test/support/form-fixtures.ts';
import type { Actor } from '../../app/actor.ts';
import { createMeeting } from '../../app/meetings/create-meeting.ts';
import { getMeeting } from '../../app/meetings/get-meeting.ts';
import { markHeld } from '../../app/meetings/mark-held.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import { publicAccountPath } from '../../domain/meetings/index.ts';

const officer: Actor = {
  kind: 'user',
  id: 'test-officer',
  name: 'Kasper Mølgaard',
  grants: [{ role: 'caseOfficer', municipality: '707' }],
};
const SUMMARY = 'Organisationerne præsenterede sig. Anvisningen tages op på dialogmøderne.';

describe('the theme meeting page and its account', () => {
  const t = useDemoApp({ as: officer });

  const { get, post } = t;
  const ctx = (day: string) => ({
    ...systemContext(t.database.db, new Date(`${day}T12:00:00Z`)),
    actor: officer,
    today: day,
  });

  async function heldThemeMeeting(): Promise<string> {
    const { meeting } = await runUseCase(createMeeting, ctx('2026-11-20'), {
      municipality: '707',
      meeting: {
        obligationId: 'themeMeeting:707:all:2026-2029:themeMeeting#1',
        date: '2026-11-20',
        startTime: '16:00',
        endTime: '19:00',
      },
    });
    await runUseCase(markHeld, ctx('2026-11-20'), { municipality: '707', id: meeting.id });
    return meeting.id;
  }
  const versionOf = async (id: string) =>
    (await runUseCase(getMeeting, systemContext(t.database.db), { municipality: '707', id })).meeting.version;

  it("asks for the summary, not the organisation's assessment, and publishes it on the municipality's approval", async () => {
    const id = await heldThemeMeeting();
    const page = await get(`/moeder/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Referat/sammenfatning');
    expect(page.body).toContain('name="summary"');
    expect(page.body).not.toContain('Boligorganisationens vurdering');
    expect(page.body).not.toContain('name="municipalityAssessment"');
    expect(page.body).not.toContain('Ingen aftaler');
    expect(page.body).toContain('Præsentation: Boligselskabet Djurslandsbo');

    const { meeting } = await runUseCase(getMeeting, systemContext(t.database.db), {
      municipality: '707',
      id,
    });
    const fields: [string, string][] = [
      ['version', String(meeting.version)],
      ['minuteTaker', 'Kasper Mølgaard'],
      ['summary', SUMMARY],
      ...meeting.participants.map((_, i): [string, string] => [`present.${i}`, 'present']),
      ...(meeting.sentAgenda ?? meeting.agenda).map((item, i): [string, string] => [
        `items.${i}.agendaItemId`,
        item.id,
      ]),
    ];
    expect((await post(`/moeder/${id}/referat`, fields)).statusCode).toBe(303);
    const drafted = await get(`/moeder/${id}`);
    expect(drafted.body).toContain('Godkend for kommunen');
    expect(drafted.body).toContain('Mangler godkendelse fra kommunen.');
    expect(drafted.body).not.toContain('boligorganisationen.');

    expect((await post(`/moeder/${id}/godkend`, [['version', String(await versionOf(id))]])).statusCode).toBe(
      303,
    );
    expect(
      (await post(`/moeder/${id}/offentliggoer`, [['version', String(await versionOf(id))]])).statusCode,
    ).toBe(303);
    t.actAs({ kind: 'public' });
    const account = await get(publicAccountPath({ id, municipality: '707' }));
    expect(account.statusCode).toBe(200);
    expect(account.body).toContain('<h2>Referat/sammenfatning</h2>');
    expect(account.body).toContain(SUMMARY);
    expect(account.body).not.toContain('Boligorganisationens vurdering');
    expect(account.body).not.toContain('Kommunens vurdering');
    // Who took part: the council members and the organisations' representatives.
    expect(account.body).toContain('Kommunalbestyrelsesmedlemmer:');
    expect(account.body).toContain('Formand, Boligselskabet Djurslandsbo');
    expect(account.body).toContain('Norddjurs KB 15-11-2022, sag 22/8287, pkt. 1');
  });

  it('refuses to approve a theme meeting without its summary, naming it', async () => {
    const id = await heldThemeMeeting();
    const { meeting } = await runUseCase(getMeeting, systemContext(t.database.db), {
      municipality: '707',
      id,
    });
    await post(`/moeder/${id}/referat`, [
      ['version', String(meeting.version)],
      ['minuteTaker', 'Kasper Mølgaard'],
      ['summary', ''],
    ]);
    const refused = await post(`/moeder/${id}/godkend`, [['version', String(await versionOf(id))]]);
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Referatet/sammenfatningen mangler');
  });

  it("keeps a dialogue meeting's two assessments", async () => {
    const id = await heldMeeting(t);
    const page = await get(`/moeder/${id}`);
    expect(page.body).toContain('name="municipalityAssessment"');
    expect(page.body).toContain('Boligorganisationens vurdering');
    expect(page.body).not.toContain('name="summary"');
  });
});
