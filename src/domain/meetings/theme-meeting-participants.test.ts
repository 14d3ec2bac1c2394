import { describe, expect, it } from 'vitest';
import type { HousingOrganisation, Person, PersonRole } from '../registry/types.ts';
import { themeMeetingParticipants, themeMeetingSetup } from './theme-meeting-participants.ts';

const person = (id: string, name: string, roles: PersonRole[], email: string | null = null): Person => ({
  id,
  name,
  email,
  phone: null,
  roles,
});
const council = (
  party: string,
  from = '2022-01-01',
  to: string | null = '2025-12-31',
  municipality = '707',
): PersonRole => ({
  kind: 'councilMember',
  municipality,
  party,
  from,
  to,
});
const board = (
  kind: 'boardChair' | 'boardViceChair' | 'boardMember' | 'administratorStaff',
  organisationId: string,
  from = '2015-01-01',
  to: string | null = null,
): PersonRole =>
  kind === 'administratorStaff' ? { kind, organisationId, from, to } : { kind, organisationId, from, to };

const org = (id: string, name: string, extra: Partial<HousingOrganisation> = {}) => ({
  id,
  name,
  seatMunicipality: '707',
  activeFrom: '2000-01-01',
  activeTo: null,
  ...extra,
});

const PEOPLE: Person[] = [
  person('p-mayor', 'Henrik Lund', [
    council('Socialdemokratiet'),
    { kind: 'mayor', municipality: '707', from: '2022-01-01', to: '2025-12-31' },
  ]),
  person('p-maja', 'Maja Thorsøe', [council('Venstre')], 'maja@norddjurs.demo'),
  person('p-left', 'Gammelt Medlem', [council('Venstre', '2018-01-01', '2021-12-31')]),
  person('p-other-town', 'Anden Kommune', [council('Venstre', '2022-01-01', '2025-12-31', '751')]),
  // A council member who chairs a board is invited once, as a council member.
  person('p-both', 'Hanne Fuglsang', [council('Socialdemokratiet'), board('boardChair', 'org-b')]),
  person('p-chair-a', 'Frank Hedegaard', [board('boardChair', 'org-a')], 'frank@a.demo'),
  person('p-vice-a', 'Birthe Sillesen', [board('boardViceChair', 'org-a')], 'birthe@a.demo'),
  person('p-member-a', 'Edith Tarp', [board('boardMember', 'org-a')]),
  person('p-staff-a', 'Anette Roed', [board('administratorStaff', 'org-a')], 'ar@a.demo'),
  person('p-old-chair-b', 'Arne Balleby', [board('boardChair', 'org-b', '2008-01-01', '2019-12-31')]),
  person('p-closed', 'Luk Ket', [board('boardChair', 'org-closed')]),
  person('p-elsewhere', 'Anden By', [board('boardChair', 'org-elsewhere')]),
  person('p-official', 'Kasper Mølgaard', [
    { kind: 'official', municipality: '707', unit: 'Vej og Ejendom', from: '2012-01-01', to: null },
  ]),
  person('p-social', 'Karina Vrist', [
    { kind: 'official', municipality: '707', unit: 'Social', from: '2012-01-01', to: null },
  ]),
];

const ORGANISATIONS = [
  org('org-b', 'Boligforeningen Lyngbakken'),
  org('org-a', 'Boligselskabet Djurslandsbo'),
  org('org-closed', 'Auning Almene', { activeTo: '2019-12-31' }),
  org('org-elsewhere', 'Randers Bolig', { seatMunicipality: '730' }),
];

const input = (planner: Parameters<typeof themeMeetingParticipants>[0]['planner']) => ({
  municipality: '707',
  people: PEOPLE,
  organisations: ORGANISATIONS,
  on: '2024-09-24',
  planner,
  supervisingUnit: 'Vej og Ejendom, tilsyn',
});

describe('themeMeetingParticipants (Norddjurs KB 15-11-2022, sag 22/8287, pkt. 1)', () => {
  it("invites the council members, every organisation's representatives and the planning case officer", () => {
    const participants = themeMeetingParticipants(
      input({ name: 'Demo Sagsbehandler', email: 'sagsbehandler@norddjurs.demo', personId: null }),
    );
    expect(participants.map((p) => [p.name, p.party, p.role])).toEqual([
      ['Hanne Fuglsang', 'councilMembers', 'Kommunalbestyrelsesmedlem (Socialdemokratiet)'],
      ['Henrik Lund', 'councilMembers', 'Borgmester (Socialdemokratiet)'],
      ['Maja Thorsøe', 'councilMembers', 'Kommunalbestyrelsesmedlem (Venstre)'],
      ['Frank Hedegaard', 'organisation', 'Formand, Boligselskabet Djurslandsbo'],
      ['Birthe Sillesen', 'organisation', 'Næstformand, Boligselskabet Djurslandsbo'],
      ['Anette Roed', 'organisation', 'Administration, Boligselskabet Djurslandsbo'],
      ['Demo Sagsbehandler', 'administration', 'Sagsbehandler'],
    ]);
    expect(participants.every((p) => p.attendance === 'invited')).toBe(true);
    expect(participants.find((p) => p.name === 'Maja Thorsøe')?.email).toBe('maja@norddjurs.demo');
  });

  it.each([
    { who: 'a former council member', id: 'p-left' },
    { who: "another municipality's council member", id: 'p-other-town' },
    { who: 'an ordinary board member', id: 'p-member-a' },
    { who: 'a chair whose term ended', id: 'p-old-chair-b' },
    { who: 'the chair of a closed organisation', id: 'p-closed' },
    { who: 'the chair of an organisation seated elsewhere', id: 'p-elsewhere' },
    { who: 'an official outside the supervising unit', id: 'p-social' },
  ])('leaves out $who', ({ id }) => {
    const ids = [null, { name: 'Sagsbehandler', email: null, personId: null }].flatMap((planner) =>
      themeMeetingParticipants(input(planner)).map((p) => p.personId),
    );
    expect(ids).not.toContain(id);
  });

  it("invites the supervising unit's officials when the planner is unknown", () => {
    const administration = themeMeetingParticipants(input(null)).filter((p) => p.party === 'administration');
    expect(administration.map((p) => [p.name, p.role])).toEqual([
      ['Kasper Mølgaard', 'Embedsmand, Vej og Ejendom'],
    ]);
  });

  it('does not invite the planner twice when she is already invited as a registry person', () => {
    const participants = themeMeetingParticipants(
      input({ name: 'Maja Thorsøe', email: 'maja@norddjurs.demo', personId: 'p-maja' }),
    );
    expect(participants.filter((p) => p.personId === 'p-maja')).toHaveLength(1);
  });

  it('lists each active organisation of the municipality for a presentation, by its chair', () => {
    const { presentations } = themeMeetingSetup(input(null));
    expect(presentations).toEqual([
      { id: 'org-b', name: 'Boligforeningen Lyngbakken', presenter: null },
      { id: 'org-a', name: 'Boligselskabet Djurslandsbo', presenter: 'person:p-chair-a' },
    ]);
  });
});
