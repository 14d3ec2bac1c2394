import type { Command } from 'commander';
import { recordFact } from '../../app/governance/record-fact.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { CliDeps } from '../cli-context.ts';
import { runCommand } from '../run-command.ts';

const kindLabel: Record<string, string> = {
  meetingHeld: 'Møde afholdt',
  accountPublished: 'Redegørelse offentliggjort',
  packageReceived: 'Dokumentationspakke modtaget',
  notApplicable: 'Gælder ikke',
};

export function recordCommand(program: Command, deps: CliDeps, setExit: (code: number) => void): void {
  program
    .command('record')
    .description(
      'Registrér at en forpligtelse er opfyldt (møde afholdt, redegørelse offentliggjort, pakke modtaget)',
    )
    .requiredOption('--municipality <code>', 'kommunekode, fx 707')
    .requiredOption('--obligation <id>', 'forpligtelsens id (se `plan --json`)')
    .requiredOption('--kind <kind>', 'meetingHeld | accountPublished | packageReceived | notApplicable')
    .requiredOption('--date <yyyy-mm-dd>', 'hvornår det skete')
    .option('--ref <ref>', 'henvisning, fx mødets id eller redegørelsens adresse')
    .option('--note <text>', 'bemærkning (påkrævet for notApplicable)')
    .option('--json', 'output as JSON')
    .action(
      async (opts: {
        municipality: string;
        obligation: string;
        kind: string;
        date: string;
        ref?: string;
        note?: string;
        json?: boolean;
      }) => {
        setExit(
          await runCommand(deps, opts, async ({ ctx }) => {
            const out = await runUseCase(recordFact, ctx, {
              municipality: opts.municipality,
              obligationId: opts.obligation,
              kind: opts.kind,
              date: opts.date,
              ref: opts.ref ?? null,
              note: opts.note ?? null,
            });
            return {
              json: { fact: out.fact },
              text: `${kindLabel[out.fact.kind] ?? out.fact.kind} ${out.fact.date} registreret for ${out.obligation.label}${out.obligation.organisation ? ` (${out.obligation.organisation.name})` : ''}.`,
            };
          }),
        );
      },
    );
}
