import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Person } from '../registry/types.ts';
import {
  addParticipant,
  participantCandidates,
  registerDeputy,
  removeParticipant,
  sequenceForAdded,
} from './participant-changes.ts';
import { participantKey } from './participants.ts';
import { ANNA, aMeeting, aParticipant, BO } from './test-meetings.ts';
import type { MeetingStatus } from './types.ts';

const person = (id: string, name: string, roles: Person['roles'], email: string | null = null): Person => ({
  id,
  name,
  email,
  phone: null,
  roles,
});
const since = { from: '2020-01-01', to: null };
const PEOPLE: Person[] = [
  person('p-anna', 'Anna Jensen', [
    { kind: 'official', municipality: '707', unit: 'Vej og Ejendom', ...since },
  ]),
  person(
    'p-karina',
    'Karina Vrist',
    [{ kind: 'official', municipality: '707', unit: 'Social', ...since }],
    'kv@x.dk',
  ),
  person('p-aage', 'Aage Holm', [{ kind: 'official', municipality: '707', unit: 'Social', ...since }]),
  person('p-old', 'Ole Gammel', [
    { kind: 'official', municipality: '707', unit: 'Social', from: '2010-01-01', to: '2019-12-31' },
  ]),
  person('p-bo', 'Bo Hansen', [{ kind: 'boardChair', organisationId: 'org-a', ...since }]),
  person('p-eva', 'Eva Berg', [{ kind: 'boardMember', organisationId: 'org-a', ...since }]),
  person('p-finn', 'Finn Lund', [{ kind: 'boardMember', organisationId: 'org-b', ...since }]),
  person('p-gitte', 'Gitte Moe', [{ kind: 'councilMember', municipality: '707', party: 'A', ...since }]),
];
const context = {
  supervisingUnit: 'Vej og Ejendom, tilsyn',
  organisationNames: new Map([
    ['org-a', 'Boligselskabet Djursland'],
    ['org-b', 'Kattegatkysten'],
  ]),
  on: '2027-10-01',
};

describe('participantCandidates', () => {
  it('offers the officials grouped by unit, and the own organisation, for a dialogue meeting', () => {
    const rows = participantCandidates(PEOPLE, aMeeting(), context).map((c) => [
      c.group,
      c.name,
      c.party,
      c.role,
    ]);
    expect(rows).toEqual([
      ['Boligselskabet Djursland', 'Eva Berg', 'organisation', 'Bestyrelsesmedlem'],
      // Danish order: "Aage" sorts as "Åge", after Karina.
      ['Social', 'Karina Vrist', 'relevantUnits', 'Embedsmand, Social'],
      ['Social', 'Aage Holm', 'relevantUnits', 'Embedsmand, Social'],
    ]);
  });

  it.each([
    [
      'a theme meeting (no organisation) offers every organisation and the council',
      'themeMeeting',
      null,
      ['Finn Lund', 'Gitte Moe'],
    ],
    ['a dialogue meeting offers no council member and no other organisation', 'dialogueMeeting', 'org-a', []],
  ] as const)('%s', (_name, kind, organisationId, expected) => {
    const names = participantCandidates(PEOPLE, aMeeting({ kind, organisationId }), context).map(
      (c) => c.name,
    );
    for (const n of ['Finn Lund', 'Gitte Moe']) {
      expect(names.includes(n)).toBe((expected as readonly string[]).includes(n));
    }
  });

  it('puts an official of the supervising unit on the administration side', () => {
    const c = participantCandidates(PEOPLE, aMeeting({ participants: [BO] }), context).find(
      (x) => x.name === 'Anna Jensen',
    );
    expect(c).toMatchObject({ party: 'administration', group: 'Vej og Ejendom' });
  });
});

describe('addParticipant', () => {
  const karina = {
    personId: 'p-karina',
    name: 'Karina Vrist',
    email: 'kv@x.dk',
    party: 'relevantUnits' as const,
    role: 'Embedsmand, Social',
  };

  it.each<[string, MeetingStatus, boolean, string | null]>([
    ['planned', 'planned', true, null],
    ['invited', 'invited', true, null],
    ['held', 'held', false, 'Mødet er afholdt; ret fremmøde og afbud i referatet'],
    ['cancelled', 'cancelled', false, 'Mødet er aflyst; deltagerne kan ikke ændres'],
  ])('on a %s meeting: allowed %s', (_n, status, ok, message) => {
    const result = addParticipant(aMeeting({ status }), karina);
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.message).toBe(message);
    else
      expect(result.meeting.participants.at(-1)).toMatchObject({
        name: 'Karina Vrist',
        attendance: 'invited',
      });
  });

  it('refuses a person already on the meeting, at the choice', () => {
    const result = addParticipant(aMeeting(), { ...ANNA, personId: 'p-anna', role: 'x' });
    expect(result).toMatchObject({ ok: false, code: 'invalidInput', findings: [{ ref: 'personId' }] });
  });

  it.each<[string, number, { method: 'REQUEST' | 'CANCEL'; sequence: number } | null, number]>([
    ['never sent anything', 2, null, 2],
    ['had an earlier invitation', 2, { method: 'REQUEST', sequence: 1 }, 2],
    ['was taken off at the current SEQUENCE', 2, { method: 'CANCEL', sequence: 2 }, 3],
    ['was taken off before a reschedule', 4, { method: 'CANCEL', sequence: 2 }, 4],
  ])(
    'keeps SEQUENCE for a person who %s unless a CANCEL must be superseded',
    (_n, seq, earlier, expected) => {
      expect(sequenceForAdded({ sequence: seq }, earlier)).toBe(expected);
      const r = addParticipant(aMeeting({ status: 'invited', sequence: seq }), karina, earlier);
      expect(r.ok && r.meeting.sequence).toBe(expected);
    },
  );
});

