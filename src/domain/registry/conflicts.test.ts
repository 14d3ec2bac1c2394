import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ConflictInput, findSection14Conflicts, SECTION_14_CONFLICT } from './conflicts.ts';
import { isoDateArb, nonBoardRoleArb } from './registry-arbitraries.ts';
import type { Body, BodyMembership, HousingOrganisation, Municipality, Person, PersonRole } from './types.ts';

const norddjurs: Municipality = {
  code: '707',
  name: 'Norddjurs Kommune',
  supervisingUnit: 'Vej og Ejendom',
  accountsUrl: null,
  bodyAbbreviations: {},
};

function organisation(
  id: string,
  name: string,
  extra: Partial<HousingOrganisation> = {},
): HousingOrganisation {
  return {
    id,
    name,
    cvr: '24256790',
    lbfNumber: null,
    kind: 'housingOrganisation',
    seatMunicipality: '707',
    administeredBy: { kind: 'self' },
    accountingYearEnd: '12-31',
    activeFrom: '2000-01-01',
    activeTo: null,
    ...extra,
  };
}

const organisations = [
  organisation('org-a', 'Boligselskabet Aalykke'),
  organisation('org-b', 'Boligforeningen Bakkely'),
  organisation('org-c', 'Molsbo', { seatMunicipality: '706' }),
  organisation('org-old', 'Gamle Boligselskab', { activeTo: '2019-12-31' }),
];

const bodies: Body[] = [
  {
    id: 'mtu',
    municipality: '707',
    abbreviation: 'MTU',
    name: 'Miljø- og teknikudvalget',
    kind: 'committee',
    supervises: true,
  },
  {
    id: 'øk',
    municipality: '707',
    abbreviation: 'ØK',
    name: 'Økonomiudvalget',
    kind: 'committee',
    supervises: false,
  },
];

function person(id: string, name: string, roles: PersonRole[]): Person {
  return { id, name, email: null, phone: null, roles };
}

function input(persons: Person[], memberships: BodyMembership[] = [], today = '2024-06-01'): ConflictInput {
  return { municipality: norddjurs, persons, bodies, memberships, organisations, today };
}

const board = (organisationId: string, from = '2020-01-01', to: string | null = null): PersonRole => ({
  kind: 'boardMember',
  organisationId,
  from,
  to,
});

