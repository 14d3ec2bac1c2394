/**
 * `compliance`: the year's obligations and their status, from the same read model as the
 * Overblik; `compliance rebuild` recomputes the stored compliance of every municipality (or one),
 * `compliance check` proves the stored state equals a fresh computation (exit 3 when not).
 */
import type { Command } from 'commander';
import { complianceGrid } from '../../app/governance/compliance-grid.ts';
import { checkStoredCompliance, rebuildCompliance } from '../../app/governance/rebuild-compliance.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { CliDeps } from '../cli-context.ts';
import { EXIT } from '../exit-codes.ts';
import { formatTable } from '../format-table.ts';
import { runCommand } from '../run-command.ts';

export function complianceCommand(program: Command, deps: CliDeps, setExit: (code: number) => void): void {
  const compliance = program
    .command('compliance')
    .description('Vis om årets forpligtelser er opfyldt')
    .option('--municipality <code>', 'kommunekode, fx 707')
    .option('--year <year>', 'år, fx 2025')
    .option('--json', 'output as JSON')
    .action(async (opts: { municipality?: string; year?: string; json?: boolean }) => {
      if (!opts.municipality || !opts.year) {
        deps.io.err(
          "Fejl: angiv --municipality og --year (eller 'compliance rebuild' / 'compliance check').",
        );
        setExit(EXIT.usage);
        return;
      }
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

  compliance
    .command('rebuild')
    .description('Beregn den gemte opfyldelse forfra for alle kommuner (eller én)')
    .option('--municipality <code>', 'kun denne kommune')
    .option('--json', 'output as JSON')
    .action(async (_opts: unknown, command: Command) => {
      // The parent's --municipality/--json too: commander parses them as the parent's options.
      const opts = command.optsWithGlobals<{ municipality?: string; json?: boolean }>();
      setExit(
        await runCommand(
          deps,
          { ...opts, whileServerRuns: ['stop serveren først / stop the server first'] },
          async ({ ctx }) => {
            const out = await runUseCase(rebuildCompliance, ctx, { municipality: opts.municipality });
            const rows = Object.values(out.rowsWritten).reduce((a, b) => a + b, 0);
            return {
              json: out,
              text: `Opfyldelsen er beregnet forfra for ${out.municipalities.length} kommune(r); ${rows} rækker skrevet.`,
            };
          },
        ),
      );
    });

  compliance
    .command('check')
    .description('Kontrollér at den gemte opfyldelse er lig en ny beregning (exit 3 hvis ikke)')
    .option('--municipality <code>', 'kun denne kommune')
    .option('--json', 'output as JSON')
    .action(async (_opts: unknown, command: Command) => {
      // The parent's --municipality/--json too: commander parses them as the parent's options.
      const opts = command.optsWithGlobals<{ municipality?: string; json?: boolean }>();
      setExit(
        await runCommand(deps, opts, async ({ ctx }) => {
          const out = await runUseCase(checkStoredCompliance, ctx, { municipality: opts.municipality });
          const bad = out.checks.filter(
            (c) => c.stale || c.missing.length + c.extra.length + c.different.length > 0,
          );
          const rows = out.checks.reduce((n, c) => n + c.rows, 0);
          return {
            json: out,
            exitCode: out.ok ? EXIT.ok : EXIT.invalid,
            text: out.ok
              ? `OK: den gemte opfyldelse for ${out.checks.length} kommune(r) (${rows} rækker) er lig en ny beregning.`
              : [
                  `Afvigelse i ${bad.length} af ${out.checks.length} kommune(r):`,
                  ...bad.map(
                    (c) =>
                      `  ${c.municipality}: ${c.stale ? 'forældet, ' : ''}${c.missing.length} mangler, ${c.extra.length} for mange, ${c.different.length} forskellige`,
                  ),
                  "Kør 'styringsdialog compliance rebuild'.",
                ].join('\n'),
          };
        }),
      );
    });
}
