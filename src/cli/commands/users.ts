import { type Command, Option } from 'commander';
import { AppError } from '../../app/app-error.ts';
import { addUser } from '../../app/auth/add-user.ts';
import { ROLES } from '../../app/auth/auth-store.ts';
import { deactivateUser } from '../../app/auth/deactivate-user.ts';
import { seedDemoUsers } from '../../app/auth/demo-users.ts';
import { listUsers } from '../../app/auth/list-users.ts';
import { roleLabels } from '../../app/auth/role-labels.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { CliDeps } from '../cli-context.ts';
import { formatTable } from '../format-table.ts';
import { callServer, runAgainstServer } from '../remote.ts';
import { runCommand } from '../run-command.ts';

interface AddOptions {
  email: string;
  name: string;
  role: string;
  municipality: string;
  organisation?: string;
  unit?: string;
  password?: string;
  json?: boolean;
}

interface DeactivateOptions {
  email: string;
  municipality: string;
  server?: string;
  token?: string;
  json?: boolean;
}

interface Deactivated {
  userId: string;
  sessionsEnded: number;
  apiTokensRevoked: number;
  calendarFeedsRevoked: number;
  passwordLinksRetired: number;
}

function deactivatedText(email: string, out: Deactivated) {
  return {
    json: out,
    text:
      `${email} er deaktiveret: ${out.sessionsEnded} sessioner afsluttet, ${out.apiTokensRevoked} adgangsnøgler ` +
      `og ${out.calendarFeedsRevoked} kalenderadresser tilbagekaldt, ${out.passwordLinksRetired} links ugyldige.`,
  };
}

