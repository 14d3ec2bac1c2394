import type { Command } from 'commander';
import { auditCsv, auditTime } from '../../app/audit/audit-csv.ts';
import { AUDIT_MAX_ROWS, listAuditEntries } from '../../app/audit/list-audit-entries.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { CliDeps } from '../cli-context.ts';
import { formatTable } from '../format-table.ts';
import { runCommand } from '../run-command.ts';

interface AuditOptions {
  municipality: string;
  since?: string;
  until?: string;
  action?: string;
  entity?: string;
  limit?: string;
  json?: boolean;
  csv?: boolean;
}

/** `styringsdialog audit`: the municipality's audit log (newest first), as a table, JSON or CSV. */
export function auditCommand(program: Command, deps: CliDeps, setExit: (code: number) => void): void {
  program
    .command('audit')
    .description('Vis revisionsloggen for en kommune / show the audit log')
    .requiredOption('--municipality <code>', 'kommunekode, fx 707')
    .option('--since <date>', 'fra og med dato, dd-mm-åååå (eller ÅÅÅÅ-MM-DD)')
    .option('--until <date>', 'til og med dato, dd-mm-åååå (eller ÅÅÅÅ-MM-DD)')
    .option('--action <action>', 'kun denne handling, fx create, login')
    .option('--entity <entity>', 'kun denne objekttype, fx user')
    .option('--limit <n>', `højst så mange poster (højst ${AUDIT_MAX_ROWS})`, '500')
    .option('--json', 'output as JSON')
    .option('--csv', 'output as CSV (semikolon, UTF-8 med BOM; til aktindsigt)')
    .action(async (opts: AuditOptions) => {
      setExit(
        await runCommand(deps, opts, async ({ ctx }) => {
          const out = await runUseCase(listAuditEntries, ctx, {
            municipality: opts.municipality,
            from: opts.since,
            to: opts.until,
            action: opts.action,
            entity: opts.entity,
            limit: opts.limit,
          });
          const entries = out.entries.map((e) => ({ ...e, at: e.at.toISOString() }));
          const text = opts.csv
            ? auditCsv(out.entries).replace(/\r\n$/, '')
            : formatTable(
                ['Id', 'Tidspunkt', 'Aktør', 'Handling', 'Objekt', 'Objekt-id'],
                out.entries.map((e) => [
                  String(e.id),
                  auditTime(e.at),
                  e.actorName ?? e.actor,
                  e.action,
                  e.entity,
                  e.entityId,
                ]),
              );
          return { json: { entries, truncated: out.truncated }, text };
        }),
      );
    });
}
