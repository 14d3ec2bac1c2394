import { describe, expect, it } from 'vitest';
import { newMeeting } from './new-meeting.ts';
import { participantKey, recordAttendance } from './participants.ts';
import { aMeeting, aParticipant } from './test-meetings.ts';

describe('participantKey', () => {
  it.each([
    [{ personId: 'p-1', email: 'x@y.dk', name: 'X' }, 'person:p-1'],
    [{ personId: null, email: ' Bo@Djursland-Bolig.dk ', name: 'Bo' }, 'email:bo@djursland-bolig.dk'],
    [{ personId: null, email: null, name: '  Carl   Berg ' }, 'name:carl berg'],
  ])('keys %j as %s', (p, key) => {
    expect(participantKey(p)).toBe(key);
  });
});

describe('recordAttendance', () => {
  it('marks a participant present or as having sent apologies', () => {
    const result = recordAttendance(aMeeting(), 'person:p-bo', 'apology');
    expect(result.ok && result.meeting.participants.map((p) => p.attendance)).toEqual(['invited', 'apology']);
  });

  it('refuses an unknown participant and a meeting whose minutes are approved', () => {
    expect(recordAttendance(aMeeting(), 'person:nobody', 'present')).toMatchObject({
      ok: false,
      code: 'invalidInput',
    });
    expect(recordAttendance(aMeeting({ status: 'approved' }), 'person:p-bo', 'present')).toMatchObject({
      ok: false,
      message: 'Referatet er godkendt; fremmøde kan ikke ændres',
    });
  });
});

describe('newMeeting', () => {
  it('starts planned, at version 1 and SEQUENCE 0, with nothing sent or written', () => {
    const m = newMeeting({
      id: 'm-9',
      municipality: '707',
      obligationIds: ['o-1'],
      kind: 'themeMeeting',
      organisationId: null,
      title: 'Temamøde for kommunalbestyrelsen',
      participants: [aParticipant({ name: 'Carl', party: 'councilMembers' })],
    });
    expect(m).toMatchObject({
      status: 'planned',
      version: 1,
      sequence: 0,
      date: null,
      sentAgenda: null,
      minutes: null,
      publishedOn: null,
      cancellation: null,
    });
  });
});
