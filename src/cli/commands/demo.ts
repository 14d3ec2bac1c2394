import type { Command } from 'commander';
import { seedDemoUsers } from '../../app/auth/demo-users.ts';
import { loadDemoMeetingHistory } from '../../app/meetings/load-demo-meeting-history.ts';
import { loadDemo } from '../../app/registry/load-demo.ts';
import { runUseCase } from '../../app/run-use-case.ts';
import type { CliDeps } from '../cli-context.ts';
import { runCommand } from '../run-command.ts';

export function demoCommand(program: Command, deps: CliDeps, setExit: (code: number) => void): void {
  program
    .command('demo')
    .description('Indlæs demodata (Norddjurs Kommune med opdigtede organisationer og personer)')
    .option('--json', 'output as JSON')
    .action(async (opts: { json?: boolean }) => {
      setExit(
        await runCommand(deps, opts, async ({ ctx, publicUrl }) => {
          const counts = await runUseCase(loadDemo, ctx, {});
          const history = await loadDemoMeetingHistory(ctx, {
            linkBase: publicUrl ?? 'http://localhost:3000',
          });
          const users = await runUseCase(seedDemoUsers, ctx, {});
          return {
            json: {
              ...counts,
              meetings: history.meetings,
              agreementFollowUps: history.followUps,
              users: users.created,
            },
            text:
              `Demodata indlæst: ${counts.organisations} boligorganisationer, ${counts.departments} afdelinger, ${counts.persons} personer, ${history.meetings} møder med referater.` +
              (users.created.length > 0
                ? ` Demobrugere (adgangskode demo1234): ${users.created.join(', ')}.`
                : ''),
          };
        }),
      );
    });
}
