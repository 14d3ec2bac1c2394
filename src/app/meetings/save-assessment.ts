import { z } from 'zod';
import { transition } from '../../domain/meetings/index.ts';
import { actorName } from '../agreements/access.ts';
import { notFound } from '../app-error.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { actingParty, authorizeIn, meetingParties, readableMeeting } from './access.ts';
import { linkBaseInput } from './inputs.ts';
import { checkVersion, saveMeeting, unwrap } from './meeting-changes.ts';
import { notifyWithdrawnApprovals } from './minutes-notices.ts';

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
    municipality: municipalityCode,
    id: entityId,
    version: z.coerce.number({ message: 'Version mangler' }).int().min(1),
    text: z.string().max(20000, { message: 'Vurderingen må højst være 20.000 tegn' }),
    /** Where the notice's link points (PUBLIC_URL), filled by the edge. */
    linkBase: linkBaseInput,
  }),
  async run(ctx, input) {
    authorizeIn(ctx.actor, meetingParties, input.municipality);
    const now = ctx.now ?? new Date();
    return ctx.uow.write(async (s) => {
      const meeting = await readableMeeting(s, ctx.actor, input.municipality, input.id);
      const party = actingParty(ctx.actor, input.municipality);
      if (party === null) throw notFound('Mødet');
      checkVersion(meeting, input.version);
      const next = unwrap(
        transition(
          meeting,
          { type: 'writeAssessment', party, text: input.text, by: actorName(ctx.actor) },
          { today: ctx.today, now: now.toISOString() },
        ),
      );
      const saved = await saveMeeting(s, meeting, next, 'saveAssessment');
      await notifyWithdrawnApprovals(s, meeting, saved, party, now, input.linkBase);
      return { meeting: saved, party };
    });
  },
});
