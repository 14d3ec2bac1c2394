import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { importKeyFigures } from '../../app/key-figures/import-key-figures.ts';
import { saveKeyFigureThresholds } from '../../app/key-figures/save-key-figure-thresholds.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import { figureLabel } from '../../domain/key-figures/figure-codes.ts';
import type { CliDeps } from '../cli-context.ts';
import { runCommand } from '../run-command.ts';

export function importKeyFiguresCommand(
  program: Command,
  deps: CliDeps,
  setExit: (code: number) => void,
): void {
  program
    .command('import-key-figures')
    .description(
      'Indlæs nøgletal pr. organisation, afdeling og styringsår fra en CSV-fil (se docs/key-figures-csv.md)',
    )
    .argument('<file>', 'CSV-fil (UTF-8 eller Windows-1252, ; eller ,)')
    .requiredOption('--municipality <code>', 'kommunekode, fx 707')
    .option('--dry-run', 'vis hvad der ville blive indlæst, uden at gemme')
    .option('--json', 'output as JSON')
    .action(async (file: string, opts: { municipality: string; dryRun?: boolean; json?: boolean }) => {
      setExit(
        await runCommand(deps, opts, async ({ ctx }) => {
          const out = await runUseCase(importKeyFigures, ctx, {
            municipality: opts.municipality,
            file: new Uint8Array(await fs.readFile(file)),
            fileName: path.basename(file),
            dryRun: opts.dryRun ?? false,
          });
          const lines = Object.entries(out.counts).map(
            ([code, n]) =>
              `  ${code} (${figureLabel(code)}${out.unknownCodes.includes(code) ? ', ukendt kode' : ''}): ${n}`,
          );
          return {
            json: out,
            text: [
              `${out.dryRun ? 'Prøvekørsel – intet er gemt. ' : ''}Styringsår ${out.years.join(', ')}: ` +
                `${Object.values(out.counts).reduce((a, b) => a + b, 0)} nøgletal ` +
                `(erstatter ${out.replaced} gemte for de år).`,
              ...lines,
            ].join('\n'),
          };
        }),
      );
    });
}

/** `key-figure-thresholds`: the municipality's flag thresholds for the briefing. */
export function keyFigureThresholdsCommand(
  program: Command,
  deps: CliDeps,
  setExit: (code: number) => void,
): void {
  program
    .command('key-figure-thresholds')
    .description('Sæt kommunens grænser for markering i orienteringen (effektivitetstal og tomgang i %)')
    .requiredOption('--municipality <code>', 'kommunekode, fx 707')
    .requiredOption('--efficiency-below <percent>', 'marker afdelinger med effektivitetstal under, fx 70')
    .requiredOption('--vacancy-above <percent>', 'marker afdelinger med tomgang over, fx 1')
    .option('--json', 'output as JSON')
    .action(
      async (opts: {
        municipality: string;
        efficiencyBelow: string;
        vacancyAbove: string;
        json?: boolean;
      }) => {
        setExit(
          await runCommand(deps, opts, async ({ ctx }) => {
            const out = await runUseCase(saveKeyFigureThresholds, ctx, {
              municipality: opts.municipality,
              efficiencyBelow: opts.efficiencyBelow.replace(',', '.'),
              vacancyAbove: opts.vacancyAbove.replace(',', '.'),
            });
            return {
              json: out,
              text: `Gemt: effektivitetstal under ${out.efficiencyBelow} % og tomgang over ${out.vacancyAbove} % markeres.`,
            };
          }),
        );
      },
    );
}
