/**
 * `styringsdialog import-registry FILE|DIR… [--municipality CODE]`: the registry CSV import.
 * One file with --municipality runs the one-file import (an audit entry per changed record).
 * Several files or a directory run the bulk import in one process and one transaction: all or
 * nothing for the whole call; each file's municipality is --municipality or, without it, the
 * three-digit code the file name starts with (`101-koebenhavn.csv`).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { importRegistry } from '../../app/registry/import-registry.ts';
import { importRegistryFiles } from '../../app/registry/import-registry-files.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { CliDeps } from '../cli-context.ts';
import { EXIT } from '../exit-codes.ts';
import { runCommand } from '../run-command.ts';

interface Counts {
  organisations: number;
  departments: number;
  persons: number;
}

function countsText(created: Counts, updated: Counts, unchanged: number): string {
  return (
    `Oprettet: ${created.organisations} organisationer, ${created.departments} afdelinger, ${created.persons} personer. ` +
    `Ændret: ${updated.organisations} organisationer, ${updated.departments} afdelinger, ${updated.persons} personer. Uændret: ${unchanged}.`
  );
}

/** The CSV files named: a directory gives its `.csv` files in name order. */
async function expandFiles(args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => null);
    if (stat?.isDirectory()) {
      const names = (await fs.readdir(arg)).filter((n) => n.toLowerCase().endsWith('.csv')).sort();
      out.push(...names.map((n) => path.join(arg, n)));
    } else out.push(arg);
  }
  return out;
}

/** The municipality code a file name starts with (`707.csv`, `707-norddjurs.csv`), or null. */
export function municipalityOfFileName(file: string): string | null {
  return /^(\d{3})(?!\d)/.exec(path.basename(file))?.[1] ?? null;
}

export function importRegistryCommand(
  program: Command,
  deps: CliDeps,
  setExit: (code: number) => void,
): void {
  program
    .command('import-registry')
    .description(
      'Indlæs boligorganisationer, afdelinger og personer fra CSV-filer (se docs/registry-csv.md); ' +
        'flere filer eller en mappe indlæses samlet, alt eller intet',
    )
    .argument('<files...>', 'CSV-filer eller mapper med CSV-filer (UTF-8 eller Windows-1252, ; eller ,)')
    .option(
      '--municipality <code>',
      'kommunekode, fx 707; uden den skal hvert filnavn begynde med kommunekoden (707-norddjurs.csv)',
    )
    .option('--dry-run', 'vis hvad der ville blive ændret, uden at gemme')
    .option('--json', 'output as JSON')
    .action(async (args: string[], opts: { municipality?: string; dryRun?: boolean; json?: boolean }) => {
      const files = await expandFiles(args);
      if (files.length === 0) {
        deps.io.err('Fejl: Ingen CSV-filer fundet i det angivne.');
        return setExit(EXIT.usage);
      }
      const single = files.length === 1 && args.length === 1 && files[0] === args[0];
      const unnamed = opts.municipality ? [] : files.filter((f) => !municipalityOfFileName(f));
      if (unnamed.length > 0) {
        deps.io.err(
          'Fejl: Angiv kommunen med --municipality (fx --municipality 707), eller lad filnavnene ' +
            `begynde med kommunekoden (fx 707-norddjurs.csv): ${unnamed.map((f) => path.basename(f)).join(', ')}`,
        );
        return setExit(EXIT.usage);
      }
      setExit(
        await runCommand(deps, opts, async ({ ctx }) => {
          const dryRun = opts.dryRun ?? false;
          if (single && opts.municipality) {
            const out = await runUseCase(importRegistry, ctx, {
              municipality: opts.municipality,
              file: new Uint8Array(await fs.readFile(files[0] as string)),
              fileName: path.basename(files[0] as string),
              dryRun,
            });
            return {
              json: out,
              text: `${out.dryRun ? 'Prøvekørsel – intet er gemt. ' : ''}${countsText(out.created, out.updated, out.unchanged)}`,
            };
          }
          const inputs = await Promise.all(
            files.map(async (f) => ({
              municipality: opts.municipality ?? (municipalityOfFileName(f) as string),
              file: new Uint8Array(await fs.readFile(f)),
              fileName: path.basename(f),
            })),
          );
          const out = await runUseCase(importRegistryFiles, ctx, { files: inputs, dryRun });
          const sum = (pick: (f: (typeof out.files)[number]) => Counts): Counts => ({
            organisations: out.files.reduce((n, f) => n + pick(f).organisations, 0),
            departments: out.files.reduce((n, f) => n + pick(f).departments, 0),
            persons: out.files.reduce((n, f) => n + pick(f).persons, 0),
          });
          const unchanged = out.files.reduce((n, f) => n + f.unchanged, 0);
          return {
            json: out,
            text:
              `${dryRun ? 'Prøvekørsel – intet er gemt. ' : ''}${out.files.length} filer. ` +
              countsText(
                sum((f) => f.created),
                sum((f) => f.updated),
                unchanged,
              ),
          };
        }),
      );
    });
}
