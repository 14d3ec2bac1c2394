import { z } from 'zod';
import { isOverdue } from '../../domain/agreements/follow-up.ts';
import { allowedNextStatuses, isClosed } from '../../domain/agreements/status-rules.ts';
import { may } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { agreementReaders, agreementWriters, progressReporters } from './access.ts';
import { agreementInReach } from './load-agreements.ts';

/** One agreement with its status history, its progress reports, its organisation and departments. */
export const getAgreement = defineUseCase({
  name: 'getAgreement',
  summary: 'Vis en aftale med statushistorik og fremdriftsrapporter',
  mutates: false,
  access: agreementReaders,
  input: z.object({ municipality: municipalityCode, id: entityId }),
  async run(ctx, input) {
    return ctx.uow.read(async (s) => {
      const municipality = await s.registry.getMunicipality(input.municipality);
      if (!municipality) throw notFound('Aftalen');
      const agreement = await agreementInReach(s, ctx.actor, agreementReaders, input.municipality, input.id);
      const [organisation, departments, proposals] = await Promise.all([
        s.registry.getOrganisation(input.municipality, agreement.organisationId),
        s.registry.listDepartments(agreement.organisationId),
        s.agreements.listProposals(input.municipality, { agreementId: agreement.id }),
      ]);
      if (!organisation) throw notFound('Aftalen');
      const pending = proposals.some((p) => p.state === 'pending');
      const scope = { municipality: input.municipality, organisationId: agreement.organisationId };
      const edit = may(ctx.actor, agreementWriters, scope);
      return {
        municipality,
        agreement,
        overdue: isOverdue(agreement, ctx.today),
        /** Fulfilled, not fulfilled or dropped: a further change must say why (the note). */
        closed: isClosed(agreement.status),
        allowedNextStatuses: [...allowedNextStatuses(agreement.status)],
        organisation,
        departments,
        /** Departments the agreement names, in the agreement's order; unknown ids are kept as ids. */
        agreementDepartments: agreement.departmentIds.map(
          (id) => departments.find((d) => d.id === id) ?? { id, name: id, lbfNumber: '' },
        ),
        proposals,
        today: ctx.today,
        /** What the viewer may do here: the same rules the write use cases apply. */
        can: {
          /** Edit the agreement and change its status (case officers and admins). */
          edit,
          /** Confirm or reject the pending progress report. */
          decideProposal: edit && pending,
          /** Report progress: the agreement's own organisation, one report at a time. */
          propose: ctx.actor.kind === 'user' && may(ctx.actor, progressReporters, scope) && !pending,
        },
      };
    });
  },
});
