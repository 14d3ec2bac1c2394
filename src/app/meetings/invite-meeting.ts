import { z } from 'zod';
import { transition } from '../../domain/meetings/index.ts';
import { authorize } from '../actor.ts';
import { loadObligations } from '../governance/load-obligations.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { meetingPlanners, readableMeeting } from './access.ts';
import { linkBaseInput, organizerEmailInput, uidDomainInput } from './inputs.ts';
import { sendInvitations } from './invitations.ts';
import { checkVersion, saveMeeting, steeringYearOf, unwrap } from './meeting-changes.ts';
import { ruleFor, withLiveFollowUps } from './meeting-setup.ts';

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
  input: z.object({
    municipality: municipalityCode,
    id: entityId,
    version: z.coerce.number().int().min(1).optional(),
    linkBase: linkBaseInput,
    uidDomain: uidDomainInput,
    organizerEmail: organizerEmailInput,
  }),
  async run(ctx, input) {
    authorize(ctx.actor, meetingPlanners, { municipality: input.municipality });
    const now = ctx.now ?? new Date();
    return ctx.uow.write(async (s) => {
      const meeting = await readableMeeting(s, ctx.actor, input.municipality, input.id);
      checkVersion(meeting, input.version);
      const { obligations } = await loadObligations(s, input.municipality, steeringYearOf(meeting));
      const obligation = obligations.find((o) => meeting.obligationIds.includes(o.id));
      const rule = obligation ? await ruleFor(s, obligation) : null;
      // The follow-up items as the register stands now; the invitation freezes them (sentAgenda).
      const live = await withLiveFollowUps(s, meeting);
      const invited = unwrap(
        transition(
          live,
          { type: 'invite' },
          { today: ctx.today, now: now.toISOString(), requiredParties: rule?.requiredParties ?? [] },
        ),
      );
      const saved = await saveMeeting(s, meeting, invited, 'inviteMeeting');
      const invitations = await sendInvitations(s, saved, {
        kind: 'invite',
        linkBase: input.linkBase,
        uidDomain: input.uidDomain,
        organizerEmail: input.organizerEmail,
        sender: ctx.actor,
        now,
      });
      return { meeting: saved, invitations };
    });
  },
});
