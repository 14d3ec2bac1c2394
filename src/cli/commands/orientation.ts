/**
 * `styringsdialog orientation --municipality 707 --year 2025 [--json]`: a draft agenda item for
 * the council's yearly orientation on the governance dialogue, as Markdown to paste into the
 * agenda system. Nothing is stored.
 */
import type { Command } from 'commander';
import { draftOrientationAgendaItem } from '../../app/political-cases/draft-orientation-agenda-item.ts';
import { politicalCaseView } from '../../app/political-cases/political-case-view.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { CliDeps } from '../cli-context.ts';
import { runCommand } from '../run-command.ts';

export function orientationCommand(program: Command, deps: CliDeps, setExit: (code: number) => void): void {
  program
    .command('orientation')
    .description('Lav et udkast til dagsordenspunktet "Styringsdialog <år> — orientering"')
    .requiredOption('--municipality <code>', 'kommunekode, fx 707')
    .requiredOption('--year <year>', 'styringsår, fx 2025')
    .option('--json', 'output as JSON')
    .action(async (opts: { municipality: string; year: string; json?: boolean }) => {
      setExit(
        await runCommand(deps, opts, async ({ ctx }) => {
          const out = await runUseCase(draftOrientationAgendaItem, ctx, {
            municipality: opts.municipality,
            year: opts.year,
          });
          return {
            json: {
              municipality: out.municipality.code,
              year: out.year,
              coverage: out.coverage,
              findings: out.findings,
              draft: politicalCaseView(out.draft, { format: 'markdown', fileName: null }),
              markdown: out.markdown,
            },
            text: out.markdown.trimEnd(),
          };
        }),
      );
    });
}
