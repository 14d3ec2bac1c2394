/**
 * The theme meeting as its own kind (issue 13, point 6; Norddjurs KB 15-11-2022, sag 22/8287,
 * pkt. 1) through the real use cases on both databases: participants drawn from the model (the
 * council members, every organisation's representatives, the planning case officer), its own
 * agenda, invitations for everyone with an address, the municipality's summary approved by the
 * municipality alone, published with the summary, and counted for the election period.
 */
import { expect, it } from 'vitest';
import { systemContext } from '../../../test/support/auth.ts';
import { describeEachDatabase } from '../../../test/support/database.ts';
import { loadDemoInto } from '../../../test/support/demo.ts';
import type { Actor } from '../../app/actor.ts';
import { seedDemoUsers } from '../../app/auth/demo-users.ts';
import { complianceGrid } from '../../app/governance/compliance-grid.ts';
import { approveMinutes } from '../../app/meetings/approve-minutes.ts';
import { createMeeting } from '../../app/meetings/create-meeting.ts';
import { getMeeting } from '../../app/meetings/get-meeting.ts';
import { getPublishedAccount } from '../../app/meetings/get-published-account.ts';
import { inviteMeeting } from '../../app/meetings/invite-meeting.ts';
import { listPublishedAccounts } from '../../app/meetings/list-published-accounts.ts';
import { markHeld } from '../../app/meetings/mark-held.ts';
import { publishMeeting } from '../../app/meetings/publish-meeting.ts';
import { saveAssessment } from '../../app/meetings/save-assessment.ts';
import { saveMinutes } from '../../app/meetings/save-minutes.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { UseCaseContext } from '../../app/use-case.ts';

const OBLIGATION = 'themeMeeting:707:all:2026-2029:themeMeeting#1';
const CASE_OFFICER: Actor = {
  kind: 'user',
  id: 'user-demo-sagsbehandler',
  name: 'Demo Sagsbehandler',
  grants: [{ role: 'caseOfficer', municipality: '707' }],
};
const BOARD: Actor = {
  kind: 'user',
  id: 'user-demo-bestyrelse',
  name: 'Demo Bestyrelsesmedlem',
  grants: [{ role: 'organisation', municipality: '707', organisationId: 'org-djurslandsbo' }],
};
const SUMMARY =
  'Boligorganisationerne fortalte om deres afdelinger. Kommunalbestyrelsen drøftede anvisningen; den tages op på dialogmøderne i 2027.';

