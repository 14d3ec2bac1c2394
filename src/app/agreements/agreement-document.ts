import { z } from 'zod';
import { compareForFollowUp, openAgreementsForFollowUp } from '../../domain/agreements/follow-up.ts';
import { OBJECTIVE_AREAS } from '../../domain/agreements/types.ts';
import { steeringYearSchema } from '../../domain/agreements/validate-agreement.ts';
import { authorize } from '../actor.ts';
import { notFound } from '../app-error.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { agreementReaders } from './access.ts';

/**
 * The agreement document (aftaledokument) of one organisation and steering year: the agreements
 * made that year, by objective area, and the earlier agreements still open — the follow-up items
 * of that year's meeting (domain.md §2) [practice].
 */
export const getAgreementDocument = defineUseCase({
  name: 'getAgreementDocument',
  summary: 'Aftaledokument for en boligorganisation og et styringsår',
  mutates: false,
  access: agreementReaders,
  input: z.object({
    municipality: municipalityCode,
    organisation: entityId,
    steeringYear: steeringYearSchema(),
  }),
  async run(ctx, input) {
    authorize(
      ctx.actor,
      agreementReaders,
      { municipality: input.municipality, organisationId: input.organisation },
      'Boligorganisationen',
    );
    return ctx.uow.read(async (s) => {
      const [municipality, organisation] = await Promise.all([
        s.registry.getMunicipality(input.municipality),
        s.registry.getOrganisation(input.municipality, input.organisation),
      ]);
      if (!municipality || !organisation) throw notFound('Boligorganisationen');
      const [all, departments] = await Promise.all([
        s.agreements.listAgreements(input.municipality, { organisationIds: [organisation.id] }),
        s.registry.listDepartments(organisation.id),
      ]);
      const made = all
        .filter((a) => a.steeringYear === input.steeringYear)
        .sort(
          (a, b) =>
            OBJECTIVE_AREAS.indexOf(a.objectiveArea) - OBJECTIVE_AREAS.indexOf(b.objectiveArea) ||
            compareForFollowUp(a, b),
        );
      return {
        municipality,
        organisation,
        departments,
        steeringYear: input.steeringYear,
        agreements: made,
        followUp: openAgreementsForFollowUp(all, organisation.id, input.steeringYear),
        years: [...new Set(all.map((a) => a.steeringYear))].sort((a, b) => b - a),
        today: ctx.today,
      };
    });
  },
});
