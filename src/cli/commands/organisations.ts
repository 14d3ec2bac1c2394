import type { Command } from 'commander';
import { listOrganisations } from '../../app/registry/list-organisations.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { CliDeps } from '../cli-context.ts';
import { formatTable } from '../format-table.ts';
import { runCommand } from '../run-command.ts';

export function organisationsCommand(program: Command, deps: CliDeps, setExit: (code: number) => void): void {
  program
    .command('organisations')
    .description('List boligorganisationer med antal afdelinger og boliger')
    .requiredOption('--municipality <code>', 'kommunekode, fx 707')
    .option('--json', 'output as JSON')
    .action(async (opts: { municipality: string; json?: boolean }) => {
      setExit(
        await runCommand(deps, opts, async ({ ctx }) => {
          const out = await runUseCase(listOrganisations, ctx, { municipality: opts.municipality });
          const organisations = out.organisations.map((s) => ({
            id: s.organisation.id,
            name: s.organisation.name,
            cvr: s.organisation.cvr,
            kind: s.organisation.kind,
            seatMunicipality: s.organisation.seatMunicipality,
            active: s.active,
            departments: s.departments,
            homes: s.homes,
          }));
          return {
            json: { municipality: out.municipality.code, organisations },
            text: formatTable(
              ['Navn', 'CVR', 'Hjemkommune', 'Aktiv', 'Afdelinger', 'Boliger'],
              organisations.map((o) => [
                o.name,
                o.cvr,
                o.seatMunicipality,
                o.active ? 'ja' : 'nej',
                String(o.departments),
                String(o.homes),
              ]),
            ),
          };
        }),
      );
    });
}
