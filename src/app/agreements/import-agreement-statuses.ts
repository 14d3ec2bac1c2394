import { z } from 'zod';
import { STATUS_LABELS } from '../../domain/agreements/labels.ts';
import type { PlannedStatusChange } from '../../domain/agreements/status-csv.ts';
import { parseAgreementStatusCsv } from '../../importer/agreements-csv/parse-agreement-status-csv.ts';
import { actorLabel, authorize } from '../actor.ts';
import { invalidInput, notFound } from '../app-error.ts';
import type { Store } from '../ports.ts';
import { municipalityCode } from '../registry/inputs.ts';
import { defineUseCase, type UseCaseContext } from '../use-case.ts';
import { actorName, agreementWriters } from './access.ts';
import { recordStatusChange } from './change-agreement-status.ts';

const input = z.object({
  municipality: municipalityCode,
  file: z.instanceof(Uint8Array, { message: 'Filen mangler' }),
  fileName: z.string().trim().min(1).max(300).default('aftaler.csv'),
  dryRun: z.boolean().default(false),
});

async function planFrom(
  s: Store,
  ctx: UseCaseContext,
  municipality: string,
  file: Uint8Array,
  fileName: string,
) {
  if (!(await s.registry.getMunicipality(municipality))) throw notFound('Kommunen');
  const agreements = await s.agreements.listAgreements(municipality);
  const parsed = parseAgreementStatusCsv(file, { agreements, today: ctx.today });
  if (parsed.problems.length > 0) {
    const first = parsed.problems[0];
    const where = (p: { line: number; column: string | null }) =>
      p.column ? `linje ${p.line}, kolonne ${p.column}` : `linje ${p.line}`;
    throw invalidInput(
      `${fileName} har ${parsed.problems.length} fejl og er ikke indlæst. Intet er ændret.` +
        (first ? ` Første fejl: ${where(first)}: ${first.message}` : ''),
      parsed.problems.map((p) => ({ field: where(p), message: p.message })),
    );
  }
  return { parsed, byId: new Map(agreements.map((a) => [a.id, a])) };
}

function present(change: PlannedStatusChange) {
  return {
    line: change.line,
    agreementId: change.agreementId,
    from: change.from,
    to: change.to,
    date: change.date,
    note: change.note,
    evidenceUrl: change.evidenceUrl,
    description: `${STATUS_LABELS[change.from]} → ${STATUS_LABELS[change.to]}`,
  };
}

/**
 * Reads a bulk status file (the export of open agreements with statuses filled in) and applies
 * it as a whole: a file with any problem changes nothing and every problem is reported with its
 * line and column; otherwise every changed status is recorded in one transaction, each with its
 * own audit entry. `dryRun` reports what would change without writing.
 */
export const importAgreementStatuses = defineUseCase({
  name: 'importAgreementStatuses',
  summary: 'Indlæs statusser for aftaler fra en CSV-fil (alt eller intet)',
  mutates: true,
  access: agreementWriters,
  input,
  async run(ctx, input) {
    authorize(ctx.actor, agreementWriters, { municipality: input.municipality });
    if (input.dryRun) {
      return ctx.uow.read(async (s) => {
        const { parsed } = await planFrom(s, ctx, input.municipality, input.file, input.fileName);
        return {
          dryRun: true,
          format: parsed.format,
          rows: parsed.rows,
          unchanged: parsed.unchanged,
          changes: parsed.changes.map(present),
        };
      });
    }
    return ctx.uow.write(async (s) => {
      const { parsed, byId } = await planFrom(s, ctx, input.municipality, input.file, input.fileName);
      for (const change of parsed.changes) {
        const agreement = byId.get(change.agreementId);
        if (!agreement) throw notFound('Aftalen');
        await recordStatusChange(
          s,
          ctx,
          input.municipality,
          agreement,
          {
            status: change.to,
            date: change.date,
            changedBy: actorLabel(ctx.actor),
            changedByName: actorName(ctx.actor),
            note: change.note,
            evidenceUrl: change.evidenceUrl,
            meetingId: null,
            proposedByName: null,
          },
          'import.changeStatus',
        );
      }
      if (parsed.changes.length === 0) {
        // Nothing changed, but the import itself is recorded: the run guard requires an entry for a write.
        await s.audit.append({
          municipality: input.municipality,
          action: 'import.noChanges',
          entity: 'agreementStatusFile',
          entityId: input.fileName,
          before: null,
          after: { rows: parsed.rows, unchanged: parsed.unchanged },
        });
      }
      return {
        dryRun: false,
        format: parsed.format,
        rows: parsed.rows,
        unchanged: parsed.unchanged,
        changes: parsed.changes.map(present),
      };
    });
  },
});
