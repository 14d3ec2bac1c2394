import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALLOWED_ACTIONS,
  type Meeting,
  type MeetingStatus,
  type RequestRules,
  transition,
} from '../../domain/meetings/index.ts';
import { aMeeting, completeMinutes, NOW } from '../../domain/meetings/test-meetings.ts';
import { invitationHints, type MeetingViewer, meetingAbilities } from './meeting-view.ts';

const planner: MeetingViewer = { planner: true, organisationParty: false };
const organisation: MeetingViewer = { planner: false, organisationParty: true };
const reader: MeetingViewer = { planner: false, organisationParty: false };

/** Both parties may ask (Norddjurs KB 15-11-2022); the 2011 model lets nobody ask. */
const bothMayAsk: RequestRules = {
  optionalParticipants: [{ who: 'Relevante embedsmænd', mayRequest: ['administration', 'organisation'] }],
};
const onlyAdministration: RequestRules = {
  optionalParticipants: [{ who: 'Relevante embedsmænd', mayRequest: ['administration'] }],
};
const nobodyMayAsk: RequestRules = { optionalParticipants: [] };

function step(m: Meeting, action: Parameters<typeof transition>[1], today = '2027-10-12'): Meeting {
  const r = transition(m, action, { today, now: NOW });
  if (!r.ok) throw new Error(r.message);
  return r.meeting;
}

const planned = aMeeting();
const held = step(planned, { type: 'markHeld' });
const drafted = step(held, { type: 'draftMinutes', content: completeMinutes() });
const approvedByAdministration = step(drafted, {
  type: 'approveMinutes',
  party: 'administration',
  by: 'Anna',
});

describe('what the viewer of a meeting may do', () => {
  it('shows the official-request form only to a party the model lets ask', () => {
    expect(meetingAbilities(planned, organisation, bothMayAsk, '2027-10-01').requestOfficial).toBe(true);
    expect(meetingAbilities(planned, organisation, onlyAdministration, '2027-10-01').requestOfficial).toBe(
      false,
    );
    expect(meetingAbilities(planned, planner, onlyAdministration, '2027-10-01').requestOfficial).toBe(true);
    expect(meetingAbilities(planned, planner, nobodyMayAsk, '2027-10-01').requestOfficial).toBe(false);
    expect(meetingAbilities(planned, reader, bothMayAsk, '2027-10-01').requestOfficial).toBe(false);
  });

  it('closes requests once the meeting is held', () => {
    expect(meetingAbilities(held, planner, bothMayAsk, '2027-10-12').requestOfficial).toBe(false);
    expect(meetingAbilities(held, organisation, bothMayAsk, '2027-10-12').requestOfficial).toBe(false);
  });

  it.each([
    ['a planner, before the meeting day', planned, planner, '2027-10-01', { invite: true, markHeld: false }],
    ['a planner, after the meeting day', planned, planner, '2027-10-13', { invite: false, markHeld: true }],
    ['the organisation', planned, organisation, '2027-10-13', { invite: false, markHeld: false }],
  ] as const)('steps for %s', (_name, meeting, viewer, today, expected) => {
    const can = meetingAbilities(meeting, viewer, bothMayAsk, today);
    expect({ invite: can.invite, markHeld: can.markHeld }).toEqual(expected);
  });

  it('says why the invitation cannot be sent for a past date', () => {
    expect(invitationHints(planned, planner, '2027-10-13')).toEqual([
      expect.stringContaining('marker det som afholdt i stedet'),
    ]);
    expect(invitationHints(planned, planner, '2027-10-01')).toEqual([]);
    expect(invitationHints(planned, organisation, '2027-10-13')).toEqual([]);
  });

  it('lets each party approve only while its own approval is missing', () => {
    expect(meetingAbilities(drafted, planner, {}, '2027-10-12').approve).toBe(true);
    expect(meetingAbilities(drafted, organisation, {}, '2027-10-12').approve).toBe(true);
    expect(meetingAbilities(approvedByAdministration, planner, {}, '2027-10-12').approve).toBe(false);
    expect(meetingAbilities(approvedByAdministration, organisation, {}, '2027-10-12').approve).toBe(true);
    expect(meetingAbilities(drafted, reader, {}, '2027-10-12').approve).toBe(false);
  });

  it('offers the minutes form and the agenda form only in their steps', () => {
    expect(meetingAbilities(planned, planner, {}, '2027-10-01')).toMatchObject({
      editMinutes: false,
      editAgenda: true,
    });
    expect(meetingAbilities(held, planner, {}, '2027-10-12')).toMatchObject({
      editMinutes: true,
      editAgenda: false,
    });
    expect(meetingAbilities(held, organisation, {}, '2027-10-12')).toMatchObject({ editMinutes: false });
  });

  it('never offers a step the lifecycle refuses in the meeting status (any status, any viewer)', () => {
    const statuses = Object.keys(ALLOWED_ACTIONS) as MeetingStatus[];
    const viewers = [planner, organisation, reader];
    fc.assert(
      fc.property(fc.constantFrom(...statuses), fc.constantFrom(...viewers), (status, viewer) => {
        const m: Meeting = { ...planned, status };
        const can = meetingAbilities(m, viewer, bothMayAsk, '2027-10-12');
        const allowed = ALLOWED_ACTIONS[status];
        if (can.invite) expect(allowed).toContain('invite');
        if (can.markHeld) expect(allowed).toContain('markHeld');
        if (can.publish) expect(allowed).toContain('publish');
        if (can.reschedule) expect(allowed).toContain('reschedule');
        if (can.cancel) expect(allowed).toContain('cancel');
        if (can.editMinutes) expect(allowed).toContain('draftMinutes');
        if (!viewer.planner) {
          expect([
            can.invite,
            can.markHeld,
            can.publish,
            can.reschedule,
            can.cancel,
            can.editMinutes,
          ]).toEqual([false, false, false, false, false, false]);
        }
      }),
    );
  });
});
