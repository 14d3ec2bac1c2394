import type { Command } from 'commander';
import { createApiToken } from '../../app/auth/create-api-token.ts';
import { listApiTokens } from '../../app/auth/list-api-tokens.ts';
import { revokeApiToken } from '../../app/auth/revoke-api-token.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import { DEFAULT_TOKEN_LIFETIME } from '../../domain/auth/token-lifetime.ts';
import type { CliDeps } from '../cli-context.ts';
import { formatTable } from '../format-table.ts';
import { callServer, runAgainstServer } from '../remote.ts';
import { runCommand } from '../run-command.ts';

/** `styringsdialog tokens create|list|revoke`: bearer tokens for the API. */
export function tokensCommand(program: Command, deps: CliDeps, setExit: (code: number) => void): void {
  const tokens = program.command('tokens').description('Adgangsnøgler til API’et / API tokens');

  tokens
    .command('create')
    .description('Opret en adgangsnøgle for en bruger; nøglen vises kun denne ene gang')
    .requiredOption('--user <email>', 'brugerens e-mailadresse')
    .option('--expires <lifetime>', 'levetid, fx 90d, 12h, 2w', DEFAULT_TOKEN_LIFETIME)
    .option('--label <text>', 'hvad nøglen bruges til', 'API')
    .option('--json', 'output as JSON')
    .action(async (opts: { user: string; expires: string; label: string; json?: boolean }) => {
      setExit(
        await runCommand(deps, opts, async ({ ctx }) => {
          const out = await runUseCase(createApiToken, ctx, {
            userEmail: opts.user,
            expires: opts.expires,
            label: opts.label,
          });
          const expiresAt = out.expiresAt.toISOString();
          return {
            json: { token: out.token, id: out.id, expiresAt },
            text: [
              `Adgangsnøgle ${out.id} oprettet for ${out.userEmail}; udløber ${expiresAt}.`,
              'Gem den nu – den vises ikke igen:',
              out.token,
            ].join('\n'),
          };
        }),
      );
    });

  tokens
    .command('list')
    .description('List adgangsnøgler (aldrig selve nøglen)')
    .option('--municipality <code>', 'kun nøgler for brugere i kommunen')
    .option('--json', 'output as JSON')
    .action(async (opts: { municipality?: string; json?: boolean }) => {
      setExit(
        await runCommand(deps, opts, async ({ ctx }) => {
          const list = await runUseCase(
            listApiTokens,
            ctx,
            opts.municipality ? { municipality: opts.municipality } : {},
          );
          const now = ctx.now ?? new Date();
          const rows = list.map((t) => ({
            id: t.id,
            user: t.userEmail,
            label: t.label,
            createdAt: t.createdAt.toISOString(),
            expiresAt: t.expiresAt.toISOString(),
            revokedAt: t.revokedAt?.toISOString() ?? null,
            lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
            status: t.revokedAt ? 'revoked' : t.expiresAt.getTime() <= now.getTime() ? 'expired' : 'active',
          }));
          const statusText = { active: 'aktiv', revoked: 'tilbagekaldt', expired: 'udløbet' } as const;
          return {
            json: { tokens: rows },
            text: formatTable(
              ['Id', 'Bruger', 'Formål', 'Status', 'Udløber', 'Sidst brugt'],
              rows.map((r) => [
                String(r.id),
                r.user,
                r.label,
                statusText[r.status as keyof typeof statusText],
                r.expiresAt,
                r.lastUsedAt ?? 'aldrig',
              ]),
            ),
          };
        }),
      );
    });

  tokens
    .command('revoke')
    .description('Tilbagekald en adgangsnøgle (virker straks) – også mens serveren kører, med --server')
    .argument('<id>', 'nøglens id (se tokens list)')
    .option('--server <url>', 'gør det gennem den kørende server, fx http://localhost:3000')
    .option('--token <token>', 'en administrators adgangsnøgle til --server (ellers STYRINGSDIALOG_TOKEN)')
    .option('--municipality <code>', 'kommunen, hvis administrator nøglen bruges (kun med --server)')
    .option('--json', 'output as JSON')
    .action(
      async (
        id: string,
        opts: { json?: boolean; server?: string; token?: string; municipality?: string },
      ) => {
        const done = (out: { id: number; revokedAt: string; alreadyRevoked: boolean }) => ({
          json: out,
          text: out.alreadyRevoked
            ? `Adgangsnøgle ${out.id} var allerede tilbagekaldt.`
            : `Adgangsnøgle ${out.id} er tilbagekaldt.`,
        });
        if (opts.server) {
          setExit(
            await runAgainstServer(deps, opts, async (server) => {
              const m = encodeURIComponent(opts.municipality ?? '');
              const path = opts.municipality
                ? `/api/v1/municipalities/${m}/api-tokens/${encodeURIComponent(id)}`
                : `/api/v1/me/api-tokens/${encodeURIComponent(id)}`;
              return done((await callServer(server, 'DELETE', path)) as Parameters<typeof done>[0]);
            }),
          );
          return;
        }
        setExit(
          await runCommand(deps, { ...opts, whileServerRuns: whileServerRuns(id) }, async ({ ctx }) => {
            const out = await runUseCase(revokeApiToken, ctx, { id });
            return done({ ...out, revokedAt: out.revokedAt.toISOString() });
          }),
        );
      },
    );
}

/** Where to revoke a token while the server holds the embedded database. */
function whileServerRuns(id: string): string[] {
  return [
    `styringsdialog tokens revoke ${id} --server URL --token ADMINNØGLE --municipality KODE`,
    `eller siden /brugere/<bruger> (administrator) eller /min-profil (ens egne nøgler),`,
    `eller API'et: DELETE /api/v1/municipalities/{kode}/api-tokens/${id} (administrator)`,
    `eller DELETE /api/v1/me/api-tokens/${id} (ens egne nøgler).`,
  ];
}
