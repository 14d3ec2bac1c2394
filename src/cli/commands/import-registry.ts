import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { importRegistry } from '../../app/registry/import-registry.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { CliDeps } from '../cli-context.ts';
import { runCommand } from '../run-command.ts';

export function importRegistryCommand(
  program: Command,
  deps: CliDeps,
  setExit: (code: number) => void,
): void {
  program
    .command('import-registry')
    .description(
      'Indlæs boligorganisationer, afdelinger og personer fra en CSV-fil (se docs/registry-csv.md)',
    )
    .argument('<file>', 'CSV-fil (UTF-8 eller Windows-1252, ; eller ,)')
    .requiredOption('--municipality <code>', 'kommunekode, fx 707')
    .option('--dry-run', 'vis hvad der ville blive ændret, uden at gemme')
    .option('--json', 'output as JSON')
    .action(async (file: string, opts: { municipality: string; dryRun?: boolean; json?: boolean }) => {
      setExit(
        await runCommand(deps, opts, async ({ ctx }) => {
          const bytes = new Uint8Array(await fs.readFile(file));
          const out = await runUseCase(importRegistry, ctx, {
            municipality: opts.municipality,
            file: bytes,
            fileName: path.basename(file),
            dryRun: opts.dryRun ?? false,
          });
          const c = out.created;
          const u = out.updated;
          return {
            json: out,
            text:
              `${out.dryRun ? 'Prøvekørsel – intet er gemt. ' : ''}` +
              `Oprettet: ${c.organisations} organisationer, ${c.departments} afdelinger, ${c.persons} personer. ` +
              `Ændret: ${u.organisations} organisationer, ${u.departments} afdelinger, ${u.persons} personer. Uændret: ${out.unchanged}.`,
          };
        }),
      );
    });
}
