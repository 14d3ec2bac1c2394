/**
 * /paa-tvaers: an organisation's meetings, minutes awaiting its approval and open agreements in
 * every municipality it deals with (listCrossMunicipalityWork), one section per municipality.
 */
import { STATUS_LABELS } from '../../../domain/agreements/labels.ts';
import type { AgreementStatus } from '../../../domain/agreements/types.ts';
import type { MeetingStatus } from '../../../domain/meetings/index.ts';
import { danishDate } from '../../../domain/shared/iso-date.ts';
import { Layout } from '../../components/layout.tsx';
import { MEETING_STATUS_LABELS } from '../meetings/labels.tsx';

export interface CrossMunicipalityPageProps {
  municipalities: {
    code: string;
    name: string;
    meetings: {
      id: string;
      title: string;
      date: string | null;
      status: MeetingStatus;
      organisation: string | null;
    }[];
    minutesToApprove: { id: string; title: string; date: string | null }[];
    agreements: {
      id: string;
      text: string;
      status: AgreementStatus;
      deadline: string | null;
      organisation: string | null;
    }[];
  }[];
}

const date = (d: string | null) => (d ? danishDate(d) : 'Ikke fastsat');

export function CrossMunicipalityPage(p: CrossMunicipalityPageProps) {
  return (
    <Layout title="På tværs af kommuner" path="/paa-tvaers">
      <h1>På tværs af kommuner</h1>
      <p>
        Møder, referater til godkendelse og åbne aftaler i de kommuner, I har styringsdialog med. Hver kommune
        ser kun sit eget.
      </p>
      {p.municipalities.map((m) => (
        <section aria-labelledby={`m-${m.code}`}>
          <h2 id={`m-${m.code}`}>{m.name}</h2>
          <h3>Referater til godkendelse ({m.minutesToApprove.length})</h3>
          {m.minutesToApprove.length === 0 ? (
            <p>Ingen.</p>
          ) : (
            <ul>
              {m.minutesToApprove.map((x) => (
                <li>
                  {x.title}, {date(x.date)}
                </li>
              ))}
            </ul>
          )}
          <h3>Møder ({m.meetings.length})</h3>
          {m.meetings.length === 0 ? (
            <p>Ingen.</p>
          ) : (
            <div class="table--responsive-scroll">
              <table class="table table--compact">
                <caption class="sr-only">Møder i {m.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Møde</th>
                    <th scope="col">Dato</th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {m.meetings.map((x) => (
                    <tr>
                      <td>{x.title}</td>
                      <td>{date(x.date)}</td>
                      <td>{MEETING_STATUS_LABELS[x.status]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3>Åbne aftaler ({m.agreements.length})</h3>
          {m.agreements.length === 0 ? (
            <p>Ingen.</p>
          ) : (
            <ul>
              {m.agreements.map((a) => (
                <li>
                  {a.text} – {STATUS_LABELS[a.status]}
                  {a.deadline ? `, frist ${danishDate(a.deadline)}` : ''}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </Layout>
  );
}
