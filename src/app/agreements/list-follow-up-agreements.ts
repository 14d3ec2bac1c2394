import { z } from 'zod';
import { isOverdue, openAgreementsForFollowUp } from '../../domain/agreements/follow-up.ts';
import { steeringYearSchema } from '../../domain/agreements/validate-agreement.ts';
import { authorize } from '../actor.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase } from '../use-case.ts';
import { agreementReaders } from './access.ts';

/**
 * The organisation's agreements to follow up at the dialogue meeting of `steeringYear`: every
 * agreement made in an earlier year that is not closed (domain.md §2) [practice]. For the
 * meeting agenda.
 */
export const listFollowUpAgreements = defineUseCase({
  name: 'listFollowUpAgreements',
  summary: 'Aftaler til opfølgning på årets styringsdialogmøde (ikke lukkede aftaler fra tidligere år)',
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
      const all = await s.agreements.listAgreements(input.municipality, {
        organisationIds: [input.organisation],
      });
      return {
        agreements: openAgreementsForFollowUp(all, input.organisation, input.steeringYear).map((a) => ({
          ...a,
          overdue: isOverdue(a, ctx.today),
        })),
      };
    });
  },
});
