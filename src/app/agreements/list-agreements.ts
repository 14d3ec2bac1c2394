import { isOverdue, summariseAgreements } from '../../domain/agreements/follow-up.ts';
import { authorize, may } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { agreementReaders, agreementWriters } from './access.ts';
import { agreementFilters } from './inputs.ts';
import { visibleAgreements } from './load-agreements.ts';

/**
 * The agreements within the actor's reach, filtered by organisation, status, objective area,
 * steering year and overdue, with the overview counts and the progress reports awaiting a
 * decision. An organisation user sees only its own organisation.
 */
export const listAgreements = defineUseCase({
  name: 'listAgreements',
  summary: 'List aftaler med filtre (organisation, status, målområde, styringsår, over deadline)',
  mutates: false,
  access: agreementReaders,
  input: agreementFilters.extend({ municipality: municipalityCode }),
  async run(ctx, input) {
    // Without an organisation filter the organisation scope below limits what is seen.
    if (input.organisation) {
      authorize(ctx.actor, agreementReaders, {
        municipality: input.municipality,
        organisationId: input.organisation,
      });
    }
    return ctx.uow.read(async (s) => {
      const municipality = await s.registry.getMunicipality(input.municipality);
      if (!municipality) throw notFound('Kommunen');
      const { agreements: all, scope } = await visibleAgreements(s, ctx.actor, input.municipality);
      if (Array.isArray(scope) && scope.length === 0) throw notFound('Kommunen');
      const organisations = (await s.registry.listOrganisations(input.municipality))
        .map((o) => o.organisation)
        .filter((o) => scope === 'all' || scope.includes(o.id));
      const agreements = all
        .filter(
          (a) =>
            (!input.organisation || a.organisationId === input.organisation) &&
            (!input.status || a.status === input.status) &&
            (!input.objectiveArea || a.objectiveArea === input.objectiveArea) &&
            (!input.steeringYear || a.steeringYear === input.steeringYear) &&
            (!input.overdue || isOverdue(a, ctx.today)),
        )
        .map((a) => ({ ...a, overdue: isOverdue(a, ctx.today) }));
      const pendingProposals = (
        await s.agreements.listProposals(
          input.municipality,
          scope === 'all' ? {} : { organisationIds: scope },
        )
      ).filter((p) => p.state === 'pending');
      return {
        municipality,
        organisations,
        agreements,
        summary: summariseAgreements(agreements, ctx.today),
        pendingProposals,
        today: ctx.today,
        /** Create agreements, update statuses from a CSV file (case officers and admins). */
        can: { edit: may(ctx.actor, agreementWriters, { municipality: input.municipality }) },
      };
    });
  },
});
