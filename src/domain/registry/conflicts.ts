/**
 * Conflicts under almenboligloven § 14: the mayor of the supervising municipality (nr. 1), the
 * chair of the committee that holds the supervision (nr. 3) and staff of the part of the
 * administration that supervises (nr. 4) cannot be elected or appointed to the board of a
 * housing organisation. See domain.md §1.
 *
 * The outcome is a list of findings (severity 'warning') for people to act on — never a blocked
 * save: the registry must be able to record the facts as they are.
 *
 * Deliberately not handled: § 14 nr. 2 (rådmand in a magistrate municipality) — the registry has
 * no magistrate departments yet. Conflicts that ended before `today` are history and not reported.
 */
import { electionPeriodContaining } from '../election-period/election-period.ts';
import type { Finding } from '../shared/finding.ts';
import { danishDate, type IsoDate, intervalsOverlap } from '../shared/iso-date.ts';
import type { Body, BodyMembership, HousingOrganisation, Municipality, Person, PersonRole } from './types.ts';

export const SECTION_14_CONFLICT = 'registry.section14Conflict';

export interface ConflictInput {
  municipality: Municipality;
  persons: readonly Person[];
  bodies: readonly Body[];
  memberships: readonly BodyMembership[];
  organisations: readonly HousingOrganisation[];
  today: IsoDate;
}

type BoardRole = Extract<PersonRole, { kind: 'boardChair' | 'boardViceChair' | 'boardMember' }>;

/** A municipal position that § 14 bars from board seats, with the time it is held. */
interface BarredPosition {
  /** Danish description for the message, e.g. "borgmester i Norddjurs Kommune". */
  description: string;
  /** Which number of § 14 applies. */
  section: 'nr. 1' | 'nr. 3' | 'nr. 4';
  /** Who the law names, for the message, e.g. "borgmesteren i den tilsynsførende kommune". */
  barred: string;
  from: IsoDate | null;
  to: IsoDate | null;
}

const BOARD_ROLE_LABELS: Record<BoardRole['kind'], string> = {
  boardChair: 'bestyrelsesformand',
  boardViceChair: 'næstformand i bestyrelsen',
  boardMember: 'bestyrelsesmedlem',
};

function isBoardRole(role: PersonRole): role is BoardRole {
  return role.kind === 'boardChair' || role.kind === 'boardViceChair' || role.kind === 'boardMember';
}

/** Unit names are typed by people: compare them without case and surrounding spaces. */
function sameUnit(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('da') === b.trim().toLocaleLowerCase('da');
}

function barredPositions(
  person: Person,
  input: ConflictInput,
  chairBodies: readonly Body[],
): BarredPosition[] {
  const { municipality } = input;
  const positions: BarredPosition[] = [];
  for (const role of person.roles) {
    // almenboligloven § 14, nr. 1: the mayor of the supervising municipality.
    if (role.kind === 'mayor' && role.municipality === municipality.code) {
      positions.push({
        description: `borgmester i ${municipality.name}`,
        section: 'nr. 1',
        barred: 'borgmesteren i den tilsynsførende kommune',
        from: role.from,
        to: role.to,
      });
    }
    // almenboligloven § 14, nr. 4: staff of the part of the administration that supervises.
    if (
      role.kind === 'official' &&
      role.municipality === municipality.code &&
      sameUnit(role.unit, municipality.supervisingUnit)
    ) {
      positions.push({
        description: `ansat i ${municipality.supervisingUnit}, der fører tilsynet med boligorganisationerne i ${municipality.name}`,
        section: 'nr. 4',
        barred: 'ansatte i den del af forvaltningen, der fører tilsynet,',
        from: role.from,
        to: role.to,
      });
    }
  }
  // almenboligloven § 14, nr. 3: the chair of the committee that holds the supervision. Memberships
  // carry an election period, not dates: the chair is held for the whole current period.
  const period = electionPeriodContaining(input.today);
  for (const body of chairBodies) {
    const chairs = input.memberships.some(
      (m) =>
        m.bodyId === body.id &&
        m.personId === person.id &&
        m.role === 'chair' &&
        m.electionPeriod === period.label,
    );
    if (chairs) {
      positions.push({
        description: `formand for ${body.name}, der fører tilsynet med boligorganisationerne`,
        section: 'nr. 3',
        barred: 'formanden for det udvalg, der fører tilsynet,',
        from: period.start,
        to: period.end,
      });
    }
  }
  return positions;
}

/** The later of two start dates, null meaning "since ever". */
function laterStart(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/** The earlier of two end dates, null meaning "open-ended". */
function earlierEnd(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

/**
 * Every current or coming § 14 conflict in `municipality`: one finding per person, barred
 * position and board seat whose periods overlap, where the overlap has not ended before `today`.
 * Only organisations seated in the municipality count: § 14 nr. 1 speaks of "den tilsynsførende
 * kommune", and supervision lies with the seat municipality (almenboligloven § 164).
 */
export function findSection14Conflicts(input: ConflictInput): Finding[] {
  const { municipality, today } = input;
  const supervised = new Map(
    input.organisations.filter((o) => o.seatMunicipality === municipality.code).map((o) => [o.id, o]),
  );
  const chairBodies = input.bodies.filter((b) => b.supervises && b.municipality === municipality.code);
  const findings: Finding[] = [];

  for (const person of input.persons) {
    const boardRoles = person.roles.filter(isBoardRole);
    if (boardRoles.length === 0) continue;
    const positions = barredPositions(person, input, chairBodies);
    for (const position of positions) {
      for (const board of boardRoles) {
        const organisation = supervised.get(board.organisationId);
        if (organisation === undefined) continue;
        if (!intervalsOverlap(position.from, position.to, board.from, board.to)) continue;
        const overlapFrom = laterStart(position.from, board.from);
        const overlapTo = earlierEnd(position.to, board.to);
        // The organisation's own life bounds the conflict too: a dissolved board is no board.
        if (!intervalsOverlap(overlapFrom, overlapTo, organisation.activeFrom, organisation.activeTo))
          continue;
        const until = earlierEnd(overlapTo, organisation.activeTo);
        if (until !== null && until < today) continue;
        const since = laterStart(overlapFrom, organisation.activeFrom);
        findings.push({
          code: SECTION_14_CONFLICT,
          severity: 'warning',
          message:
            `${person.name} er ${position.description}. Samtidig er ${person.name} ` +
            `${BOARD_ROLE_LABELS[board.kind]} i ${organisation.name}` +
            `${since === null ? '' : ` (fra ${danishDate(since)})`}. Efter almenboligloven § 14, ` +
            `${position.section}, kan ${position.barred} ikke være medlem af en almen boligorganisations bestyrelse.`,
          ref: `person:${person.id}/organisation:${organisation.id}`,
        });
      }
    }
  }
  return findings;
}