describeEachDatabase('the theme meeting', (db) => {
  const at = (day: string, actor: Actor = CASE_OFFICER): UseCaseContext => ({
    ...systemContext(db(), new Date(`${day}T12:00:00Z`)),
    actor,
    today: day,
  });

  async function planned() {
    await loadDemoInto({ db: db(), kind: 'pglite', close: async () => {} });
    await runUseCase(seedDemoUsers, systemContext(db()), {});
    const { meeting } = await runUseCase(createMeeting, at('2026-12-01'), {
      municipality: '707',
      meeting: { obligationId: OBLIGATION, date: '2027-03-10', startTime: '16:00', endTime: '19:00' },
    });
    return meeting;
  }

  it('draws its participants from the model and has its own agenda', async () => {
    const meeting = await planned();
    expect(meeting.kind).toBe('themeMeeting');
    const byParty = (party: string) => meeting.participants.filter((p) => p.party === party);
    // Norddjurs' council has 27 members (domain.md §4); the demo has them for 2026–2029.
    expect(byParty('councilMembers')).toHaveLength(27);
    expect(byParty('councilMembers').some((p) => p.role.startsWith('Borgmester'))).toBe(true);
    const organisationRoles = byParty('organisation').map((p) => p.role);
    expect(organisationRoles).toContain('Formand, Boligselskabet Djurslandsbo');
    expect(organisationRoles).toContain('Næstformand, Boligforeningen Lyngbakken');
    // No organisation closed before the meeting, none seated elsewhere.
    expect(organisationRoles.some((r) => r.includes('Auning'))).toBe(false);
    expect(byParty('administration').map((p) => [p.name, p.email, p.role])).toEqual([
      ['Demo Sagsbehandler', 'sagsbehandler@norddjurs.demo', 'Sagsbehandler'],
    ]);
    const titles = meeting.agenda.map((i) => i.title);
    expect(titles[0]).toBe('Velkomst og formål');
    expect(titles).toContain('Boligorganisationernes korte præsentationer');
    expect(titles).toContain('Præsentation: Boligselskabet Djurslandsbo');
    expect(titles).toContain('Konklusioner – hvad går videre til dialogmøderne');
    expect(titles.at(-1)).toBe('Eventuelt');
    expect(meeting.agenda.some((i) => i.kind === 'followUp' || i.kind === 'objectiveArea')).toBe(false);
    const chair = meeting.participants.find((p) => p.role === 'Formand, Boligselskabet Djurslandsbo');
    expect(
      meeting.agenda.find((i) => i.title === 'Præsentation: Boligselskabet Djurslandsbo')?.assignedTo,
    ).toBe(`person:${chair?.personId}`);
  });

  it('invites everyone with an address and names those it cannot reach', async () => {
    const meeting = await planned();
    const invited = await runUseCase(inviteMeeting, at('2026-12-01'), {
      municipality: '707',
      id: meeting.id,
      version: meeting.version,
    });
    const withAddress = meeting.participants.filter((p) => p.email);
    const view = await runUseCase(getMeeting, at('2026-12-01'), { municipality: '707', id: meeting.id });
    expect(view.invitations.map((i) => i.toAddress).sort()).toEqual(
      withAddress.map((p) => p.email as string).sort(),
    );
    expect(view.invitations.every((i) => i.method === 'REQUEST')).toBe(true);
    expect(view.notReachable).toEqual(meeting.participants.filter((p) => !p.email).map((p) => p.name));
    expect(invited.meeting.status).toBe('invited');
    const queued = await db().selectFrom('outbox').select(['to_address']).execute();
    expect(queued.map((r) => r.to_address).sort()).toEqual(withAddress.map((p) => p.email as string).sort());
  });

  it("takes the municipality's summary, is approved by the municipality alone and published with the summary", async () => {
    const meeting = await planned();
    const ids = { municipality: '707', id: meeting.id };
    const held = await runUseCase(markHeld, at('2027-03-10'), { ...ids, version: meeting.version });
    const view = await runUseCase(getMeeting, at('2027-03-10'), ids);
    expect(view.minutesForm).toBe('summary');
    expect(view.approvingParties).toEqual(['administration']);
    expect(view.agreementsAllowed).toBe(false);
    const saved = await runUseCase(saveMinutes, at('2027-03-11'), {
      ...ids,
      version: held.meeting.version,
      minutes: {
        minuteTaker: 'Demo Sagsbehandler',
        participantsPresent: held.meeting.participants.map((p) => ({
          name: p.name,
          party: p.party,
          role: p.role,
        })),
        items: held.meeting.agenda.map((i) => ({ agendaItemId: i.id, summary: 'Drøftet.', outcome: '' })),
        summary: SUMMARY,
      },
    });
    const drafted = await runUseCase(getMeeting, at('2027-03-11'), ids);
    expect(drafted.missingApprovals).toEqual(['administration']);
    expect(drafted.can.approve).toBe(true);
    expect(drafted.can.writeAssessment).toBe(false);
    // The organisation's users do not approve (nor see) the theme meeting; their assessment form is refused.
    await expect(
      runUseCase(saveAssessment, at('2027-03-11', BOARD), {
        ...ids,
        version: saved.meeting.version,
        text: 'x',
      }),
    ).rejects.toMatchObject({ code: 'notFound' });
    await expect(runUseCase(approveMinutes, at('2027-03-11', BOARD), ids)).rejects.toMatchObject({
      code: 'notFound',
    });
    // Nor may the administration record an organisation approval for it.
    await expect(
      runUseCase(approveMinutes, at('2027-03-12'), { ...ids, party: 'organisation' }),
    ).rejects.toMatchObject({ code: 'invalidTransition' });
    const approved = await runUseCase(approveMinutes, at('2027-03-12'), ids);
    expect(approved.meeting.status).toBe('approved');
    await runUseCase(publishMeeting, at('2027-03-15'), ids);

    const publicCtx = { ...at('2027-03-16'), actor: { kind: 'public' as const } };
    const shown = await runUseCase(getPublishedAccount, publicCtx, ids);
    expect(shown.account.minutesForm).toBe('summary');
    expect(shown.account.summary).toBe(SUMMARY);
    expect(shown.account.organisationAssessment).toBe('');
    expect(shown.account.municipalityAssessment).toBe('');
    expect(shown.account.agreements).toEqual([]);
    expect(shown.account.legalBasis).toBe('Norddjurs KB 15-11-2022, sag 22/8287, pkt. 1');
    expect(shown.account.participantsPresent.map((g) => g.party)).toEqual([
      'organisation',
      'administration',
      'councilMembers',
    ]);
    expect(shown.account.approvals.map((a) => a.party)).toEqual(['administration']);
    // Listed under the year it was held, not the first year of the election period.
    const listed = await runUseCase(listPublishedAccounts, publicCtx, { municipality: '707' });
    expect(listed.years.find((y) => y.accounts.some((a) => a.meetingId === meeting.id))?.year).toBe(2027);

    // It counts for the election period's theme-meeting obligation (compliance as before).
    const grid = await runUseCase(complianceGrid, at('2027-03-16'), { municipality: '707', year: 2027 });
    expect(JSON.stringify(grid)).toContain('"themeMeeting"');
    const facts = await db()
      .selectFrom('obligation_fact')
      .select(['kind', 'date'])
      .where('obligation_id', '=', OBLIGATION)
      .execute();
    expect(facts.map((f) => f.kind).sort()).toEqual(['accountPublished', 'meetingHeld']);
  });
});
