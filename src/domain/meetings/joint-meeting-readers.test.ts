import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Person } from '../registry/types.ts';
import { organisationTakesPart } from './joint-meeting-readers.ts';
import type { Participant } from './types.ts';

const chairOf = (organisationId: string, from = '2020-01-01', to: string | null = null): Person => ({
  id: `p-${organisationId}`,
  name: `Formand ${organisationId}`,
  email: null,
  phone: null,
  roles: [{ kind: 'boardChair', organisationId, from, to }],
});
const asParticipant = (p: Person, party: Participant['party'] = 'organisation'): Participant => ({
  personId: p.id,
  name: p.name,
  email: null,
  party,
  role: 'Formand',
  attendance: 'invited',
});
const theme = (participants: Participant[], date: string | null = '2026-09-24') => ({
  organisationId: null,
  participants,
  date,
});

describe('organisationTakesPart', () => {
  const a = chairOf('org-a');
  const formerChair = chairOf('org-b', '2018-01-01', '2025-12-31');
  it.each([
    ['its chair is a participant of a theme meeting', theme([asParticipant(a)]), 'org-a', true],
    ['another organisation takes part', theme([asParticipant(a)]), 'org-b', false],
    ['nobody of the organisation is invited', theme([]), 'org-a', false],
    ['the person takes part for another party', theme([asParticipant(a, 'councilMembers')]), 'org-a', false],
    [
      'the chair had left before the meeting day',
      theme([asParticipant(formerChair)], '2026-09-24'),
      'org-b',
      false,
    ],
    [
      'the chair held the seat on the meeting day',
      theme([asParticipant(formerChair)], '2025-06-01'),
      'org-b',
      true,
    ],
    [
      "a meeting of one organisation is that organisation's alone",
      { ...theme([asParticipant(a)]), organisationId: 'org-c' },
      'org-a',
      false,
    ],
  ])('%s', (_label, meeting, organisationId, expected) => {
    expect(organisationTakesPart(meeting, organisationId, [a, formerChair], '2026-11-22')).toBe(expected);
  });

  it('never opens a meeting to an organisation none of whose people is a participant for the organisations', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('org-a', 'org-b', 'org-c'), { maxLength: 5 }),
        fc.array(fc.constantFrom<Participant['party']>('organisation', 'administration', 'councilMembers'), {
          maxLength: 5,
        }),
        fc.constantFrom('org-a', 'org-b', 'org-c'),
        (organisations, parties, asking) => {
          const people = organisations.map((o, i) => ({ ...chairOf(o), id: `p-${i}` }));
          const participants = people.map((p, i) => asParticipant(p, parties[i] ?? 'organisation'));
          const expected = people.some(
            (p, i) =>
              p.roles[0]?.kind === 'boardChair' &&
              (p.roles[0] as { organisationId: string }).organisationId === asking &&
              (participants[i]?.party ?? 'organisation') === 'organisation',
          );
          expect(organisationTakesPart(theme(participants), asking, people, '2026-11-22')).toBe(expected);
        },
      ),
    );
  });
});
