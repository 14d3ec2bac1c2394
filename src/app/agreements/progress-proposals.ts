import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { isOverdue } from '../../domain/agreements/follow-up.ts';
import { checkStatusChange } from '../../domain/agreements/status-rules.ts';
import type { ProgressProposal } from '../../domain/agreements/types.ts';
import { progressProposalInputSchema } from '../../domain/agreements/validate-agreement.ts';
import { requiredText } from '../../domain/registry/field-schemas.ts';
import { actorLabel, authorize } from '../actor.ts';
import { AppError, invalidInput, notFound } from '../app-error.ts';
import type { Store } from '../ports.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase, type UseCaseContext } from '../use-case.ts';
import { actorName, agreementWriters, progressReporters } from './access.ts';
import { recordStatusChange } from './change-agreement-status.ts';
import { agreementInReach } from './load-agreements.ts';

/**
 * An organisation user reports progress on one of its own agreements between meetings: a
 * proposed status and a note. Nothing changes until a case officer confirms it. One report waits
 * at a time per agreement.
 */
export const proposeAgreementProgress = defineUseCase({
  name: 'proposeAgreementProgress',
  summary: 'Indberet fremdrift på en aftale (forslag til ny status, som kommunen bekræfter)',
  mutates: true,
  access: progressReporters,
  input: progressProposalInputSchema.extend({ municipality: municipalityCode, id: entityId }),
  async run(ctx, input) {
    return ctx.uow.write(async (s) => {
      const agreement = await agreementInReach(s, ctx.actor, progressReporters, input.municipality, input.id);
      const errors = checkStatusChange(
        agreement,
        { status: input.status, date: ctx.today, note: input.note },
        ctx.today,
      );
      if (errors.length > 0) {
        throw invalidInput(`Forslaget kan ikke sendes: ${errors.map((e) => e.message).join('; ')}`, errors);
      }
      const pending = (
        await s.agreements.listProposals(input.municipality, { agreementId: agreement.id })
      ).find((p) => p.state === 'pending');
      if (pending) {
        throw new AppError(
          'conflict',
          'Et forslag venter allerede',
          `Der er allerede indsendt et forslag den ${pending.proposedOn}, som venter på kommunens svar.`,
        );
      }
      const proposal: ProgressProposal = {
        id: `proposal-${randomUUID()}`,
        agreementId: agreement.id,
        status: input.status,
        note: input.note,
        evidenceUrl: input.evidenceUrl,
        proposedOn: ctx.today,
        proposedBy: actorLabel(ctx.actor),
        proposedByName: actorName(ctx.actor),
        state: 'pending',
        decidedOn: null,
        decidedBy: null,
        decidedByName: null,
        decisionNote: null,
      };
      await s.agreements.insertProposal(proposal);
      await s.audit.append({
        municipality: input.municipality,
        action: 'proposeProgress',
        entity: 'agreement',
        entityId: agreement.id,
        before: null,
        after: { ...proposal },
      });
      return { proposal };
    });
  },
});

const decisionInput = z.object({ municipality: municipalityCode, id: entityId, proposalId: entityId });

async function pendingProposal(
  s: Store,
  ctx: UseCaseContext,
  municipality: string,
  agreementId: string,
  proposalId: string,
) {
  const agreement = await agreementInReach(s, ctx.actor, agreementWriters, municipality, agreementId);
  const proposal = await s.agreements.getProposal(municipality, proposalId);
  if (!proposal || proposal.agreementId !== agreement.id) throw notFound('Forslaget');
  if (proposal.state !== 'pending') {
    throw new AppError(
      'conflict',
      'Forslaget er allerede besvaret',
      `Forslaget blev ${proposal.state === 'confirmed' ? 'bekræftet' : 'afvist'} den ${proposal.decidedOn ?? ''}.`,
    );
  }
  return { agreement, proposal };
}

async function decide(s: Store, proposal: ProgressProposal): Promise<void> {
  if (!(await s.agreements.decideProposal(proposal))) {
    throw new AppError(
      'conflict',
      'Forslaget er allerede besvaret',
      'En anden har besvaret forslaget samtidig.',
    );
  }
}

/**
 * The case officer confirms a progress report: it becomes a history entry dated today, with the
 * organisation's note and the name of who reported it. The status rules are checked again against
 * the agreement as it is now.
 */
export const confirmProgressProposal = defineUseCase({
  name: 'confirmProgressProposal',
  summary: 'Bekræft en boligorganisations fremdriftsrapport (bliver en statusændring)',
  mutates: true,
  access: agreementWriters,
  input: decisionInput.extend({
    note: z.preprocess((v) => (v === '' ? null : v), z.string().trim().max(4000).nullable().default(null)),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, agreementWriters, { municipality: input.municipality });
    return ctx.uow.write(async (s) => {
      const { agreement, proposal } = await pendingProposal(
        s,
        ctx,
        input.municipality,
        input.id,
        input.proposalId,
      );
      const decided: ProgressProposal = {
        ...proposal,
        state: 'confirmed',
        decidedOn: ctx.today,
        decidedBy: actorLabel(ctx.actor),
        decidedByName: actorName(ctx.actor),
        decisionNote: input.note,
      };
      await decide(s, decided);
      const updated = await recordStatusChange(
        s,
        ctx,
        input.municipality,
        agreement,
        {
          status: proposal.status,
          date: ctx.today,
          changedBy: actorLabel(ctx.actor),
          changedByName: actorName(ctx.actor),
          note: proposal.note,
          evidenceUrl: proposal.evidenceUrl,
          meetingId: null,
          proposedByName: proposal.proposedByName,
        },
        'confirmProgress',
      );
      return { agreement: updated, overdue: isOverdue(updated, ctx.today), proposal: decided };
    });
  },
});

/** The case officer rejects a progress report, saying why. The agreement is unchanged. */
export const rejectProgressProposal = defineUseCase({
  name: 'rejectProgressProposal',
  summary: 'Afvis en boligorganisations fremdriftsrapport med en begrundelse',
  mutates: true,
  access: agreementWriters,
  input: decisionInput.extend({ note: requiredText('Begrundelse', 4000) }),
  async run(ctx, input) {
    authorize(ctx.actor, agreementWriters, { municipality: input.municipality });
    return ctx.uow.write(async (s) => {
      const { agreement, proposal } = await pendingProposal(
        s,
        ctx,
        input.municipality,
        input.id,
        input.proposalId,
      );
      const decided: ProgressProposal = {
        ...proposal,
        state: 'rejected',
        decidedOn: ctx.today,
        decidedBy: actorLabel(ctx.actor),
        decidedByName: actorName(ctx.actor),
        decisionNote: input.note,
      };
      await decide(s, decided);
      await s.audit.append({
        municipality: input.municipality,
        action: 'rejectProgress',
        entity: 'agreement',
        entityId: agreement.id,
        before: { proposalId: proposal.id, state: 'pending' },
        after: { proposalId: proposal.id, state: 'rejected', decisionNote: input.note },
      });
      return { agreement, overdue: isOverdue(agreement, ctx.today), proposal: decided };
    });
  },
});
