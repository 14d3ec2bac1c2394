import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { isOverdue } from '../../domain/agreements/follow-up.ts';
import type { Agreement } from '../../domain/agreements/types.ts';
import { type AgreementInput, agreementInputSchema } from '../../domain/agreements/validate-agreement.ts';
import { danishDate } from '../../domain/shared/iso-date.ts';
import { actorLabel, authorize } from '../actor.ts';
import { AppError, type FieldError, invalidInput, notFound } from '../app-error.ts';
import { changedFields } from '../audit-diff.ts';
import type { Store } from '../ports.ts';
import { entityId, municipalityCode } from '../registry/inputs.ts';
import { defineUseCase, type UseCaseContext } from '../use-case.ts';
import { actorName, agreementWriters } from './access.ts';
import { agreementForAudit } from './load-agreements.ts';

/** The references a stored agreement needs: its organisation in the municipality, that organisation's departments. */
async function referenceErrors(
  s: Store,
  municipality: string,
  input: AgreementInput,
  today: string,
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const organisation = await s.registry.getOrganisation(municipality, input.organisationId);
  if (!organisation) {
    errors.push({
      field: 'agreement.organisationId',
      message: 'Boligorganisationen findes ikke i kommunens register',
    });
  } else {
    const own = new Set((await s.registry.listDepartments(organisation.id)).map((d) => d.id));
    const foreign = input.departmentIds.filter((id) => !own.has(id));
    if (foreign.length > 0) {
      errors.push({
        field: 'agreement.departmentIds',
        message: `Afdelingerne skal høre til ${organisation.name}: ${foreign.join(', ')} gør ikke`,
      });
    }
  }
  if (input.agreedOn > today) {
    errors.push({
      field: 'agreement.agreedOn',
      message: `Aftalt den (${danishDate(input.agreedOn)}) ligger efter i dag`,
    });
  }
  return errors;
}

function throwIfAny(errors: FieldError[]): void {
  if (errors.length > 0)
    throw invalidInput(`Aftalen kan ikke gemmes: ${errors.map((e) => e.message).join('; ')}`, errors);
}

/** Records an agreement made at a dialogue meeting; its history starts with `agreed` on the day it was made. */
export const createAgreement = defineUseCase({
  name: 'createAgreement',
  summary: 'Opret en aftale fra et styringsdialogmøde',
  mutates: true,
  access: agreementWriters,
  input: z.object({ municipality: municipalityCode, agreement: agreementInputSchema }),
  async run(ctx: UseCaseContext, input) {
    authorize(ctx.actor, agreementWriters, { municipality: input.municipality });
    return ctx.uow.write(async (s) => {
      if (!(await s.registry.getMunicipality(input.municipality))) throw notFound('Kommunen');
      throwIfAny(await referenceErrors(s, input.municipality, input.agreement, ctx.today));
      const agreement: Agreement = {
        id: `agr-${randomUUID()}`,
        ...input.agreement,
        status: 'agreed',
        history: [
          {
            status: 'agreed',
            date: input.agreement.agreedOn,
            changedBy: actorLabel(ctx.actor),
            changedByName: actorName(ctx.actor),
            note: null,
            evidenceUrl: null,
            meetingId: input.agreement.meetingId,
            proposedByName: null,
          },
        ],
      };
      await s.agreements.insertAgreement(input.municipality, agreement);
      await s.audit.append({
        municipality: input.municipality,
        action: 'create',
        entity: 'agreement',
        entityId: agreement.id,
        before: null,
        after: agreementForAudit(agreement),
      });
      return { agreement: { ...agreement, version: 1 }, overdue: isOverdue(agreement, ctx.today) };
    });
  },
});

/**
 * Changes an agreement's text, target, deadline and other fields — not its status (see
 * changeAgreementStatus) and not its organisation. `version` is the version the editor saw: a
 * stale write is refused and nothing is overwritten.
 */
export const updateAgreement = defineUseCase({
  name: 'updateAgreement',
  summary: 'Ret en aftales tekst, mål, ansvarlig, deadline og godkendelse',
  mutates: true,
  access: agreementWriters,
  input: z.object({
    municipality: municipalityCode,
    id: entityId,
    version: z.coerce.number({ message: 'Version mangler' }).int().min(1),
    agreement: agreementInputSchema,
  }),
  async run(ctx, input) {
    authorize(ctx.actor, agreementWriters, { municipality: input.municipality });
    return ctx.uow.write(async (s) => {
      const before = await s.agreements.getAgreement(input.municipality, input.id);
      if (!before) throw notFound('Aftalen');
      const errors = await referenceErrors(s, input.municipality, input.agreement, ctx.today);
      if (input.agreement.organisationId !== before.organisationId) {
        errors.push({
          field: 'agreement.organisationId',
          message: 'Boligorganisationen kan ikke skiftes på en indgået aftale – opret en ny aftale',
        });
      }
      const firstChange = before.history[1];
      if (firstChange && input.agreement.agreedOn > firstChange.date) {
        errors.push({
          field: 'agreement.agreedOn',
          message: `Aftalt den kan ikke ligge efter den første statusændring (${danishDate(firstChange.date)})`,
        });
      }
      throwIfAny(errors);
      const { version: _v, ...current } = before;
      const agreement: Agreement = { ...current, ...input.agreement };
      if (!(await s.agreements.updateAgreement(input.municipality, agreement, input.version))) {
        throw new AppError(
          'preconditionFailed',
          'Aftalen er ændret af en anden',
          'En anden har gemt aftalen, siden du åbnede den. Hent den igen og gentag din ændring.',
        );
      }
      await s.audit.append({
        municipality: input.municipality,
        action: 'update',
        entity: 'agreement',
        entityId: agreement.id,
        ...changedFields(agreementForAudit(before), agreementForAudit(agreement)),
      });
      return {
        agreement: { ...agreement, version: input.version + 1 },
        overdue: isOverdue(agreement, ctx.today),
      };
    });
  },
});