/** `styringsdialog users add|list|deactivate|seed-demo`: accounts, prompt-free for scripts. */
export function usersCommand(program: Command, deps: CliDeps, setExit: (code: number) => void): void {
  const users = program.command('users').description('Brugere og roller / users and roles');

  users
    .command('add')
    .description('Opret en bruger med en rolle; uden --password dannes en adgangskode, som vises én gang')
    .requiredOption('--email <email>', 'e-mailadresse (login og OIDC-nøgle)')
    .requiredOption('--name <name>', 'navn')
    .addOption(new Option('--role <role>', 'rolle').choices([...ROLES]).makeOptionMandatory())
    .requiredOption('--municipality <code>', 'kommunekode, fx 707')
    .option('--organisation <id>', 'boligorganisationens id (kun rollen organisation)')
    .option('--unit <unit>', 'enhed (kun rollen official), fx Social')
    .option('--password <password>', 'adgangskode (ellers dannes en)')
    .option('--json', 'output as JSON')
    .action(async (opts: AddOptions) => {
      setExit(
        await runCommand(deps, opts, async ({ ctx }) => {
          const out = await runUseCase(addUser, ctx, {
            email: opts.email,
            name: opts.name,
            role: opts.role,
            municipality: opts.municipality,
            organisationId: opts.organisation,
            unit: opts.unit,
            password: opts.password,
          });
          const role = roleLabels[opts.role as keyof typeof roleLabels];
          const lines = [
            `Bruger oprettet: ${out.user.name} <${out.user.email}> (${out.user.id}), ${role} i ${opts.municipality}.`,
          ];
          if (out.generatedPassword) {
            lines.push(`Adgangskode (vises kun denne ene gang): ${out.generatedPassword}`);
          }
          return { json: { user: out.user, password: out.generatedPassword }, text: lines.join('\n') };
        }),
      );
    });

  users
    .command('list')
    .description('List brugere med roller')
    .option('--municipality <code>', 'kun brugere i kommunen')
    .option('--json', 'output as JSON')
    .action(async (opts: { municipality?: string; json?: boolean }) => {
      setExit(
        await runCommand(deps, opts, async ({ ctx }) => {
          const out = await runUseCase(
            listUsers,
            ctx,
            opts.municipality ? { municipality: opts.municipality } : {},
          );
          const rows = out.map(({ user, grants }) => ({
            id: user.id,
            email: user.email,
            name: user.name,
            municipality: user.municipality,
            active: user.active,
            lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
            grants: grants.map((g) => ({
              id: g.id,
              role: g.role,
              municipality: g.municipality,
              organisationId: g.organisationId ?? null,
              unit: g.unit ?? null,
            })),
          }));
          return {
            json: { users: rows },
            text: formatTable(
              ['Navn', 'E-mail', 'Kommune', 'Roller', 'Aktiv', 'Seneste login'],
              rows.map((u) => [
                u.name,
                u.email,
                u.municipality,
                u.grants
                  .map(
                    (g) =>
                      `${roleLabels[g.role]} ${g.municipality}${g.organisationId ? ` (${g.organisationId})` : ''}`,
                  )
                  .join(', '),
                u.active ? 'ja' : 'nej',
                u.lastLoginAt ?? 'aldrig',
              ]),
            ),
          };
        }),
      );
    });

  users
    .command('deactivate')
    .description('Deaktivér en bruger: log ud overalt og tilbagekald nøgler og kalenderadresser (straks)')
    .requiredOption('--email <email>', 'brugerens e-mailadresse')
    .requiredOption('--municipality <code>', 'brugerens kommune, fx 707')
    .option('--server <url>', 'gør det gennem den kørende server, fx http://localhost:3000')
    .option('--token <token>', 'en administrators adgangsnøgle til --server (ellers STYRINGSDIALOG_TOKEN)')
    .option('--json', 'output as JSON')
    .action(async (opts: DeactivateOptions) => {
      const email = opts.email.trim().toLowerCase();
      const m = encodeURIComponent(opts.municipality);
      if (opts.server) {
        setExit(
          await runAgainstServer(deps, opts, async (server) => {
            const list = (await callServer(server, 'GET', `/api/v1/municipalities/${m}/users`)) as {
              users: { id: string; email: string }[];
            };
            const user = list.users.find((u) => u.email === email);
            if (!user)
              throw new AppError('notFound', 'Ikke fundet', `Brugeren ${email} findes ikke i kommunen.`);
            const path = `/api/v1/municipalities/${m}/users/${encodeURIComponent(user.id)}/deactivation`;
            return deactivatedText(email, (await callServer(server, 'POST', path)) as Deactivated);
          }),
        );
        return;
      }
      const whileServerRuns = [
        `styringsdialog users deactivate --email ${email} --municipality ${opts.municipality} --server URL --token ADMINNØGLE`,
        'eller siden /brugere/<bruger> ("Deaktivér"), eller API\'et:',
        `POST /api/v1/municipalities/${opts.municipality}/users/{userId}/deactivation (administrator).`,
      ];
      setExit(
        await runCommand(deps, { ...opts, whileServerRuns }, async ({ ctx }) => {
          const users = await runUseCase(listUsers, ctx, { municipality: opts.municipality });
          const found = users.find((u) => u.user.email === email);
          if (!found)
            throw new AppError('notFound', 'Ikke fundet', `Brugeren ${email} findes ikke i kommunen.`);
          const out = await runUseCase(deactivateUser, ctx, {
            municipality: opts.municipality,
            userId: found.user.id,
          });
          return deactivatedText(email, out);
        }),
      );
    });

  users
    .command('seed-demo')
    .description('Opret demobrugerne (adgangskode demo1234) i demokommunen 707')
    .option('--json', 'output as JSON')
    .action(async (opts: { json?: boolean }) => {
      setExit(
        await runCommand(deps, opts, async ({ ctx }) => {
          const out = await runUseCase(seedDemoUsers, ctx, {});
          const text =
            out.reason === 'noDemoMunicipality'
              ? 'Ingen demokommune: indlæs demodata først (styringsdialog demo).'
              : out.created.length === 0
                ? 'Demobrugerne findes allerede.'
                : `Demobrugere oprettet (adgangskode demo1234): ${out.created.join(', ')}`;
          return { json: out, text };
        }),
      );
    });
}
