import fs from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError } from '../../app/app-error.ts';
import { adoptModelVersion } from '../../app/governance/adopt-model-version.ts';
import { listModels } from '../../app/governance/list-models.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { CliDeps } from '../cli-context.ts';
import { formatTable } from '../format-table.ts';
import { runCommand } from '../run-command.ts';

export function modelsCommand(program: Command, deps: CliDeps, setExit: (code: number) => void): void {
  const models = program.command('models').description('Styringsmodeller: versioner og beslutningsgrundlag');

  models
    .command('list')
    .description('List styringsmodellens versioner')
    .requiredOption('--municipality <code>', 'kommunekode, fx 707')
    .option('--json', 'output as JSON')
    .action(async (opts: { municipality: string; json?: boolean }) => {
      setExit(
        await runCommand(deps, opts, async ({ ctx }) => {
          const out = await runUseCase(listModels, ctx, { municipality: opts.municipality });
          return {
            json: {
              versions: out.versions.map((v) => ({
                ...v.model,
                reason: v.reason,
                findings: v.findings,
                changes: v.changes,
              })),
            },
            text: formatTable(
              ['Model', 'Version', 'Gyldig fra', 'Gyldig til', 'Vedtaget', 'Regler'],
              out.versions.map(({ model: m }) => [
                m.name,
                String(m.version),
                m.validFrom,
                m.validTo ?? '',
                `${m.legalBasis.body} ${m.legalBasis.decisionDate}${m.legalBasis.caseNumber ? `, sag ${m.legalBasis.caseNumber}` : ''}`,
                String(m.meetingRules.length),
              ]),
            ),
          };
        }),
      );
    });

  models
    .command('adopt')
    .description('Gem en ny version af styringsmodellen fra en JSON-fil (efter en politisk beslutning)')
    .argument('<file>', 'JSON-fil med modellen')
    .requiredOption('--municipality <code>', 'kommunekode, fx 707')
    .option('--reason <text>', 'hvorfor modellen ændres')
    .option('--json', 'output as JSON')
    .action(async (file: string, opts: { municipality: string; reason?: string; json?: boolean }) => {
      setExit(
        await runCommand(deps, opts, async ({ ctx }) => {
          let model: unknown;
          try {
            model = JSON.parse(await fs.readFile(file, 'utf8'));
          } catch (err) {
            throw new AppError(
              'invalidInput',
              'Ugyldig fil',
              `${file} kan ikke læses som JSON: ${(err as Error).message}`,
            );
          }
          const saved = await runUseCase(adoptModelVersion, ctx, {
            municipality: opts.municipality,
            model,
            reason: opts.reason ?? null,
          });
          return {
            json: { id: saved.id, version: saved.version, validFrom: saved.validFrom },
            text: `Version ${saved.version} af ${saved.name} er gemt og gælder fra ${saved.validFrom}.`,
          };
        }),
      );
    });
}
