/**
 * Issue 13, points 4 and 7 in-process: an edit after the other party's approval withdraws it,
 * shows the withdrawal to both and e-mails the other party's users through the outbox; a
 * published account can be corrected (a new version with the reason, the earlier kept and
 * linked) or withdrawn with a reason, which the public page and the index show.
 */
import { describe, expect, it } from 'vitest';
import { systemContext } from '../../../test/support/auth.ts';
import { useDemoApp } from '../../../test/support/demo-app.ts';
import {
  approvedMeeting,
  draftedMeeting,
  heldMeeting,
  plannedMeeting,
} from '../../../test/support/form-fixtures.ts';
import type { Actor } from '../../app/actor.ts';
import { addUser } from '../../app/auth/add-user.ts';
import { approveMinutes } from '../../app/meetings/approve-minutes.ts';
import { getMeeting } from '../../app/meetings/get-meeting.ts';
import { publishMeeting } from '../../app/meetings/publish-meeting.ts';
import { saveMinutes } from '../../app/meetings/save-minutes.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import { publicAccountPath } from '../../domain/meetings/index.ts';

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

describe('both parties in the minutes; corrected and withdrawn accounts', () => {
  const t = useDemoApp({ as: officer });

  const { get, post } = t;
  const versionOf = async (id: string) =>
    (await runUseCase(getMeeting, systemContext(t.database.db), { municipality: '707', id })).meeting.version;
  const outbox = () => t.database.db.selectFrom('outbox').select(['to_address', 'subject', 'body']).execute();

  it("withdraws the board's approval when the officer edits afterwards, shows it to both and e-mails the board", async () => {
    await runUseCase(addUser, systemContext(t.database.db), {
      municipality: '707',
      email: 'formand@djurslandsbo.test',
      name: 'Frank Hedegaard',
      role: 'organisation',
      organisationId: 'org-djurslandsbo',
    });
    const id = await draftedMeeting(t);
    t.actAs(board);
    expect((await post(`/moeder/${id}/godkend`, [['version', String(await versionOf(id))]])).statusCode).toBe(
      303,
    );
    const before = (await outbox()).length;
    t.actAs(officer);
    const saved = await post(`/moeder/${id}/vurdering`, [
      ['version', String(await versionOf(id))],
      ['assessment', 'Ændret af kommunen.'],
    ]);
    expect(saved.statusCode).toBe(303);
    const mails = (await outbox()).slice(before);
    expect(mails.map((m) => m.to_address)).toContain('formand@djurslandsbo.test');
    // Only the organisation's users: the officer's own party is not told of its own edit.
    expect(mails.every((m) => !m.to_address.includes('norddjurs'))).toBe(true);
    expect(mails[0]?.body).toContain('Godkendelsen er derfor trukket tilbage');
    t.actAs(board);
    const page = (await get(`/moeder/${id}`)).body;
    expect(page).toContain('Tilbagetrukne godkendelser');
    expect(page).toContain('Frank Hedegaards godkendelse for boligorganisationen blev trukket tilbage');
    expect(page).toContain('Godkend for boligorganisationen');
  });

  it('corrects a published account as version 2 with the reason and keeps version 1 linked', async () => {
    const id = await approvedMeeting(t);
    const { meeting } = await runUseCase(publishMeeting, systemContext(t.database.db), {
      municipality: '707',
      id,
    });
    const reopened = await post(`/moeder/${id}/genaabn`, [
      ['version', String(meeting.version)],
      ['reopenReason', 'Kommunens vurdering manglede et afsnit om tomgangen.'],
    ]);
    expect(reopened.statusCode).toBe(303);
    await post(`/moeder/${id}/referat`, [
      ['version', String(await versionOf(id))],
      ['minuteTaker', 'Kasper Mølgaard'],
      ['municipalityAssessment', 'Kommunen deler vurderingen. Tomgangen er faldet.'],
      ['noAgreements', 'true'],
    ]);
    await post(`/moeder/${id}/godkend`, [['version', String(await versionOf(id))]]);
    t.actAs(board);
    await post(`/moeder/${id}/godkend`, [['version', String(await versionOf(id))]]);
    t.actAs(officer);
    expect(
      (await post(`/moeder/${id}/offentliggoer`, [['version', String(await versionOf(id))]])).statusCode,
    ).toBe(303);
    t.actAs({ kind: 'public' });
    const account = (await get(publicAccountPath(meeting))).body;
    expect(account).toContain('Kommunen deler vurderingen. Tomgangen er faldet.');
    expect(account).toContain('Kommunens vurdering manglede et afsnit om tomgangen.');
    expect(account).toContain(`${publicAccountPath(meeting)}/version/1`);
    const first = (await get(`${publicAccountPath(meeting)}/version/1`)).body;
    expect(first).toContain('Kommunen deler vurderingen.');
    expect(first).toContain('Se den gældende redegørelse');
  });

  it('withdraws a published account with a reason: the public page and the index say when and why', async () => {
    const id = await approvedMeeting(t);
    const { meeting } = await runUseCase(publishMeeting, systemContext(t.database.db), {
      municipality: '707',
      id,
    });
    const empty = await post(`/moeder/${id}/traek-tilbage`, [['version', String(meeting.version)]]);
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('Begrundelsen mangler');
    const done = await post(`/moeder/${id}/traek-tilbage`, [
      ['version', String(meeting.version)],
      ['withdrawReason', 'Referatet indeholdt fortrolige oplysninger om en lejer.'],
    ]);
    expect(done.statusCode).toBe(303);
    const again = await post(`/moeder/${id}/traek-tilbage`, [
      ['version', String(meeting.version)],
      ['withdrawReason', 'Igen.'],
    ]);
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain('Redegørelsen er allerede trukket tilbage');
    t.actAs({ kind: 'public' });
    const page = (await get(publicAccountPath(meeting))).body;
    expect(page).toContain('Redegørelsen er trukket tilbage 22-11-2026');
    expect(page).toContain('Referatet indeholdt fortrolige oplysninger om en lejer.');
    expect(page).not.toContain('Organisationen er i god drift.');
    const index = (await get('/redegoerelser/707')).body;
    expect(index).toContain('(trukket tilbage 22-11-2026)');
    await expect(t.database.db.deleteFrom('published_account_withdrawal').execute()).rejects.toThrow(
      /append-only/,
    );
  });

  it("draws a planned agenda's follow-up items from the register until the invitation, in the register's words", async () => {
    // Djurslandsbo 2027 is planned before the 2026 meeting's account is published.
    const id = await plannedMeeting(t);
    const before = (await get(`/moeder/${id}`)).body;
    expect(before).not.toContain('Huslejen i Kystparken');
    const held = await heldMeeting(t);
    const sys = systemContext(t.database.db);
    await runUseCase(saveMinutes, sys, {
      municipality: '707',
      id: held,
      version: await versionOf(held),
      minutes: {
        minuteTaker: 'Kasper Mølgaard',
        organisationAssessment: 'God drift.',
        municipalityAssessment: 'Enig.',
        agreements: [
          {
            text: 'Huslejen i Kystparken belyses.',
            objectiveArea: 'economyAndOperations',
            responsible: 'Begge',
          },
        ],
      },
    });
    await runUseCase(approveMinutes, sys, { municipality: '707', id: held, party: 'administration' });
    await runUseCase(approveMinutes, sys, { municipality: '707', id: held, party: 'organisation' });
    expect(
      (await post(`/moeder/${held}/offentliggoer`, [['version', String(await versionOf(held))]])).statusCode,
    ).toBe(303);
    const live = (await get(`/moeder/${id}`)).body;
    expect(live).toContain('Opfølgning: Huslejen i Kystparken');
    expect(live).toContain('Status: Aftalt.');
    expect(live).not.toContain('Ikke påbegyndt');
    // The invitation freezes the agenda as sent, follow-up included.
    expect((await post(`/moeder/${id}/indkald`, [['version', String(await versionOf(id))]])).statusCode).toBe(
      303,
    );
    const { meeting } = await runUseCase(getMeeting, systemContext(t.database.db), {
      municipality: '707',
      id,
    });
    expect(meeting.sentAgenda?.map((i) => i.title)).toContain('Opfølgning: Huslejen i Kystparken belyses.');
    expect((await get(`/moeder/${id}`)).body).toContain('Dagsordenen som indkaldt 22-11-2026');
  });
});
