/** A table of agreements with organisation, year, objective area, status and deadline. */
import { OBJECTIVE_AREA_LABELS } from '../../domain/agreements/labels.ts';
import type { Agreement } from '../../domain/agreements/types.ts';
import { formatDate } from '../format.ts';
import { AgreementStatusTag } from './agreement-status.tsx';

export function AgreementTable(props: {
  caption: string;
  agreements: (Agreement & { overdue: boolean })[];
  organisationNames: ReadonlyMap<string, string>;
  /** Leave out the objective area column (pages grouped by area). */
  withoutArea?: boolean;
}) {
  if (props.agreements.length === 0) return <p>Ingen aftaler.</p>;
  return (
    <table class="table table--compact">
      <caption class="sr-only">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Aftale</th>
          <th scope="col">Boligorganisation</th>
          <th scope="col">Styringsår</th>
          {props.withoutArea ? null : <th scope="col">Målområde</th>}
          <th scope="col">Status</th>
          <th scope="col">Deadline</th>
        </tr>
      </thead>
      <tbody>
        {props.agreements.map((a) => (
          <tr>
            <td>
              <a href={`/aftaler/${encodeURIComponent(a.id)}`}>{a.text}</a>
            </td>
            <td>{props.organisationNames.get(a.organisationId) ?? a.organisationId}</td>
            <td>{a.steeringYear}</td>
            {props.withoutArea ? null : <td>{OBJECTIVE_AREA_LABELS[a.objectiveArea]}</td>}
            <td>
              <AgreementStatusTag status={a.status} overdue={a.overdue} />
            </td>
            <td>{a.deadline ? formatDate(a.deadline) : 'Ingen'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
