/**
 * `reminders run --date YYYY-MM-DD [--dry-run]`: the daily reminder digest once, for operators
 * and tests (the server runs it by itself each morning, main/reminder-job.ts); a day already sent
 * is refused (exit 5). `reminders settings`: the municipality's N days for the reminder rules.
 */
import type { Command } from 'commander';
import { runReminderDigest } from '../../app/reminders/run-reminder-digest.ts';
import { saveReminderSettings } from '../../app/reminders/save-reminder-settings.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { CliDeps } from '../cli-context.ts';
import { formatTable } from '../format-table.ts';
import { runCommand } from '../run-command.ts';

const KIND_WORDS: Record<string, string> = {
  packageMissing: 'pakke',
  minutesAwaitingApproval: 'referat',
  accountNotPublished: 'redegørelse',
  agreementDue: 'aftale',
};

export function remindersCommand(program: Command, deps: CliDeps, setExit: (code: number) => void): void {
  const reminders = program.command('reminders').description('Daglige påmindelser pr. e-mail');

  reminders
    .command('run')
    .description('Send påmindelserne for en dato én gang (én e-mail pr. bruger)')
    .option('--date <date>', 'datoen, fx 2026-12-03 (standard: i dag)')
    .option('--dry-run', 'vis hvem der ville få en e-mail, uden at sende')
    .option('--json', 'output as JSON')
    .action(async (opts: { date?: string; dryRun?: boolean; json?: boolean }) => {
      setExit(
        await runCommand(deps, opts, async ({ ctx, publicUrl }) => {
          const out = await runUseCase(runReminderDigest, ctx, {
            date: opts.date ?? ctx.today,
            dryRun: opts.dryRun ?? false,
            linkBase: publicUrl ?? 'http://localhost:3000',
          });
          const head = out.dryRun
            ? `Prøvekørsel for ${out.date} – intet er sendt. ${out.digests.length} e-mails ville blive sendt.`
            : `Påmindelser for ${out.date}: ${out.digests.length} e-mails lagt i udbakken.`;
          const rows = out.digests.map((d) => [
            d.email,
            String(d.items),
            [...new Set(d.kinds.map((k) => KIND_WORDS[k] ?? k))].join(', '),
          ]);
          const lines = [head];
          if (rows.length > 0) lines.push('', formatTable(['Modtager', 'Opgaver', 'Slags'], rows));
          if (out.unreachable.length > 0)
            lines.push('', `Uden gyldig e-mailadresse: ${out.unreachable.join(', ')}`);
          return { json: out, text: lines.join('\n') };
        }),
      );
    });

  reminders
    .command('settings')
    .description('Sæt kommunens frister for påmindelser (antal dage)')
    .requiredOption('--municipality <code>', 'kommunekode, fx 707')
    .requiredOption(
      '--package-days-before <days>',
      'påmind om manglende dokumentationspakke fra så mange dage før mødet',
    )
    .requiredOption(
      '--account-days-after <days>',
      'påmind om ikke offentliggjort redegørelse så mange dage efter mødet',
    )
    .requiredOption('--agreement-days-ahead <days>', 'påmind om en aftale så mange dage før dens frist')
    .option('--json', 'output as JSON')
    .action(
      async (opts: {
        municipality: string;
        packageDaysBefore: string;
        accountDaysAfter: string;
        agreementDaysAhead: string;
        json?: boolean;
      }) => {
        setExit(
          await runCommand(deps, opts, async ({ ctx }) => {
            const out = await runUseCase(saveReminderSettings, ctx, {
              municipality: opts.municipality,
              packageDaysBefore: opts.packageDaysBefore,
              accountDaysAfter: opts.accountDaysAfter,
              agreementDaysAhead: opts.agreementDaysAhead,
            });
            return {
              json: out,
              text:
                `Gemt: pakke ${out.packageDaysBefore} dage før mødet, redegørelse ${out.accountDaysAfter} dage ` +
                `efter mødet, aftaler ${out.agreementDaysAhead} dage før fristen.`,
            };
          }),
        );
      },
    );
}
