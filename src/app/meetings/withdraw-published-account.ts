import { z } from 'zod';
import { withdrawal } from '../../domain/meetings/index.ts';
import { actorName } from '../agreements/access.ts';
import { AppError } from '../app-error.ts';
import { defineUseCase } from '../use-case.ts';
import { emitWebhookEvent } from '../webhooks/emit-webhook-event.ts';
import { accountWithdrawnEvent } from '../webhooks/webhook-events.ts';
import { meetingPlanners } from './access.ts';
import { meetingRef, reasonInput } from './inputs.ts';
import { stepMeeting } from './step-meeting.ts';

/**
 * Withdraws the published account of a meeting with a reason (issue 13, point 7). The newest
 * published version is marked withdrawn — kept, never deleted — and the public page says when
 * and why instead of showing it. To correct rather than withdraw, reopen the minutes: once both
 * parties approve again, publishing makes a new version (publishMeeting) that replaces it.
 *
 * Webhooks subscribed to `account.withdrawn` are told, in the same transaction.
 *
 * Compliance is not changed: the account was published on the day the fact records
 * (almenboligloven § 164, stk. 2); a withdrawn account is followed by a corrected one.
 */
export const withdrawPublishedAccount = defineUseCase({
  name: 'withdrawPublishedAccount',
  summary: 'Træk en offentliggjort redegørelse tilbage (med begrundelse)',
  mutates: true,
  access: meetingPlanners,
  input: z.object({ ...meetingRef, reason: reasonInput('Begrundelsen') }),
  run: (ctx, input) =>
    // The meeting itself is not changed: the withdrawal is its own append-only record.
    stepMeeting(ctx, input, { access: meetingPlanners, action: 'withdrawPublishedAccount' }, async (step) => {
      const { s, meeting, now } = step;
      const versions = await s.meetings.listPublishedVersions(input.municipality, meeting.id);
      const earlier =
        (await s.meetings.listWithdrawals(input.municipality, meeting.id)).get(meeting.id) ?? [];
      const result = withdrawal(versions, earlier, {
        reason: input.reason,
        by: actorName(ctx.actor),
        today: ctx.today,
      });
      if (!result.ok) {
        throw result.code === 'invalidInput'
          ? new AppError('invalidInput', 'Ugyldige oplysninger', result.message, [
              { field: 'reason', message: result.message },
            ])
          : new AppError('invalidTransition', 'Ikke muligt', result.message);
      }
      await s.meetings.insertWithdrawal(input.municipality, meeting.id, result.withdrawal);
      await s.audit.append({
        municipality: input.municipality,
        action: 'withdrawPublishedAccount',
        entity: 'publishedAccountVersion',
        entityId: `${meeting.id}#${result.withdrawal.version}`,
        before: null,
        after: { ...result.withdrawal },
      });
      await emitWebhookEvent(s, accountWithdrawnEvent(meeting, result.withdrawal), now);
      return { meeting, withdrawal: result.withdrawal };
    }),
});
