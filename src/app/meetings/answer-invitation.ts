/**
 * Answering an invitation from the link in the mail (issue 13, point 2): no login — the secret
 * in the link is the credential for this one answer and is only compared as a SHA-256 hash. The
 * answer is recorded as the participant's attendance (domain/meetings/invitation-answers.ts) and
 * in the audit log (the caller is anonymous; the entry names who answered). A link of a cancelled or held meeting, or one
 * whose participant was removed, is refused with a Danish reason, and so is an unknown link.
 */
import { z } from 'zod';
import { answerInvitation as answer, answersOpen, participantKey } from '../../domain/meetings/index.ts';
import { invalidInput } from '../app-error.ts';
import { hashSecret } from '../auth/secrets.ts';
import type { Store } from '../ports.ts';
import { defineUseCase } from '../use-case.ts';
import { saveMeeting, unwrap } from './meeting-changes.ts';

const tokenInput = z.string().min(20).max(200);

async function invitationOf(s: Store, token: string) {
  const invitation = await s.meetings.findInvitationByAnswerHash(hashSecret(token));
  const meeting = invitation
    ? await s.meetings.getMeeting(invitation.municipality, invitation.meetingId)
    : null;
  if (!invitation || !meeting) {
    throw invalidInput('Linket er ikke gyldigt.', [{ field: 'token', message: 'Linket er ikke gyldigt.' }]);
  }
  const participant =
    meeting.participants.find((p) => participantKey(p) === invitation.participantKey) ?? null;
  return { invitation, meeting, participant };
}

/** What the answer page shows: the meeting, who answers, the current answer, and whether it is open. */
export const getInvitationAnswer = defineUseCase({
  name: 'getInvitationAnswer',
  summary: 'Vis svarsiden for en mødeindkaldelse (link i e-mailen)',
  mutates: false,
  access: { public: true },
  input: z.object({ token: tokenInput }),
  async run(ctx, input) {
    return ctx.uow.read(async (s) => {
      const { meeting, participant } = await invitationOf(s, input.token);
      const deputy = participant
        ? meeting.participants.find(
            (p) => p.personId === null && p.role === `Stedfortræder for ${participant.name}`,
          )
        : undefined;
      return {
        meeting: {
          title: meeting.title,
          date: meeting.date,
          startTime: meeting.startTime,
          endTime: meeting.endTime,
          location: meeting.location,
          status: meeting.status,
        },
        participant: participant ? { name: participant.name, attendance: participant.attendance } : null,
        deputyName: deputy?.name ?? null,
        can: { answer: participant !== null && answersOpen(meeting, ctx.today) },
      };
    });
  },
});

export const answerInvitation = defineUseCase({
  name: 'answerInvitation',
  summary: 'Svar på en mødeindkaldelse: deltager, deltager ikke eller sender stedfortræder',
  mutates: true,
  access: { public: true },
  input: z.object({
    token: tokenInput,
    response: z.enum(['attending', 'notAttending', 'deputy'], {
      message: 'Vælg, om du deltager, ikke deltager eller sender en stedfortræder',
    }),
    deputyName: z.string().max(200, { message: 'Navnet må højst være 200 tegn' }).default(''),
  }),
  async run(ctx, input) {
    return ctx.uow.write(async (s) => {
      const { invitation, meeting } = await invitationOf(s, input.token);
      const next = unwrap(
        answer(
          meeting,
          invitation.participantKey ?? '',
          input.response === 'deputy'
            ? { response: 'deputy', deputyName: input.deputyName }
            : { response: input.response },
          ctx.today,
        ),
      );
      const saved = await saveMeeting(s, meeting, next, 'answerInvitation');
      await s.audit.append({
        municipality: saved.municipality,
        action: 'answerInvitation',
        entity: 'meetingInvitation',
        entityId: String(invitation.id),
        before: null,
        after: {
          answeredBy: invitation.toName,
          response: input.response,
          ...(input.response === 'deputy' ? { deputyName: input.deputyName } : {}),
        },
      });
      return { meetingId: saved.id, response: input.response };
    });
  },
});
