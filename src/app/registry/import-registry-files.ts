/**
 * The bulk registry import (issue 18): many registry CSV files (docs/registry-csv.md), each for
 * one municipality, in one call — e.g. the whole country at once. The same parsing and planning
 * as the one-file import (plan-registry-import.ts), written with batched multi-row statements.
 *
 * All or nothing for the whole call: every file is parsed first, and if any file has a problem
 * nothing is written and every problem of every file is listed with its file, line and column
 * (an operator fixes the files and runs the same command again; importing a file twice changes
 * nothing). Otherwise all files are written in one transaction.
 *
 * Audit: one entry per file (its counts), not one per row — a first national load is ~9,000
 * rows; the one-file import keeps its entry per changed record with the changed fields.
 */
import { z } from 'zod';
import { authorize } from '../actor.ts';
import { AppError, invalidInput } from '../app-error.ts';
import type { Store } from '../ports.ts';
import { defineUseCase } from '../use-case.ts';
import { registryWriters } from './access.ts';
import { municipalityCode } from './inputs.ts';
import { type Plan, parseAndPlan, summarise } from './plan-registry-import.ts';

const fileInput = z.object({
  municipality: municipalityCode,
  file: z.instanceof(Uint8Array, { message: 'Filen mangler' }),
  fileName: z.string().min(1),
});

type FileInput = z.output<typeof fileInput>;

async function planAll(s: Store, files: readonly FileInput[]) {
  const planned: { input: FileInput; outcome: Awaited<ReturnType<typeof parseAndPlan>> }[] = [];
  const problems: { field: string; message: string }[] = [];
  const refused: string[] = [];
  for (const f of files) {
    try {
      planned.push({ input: f, outcome: await parseAndPlan(s, f.municipality, f.file, f.fileName) });
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'invalidInput') throw err;
      refused.push(f.fileName);
      if (err.fieldErrors.length === 0) problems.push({ field: f.fileName, message: err.detail });
      for (const p of err.fieldErrors)
        problems.push({ field: `${f.fileName}, ${p.field}`, message: p.message });
    }
  }
  if (refused.length > 0) {
    throw invalidInput(
      `${refused.length} af ${files.length} filer har fejl (${refused.join(', ')}). ` +
        'Ingen af filerne er indlæst. Intet er ændret.',
      problems,
    );
  }
  return planned;
}

async function applyBatched(s: Store, municipality: string, plan: Plan): Promise<void> {
  const created = plan.organisations.filter((c) => !c.before).map((c) => c.after);
  await s.registry.insertOrganisations(municipality, created);
  for (const c of plan.organisations) {
    if (!c.before) continue;
    const current = await s.registry.getOrganisation(municipality, c.after.id);
    await s.registry.updateOrganisation(municipality, c.after, current?.version ?? 1);
  }
  await s.registry.saveDepartments(plan.departments.map((c) => c.after));
  await s.registry.savePersons(
    municipality,
    plan.persons.map((c) => c.after),
  );
}

type Planned = Awaited<ReturnType<typeof planAll>>;

/** Ends the write transaction (rolled back, nothing was written) when the files change nothing. */
class NothingChanged extends Error {
  constructor(readonly planned: Planned) {
    super('nothing changed');
  }
}

export const importRegistryFiles = defineUseCase({
  name: 'importRegistryFiles',
  summary: 'Indlæs mange registerfiler (CSV) på én gang, alt eller intet',
  mutates: true,
  access: registryWriters,
  input: z.object({
    files: z.array(fileInput).min(1, { message: 'Angiv mindst én fil' }),
    dryRun: z.boolean().default(false),
  }),
  async run(ctx, input) {
    for (const f of input.files) authorize(ctx.actor, registryWriters, { municipality: f.municipality });
    const results = (planned: Planned, dryRun: boolean) =>
      planned.map((p) => ({
        fileName: p.input.fileName,
        municipality: p.input.municipality,
        ...summarise(p.outcome, dryRun),
      }));
    const changesIn = (plan: Plan) =>
      plan.organisations.length + plan.departments.length + plan.persons.length;
    if (input.dryRun) return { files: results(await ctx.uow.read((s) => planAll(s, input.files)), true) };
    // One pass, inside the write transaction (parsing ~9,000 rows twice would double the cost):
    // a file with problems throws and rolls everything back. When nothing changes, the
    // transaction is left without writing (no audit entry for a repeat of the same files).
    try {
      return await ctx.uow.write(
        async (s) => {
          const planned = await planAll(s, input.files);
          if (planned.every((p) => changesIn(p.outcome.plan) === 0)) throw new NothingChanged(planned);
          for (const p of planned) {
            // Files of the same municipality: plan the later ones again after the earlier are written.
            const current =
              planned.filter((q) => q.input.municipality === p.input.municipality).length > 1
                ? ((await planAll(s, [p.input]))[0] ?? p)
                : p;
            p.outcome = current.outcome;
            await applyBatched(s, p.input.municipality, p.outcome.plan);
            const summary = summarise(p.outcome, false);
            await s.audit.append({
              municipality: p.input.municipality,
              action: 'import.file',
              entity: 'registryFile',
              entityId: p.input.fileName,
              before: null,
              after: { created: summary.created, updated: summary.updated, unchanged: summary.unchanged },
            });
          }
          return { files: results(planned, false) };
          // Bulk: the planner's statistics of the tables written are brought up to date after commit.
        },
        { bulk: true },
      );
    } catch (err) {
      if (err instanceof NothingChanged) return { files: results(err.planned, false) };
      throw err;
    }
  },
});
