import { z } from 'zod';
import { transition } from '../../domain/meetings/index.ts';
import { actorName } from '../agreements/access.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingParties, requireActingParty } from './access.ts';
import { linkBaseInput, meetingRef, requiredVersion } from './inputs.ts';
import { unwrap } from './meeting-changes.ts';
import { notifyWithdrawnApprovals } from './minutes-notices.ts';
import { stepMeeting } from './step-meeting.ts';

/**
 * One party writes its own assessment in the minutes: the organisation's board or administrator
 * the organisation's, the municipality's case officer the municipality's (almenboligloven § 164,
 * stk. 2: the account holds both parties' assessment of the organisation's activity and
 * challenges). Who wrote it and when is kept and shown. An edit after an approval withdraws it
 * (as any edit of the text) and the other party is told.
 */
export const saveAssessment = defineUseCase({
  name: 'saveAssessment',
  summary: 'Skriv egen parts vurdering i referatet',
  mutates: true,
  access: meetingParties,
  input: z.object({
    ...meetingRef,
    version: requiredVersion,
    text: z.string().max(20000, { message: 'Vurderingen må højst være 20.000 tegn' }),
    /** Where the notice's link points (PUBLIC_URL), filled by the edge. */
    linkBase: linkBaseInput,
  }),
  run: (ctx, input) =>
    stepMeeting(
      ctx,
      input,
      { access: meetingParties, action: 'saveAssessment' },
      async ({ s, meeting, now, clock, save }) => {
        const party = requireActingParty(ctx.actor, input.municipality);
        const write = { type: 'writeAssessment' as const, party, text: input.text, by: actorName(ctx.actor) };
        const saved = await save(unwrap(transition(meeting, write, clock)));
        await notifyWithdrawnApprovals(s, meeting, saved, party, now, input.linkBase);
        return { meeting: saved, party };
      },
    ),
});
