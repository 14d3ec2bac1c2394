import { describe, expect, it } from 'vitest';
import { clashMessage, slotClash, slotLabel } from './slot-clash.ts';
import type { Meeting, Participant } from './types.ts';

const person = (id: string): Participant => ({
  personId: id,
  name: id.toUpperCase(),
  email: null,
  party: 'administration',
  role: 'Embedsmand',
  attendance: 'invited',
});
const meeting = (id: string, over: Partial<Meeting>): Meeting =>
  ({
    id,
    title: id,
    date: '2027-10-14',
    startTime: '09:00',
    endTime: '11:00',
    status: 'planned',
    participants: [person('kam')],
    ...over,
  }) as Meeting;

describe('slotClash: a person is never booked into two overlapping meetings', () => {
  it.each([
    ['same slot, same person', meeting('b', {}), true],
    ['afternoon the same day', meeting('b', { startTime: '13:00', endTime: '15:00' }), false],
    ['overlapping by an hour', meeting('b', { startTime: '10:00', endTime: '12:00' }), true],
    ['another day', meeting('b', { date: '2027-10-15' }), false],
    ['nobody in common', meeting('b', { participants: [person('sia')] }), false],
    ['no times: the whole day', meeting('b', { startTime: null, endTime: null }), true],
    ['the other is cancelled', meeting('b', { status: 'cancelled' }), false],
  ])('%s', (_label, other, clashes) => {
    expect(slotClash(meeting('a', {}), [other]) !== null).toBe(clashes);
  });

  it('names the meeting and the person', () => {
    expect(slotClash(meeting('a', {}), [meeting('b', { title: 'Dialogmøde B' })])).toMatchObject({
      meeting: { title: 'Dialogmøde B' },
      person: 'KAM',
    });
  });
});

describe('clashMessage: which slot collides with which meeting', () => {
  it.each([
    [{ date: '2027-10-14', startTime: '10:00', endTime: '12:00' }, '14-10-2027 kl. 10:00–12:00'],
    [{ date: '2027-10-14', startTime: '10:00', endTime: null }, '14-10-2027 kl. 10:00'],
    [{ date: '2027-10-14', startTime: null, endTime: null }, '14-10-2027 (hele dagen)'],
    [{ date: null, startTime: null, endTime: null }, 'uden dato'],
  ] as const)('labels %j as %s', (slot, label) => {
    expect(slotLabel(slot)).toBe(label);
  });

  it('names both slots, the meeting and the person, and whether the other is in the same plan', () => {
    const a = meeting('a', { startTime: '10:00', endTime: '12:00' });
    const clash = slotClash(a, [meeting('b', { title: 'Dialogmøde B' })]);
    if (!clash) throw new Error('expected a clash');
    expect(clashMessage(a, clash, false)).toBe(
      'Sammenfald: 14-10-2027 kl. 10:00–12:00 falder sammen med »Dialogmøde B« 14-10-2027 kl. 09:00–11:00 – KAM skal deltage i begge. Vælg et andet tidspunkt.',
    );
    expect(clashMessage(a, clash, true)).toContain('»Dialogmøde B« 14-10-2027 kl. 09:00–11:00 i denne plan');
  });
});
