import { z } from 'zod';
import { transition } from '../../domain/meetings/index.ts';
import { loadObligations } from '../governance/load-obligations.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingPlanners } from './access.ts';
import { mailInput, meetingRef } from './inputs.ts';
import { steeringYearOf, unwrap } from './meeting-changes.ts';
import { ruleFor, withLiveFollowUps } from './meeting-setup.ts';
import { stepMeeting } from './step-meeting.ts';

/**
 * Sends the invitation: the follow-up items drawn from the register once more, the lifecycle's
 * `invite` (the agenda is kept as sent, "as invited") and one .ics
 * (METHOD:REQUEST) per participant with an e-mail address into the outbox.
 */
export const inviteMeeting = defineUseCase({
  name: 'inviteMeeting',
  summary: 'Indkald til mødet (kalenderinvitation til hver deltager)',
  mutates: true,
  access: meetingPlanners,
  input: z.object({ ...meetingRef, ...mailInput }),
  run: (ctx, input) =>
    stepMeeting(
      ctx,
      input,
      { access: meetingPlanners, action: 'inviteMeeting' },
      async ({ s, meeting, clock, save, send }) => {
        const { obligations } = await loadObligations(s, input.municipality, steeringYearOf(meeting));
        const obligation = obligations.find((o) => meeting.obligationIds.includes(o.id));
        const rule = obligation ? await ruleFor(s, obligation) : null;
        // The follow-up items as the register stands now; the invitation freezes them (sentAgenda).
        const live = await withLiveFollowUps(s, meeting);
        const requiredParties = rule?.requiredParties ?? [];
        const saved = await save(unwrap(transition(live, { type: 'invite' }, { ...clock, requiredParties })));
        return { meeting: saved, invitations: await send('invite', saved) };
      },
    ),
});
