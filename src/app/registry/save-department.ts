import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Department } from '../../domain/registry/types.ts';
import {
  checkDepartmentNumberUnique,
  departmentCreateSchema,
} from '../../domain/registry/validate-department.ts';
import { authorize } from '../actor.ts';
import { invalidInput, notFound } from '../app-error.ts';
import { changedFields } from '../audit-diff.ts';
import { defineUseCase } from '../use-case.ts';
import { registryWriters } from './access.ts';
import { entityId, municipalityCode } from './inputs.ts';
import { staleWrite, versionInput, versionMissing } from './stale-write.ts';

/**
 * Creates a department (no id) or changes one (with id and the `version` the editor read; a
 * stale change is refused with 412). LBF numbers are unique per organisation.
 */
export const saveDepartment = defineUseCase({
  name: 'saveDepartment',
  summary: 'Opret eller ret en afdeling',
  mutates: true,
  access: registryWriters,
  input: z.object({
    municipality: municipalityCode,
    id: entityId.optional(),
    version: versionInput.optional(),
    department: departmentCreateSchema,
  }),
  async run(ctx, input) {
    authorize(ctx.actor, registryWriters, { municipality: input.municipality });
    if (input.id && input.version === undefined) throw versionMissing();
    return ctx.uow.write(async (s) => {
      const organisation = await s.registry.getOrganisation(
        input.municipality,
        input.department.organisationId,
      );
      if (!organisation) {
        throw invalidInput('Afdelingen kan ikke gemmes.', [
          {
            field: 'department.organisationId',
            message: 'Boligorganisationen findes ikke i kommunens register',
          },
        ]);
      }
      const before = input.id ? await s.registry.getDepartment(input.id) : null;
      if (input.id && (!before || before.organisationId !== organisation.id)) throw notFound('Afdelingen');
      const department: Department = { id: input.id ?? `dep-${randomUUID()}`, ...input.department };
      const duplicate = checkDepartmentNumberUnique(
        department,
        await s.registry.listDepartments(organisation.id),
      );
      if (duplicate)
        throw invalidInput(duplicate.message, [
          { field: 'department.lbfNumber', message: duplicate.message },
        ]);
      if (!(await s.registry.saveDepartment(department, before ? input.version : undefined))) {
        throw staleWrite('Afdelingen');
      }
      await s.audit.append({
        municipality: input.municipality,
        action: before ? 'update' : 'create',
        entity: 'department',
        entityId: department.id,
        ...changedFields(before ? { ...before } : null, { ...department }),
      });
      return { ...department, version: before && input.version ? input.version + 1 : 1 };
    });
  },
});
