/**
 * Accepting an official request must name the official (issue 13, point 3): with no official
 * chosen ("Vælg embedsmand") the decision is refused with a Danish field error and nobody is
 * added; naming one adds exactly that person.
 */
import { describe, expect, it } from 'vitest';
import { userWith } from '../../../test/support/actors.ts';
import { useDemoApp } from '../../../test/support/demo-app.ts';

const base = '/api/v1/municipalities/707/meetings';

describe('deciding an official request', () => {
  const t = useDemoApp({ as: userWith('caseOfficer'), now: new Date('2027-09-01T08:00:00Z') });

  it('refuses "accepted" without an official, and adds the one named', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: base,
      payload: {
        obligationId: 'dialogueMeeting:707:org-djurslandsbo:2027:legalFloor#1',
        date: '2027-10-14',
        startTime: '10:00',
        endTime: '12:00',
      },
    });
    const id: string = created.json().meeting.id;
    const requested = await t.app.inject({
      method: 'POST',
      url: `${base}/${id}/official-requests`,
      payload: { unit: 'Social', reason: 'Boligsocial indsats' },
    });
    expect(requested.statusCode, requested.body).toBe(201);
    const meeting = requested.json().meeting;
    const requestId: string = meeting.officialRequests[0].id;
    const before: number = meeting.participants.length;

    for (const personId of ['', null]) {
      const refused = await t.app.inject({
        method: 'POST',
        url: `${base}/${id}/official-requests/${requestId}/decision`,
        payload: { decision: 'accepted', personId },
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain('Vælg hvilken embedsmand der deltager');
    }
    const unchanged = (await t.app.inject({ method: 'GET', url: `${base}/${id}` })).json().meeting;
    expect(unchanged.participants).toHaveLength(before);
    expect(unchanged.officialRequests[0].status).toBe('requested');

    const accepted = await t.app.inject({
      method: 'POST',
      url: `${base}/${id}/official-requests/${requestId}/decision`,
      payload: { decision: 'accepted', personId: 'person-karina-vrist' },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const added = accepted
      .json()
      .meeting.participants.filter(
        (p: { personId: string }) =>
          !unchanged.participants.some((q: { personId: string }) => q.personId === p.personId),
      );
    expect(added.map((p: { name: string }) => p.name)).toEqual(['Karina Vrist']);
  });

  it('shows a § 14 conflict of a participant on the meeting, before it is held', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: base,
      payload: {
        obligationId: 'dialogueMeeting:707:org-djurslandsbo:2027:legalFloor#1',
        date: '2027-10-14',
        startTime: '10:00',
        endTime: '12:00',
      },
    });
    const meeting = created.json().meeting;
    expect(meeting.participants.map((p: { name: string }) => p.name)).toContain('Birgitte Skovbo Ravn');
    const { runUseCase } = await import('../../app/run-use-case.ts');
    const { getMeeting } = await import('../../app/meetings/get-meeting.ts');
    const { systemContext } = await import('../../../test/support/auth.ts');
    const view = await runUseCase(
      getMeeting,
      { ...systemContext(t.database.db), today: '2027-09-01' },
      {
        municipality: '707',
        id: meeting.id,
      },
    );
    const conflict = view.conflicts.find((w) => w.message.includes('§ 14'));
    expect(conflict?.message).toContain('Birgitte Skovbo Ravn');
    const page = await t.app.inject({ method: 'GET', url: `/moeder/${meeting.id}` });
    expect(page.body).toContain('almenboligloven § 14');
  });
});
