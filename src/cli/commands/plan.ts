import type { Command } from 'commander';
import { listObligations } from '../../app/governance/list-obligations.ts';
import { obligationView } from '../../app/governance/obligation-view.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { CliDeps } from '../cli-context.ts';
import { formatTable } from '../format-table.ts';
import { runCommand } from '../run-command.ts';

export function planCommand(program: Command, deps: CliDeps, setExit: (code: number) => void): void {
  program
    .command('plan')
    .description('List årets forpligtelser efter lov og styringsmodel')
    .requiredOption('--municipality <code>', 'kommunekode, fx 707')
    .requiredOption('--year <year>', 'år, fx 2027')
    .option('--json', 'output as JSON')
    .action(async (opts: { municipality: string; year: string; json?: boolean }) => {
      setExit(
        await runCommand(deps, opts, async ({ ctx }) => {
          const out = await runUseCase(listObligations, ctx, {
            municipality: opts.municipality,
            year: opts.year,
          });
          const obligations = out.obligations.map(obligationView);
          return {
            json: { municipality: out.municipality.code, year: out.year, obligations },
            text: [
              `Forpligtelser for ${out.municipality.name} i ${out.year}: ${obligations.length}`,
              formatTable(
                ['Forpligtelse', 'Boligorganisation', 'Periode', 'Frist', 'Lovpligtig'],
                obligations.map((o) => [
                  o.label,
                  o.organisation?.name ?? '(alle)',
                  o.periodLabel,
                  o.dueBy,
                  o.statutory ? 'ja' : 'nej',
                ]),
              ),
            ].join('\n'),
          };
        }),
      );
    });
}
