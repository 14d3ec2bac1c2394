import type { z } from 'zod';
import { isOverdue } from '../../domain/agreements/follow-up.ts';
import { checkStatusChange } from '../../domain/agreements/status-rules.ts';
import type { StatusChange } from '../../domain/agreements/types.ts';
import { statusChangeInputSchema } from '../../domain/agreements/validate-agreement.ts';
import { actorLabel } from '../actor.ts';
import { AppError, invalidInput } from '../app-error.ts';
import type { Store } from '../ports.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase, type UseCaseContext } from '../use-case.ts';
import { emitWebhookEvent } from '../webhooks/emit-webhook-event.ts';
import { agreementEvent } from '../webhooks/webhook-events.ts';
import { actorName, agreementWriters } from './access.ts';
import type { StoredAgreement } from './agreement-store.ts';
import { agreementInReach } from './load-agreements.ts';

/**
 * Appends a checked status change to an agreement and writes its audit entry. Shared by the
 * direct change, the confirmation of a progress report and the bulk import, so that all three
 * follow the same rules (a closing needs a note; see domain/agreements/status-rules.ts).
 */
export async function recordStatusChange(
  s: Store,
  ctx: UseCaseContext,
  municipality: string,
  agreement: StoredAgreement,
  entry: StatusChange,
  action: string,
): Promise<StoredAgreement> {
  const errors = checkStatusChange(agreement, entry, ctx.today);
  if (errors.length > 0) {
    throw invalidInput(`Status kan ikke ændres: ${errors.map((e) => e.message).join('; ')}`, errors);
  }
  if (!(await s.agreements.appendStatusChange(municipality, agreement.id, entry, agreement.version))) {
    throw new AppError(
      'preconditionFailed',
      'Aftalen er ændret af en anden',
      'En anden har ændret aftalen samtidig. Hent den igen og gentag din ændring.',
    );
  }
  await emitWebhookEvent(s, agreementEvent(municipality, agreement, entry), ctx.now);
  await s.audit.append({
    municipality,
    action,
    entity: 'agreement',
    entityId: agreement.id,
    before: { status: agreement.status },
    after: { ...entry },
  });
  return {
    ...agreement,
    status: entry.status,
    history: [...agreement.history, entry],
    version: agreement.version + 1,
  };
}

/** A case officer records a new status (with date, note and evidence link). No date means today. */
export const changeAgreementStatus = defineUseCase({
  name: 'changeAgreementStatus',
  summary: 'Skift status på en aftale (lukning kræver en note)',
  mutates: true,
  access: agreementWriters,
  input: statusChangeInputSchema.extend({ municipality: municipalityCode, id: entityId }),
  async run(ctx, input) {
    return ctx.uow.write(async (s) => {
      const agreement = await agreementInReach(s, ctx.actor, agreementWriters, input.municipality, input.id);
      const entry: StatusChange = {
        status: input.status,
        date: input.date ?? ctx.today,
        changedBy: actorLabel(ctx.actor),
        changedByName: actorName(ctx.actor),
        note: input.note,
        evidenceUrl: input.evidenceUrl,
        meetingId: input.meetingId,
        proposedByName: null,
      };
      const updated = await recordStatusChange(s, ctx, input.municipality, agreement, entry, 'changeStatus');
      return { agreement: updated, overdue: isOverdue(updated, ctx.today) };
    });
  },
});

export type ChangeAgreementStatusInput = z.input<typeof changeAgreementStatus.input>;
