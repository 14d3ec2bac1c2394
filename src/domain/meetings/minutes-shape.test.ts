import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transition } from './lifecycle.ts';
import { minutesShape } from './minutes-shape.ts';
import { aMeeting, completeMinutes } from './test-meetings.ts';
import type { DialogueParty, Meeting } from './types.ts';

describe('minutesShape: which minutes a meeting has', () => {
  it.each([
    // almenboligloven § 164, stk. 2: both parties' assessments, both approve.
    {
      kind: 'dialogueMeeting',
      organisationId: 'org-a',
      form: 'assessments',
      approvers: ['organisation', 'administration'],
      assessmentsRequired: true,
      organisationWrites: true,
      agreementsAllowed: true,
    },
    // Norddjurs KB 15-11-2022, sag 22/8287, pkt. 1: the municipality's summary, it alone approves.
    {
      kind: 'themeMeeting',
      organisationId: null,
      form: 'summary',
      approvers: ['administration'],
      assessmentsRequired: false,
      organisationWrites: false,
      agreementsAllowed: false,
    },
    // A theme meeting stays one even if an organisation were set on it.
    {
      kind: 'themeMeeting',
      organisationId: 'org-a',
      form: 'summary',
      approvers: ['administration'],
      assessmentsRequired: false,
      organisationWrites: false,
      agreementsAllowed: false,
    },
    // Joint meetings of the 2011 model: no single counterpart.
    {
      kind: 'dialogueForum',
      organisationId: null,
      form: 'summary',
      approvers: ['administration'],
      assessmentsRequired: false,
      organisationWrites: false,
      agreementsAllowed: false,
    },
    {
      kind: 'coordinationGroupMeeting',
      organisationId: null,
      form: 'summary',
      approvers: ['administration'],
      assessmentsRequired: false,
      organisationWrites: false,
      agreementsAllowed: false,
    },
    // A municipality-named meeting with one organisation: two parties, not the statutory account.
    {
      kind: 'direktørforum',
      organisationId: 'org-a',
      form: 'assessments',
      approvers: ['organisation', 'administration'],
      assessmentsRequired: false,
      organisationWrites: false,
      agreementsAllowed: true,
    },
  ])('$kind with organisation $organisationId → $form', (row) => {
    expect(minutesShape({ kind: row.kind, organisationId: row.organisationId })).toEqual({
      form: row.form,
      approvingParties: row.approvers,
      assessmentsRequired: row.assessmentsRequired,
      organisationWrites: row.organisationWrites,
      agreementsAllowed: row.agreementsAllowed,
    });
  });
});

describe('approval follows the shape (property)', () => {
  const meetingArb = fc.constantFrom<Pick<Meeting, 'kind' | 'organisationId'>>(
    { kind: 'dialogueMeeting', organisationId: 'org-a' },
    { kind: 'themeMeeting', organisationId: null },
    { kind: 'dialogueForum', organisationId: null },
    { kind: 'direktørforum', organisationId: 'org-a' },
  );
  const partiesArb = fc.array(fc.constantFrom<DialogueParty>('organisation', 'administration'), {
    maxLength: 4,
  });
  const day = { today: '2027-10-12', now: '2027-10-12T12:00:00.000Z' };

  it("locks exactly when every approving party approved, and never holds another party's approval", () => {
    fc.assert(
      fc.property(meetingArb, partiesArb, (kindAndOrg, approvers) => {
        const shape = minutesShape(kindAndOrg);
        const content =
          shape.form === 'summary'
            ? completeMinutes({ agreements: [], summary: 'Sammenfatning af mødet.' })
            : completeMinutes();
        let meeting = aMeeting(kindAndOrg);
        for (const action of [{ type: 'markHeld' as const }, { type: 'draftMinutes' as const, content }]) {
          const r = transition(meeting, action, day);
          if (!r.ok) throw new Error(r.message);
          meeting = r.meeting;
        }
        for (const party of approvers) {
          const r = transition(meeting, { type: 'approveMinutes', party, by: 'X' }, day);
          if (r.ok) meeting = r.meeting;
          else expect(r.code).toBe('invalidTransition');
        }
        const minutes = meeting.minutes;
        if (!minutes) throw new Error('no minutes');
        const approved = new Set(minutes.approvals.map((a) => a.party));
        for (const party of approved) expect(shape.approvingParties).toContain(party);
        const all = shape.approvingParties.every((p) => approved.has(p));
        expect(minutes.locked).toBe(all);
        expect(meeting.status).toBe(all ? 'approved' : 'minutesDrafted');
      }),
    );
  });
});