describe('findSection14Conflicts', () => {
  it('flags the mayor sitting on a board, naming person, role, organisation and § 14', () => {
    const mayor = person('p1', 'Jens Bøgh', [
      { kind: 'mayor', municipality: '707', from: '2022-01-01', to: '2025-12-31' },
      { kind: 'boardChair', organisationId: 'org-a', from: '2023-05-01', to: null },
    ]);
    expect(findSection14Conflicts(input([mayor]))).toEqual([
      {
        code: SECTION_14_CONFLICT,
        severity: 'warning',
        message:
          'Jens Bøgh er borgmester i Norddjurs Kommune. Samtidig er Jens Bøgh bestyrelsesformand i ' +
          'Boligselskabet Aalykke (fra 01-05-2023). Efter almenboligloven § 14, nr. 1, kan borgmesteren i den ' +
          'tilsynsførende kommune ikke være medlem af en almen boligorganisations bestyrelse.',
        ref: 'person:p1/organisation:org-a',
      },
    ]);
  });

  it('flags staff of the supervising unit, whatever the case and spacing of the unit name', () => {
    const official = person('p2', 'Lise Krogh', [
      { kind: 'official', municipality: '707', unit: ' vej og ejendom', from: '2018-01-01', to: null },
      { kind: 'boardViceChair', organisationId: 'org-b', from: '2021-04-01', to: null },
    ]);
    const [finding] = findSection14Conflicts(input([official]));
    expect(finding?.message).toBe(
      'Lise Krogh er ansat i Vej og Ejendom, der fører tilsynet med boligorganisationerne i Norddjurs Kommune. ' +
        'Samtidig er Lise Krogh næstformand i bestyrelsen i Boligforeningen Bakkely (fra 01-04-2021). Efter ' +
        'almenboligloven § 14, nr. 4, kan ansatte i den del af forvaltningen, der fører tilsynet, ikke være medlem ' +
        'af en almen boligorganisations bestyrelse.',
    );
  });

  it('flags the chair of the supervising committee in the current election period', () => {
    const chair = person('p3', 'Ole Rask', [board('org-a')]);
    const memberships: BodyMembership[] = [
      { bodyId: 'mtu', personId: 'p3', electionPeriod: '2022-2025', role: 'chair' },
    ];
    const findings = findSection14Conflicts(input([chair], memberships, '2024-06-01'));
    expect(findings.map((f) => f.message)).toEqual([
      'Ole Rask er formand for Miljø- og teknikudvalget, der fører tilsynet med boligorganisationerne. Samtidig ' +
        'er Ole Rask bestyrelsesmedlem i Boligselskabet Aalykke (fra 01-01-2022). Efter almenboligloven § 14, ' +
        'nr. 3, kan formanden for det udvalg, der fører tilsynet, ikke være medlem af en almen ' +
        'boligorganisations bestyrelse.',
    ]);
  });

  it.each([
    ['the chair of the previous period', { bodyId: 'mtu', electionPeriod: '2018-2021', role: 'chair' }],
    [
      'an ordinary member of the supervising committee',
      { bodyId: 'mtu', electionPeriod: '2022-2025', role: 'member' },
    ],
    [
      'the vice chair of the supervising committee',
      { bodyId: 'mtu', electionPeriod: '2022-2025', role: 'viceChair' },
    ],
    [
      'the chair of a committee that does not supervise',
      { bodyId: 'øk', electionPeriod: '2022-2025', role: 'chair' },
    ],
  ] as const)('does not flag %s', (_, membership) => {
    const p = person('p4', 'Ida Holm', [board('org-a')]);
    expect(findSection14Conflicts(input([p], [{ ...membership, personId: 'p4' }], '2024-06-01'))).toEqual([]);
  });

  it.each<[string, PersonRole[]]>([
    [
      'a council member',
      [
        { kind: 'councilMember', municipality: '707', party: 'A', from: '2022-01-01', to: null },
        board('org-a'),
      ],
    ],
    [
      'staff of another unit',
      [
        { kind: 'official', municipality: '707', unit: 'Social', from: '2010-01-01', to: null },
        board('org-a'),
      ],
    ],
    [
      'staff of a same-named unit in another municipality',
      [
        { kind: 'official', municipality: '706', unit: 'Vej og Ejendom', from: '2010-01-01', to: null },
        board('org-a'),
      ],
    ],
    [
      'the mayor of another municipality',
      [{ kind: 'mayor', municipality: '706', from: '2022-01-01', to: null }, board('org-a')],
    ],
    [
      'a former official who joined the board after leaving',
      [
        {
          kind: 'official',
          municipality: '707',
          unit: 'Vej og Ejendom',
          from: '2010-01-01',
          to: '2019-12-31',
        },
        board('org-a', '2020-01-01'),
      ],
    ],
    [
      'a conflict that ended before today',
      [
        { kind: 'mayor', municipality: '707', from: '2014-01-01', to: '2021-12-31' },
        board('org-a', '2015-01-01'),
      ],
    ],
    [
      'the mayor on the board of an organisation seated elsewhere',
      [{ kind: 'mayor', municipality: '707', from: '2022-01-01', to: null }, board('org-c')],
    ],
    [
      'the mayor on the board of an organisation dissolved before today',
      [{ kind: 'mayor', municipality: '707', from: '2018-01-01', to: null }, board('org-old', '2018-01-01')],
    ],
    [
      'the mayor as administrator staff',
      [
        { kind: 'mayor', municipality: '707', from: '2022-01-01', to: null },
        { kind: 'administratorStaff', organisationId: 'org-a', from: '2022-01-01', to: null },
      ],
    ],
  ])('does not flag %s', (_, roles) => {
    expect(findSection14Conflicts(input([person('p5', 'Per Dahl', roles)]))).toEqual([]);
  });

  it('flags a conflict that starts after today', () => {
    const p = person('p6', 'Eva Lund', [
      { kind: 'official', municipality: '707', unit: 'Vej og Ejendom', from: '2024-09-01', to: null },
      board('org-a', '2020-01-01'),
    ]);
    expect(findSection14Conflicts(input([p], [], '2024-06-01'))).toHaveLength(1);
  });

  it('gives one finding per board seat and barred position', () => {
    const p = person('p7', 'Bo Friis', [
      { kind: 'mayor', municipality: '707', from: '2022-01-01', to: null },
      board('org-a'),
      board('org-b'),
    ]);
    const memberships: BodyMembership[] = [
      { bodyId: 'mtu', personId: 'p7', electionPeriod: '2022-2025', role: 'chair' },
    ];
    expect(findSection14Conflicts(input([p], memberships)).map((f) => f.ref)).toEqual([
      'person:p7/organisation:org-a',
      'person:p7/organisation:org-b',
      'person:p7/organisation:org-a',
      'person:p7/organisation:org-b',
    ]);
  });

  it('never flags a person without a board seat', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(nonBoardRoleArb, { maxLength: 5 }), { maxLength: 6 }),
        fc.constantFrom<BodyMembership['role']>('chair', 'viceChair', 'member'),
        isoDateArb,
        (roleLists, role, today) => {
          const persons = roleLists.map((roles, i) => person(`p${i}`, `Person ${i}`, roles));
          const memberships = persons.flatMap((p) =>
            ['2018-2021', '2022-2025', '2026-2029'].map((electionPeriod) => ({
              bodyId: 'mtu',
              personId: p.id,
              electionPeriod,
              role,
            })),
          );
          expect(findSection14Conflicts(input(persons, memberships, today))).toEqual([]);
        },
      ),
    );
  });

  it('always flags a current mayor who holds a current board seat in a supervised organisation', () => {
    fc.assert(
      fc.property(fc.array(nonBoardRoleArb, { maxLength: 5 }), isoDateArb, (otherRoles, today) => {
        const roles: PersonRole[] = [
          ...otherRoles,
          { kind: 'mayor', municipality: '707', from: today, to: null },
          board('org-b', today, today),
        ];
        const findings = findSection14Conflicts(input([person('p', 'Anne Bach', roles)], [], today));
        expect(findings.some((f) => f.message.startsWith('Anne Bach er borgmester'))).toBe(true);
        expect(findings.every((f) => f.severity === 'warning' && f.code === SECTION_14_CONFLICT)).toBe(true);
      }),
    );
  });
});
