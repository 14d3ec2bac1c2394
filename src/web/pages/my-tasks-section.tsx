/**
 * "Mine opgaver" on the front page (issue 13, point 8): renders what the frontPage use case
 * returns for the viewer (app/reminders/my-tasks.ts) — the tasks, each with a link to where it
 * is done, and the next meetings with their documentation package's status. Decides nothing.
 */
import type { MyTasks } from '../../app/reminders/my-tasks.ts';
import { reminderText } from '../../domain/reminders/digest-mail.ts';
import { formatDate } from '../format.ts';

const PACKAGE_WORDS = {
  none: 'Intet modtaget',
  complete: 'Komplet',
  incomplete: 'Mangler dokumenter',
  late: 'For sent eller mangler',
} as const;

export function MyTasksSection({ tasks }: { tasks: MyTasks }) {
  return (
    <section aria-labelledby="my-tasks-heading">
      <h2 id="my-tasks-heading">Mine opgaver</h2>
      {tasks.items.length === 0 ? (
        <p>Der venter ingen opgaver på dig lige nu.</p>
      ) : (
        <ul class="app-task-list">
          {tasks.items.map((t) => (
            <li>
              <a href={t.href}>{reminderText(t.item)}</a>
            </li>
          ))}
        </ul>
      )}
      <h3 id="upcoming-heading">Næste møder</h3>
      {tasks.upcoming.length === 0 ? (
        <p>Der er ingen planlagte møder.</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--compact" aria-labelledby="upcoming-heading">
            <thead>
              <tr>
                <th scope="col">Dato</th>
                <th scope="col">Møde</th>
                <th scope="col">Dokumentationspakke</th>
              </tr>
            </thead>
            <tbody>
              {tasks.upcoming.map((m) => (
                <tr>
                  <td>{formatDate(m.date)}</td>
                  <td>
                    <a href={`/moeder/${encodeURIComponent(m.meetingId)}`}>{m.title}</a>
                  </td>
                  <td>
                    {m.package ? (
                      <a href={m.package.href}>
                        {PACKAGE_WORDS[m.package.state]}
                        {m.package.state !== 'complete' && m.package.missing > 0
                          ? ` (${m.package.missing} mangler)`
                          : ''}
                      </a>
                    ) : (
                      '–'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
