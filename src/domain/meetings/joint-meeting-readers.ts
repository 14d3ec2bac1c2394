/**
 * Which housing organisations take part in a joint meeting — one without an organisation of its
 * own, such as the council's theme meeting (Norddjurs KB 15-11-2022, sag 22/8287, pkt. 1: "et
 * temamøde for kommunalbestyrelsesmedlemmerne" with "den almene boligsektor") or a dialogue
 * forum. An organisation takes part when one of the meeting's participants for the organisations
 * holds a role in it (chair, vice chair, board member, administration) on the meeting day.
 * The app lets that organisation's users read the meeting (agenda, participants), never change it
 * (app/meetings/access.ts `mayViewMeeting`).
 *
 * Pure: the caller loads the registry people.
 */
import type { Person } from '../registry/types.ts';
import type { IsoDate } from '../shared/iso-date.ts';
import type { Meeting, Participant } from './types.ts';

const heldOn = (r: { from: IsoDate; to: IsoDate | null }, on: IsoDate) =>
  r.from <= on && (r.to === null || r.to >= on);

export function organisationTakesPart(
  meeting: Pick<Meeting, 'organisationId' | 'date'> & {
    participants: readonly Pick<Participant, 'party' | 'personId'>[];
  },
  organisationId: string,
  people: readonly Pick<Person, 'id' | 'roles'>[],
  today: IsoDate,
): boolean {
  // A meeting of one organisation (the dialogue meeting) is that organisation's alone.
  if (meeting.organisationId !== null) return false;
  const on = meeting.date ?? today;
  const byId = new Map(people.map((p) => [p.id, p]));
  return meeting.participants.some((participant) => {
    if (participant.party !== 'organisation' || participant.personId === null) return false;
    const person = byId.get(participant.personId);
    return (
      person?.roles.some(
        (r) => 'organisationId' in r && r.organisationId === organisationId && heldOn(r, on),
      ) ?? false
    );
  });
}
