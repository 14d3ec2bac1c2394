import { z } from 'zod';
import { authorize } from '../actor.ts';
import { changedFields } from '../audit-diff.ts';
import type { Store } from '../ports.ts';
import { defineUseCase } from '../use-case.ts';
import { registryWriters } from './access.ts';
import { municipalityCode } from './inputs.ts';
import { type Plan, parseAndPlan, summarise } from './plan-registry-import.ts';

/** The one-file path: row by row, an audit entry per changed record with its changed fields. */
async function applyPlan(s: Store, municipality: string, plan: Plan): Promise<void> {
  for (const c of plan.organisations) {
    if (c.before) {
      const current = await s.registry.getOrganisation(municipality, c.after.id);
      await s.registry.updateOrganisation(municipality, c.after, current?.version ?? 1);
    } else {
      await s.registry.insertOrganisation(municipality, c.after);
    }
  }
  for (const c of plan.departments) await s.registry.saveDepartment(c.after);
  for (const c of plan.persons) await s.registry.savePerson(municipality, c.after);
  const entities = [
    ...plan.organisations.map((c) => ['housingOrganisation', c] as const),
    ...plan.departments.map((c) => ['department', c] as const),
    ...plan.persons.map((c) => ['person', c] as const),
  ];
  for (const [entity, c] of entities) {
    await s.audit.append({
      municipality,
      action: `import.${c.kind}`,
      entity,
      entityId: c.after.id,
      ...changedFields(c.before ? { ...c.before } : null, { ...c.after }),
    });
  }
}

/**
 * Imports organisations, departments and people from a registry CSV file (docs/registry-csv.md).
 * A file with any problem is rejected as a whole, every problem listed by line and column;
 * otherwise everything is written in one transaction. Importing the same file again changes
 * nothing. `dryRun` reports what would change without writing.
 */
export const importRegistry = defineUseCase({
  name: 'importRegistry',
  summary: 'Indlæs boligorganisationer, afdelinger og personer fra en CSV-fil',
  mutates: true,
  access: registryWriters,
  input: z.object({
    municipality: municipalityCode,
    file: z.instanceof(Uint8Array, { message: 'Filen mangler' }),
    fileName: z.string().default('fil.csv'),
    dryRun: z.boolean().default(false),
  }),
  async run(ctx, input) {
    authorize(ctx.actor, registryWriters, { municipality: input.municipality });
    const planned = await ctx.uow.read((s) =>
      parseAndPlan(s, input.municipality, input.file, input.fileName),
    );
    const changes =
      planned.plan.organisations.length + planned.plan.departments.length + planned.plan.persons.length;
    if (input.dryRun || changes === 0) return summarise(planned, input.dryRun);
    // Plan again inside the transaction, so that what is written matches what is stored now.
    return ctx.uow.write(async (s) => {
      const current = await parseAndPlan(s, input.municipality, input.file, input.fileName);
      await applyPlan(s, input.municipality, current.plan);
      return summarise(current, false);
    });
  },
});
