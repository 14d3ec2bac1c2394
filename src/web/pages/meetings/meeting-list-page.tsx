import type { MeetingListItem } from '../../../app/meetings/meeting-store.ts';
import type { Paging } from '../../../domain/shared/paging.ts';
import { ExportLinks } from '../../components/export-links.tsx';
import { Form } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { Pagination, pageHref } from '../../components/pagination.tsx';
import { formatDate } from '../../format.ts';
import { MEETING_KIND_LABELS, MeetingStatusTag } from './labels.tsx';

export interface MeetingListPageProps {
  municipality: { code: string; name: string; isDemo: boolean } | null;
  year: number;
  /** This page's meetings. */
  meetings: { meeting: MeetingListItem; organisationName: string | null }[];
  paging: Paging | null;
  canPlan: boolean;
}

/** The year's meetings with their status; planners get "Planlæg året" and the outbox. */
export function MeetingListPage(p: MeetingListPageProps) {
  const title = `Møder ${p.year}`;
  return (
    <Layout
      title={title}
      path="/moeder"
      municipalityName={p.municipality?.name ?? null}
      isDemo={p.municipality?.isDemo}
    >
      <h1>{title}</h1>
      <p>
        <a href={`/moeder?aar=${p.year - 1}`}>Møder {p.year - 1}</a> ·{' '}
        <a href={`/moeder?aar=${p.year + 1}`}>Møder {p.year + 1}</a> ·{' '}
        <ExportLinks href="/moeder" query={`aar=${p.year}`} what={`møderne i ${p.year}`} />
      </p>
      {p.canPlan ? (
        <p>
          <a class="button button-primary" href={`/moeder/planlaeg?aar=${p.year}`}>
            Planlæg året {p.year}
          </a>{' '}
          <a class="button button-secondary" href="/moeder/udbakke">
            Udbakke med invitationer
          </a>
        </p>
      ) : null}
      <Form action="/moeder/kalender">
        <button type="submit" class="button button-tertiary">
          Abonnér på dine møder i din kalender
        </button>
      </Form>
      {p.meetings.length === 0 && (p.paging?.total ?? 0) === 0 ? (
        <p>Der er ingen møder i {p.year}.</p>
      ) : (
        <table class="table table--compact">
          <caption class="sr-only">Møder i {p.year}, efter dato</caption>
          <thead>
            <tr>
              <th scope="col">Dato</th>
              <th scope="col">Tid</th>
              <th scope="col">Møde</th>
              <th scope="col">Boligorganisation</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {p.meetings.map(({ meeting: m, organisationName }) => (
              <tr>
                <td>{formatDate(m.date)}</td>
                <td>{m.startTime ? `${m.startTime}–${m.endTime ?? ''}` : '–'}</td>
                <td>
                  <a href={`/moeder/${encodeURIComponent(m.id)}`}>{m.title}</a>
                  <span class="sr-only"> ({MEETING_KIND_LABELS[m.kind] ?? m.kind})</span>
                </td>
                <td>{organisationName ?? '(alle)'}</td>
                <td>
                  <MeetingStatusTag status={m.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination
        paging={p.paging}
        href={pageHref('/moeder', { aar: String(p.year) })}
        label={`Sider med møder i ${p.year}`}
      />
    </Layout>
  );
}
