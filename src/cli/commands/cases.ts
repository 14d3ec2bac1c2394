/**
 * `styringsdialog cases --municipality 707 [--json]`: the municipality's political cases;
 * `styringsdialog cases export ID [--json]`: one case as Markdown in the agenda web page's layout.
 */
import type { Command } from 'commander';
import { exportPoliticalCaseMarkdown } from '../../app/political-cases/export-political-case-markdown.ts';
import { listPoliticalCases } from '../../app/political-cases/list-political-cases.ts';
import { storedPoliticalCaseView } from '../../app/political-cases/political-case-view.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { CliDeps } from '../cli-context.ts';
import { formatTable } from '../format-table.ts';
import { runCommand } from '../run-command.ts';

export function casesCommand(program: Command, deps: CliDeps, setExit: (code: number) => void): void {
  const cases = program
    .command('cases')
    .description('Politiske sager: list kommunens sager, eller hent en sag som Markdown (cases export ID)')
    .option('--municipality <code>', 'kommunekode, fx 707')
    .option('--json', 'output as JSON')
    .action(async (opts: { municipality?: string; json?: boolean }) => {
      setExit(
        await runCommand(deps, opts, async ({ ctx }) => {
          const out = await runUseCase(listPoliticalCases, ctx, { municipality: opts.municipality });
          const views = out.cases.map((c) => storedPoliticalCaseView(c, c.adoptedModels));
          return {
            json: { municipality: out.municipality.code, cases: views },
            text:
              views.length === 0
                ? `${out.municipality.name} har ingen politiske sager endnu. Brug import-agenda.`
                : formatTable(
                    ['Id', 'Sagsnr.', 'Titel', 'Sagsgang', 'Sidste beslutning', 'Kilde'],
                    views.map((v) => [
                      v.id,
                      v.caseNumber ?? '',
                      v.title ?? '',
                      v.route.join(', '),
                      v.decisions.at(-1)?.date ?? '',
                      v.source.fileName ?? v.source.format,
                    ]),
                  ),
          };
        }),
      );
    });

  cases
    .command('export')
    .description('Hent en politisk sag som Markdown i dagsordenens layout')
    .argument('<id>', 'sagens id (se styringsdialog cases)')
    .option('--municipality <code>', 'kommunekode, fx 707')
    .option('--json', 'output as JSON')
    .action(async (id: string, opts: { municipality?: string; json?: boolean }) => {
      setExit(
        await runCommand(deps, opts, async ({ ctx }) => {
          const out = await runUseCase(exportPoliticalCaseMarkdown, ctx, {
            id,
            ...(opts.municipality ? { municipality: opts.municipality } : {}),
          });
          return { json: out, text: out.markdown.trimEnd() };
        }),
      );
    });
}
