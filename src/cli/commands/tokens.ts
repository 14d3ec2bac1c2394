import type { Command } from 'commander';
import { createApiToken } from '../../app/auth/create-api-token.ts';
import { listApiTokens } from '../../app/auth/list-api-tokens.ts';
import { revokeApiToken } from '../../app/auth/revoke-api-token.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import { DEFAULT_TOKEN_LIFETIME } from '../../domain/auth/token-lifetime.ts';
import type { CliDeps } from '../cli-context.ts';
import { formatTable } from '../format-table.ts';
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
    .description('Tilbagekald en adgangsnøgle (virker straks)')
    .argument('<id>', 'nøglens id (se tokens list)')
    .option('--json', 'output as JSON')
    .action(async (id: string, opts: { json?: boolean }) => {
      setExit(
        await runCommand(deps, opts, async ({ ctx }) => {
          const out = await runUseCase(revokeApiToken, ctx, { id });
          return {
            json: { id: out.id, revokedAt: out.revokedAt.toISOString(), alreadyRevoked: out.alreadyRevoked },
            text: out.alreadyRevoked
              ? `Adgangsnøgle ${out.id} var allerede tilbagekaldt.`
              : `Adgangsnøgle ${out.id} er tilbagekaldt.`,
          };
        }),
      );
    });
}
