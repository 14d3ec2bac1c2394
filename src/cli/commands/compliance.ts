import type { Command } from 'commander';
import { assessYear } from '../../app/governance/assess-year.ts';
import { assessedObligationView } from '../../app/governance/obligation-view.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { CliDeps } from '../cli-context.ts';
import { formatTable } from '../format-table.ts';
import { runCommand } from '../run-command.ts';

const statusLabel: Record<string, string> = {
  met: 'opfyldt',
  due: 'udestående',
  overdue: 'over frist',
  missed: 'ikke opfyldt',
  notApplicable: 'gælder ikke',
};

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
          const out = await runUseCase(assessYear, ctx, { municipality: opts.municipality, year: opts.year });
          const byId = new Map(out.assessments.map((a) => [a.obligationId, a]));
          const obligations = out.obligations.map((o) => assessedObligationView(o, byId.get(o.id)));
          return {
            json: {
              municipality: out.municipality.code,
              year: out.year,
              today: ctx.today,
              summary: out.summary,
              obligations,
            },
            text: [
              ...(out.summary?.sentences ?? []),
              '',
              formatTable(
                ['Forpligtelse', 'Boligorganisation', 'Periode', 'Status'],
                obligations.map((o) => [
                  o.label,
                  o.organisation?.name ?? '(alle)',
                  o.periodLabel,
                  statusLabel[o.status] ?? o.status,
                ]),
              ),
            ].join('\n'),
          };
        }),
      );
    });
}
