/**
 * Both parties in the minutes (almenboligloven § 164, stk. 2: the account holds both parties'
 * assessment): each party writes its own assessment, comments and change requests, approvals
 * withdrawn by a later edit. Example tables plus a property: an edit of the text never leaves an
 * approval standing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MeetingAction, transition } from './lifecycle.ts';
import { editDraft, openChangeRequests, withApproval, withdrawnApprovals } from './minutes.ts';
import { aMeeting, completeMinutes } from './test-meetings.ts';
import type { DialogueParty, Meeting, MeetingResult, Minutes } from './types.ts';

const T1 = '2027-10-13T08:00:00.000Z';
const T2 = '2027-10-14T08:00:00.000Z';
const T3 = '2027-10-15T08:00:00.000Z';
const at = (now: string) => ({ today: now.slice(0, 10), now });

function ok(result: MeetingResult): Meeting {
  if (!result.ok) throw new Error(`expected success, got: ${result.message}`);
  return result.meeting;
}

const held = () => aMeeting({ status: 'held' });
const write = (party: DialogueParty, text: string, by: string): MeetingAction => ({
  type: 'writeAssessment',
  party,
  text,
  by,
});

describe('writeAssessment: each party writes its own assessment', () => {
  it.each([
    ['organisation', 'organisationAssessment', 'municipalityAssessment'],
    ['administration', 'municipalityAssessment', 'organisationAssessment'],
  ] as const)('%s writes %s and leaves %s alone', (party, own, other) => {
    const m = ok(transition(held(), write(party, 'Vores vurdering.', 'Bo Hansen'), at(T1)));
    expect(m.status).toBe('minutesDrafted');
    expect(m.minutes?.[own]).toBe('Vores vurdering.');
    expect(m.minutes?.[other]).toBe('');
    expect(m.minutes?.assessmentAuthors?.[party]).toEqual({ party, by: 'Bo Hansen', at: T1 });
  });

  it('starts the draft from the meeting: participants present and the agenda as sent', () => {
    const m = ok(transition(held(), write('organisation', 'Tekst.', 'Bo'), at(T1)));
    expect(m.minutes?.items.map((i) => i.agendaItemId)).toEqual(held().agenda.map((i) => i.id));
    expect(m.minutes?.participantsPresent.length).toBe(held().participants.length);
  });

  it.each([
    ['planned', 'Vurderingen kan først skrives, når mødet er markeret som afholdt'],
    ['approved', 'Referatet er godkendt og låst; vurderingen kan kun ændres, hvis referatet genåbnes'],
    ['published', 'Referatet er godkendt og låst; vurderingen kan kun ændres, hvis referatet genåbnes'],
  ] as const)('is refused in status %s: %s', (status, message) => {
    const result = transition(aMeeting({ status }), write('organisation', 'x', 'Bo'), at(T1));
    expect(result).toMatchObject({ ok: false, code: 'invalidTransition', message });
  });

  it('keeps the other party as author of its own assessment when the administration saves the minutes', () => {
    const m1 = ok(transition(held(), write('organisation', 'Organisationens tekst.', 'Bo'), at(T1)));
    const content = { ...completeMinutes(), organisationAssessment: 'Organisationens tekst.' };
    const m2 = ok(
      transition(
        m1,
        { type: 'draftMinutes', content, editor: { party: 'administration', by: 'Anna' } },
        at(T2),
      ),
    );
    expect(m2.minutes?.assessmentAuthors).toEqual({
      organisation: { party: 'organisation', by: 'Bo', at: T1 },
      administration: { party: 'administration', by: 'Anna', at: T2 },
    });
  });
});

describe('approvals withdrawn by an edit', () => {
  const approvedByAdministration = (): Minutes =>
    withApproval(editDraft(null, completeMinutes(), { party: 'administration', by: 'Anna', at: T1 }), {
      party: 'administration',
      by: 'Anna',
      at: T1,
    });

  it.each([
    ['the organisation edits its assessment', 'organisation', { organisationAssessment: 'Ny tekst.' }, 1],
    ['the administration edits an item', 'administration', { minuteTaker: 'Ny referent' }, 1],
    ['nothing changes', 'organisation', {}, 0],
  ] as const)('%s → %i withdrawn', (_what, party, change, count) => {
    const before = approvedByAdministration();
    const after = editDraft(before, { ...completeMinutes(), ...change }, { party, by: 'Bo', at: T2 });
    expect(withdrawnApprovals(before, after)).toHaveLength(count);
    expect(after.approvals).toHaveLength(1 - count);
    expect(after.withdrawals ?? []).toHaveLength(count);
    if (count === 1) {
      expect(after.withdrawals?.[0]).toEqual({
        approval: { party: 'administration', by: 'Anna', at: T1 },
        at: T2,
        editedBy: { party, by: 'Bo' },
      });
    }
  });

  it('never leaves an approval standing after the text changed (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.constantFrom<DialogueParty>('organisation', 'administration'),
        (text, party) => {
          const before = approvedByAdministration();
          const content = {
            ...completeMinutes(),
            municipalityAssessment: `${before.municipalityAssessment}${text}`,
          };
          const after = editDraft(before, content, { party, by: 'X', at: T2 });
          expect(after.approvals).toEqual([]);
        },
      ),
    );
  });
});

describe('commentMinutes: comments and change requests', () => {
  const drafted = () =>
    ok(transition(held(), write('administration', 'Kommunens vurdering.', 'Anna'), at(T1)));
  const comment = (requestsChange: boolean, text = 'Nævn tomgangen i Kystparken.'): MeetingAction => ({
    type: 'commentMinutes',
    party: 'organisation',
    by: 'Bo Hansen',
    text,
    requestsChange,
  });

  it('records who, which party, when and the text, and changes nothing else', () => {
    const before = drafted();
    const m = ok(transition(before, comment(true), at(T2)));
    expect(m.minutes?.comments).toEqual([
      {
        id: 'c1',
        party: 'organisation',
        by: 'Bo Hansen',
        at: T2,
        text: 'Nævn tomgangen i Kystparken.',
        requestsChange: true,
      },
    ]);
    expect(m.status).toBe(before.status);
    expect(m.minutes?.municipalityAssessment).toBe(before.minutes?.municipalityAssessment);
  });

  it.each([
    [true, 'Skriv, hvad der skal ændres, og hvorfor'],
    [false, 'Skriv en kommentar'],
  ])('refuses an empty text (change request: %s) with "%s"', (requestsChange, message) => {
    expect(transition(drafted(), comment(requestsChange, '  '), at(T2))).toMatchObject({
      ok: false,
      code: 'invalidInput',
      message,
    });
  });

  it('is refused before there is a draft', () => {
    expect(transition(held(), comment(false), at(T2))).toMatchObject({
      ok: false,
      code: 'invalidTransition',
    });
  });

  it.each([
    ['a change request not answered by an edit', [comment(true)], 1],
    ['a plain comment', [comment(false)], 0],
    [
      'a change request answered by a later edit',
      [comment(true), write('administration', 'Ændret.', 'Anna')],
      0,
    ],
  ] as const)('open change requests: %s → %i', (_what, actions, open) => {
    const times = [T2, T3];
    const m = actions.reduce((acc, a, i) => ok(transition(acc, a, at(times[i] ?? T3))), drafted());
    expect(m.minutes ? openChangeRequests(m.minutes) : []).toHaveLength(open);
  });
});
