/**
 * `styringsdialog meetings plan-year --municipality 707 --year 2027 [--json]`: the proposed date
 * and start time of each meeting obligation of the year (nothing is stored), and
 * `styringsdialog meetings list --municipality 707 [--year 2027]`.
 *
 * One command with an action operand, like `agreements`: commander gives options to the parent
 * command before a nested sub-command sees them.
 */
import type { Command } from 'commander';
import { AppError } from '../../app/app-error.ts';
import { listMeetings } from '../../app/meetings/list-meetings.ts';
import { proposeYearPlan } from '../../app/meetings/propose-year-plan.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { CliDeps } from '../cli-context.ts';
import { formatTable } from '../format-table.ts';
import { runCommand } from '../run-command.ts';

const STATUS_LABELS: Record<string, string> = {
  planned: 'planlagt',
  invited: 'indkaldt',
  held: 'afholdt',
  minutesDrafted: 'referat i udkast',
  approved: 'referat godkendt',
  published: 'offentliggjort',
  cancelled: 'aflyst',
};

export function meetingsCommand(program: Command, deps: CliDeps, setExit: (code: number) => void): void {
  program
    .command('meetings')
    .description(
      'Møder: meetings plan-year --municipality 707 --year 2027, eller meetings list --municipality 707',
    )
    .argument('<action>', '»plan-year« (foreslå årets mødedatoer) eller »list«')
    .requiredOption('--municipality <code>', 'kommunekode, fx 707')
    .option('--year <year>', 'år, fx 2027 (påkrævet for plan-year)')
    .option('--json', 'output as JSON')
    .action(async (action: string, opts: { municipality: string; year?: string; json?: boolean }) => {
      setExit(
        await runCommand(deps, opts, async ({ ctx }) => {
          if (action === 'plan-year') {
            if (!opts.year)
              throw new AppError('invalidInput', 'Ugyldige oplysninger', 'Angiv --year, fx --year 2027.');
            const out = await runUseCase(proposeYearPlan, ctx, {
              municipality: opts.municipality,
              year: opts.year,
            });
            return {
              json: {
                municipality: out.municipality.code,
                year: out.year,
                meetings: out.meetings,
                unplaced: out.unplaced,
              },
              text: [
                `Forslag til møder i ${out.year} (${out.municipality.name}) – intet er gemt:`,
                '',
                formatTable(
                  ['Dato', 'Tid', 'Møde', 'Boligorganisation'],
                  out.meetings.map((m) => [
                    m.date,
                    `${m.startTime}–${m.endTime}`,
                    m.label,
                    m.organisation ?? '(alle)',
                  ]),
                ),
                ...out.unplaced.map((u) => `Ikke placeret: ${u.obligationId}: ${u.reason}`),
              ].join('\n'),
            };
          }
          if (action === 'list') {
            const out = await runUseCase(listMeetings, ctx, {
              municipality: opts.municipality,
              year: opts.year,
            });
            const meetings = out.meetings.map((m) => ({
              id: m.meeting.id,
              title: m.meeting.title,
              organisation: m.organisationName,
              date: m.meeting.date,
              startTime: m.meeting.startTime,
              status: m.meeting.status,
            }));
            return {
              json: { municipality: opts.municipality, year: out.year, meetings },
              text: formatTable(
                ['Dato', 'Tid', 'Møde', 'Status'],
                meetings.map((m) => [
                  m.date ?? '–',
                  m.startTime ?? '–',
                  m.title,
                  STATUS_LABELS[m.status] ?? m.status,
                ]),
              ),
            };
          }
          throw new AppError(
            'invalidInput',
            'Ugyldige oplysninger',
            `Ukendt handling »${action}«: brug plan-year eller list.`,
          );
        }),
      );
    });
}
