/**
 * An organisation's agreements over the years, newest steering year first, for the
 * organisation page: each year's agreements with status, deadline and a link to the agreement.
 */
import { groupBySteeringYear } from '../../domain/agreements/follow-up.ts';
import { OBJECTIVE_AREA_LABELS } from '../../domain/agreements/labels.ts';
import type { Agreement } from '../../domain/agreements/types.ts';
import { formatDate } from '../format.ts';
import { AgreementStatusTag } from './agreement-status.tsx';

export interface AgreementTimelineProps {
  organisationId: string;
  agreements: (Agreement & { overdue: boolean })[];
}

export function AgreementTimeline(props: AgreementTimelineProps) {
  const years = groupBySteeringYear(props.agreements);
  const org = encodeURIComponent(props.organisationId);
  return (
    <section aria-labelledby="agreements-heading">
      <h2 id="agreements-heading">Aftaler over årene ({props.agreements.length})</h2>
      {years.length === 0 ? (
        <p>Der er ingen aftaler med organisationen endnu.</p>
      ) : (
        <ol class="nobullet-list app-timeline">
          {years.map((year) => (
            <li>
              <h3 id={`agreements-${year.steeringYear}`}>
                Styringsår {year.steeringYear}{' '}
                <a class="weight-normal" href={`/aftaler/dokument/${org}/${year.steeringYear}`}>
                  (aftaledokument)
                </a>
              </h3>
              <ul>
                {year.agreements.map((a) => (
                  <li>
                    <a href={`/aftaler/${encodeURIComponent(a.id)}`}>{a.text}</a> —{' '}
                    {OBJECTIVE_AREA_LABELS[a.objectiveArea]};{' '}
                    <AgreementStatusTag status={a.status} overdue={a.overdue} />
                    {a.deadline ? ` Deadline ${formatDate(a.deadline)}.` : ''}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <p>
        <a href={`/aftaler?organisation=${org}`}>Se alle organisationens aftaler</a>
      </p>
    </section>
  );
}
