/**
 * `styringsdialog agreements`: list agreements (filters as on the web list), or
 * `styringsdialog agreements import FILE.csv` to read a bulk status file (alt eller intet).
 *
 * One command with an optional `import FILE` operand rather than a nested sub-command: commander
 * would give `--municipality` to the parent command before the sub-command saw it.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { importAgreementStatuses } from '../../app/agreements/import-agreement-statuses.ts';
import { listAgreements } from '../../app/agreements/list-agreements.ts';
import { AppError } from '../../app/app-error.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import { OBJECTIVE_AREA_LABELS, STATUS_LABELS } from '../../domain/agreements/labels.ts';
import type { CliDeps } from '../cli-context.ts';
import { formatTable } from '../format-table.ts';
import { runCommand } from '../run-command.ts';

interface AgreementsOptions {
  municipality: string;
  organisation?: string;
  status?: string;
  objectiveArea?: string;
  steeringYear?: string;
  overdue?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

export function agreementsCommand(program: Command, deps: CliDeps, setExit: (code: number) => void): void {
  program
    .command('agreements')
    .description(
      'List aftaler, eller indlæs statusser fra en CSV-fil: agreements import FIL.csv --municipality 707 [--dry-run]',
    )
    .argument('[action]', '»import« for at indlæse en statusfil; udelades for at liste aftaler')
    .argument('[file]', 'CSV-filen (UTF-8 eller Windows-1252, ; eller ,) ved import')
    .requiredOption('--municipality <code>', 'kommunekode, fx 707')
    .option('--organisation <id>', 'kun aftaler med denne boligorganisation')
    .option('--status <status>', 'agreed, inProgress, fulfilled, notFulfilled eller dropped')
    .option('--objective-area <area>', 'fx letting, economyAndOperations')
    .option('--steering-year <year>', 'styringsåret aftalen blev indgået i')
    .option('--overdue', 'kun åbne aftaler over deadline')
    .option('--dry-run', 'ved import: vis hvad der ville blive ændret, uden at gemme')
    .option('--json', 'output as JSON')
    .action(async (action: string | undefined, file: string | undefined, opts: AgreementsOptions) => {
      setExit(
        await runCommand(deps, opts, async ({ ctx }) => {
          if (action === 'import') {
            if (!file)
              throw new AppError(
                'invalidInput',
                'Filen mangler',
                'Skriv filen efter import, fx: agreements import aftaler.csv',
              );
            const bytes = new Uint8Array(await fs.readFile(file));
            const out = await runUseCase(importAgreementStatuses, ctx, {
              municipality: opts.municipality,
              file: bytes,
              fileName: path.basename(file),
              dryRun: opts.dryRun ?? false,
            });
            const lines = out.changes.map(
              (c) => `  linje ${c.line}: ${c.agreementId} ${STATUS_LABELS[c.from]} → ${STATUS_LABELS[c.to]}`,
            );
            return {
              json: out,
              text: [
                `${out.dryRun ? 'Prøvekørsel – intet er gemt. ' : ''}` +
                  `${out.changes.length} ${out.changes.length === 1 ? 'aftale' : 'aftaler'} ${out.dryRun ? 'ville få' : 'har fået'} ny status; ${out.unchanged} uændret.`,
                ...lines,
              ].join('\n'),
            };
          }
          if (action !== undefined) {
            throw new AppError(
              'invalidInput',
              'Ukendt handling',
              `»${action}« kendes ikke. Brug »import FIL.csv« eller ingenting.`,
            );
          }
          const out = await runUseCase(listAgreements, ctx, {
            municipality: opts.municipality,
            organisation: opts.organisation,
            status: opts.status,
            objectiveArea: opts.objectiveArea,
            steeringYear: opts.steeringYear,
            overdue: opts.overdue ?? false,
          });
          const names = new Map(out.organisations.map((o) => [o.id, o.name]));
          const agreements = out.agreements.map((a) => ({
            id: a.id,
            organisation: a.organisationId,
            organisationName: names.get(a.organisationId) ?? a.organisationId,
            steeringYear: a.steeringYear,
            objectiveArea: a.objectiveArea,
            text: a.text,
            status: a.status,
            deadline: a.deadline,
            overdue: a.overdue,
            agreedOn: a.agreedOn,
            responsible: a.responsible,
            target: a.target,
          }));
          return {
            json: { municipality: out.municipality.code, agreements, summary: out.summary },
            text: [
              out.summary.sentence,
              formatTable(
                ['Id', 'Boligorganisation', 'År', 'Målområde', 'Status', 'Deadline', 'Aftale'],
                agreements.map((a) => [
                  a.id,
                  a.organisationName,
                  String(a.steeringYear),
                  OBJECTIVE_AREA_LABELS[a.objectiveArea],
                  `${STATUS_LABELS[a.status]}${a.overdue ? ' (over deadline)' : ''}`,
                  a.deadline ?? '–',
                  a.text.length > 60 ? `${a.text.slice(0, 59)}…` : a.text,
                ]),
              ),
            ].join('\n'),
          };
        }),
      );
    });
}