describe('removeParticipant', () => {
  const third = aParticipant({
    personId: 'p-eva',
    name: 'Eva Berg',
    party: 'organisation',
    role: 'Bestyrelsesmedlem',
  });

  it('takes the person and their deputy off, unassigns their items, and raises SEQUENCE when invited', () => {
    const meeting = aMeeting({
      status: 'invited',
      sequence: 1,
      participants: [
        ANNA,
        BO,
        aParticipant({ name: 'Vera Vik', party: 'organisation', role: 'Stedfortræder for Bo Hansen' }),
        third,
      ],
    });
    meeting.agenda = meeting.agenda.map((i) => ({ ...i, assignedTo: 'person:p-bo' }));
    const result = removeParticipant(meeting, 'person:p-bo');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.removed.name).toBe('Bo Hansen');
    expect(result.meeting.participants.map((p) => p.name)).toEqual(['Anna Jensen', 'Eva Berg']);
    expect(result.meeting.agenda.every((i) => i.assignedTo === null)).toBe(true);
    expect(result.meeting.sequence).toBe(2);
  });

  it.each([
    [
      'the last of the organisation',
      'person:p-bo',
      'Bo Hansen er den sidste deltager fra boligorganisationen; tilføj en anden først',
    ],
    [
      'the last of the municipality',
      'person:p-anna',
      'Anna Jensen er den sidste deltager fra kommunen; tilføj en anden først',
    ],
    ['someone not on the meeting', 'person:nobody', 'Deltageren findes ikke på mødet'],
  ])('refuses to remove %s from a dialogue meeting', (_n, key, message) => {
    expect(removeParticipant(aMeeting(), key)).toMatchObject({ ok: false, message });
  });

  it('keeps SEQUENCE on a planned meeting (nothing was sent)', () => {
    const r = removeParticipant(aMeeting({ participants: [ANNA, BO, third] }), 'person:p-eva');
    expect(r.ok && r.meeting.sequence).toBe(0);
  });

  it('never leaves a dialogue meeting without a side that had one (property)', () => {
    const arbParticipant = fc.record({
      id: fc.integer({ min: 1, max: 6 }),
      party: fc.constantFrom('administration', 'organisation', 'relevantUnits') as fc.Arbitrary<
        'administration' | 'organisation' | 'relevantUnits'
      >,
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(arbParticipant, { selector: (p) => p.id, minLength: 1, maxLength: 6 }),
        fc.nat(5),
        (ps, pick) => {
          const participants = ps.map((p) =>
            aParticipant({ personId: `p-${p.id}`, name: `P ${p.id}`, party: p.party }),
          );
          const meeting = aMeeting({ participants });
          const target = participants[pick % participants.length];
          if (!target) return;
          const r = removeParticipant(meeting, participantKey(target));
          const side = (party: string) => (party === 'organisation' ? 'o' : 'a');
          if (r.ok) {
            const before = new Set(participants.map((p) => side(p.party)));
            const after = new Set(r.meeting.participants.map((p) => side(p.party)));
            expect(after).toEqual(before);
            expect(r.meeting.participants).toHaveLength(participants.length - 1);
          } else {
            expect(r.code).toBe('invalidInput');
          }
        },
      ),
    );
  });
});

describe('registerDeputy', () => {
  it.each<[string, MeetingStatus, string, 'accepted' | 'present']>([
    ['before the meeting', 'invited', 'Vera Vik', 'accepted'],
    ['on a planned meeting', 'planned', '  Vera   Vik ', 'accepted'],
    ['after it was held, before the minutes', 'held', 'Vera Vik', 'present'],
  ])('records a deputy %s and the participant as absent', (_n, status, name, deputyAttendance) => {
    const r = registerDeputy(aMeeting({ status }), 'person:p-bo', name);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.meeting.participants.map((p) => [p.name, p.role, p.attendance])).toEqual([
      ['Anna Jensen', 'Boligkonsulent', 'invited'],
      ['Bo Hansen', 'Direktør', 'apology'],
      ['Vera Vik', 'Stedfortræder for Bo Hansen', deputyAttendance],
    ]);
  });

  it('replaces an earlier deputy for the same participant', () => {
    const first = registerDeputy(aMeeting(), 'person:p-bo', 'Vera Vik');
    const second = first.ok ? registerDeputy(first.meeting, 'person:p-bo', 'Ib Ry') : first;
    expect(second.ok && second.meeting.participants.map((p) => p.name)).toEqual([
      'Anna Jensen',
      'Bo Hansen',
      'Ib Ry',
    ]);
  });

  it.each([
    ['no name', aMeeting(), 'person:p-bo', ' ', 'Skriv stedfortræderens navn'],
    [
      'an unknown participant',
      aMeeting(),
      'person:x',
      'Vera',
      'Vælg den deltager, stedfortræderen kommer for',
    ],
    [
      'a cancelled meeting',
      aMeeting({ status: 'cancelled' }),
      'person:p-bo',
      'Vera',
      'Mødet er aflyst; der kan ikke registreres en stedfortræder',
    ],
    [
      'a meeting with minutes',
      aMeeting({ status: 'published' }),
      'person:p-bo',
      'Vera',
      'Referatet er påbegyndt; ret fremmøde og afbud i referatet',
    ],
  ])('refuses %s', (_n, meeting, key, name, message) => {
    expect(registerDeputy(meeting, key, name)).toMatchObject({ ok: false, message });
  });
});
