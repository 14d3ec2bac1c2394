/**
 * `styringsdialog municipalities list|create|suspend|resume|grant-admin|add-national-admin`:
 * the operator's commands for the installation's municipalities (issue 17). The CLI runs as
 * the system actor; the same use cases serve the API and the /drift pages.
 */
import type { Command } from 'commander';
import { runUseCase } from '../../app/run-use-case.ts';
import { addNationalAdmin } from '../../app/tenancy/add-national-admin.ts';
import { createMunicipality } from '../../app/tenancy/create-municipality.ts';
import { getNationalOverview } from '../../app/tenancy/get-national-overview.ts';
import { grantFirstAdmin } from '../../app/tenancy/grant-first-admin.ts';
import { setMunicipalitySuspension } from '../../app/tenancy/suspend-municipality.ts';
import type { CliDeps } from '../cli-context.ts';
import { formatTable } from '../format-table.ts';
import { runCommand } from '../run-command.ts';

const WHILE_SERVER_RUNS = [
  'siden /drift, eller POST /api/v1/municipalities med en national administrators adgangsnøgle',
];

export function municipalitiesCommand(
  program: Command,
  deps: CliDeps,
  setExit: (code: number) => void,
): void {
  const m = program
    .command('municipalities')
    .description("Kommunerne i installationen / the installation's municipalities");

  m.command('list')
    .description('Alle kommuner med status og det nationale billede for styringsåret')
    .option('--year <year>', 'styringsår (standard: i år)')
    .option('--json', 'output as JSON')
    .action(async (opts: { year?: string; json?: boolean }) => {
      setExit(
        await runCommand(deps, opts, async ({ ctx }) => {
          const out = await runUseCase(getNationalOverview, ctx, opts.year ? { year: opts.year } : {});
          return {
            json: { year: out.year, municipalities: out.municipalities },
            text: formatTable(
              ['kode', 'navn', 'status', 'administratorer', 'dialog afholdt', 'til tiden'],
              out.municipalities.map((r) => [
                r.code,
                r.name,
                r.suspension ? 'suspenderet' : 'aktiv',
                String(r.admins),
                `${r.picture.held} af ${r.picture.total}`,
                String(r.picture.onTime),
              ]),
            ),
          };
        }),
      );
    });

  m.command('create')
    .description('Opret en kommune (kode blandt de 98 kommunekoder)')
    .requiredOption('--code <code>', 'kommunekode, fx 751')
    .option('--name <name>', 'navn (standard: "<navn> Kommune")')
    .option('--address <address>', 'adresse')
    .option('--supervising-unit <unit>', 'tilsynsførende enhed')
    .option('--accounts-url <url>', 'adresse til redegørelserne på kommunens hjemmeside')
    .option('--json', 'output as JSON')
    .action(
      async (opts: {
        code: string;
        name?: string;
        address?: string;
        supervisingUnit?: string;
        accountsUrl?: string;
        json?: boolean;
      }) => {
        setExit(
          await runCommand(deps, { ...opts, whileServerRuns: WHILE_SERVER_RUNS }, async ({ ctx }) => {
            const out = await runUseCase(createMunicipality, ctx, {
              code: opts.code,
              name: opts.name,
              address: opts.address,
              supervisingUnit: opts.supervisingUnit,
              accountsUrl: opts.accountsUrl,
            });
            return { json: out, text: `Kommune oprettet: ${out.code} ${out.name}.` };
          }),
        );
      },
    );

  for (const [name, suspended] of [
    ['suspend', true],
    ['resume', false],
  ] as const) {
    m.command(name)
      .description(suspended ? 'Suspendér en kommune (brugerne kan ikke logge ind)' : 'Ophæv suspenderingen')
      .requiredOption('--code <code>', 'kommunekode')
      .option('--reason <reason>', 'begrundelse')
      .option('--json', 'output as JSON')
      .action(async (opts: { code: string; reason?: string; json?: boolean }) => {
        setExit(
          await runCommand(deps, { ...opts, whileServerRuns: WHILE_SERVER_RUNS }, async ({ ctx }) => {
            const out = await runUseCase(setMunicipalitySuspension, ctx, {
              municipality: opts.code,
              suspended,
              reason: opts.reason ?? null,
            });
            return {
              json: out,
              text: suspended ? `Kommune ${out.code} er suspenderet.` : `Kommune ${out.code} er aktiv igen.`,
            };
          }),
        );
      });
  }

  m.command('grant-admin')
    .description('Giv kommunens første administrator adgang (opretter brugeren, hvis den ikke findes)')
    .requiredOption('--code <code>', 'kommunekode')
    .requiredOption('--email <email>', 'e-mailadresse')
    .requiredOption('--name <name>', 'navn')
    .option('--password <password>', 'adgangskode (ellers dannes en)')
    .option('--json', 'output as JSON')
    .action(
      async (opts: { code: string; email: string; name: string; password?: string; json?: boolean }) => {
        setExit(
          await runCommand(deps, { ...opts, whileServerRuns: WHILE_SERVER_RUNS }, async ({ ctx }) => {
            const out = await runUseCase(grantFirstAdmin, ctx, {
              municipality: opts.code,
              email: opts.email,
              name: opts.name,
              password: opts.password,
            });
            const lines = [`${out.user.email} er administrator i kommune ${opts.code}.`];
            if (out.generatedPassword)
              lines.push(`Adgangskode (vises kun denne ene gang): ${out.generatedPassword}`);
            return { json: out, text: lines.join('\n') };
          }),
        );
      },
    );

  m.command('add-national-admin')
    .description(
      'Gør en bruger til national administrator (driver installationen, ser ingen kommunes indhold)',
    )
    .requiredOption('--email <email>', 'e-mailadresse')
    .requiredOption('--name <name>', 'navn')
    .option('--password <password>', 'adgangskode (ellers dannes en)')
    .option('--json', 'output as JSON')
    .action(async (opts: { email: string; name: string; password?: string; json?: boolean }) => {
      setExit(
        await runCommand(deps, { ...opts, whileServerRuns: WHILE_SERVER_RUNS }, async ({ ctx }) => {
          const out = await runUseCase(addNationalAdmin, ctx, {
            email: opts.email,
            name: opts.name,
            password: opts.password,
          });
          const lines = [`${out.user.email} er national administrator.`];
          if (out.generatedPassword)
            lines.push(`Adgangskode (vises kun denne ene gang): ${out.generatedPassword}`);
          return { json: out, text: lines.join('\n') };
        }),
      );
    });
}
