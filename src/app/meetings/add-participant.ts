import { z } from 'zod';
import {
  addParticipant as add,
  type EarlierMessage,
  type Meeting,
  type ParticipantCandidate,
  participantCandidates,
  participantKey,
} from '../../domain/meetings/index.ts';
import type { IsoDate } from '../../domain/shared/iso-date.ts';
import { invalidInput } from '../app-error.ts';
import type { Store } from '../ports.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingPlanners } from './access.ts';
import { mailInput, meetingRef } from './inputs.ts';
import { unwrap } from './meeting-changes.ts';
import { stepMeeting } from './step-meeting.ts';

/**
 * The registry people who can be added to `meeting` (domain participantCandidates): officials by
 * unit, the organisation's board and administration, the council for theme meetings. getMeeting
 * offers exactly these, and addParticipant accepts only these, so form and refusal agree.
 */
export async function candidatesFor(
  s: Store,
  meeting: Meeting,
  today: IsoDate,
): Promise<ParticipantCandidate[]> {
  const [municipality, people, organisations] = await Promise.all([
    s.registry.getMunicipality(meeting.municipality),
    s.registry.listPersons(meeting.municipality),
    s.registry.listOrganisations(meeting.municipality),
  ]);
  return participantCandidates(people, meeting, {
    supervisingUnit: municipality?.supervisingUnit ?? '',
    organisationNames: new Map(organisations.map((o) => [o.organisation.id, o.organisation.name])),
    on: meeting.date !== null && meeting.date > today ? meeting.date : today,
  });
}

/** The last invitation or cancellation this participant got for the meeting, if any. */
export async function lastMessageTo(s: Store, meeting: Meeting, key: string): Promise<EarlierMessage | null> {
  const sent = (await s.meetings.listInvitations(meeting.municipality, meeting.id)).filter(
    (i) => i.participantKey === key,
  );
  const last = sent.reduce<(typeof sent)[number] | null>((a, b) => (a === null || b.id > a.id ? b : a), null);
  return last ? { method: last.method, sequence: last.sequence } : null;
}

/**
 * The case officer adds a participant: a person of either party from the registry, an official
 * chosen by unit (issue 13, point 3). Only the municipality edits the list: it convenes the
 * meeting and sends the invitations in its own name (almenboligloven § 164, stk. 2; the
 * ORGANIZER of the iTIP invitation). The organisation names its representatives by telling the
 * case officer, or sends a deputy from the answer link. Once the meeting is invited, the new
 * participant gets the invitation at once (REQUEST, same UID; SEQUENCE as sequenceForAdded says).
 */
export const addParticipant = defineUseCase({
  name: 'addParticipant',
  summary: 'Tilføj en deltager til mødet (indkaldes straks, hvis mødet er indkaldt)',
  mutates: true,
  access: meetingPlanners,
  input: z.object({
    ...meetingRef,
    personId: z
      .string({ message: 'Vælg hvem der skal deltage' })
      .trim()
      .min(1, { message: 'Vælg hvem der skal deltage' })
      .max(100),
    ...mailInput,
  }),
  run: (ctx, input) =>
    stepMeeting(ctx, input, { access: meetingPlanners, action: 'addParticipant' }, async (step) => {
      const { s, meeting, save, send } = step;
      const candidate = (await candidatesFor(s, meeting, ctx.today)).find(
        (c) => c.personId === input.personId,
      );
      if (!candidate) {
        const already = meeting.participants.some((p) => p.personId === input.personId);
        throw invalidInput(already ? 'Personen deltager allerede.' : 'Personen kan ikke tilføjes.', [
          {
            field: 'personId',
            message: already
              ? 'Personen deltager allerede i mødet'
              : 'Vælg en person fra listen (en embedsmand, boligorganisationens bestyrelse eller administration)',
          },
        ]);
      }
      const key = participantKey(candidate);
      const earlier = meeting.status === 'invited' ? await lastMessageTo(s, meeting, key) : null;
      const next = unwrap(add(meeting, candidate, earlier));
      const saved = await save(next);
      const added = saved.participants.filter((p) => participantKey(p) === key);
      const invitations = saved.status === 'invited' ? await send('invite', saved, added) : [];
      return { meeting: saved, invitations };
    }),
});
