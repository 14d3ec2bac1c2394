/**
 * Who is invited to a theme meeting, drawn from the governance model's parties and the registry
 * (issue 13, point 6). Norddjurs KB 15-11-2022, sag 22/8287, pkt. 1: "den politiske deltagelse
 * med den almene boligsektor vil bestå af et temamøde for kommunalbestyrelsesmedlemmerne en gang
 * indenfor valgperioden" — the rule's required parties are the council members and the
 * organisations (governance-model/norddjurs-models.ts), so:
 * 1. every council member of the municipality on the meeting day (a `councilMember` role);
 * 2. the representatives of every housing organisation seated in the municipality and active
 *    that day: chair, vice chair and administration staff, each labelled with the organisation;
 * 3. the case officer who plans it, for the administration that arranges it — or, when the
 *    planner is not known (the CLI, an import), the supervising unit's officials.
 * Each person once (a council member who chairs a board is invited as a council member).
 *
 * Pure: the caller loads people, organisations and the planner. Not here: e-mail (app/mail).
 */
import { isActiveOn } from '../registry/active.ts';
import type { HousingOrganisation, MunicipalityCode, Person, PersonRole } from '../registry/types.ts';
import { compareDanish } from '../shared/danish-order.ts';
import type { IsoDate } from '../shared/iso-date.ts';
import type { ThemeMeetingOrganisation } from './agenda-template.ts';
import { participantKey } from './participants.ts';
import type { Participant } from './types.ts';

export interface ThemeMeetingPlanner {
  name: string;
  email: string | null;
  /** The registry person with the planner's e-mail, when there is one. */
  personId: string | null;
}

export interface ThemeMeetingParticipantsInput {
  municipality: MunicipalityCode;
  /** The municipality's registry people. */
  people: readonly Person[];
  organisations: readonly Pick<
    HousingOrganisation,
    'id' | 'name' | 'seatMunicipality' | 'activeFrom' | 'activeTo'
  >[];
  /** The meeting day (or the planning day when no date is set). */
  on: IsoDate;
  /** The case officer planning the meeting; null when unknown. */
  planner: ThemeMeetingPlanner | null;
  /** The municipality's supervising unit (officials invited when the planner is unknown). */
  supervisingUnit: string;
}

const ORGANISATION_ROLES: Readonly<Partial<Record<PersonRole['kind'], string>>> = {
  boardChair: 'Formand',
  boardViceChair: 'Næstformand',
  administratorStaff: 'Administration',
};

const activeRole = (r: { from: IsoDate; to: IsoDate | null }, on: IsoDate) =>
  r.from <= on && (r.to === null || r.to >= on);

/** The registry's short unit name ("Vej og Ejendom") or the supervising unit's longer one ("Vej og Ejendom, tilsyn"). */
function isSupervisingUnit(unit: string, supervisingUnit: string): boolean {
  const a = unit.trim().toLowerCase();
  const b = supervisingUnit.trim().toLowerCase();
  return a !== '' && (a === b || b.startsWith(`${a},`) || b.startsWith(`${a} `));
}

/** The organisations taking part: seated in the municipality and active on the day, in Danish order. */
export function themeMeetingOrganisations<
  O extends Pick<HousingOrganisation, 'id' | 'name' | 'seatMunicipality' | 'activeFrom' | 'activeTo'>,
>(organisations: readonly O[], municipality: MunicipalityCode, on: IsoDate): O[] {
  return organisations
    .filter((o) => o.seatMunicipality === municipality && isActiveOn(o, on))
    .sort((a, b) => compareDanish(a.name, b.name));
}

export interface ThemeMeetingSetup {
  participants: Participant[];
  /** The organisations presenting themselves (agenda-template.ts), each by its chair when known. */
  presentations: ThemeMeetingOrganisation[];
}

export function themeMeetingSetup(input: ThemeMeetingParticipantsInput): ThemeMeetingSetup {
  const participants = themeMeetingParticipants(input);
  const presentations = themeMeetingOrganisations(input.organisations, input.municipality, input.on).map(
    (o) => {
      const chair = participants.find((p) => p.party === 'organisation' && p.role === `Formand, ${o.name}`);
      return { id: o.id, name: o.name, presenter: chair ? participantKey(chair) : null };
    },
  );
  return { participants, presentations };
}

export function themeMeetingParticipants(input: ThemeMeetingParticipantsInput): Participant[] {
  const out: Participant[] = [];
  const add = (p: Pick<Participant, 'personId' | 'name' | 'email' | 'party' | 'role'>) => {
    if (p.personId !== null && out.some((o) => o.personId === p.personId)) return;
    out.push({ ...p, attendance: 'invited' });
  };
  const people = [...input.people].sort((a, b) => compareDanish(a.name, b.name));
  // 1. The council members (Norddjurs KB 15-11-2022, sag 22/8287, pkt. 1).
  for (const p of people) {
    const seat = p.roles.find(
      (r) => r.kind === 'councilMember' && r.municipality === input.municipality && activeRole(r, input.on),
    );
    if (seat?.kind !== 'councilMember') continue;
    const mayor = p.roles.some(
      (r) => r.kind === 'mayor' && r.municipality === input.municipality && activeRole(r, input.on),
    );
    add({
      personId: p.id,
      name: p.name,
      email: p.email,
      party: 'councilMembers',
      role: `${mayor ? 'Borgmester' : 'Kommunalbestyrelsesmedlem'} (${seat.party})`,
    });
  }
  // 2. Every organisation's representatives, organisation by organisation.
  for (const o of themeMeetingOrganisations(input.organisations, input.municipality, input.on)) {
    for (const kind of ['boardChair', 'boardViceChair', 'administratorStaff'] as const) {
      for (const p of people) {
        const holds = p.roles.some(
          (r) => r.kind === kind && r.organisationId === o.id && activeRole(r, input.on),
        );
        if (holds) {
          add({
            personId: p.id,
            name: p.name,
            email: p.email,
            party: 'organisation',
            role: `${ORGANISATION_ROLES[kind]}, ${o.name}`,
          });
        }
      }
    }
  }
  // 3. The administration that arranges it.
  if (input.planner) {
    const planner = input.planner;
    const known = planner.personId !== null && out.some((o) => o.personId === planner.personId);
    if (!known) {
      add({
        personId: planner.personId,
        name: planner.name,
        email: planner.email,
        party: 'administration',
        role: 'Sagsbehandler',
      });
    }
  } else {
    for (const p of people) {
      const official = p.roles.find(
        (r) =>
          r.kind === 'official' &&
          r.municipality === input.municipality &&
          activeRole(r, input.on) &&
          isSupervisingUnit(r.unit, input.supervisingUnit),
      );
      if (official?.kind === 'official') {
        add({
          personId: p.id,
          name: p.name,
          email: p.email,
          party: 'administration',
          role: `Embedsmand, ${official.unit}`,
        });
      }
    }
  }
  return out;
}
