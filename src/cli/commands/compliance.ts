/** `compliance`: the year's obligations and their status, from the same read model as the Overblik. */
import type { Command } from 'commander';
import { complianceGrid } from '../../app/governance/compliance-grid.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { CliDeps } from '../cli-context.ts';
import { formatTable } from '../format-table.ts';
import { runCommand } from '../run-command.ts';

export function complianceCommand(program: Command, deps: CliDeps, setExit: (code: number) => void): void {
  program
    .command('compliance')
    .description('Vis om årets forpligtelser er opfyldt')
    .requiredOption('--municipality <code>', 'kommunekode, fx 707')
    .requiredOption('--year <year>', 'år, fx 2025')
    .option('--json', 'output as JSON')
    .action(async (opts: { municipality: string; year: string; json?: boolean }) => {
      setExit(
        await runCommand(deps, opts, async ({ ctx }) => {
          const out = await runUseCase(complianceGrid, ctx, {
            municipality: opts.municipality,
            year: opts.year,
          });
          const { summary, sentences, obligations } = out.current;
          return {
            json: {
              municipality: out.municipality.code,
              year: out.year,
              today: ctx.today,
              summary,
              obligations,
            },
            text: [
              ...sentences,
              '',
              formatTable(
                ['Forpligtelse', 'Boligorganisation', 'Periode', 'Status'],
                obligations.map((o) => [
                  o.label,
                  o.organisation?.name ?? '(alle)',
                  o.periodLabel,
                  o.statusLabel,
                ]),
              ),
            ].join('\n'),
          };
        }),
      );
    });
}
