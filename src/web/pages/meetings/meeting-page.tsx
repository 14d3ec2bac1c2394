/**
 * One meeting: facts, warnings about its date, the next steps, participants and attendance,
 * agenda, official requests, the minutes (form or text) and the approvals. It renders the read
 * model of getMeeting and decides nothing: every form stands where `view.can` allows it. After a
 * refused submission the error summary stands at the top and the errors at the form's fields.
 */
import { publicAccountPath } from '../../../domain/meetings/index.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import { ErrorSummary } from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { formatDate } from '../../format.ts';
import { AccountCorrectionsSection } from './account-corrections-section.tsx';
import { AgendaSection } from './agenda-section.tsx';
import { InvitationsSection } from './invitations-section.tsx';
import { MEETING_KIND_LABELS, MeetingStatusTag } from './labels.tsx';
import { MeetingSteps } from './meeting-steps.tsx';
import type { MeetingView, RefusedForm } from './meeting-view-props.ts';
import { ApprovalsSection, AssessmentForm, CommentsSection } from './minutes-dialogue-sections.tsx';
import { MinutesForm } from './minutes-form.tsx';
import { MinutesView } from './minutes-view.tsx';
import { OfficialRequestsSection } from './official-requests-section.tsx';
import { ParticipantsSection } from './participants-section.tsx';
import { RescheduleSection } from './reschedule-section.tsx';

export type { MeetingForm, RefusedForm } from './meeting-view-props.ts';

function Warnings(p: { view: MeetingView }) {
  if (p.view.warnings.length === 0) return null;
  return (
    <div class="alert alert-warning" role="note" id="meeting-warnings">
      <div class="alert-body">
        <p class="alert-heading">Bemærk</p>
        {p.view.warnings.map((w) => (
          <p class="alert-text">{w.message}</p>
        ))}
      </div>
    </div>
  );
}

/** Likely § 14 conflicts (almenboligloven § 14) of the meeting's people, seen before the meeting. */
function Conflicts(p: { view: MeetingView }) {
  if (p.view.conflicts.length === 0) return null;
  return (
    <div class="alert alert-warning" role="note" id="meeting-conflicts">
      <div class="alert-body">
        <p class="alert-heading">Mulig inhabilitet (almenboligloven § 14)</p>
        {p.view.conflicts.map((w) => (
          <p class="alert-text">{w.message}</p>
        ))}
      </div>
    </div>
  );
}

function Facts(p: { view: MeetingView }) {
  const { meeting: m, can } = p.view;
  const packageHref =
    can.openDocumentationPackage && m.organisationId
      ? `/moeder/dokumentationspakke/${encodeURIComponent(m.organisationId)}/${p.view.steeringYear}`
      : null;
  return (
    <dl class="app-facts">
      <dt>Møde</dt>
      <dd>{MEETING_KIND_LABELS[m.kind] ?? m.kind}</dd>
      <dt>Boligorganisation</dt>
      <dd>{p.view.organisation?.name ?? '(alle)'}</dd>
      {packageHref ? (
        <>
          <dt>Dokumentationspakke</dt>
          <dd>
            <a href={packageHref}>Se dokumentationspakken for styringsåret</a>
          </dd>
        </>
      ) : null}
      <dt>Dato</dt>
      <dd>{formatDate(m.date)}</dd>
      <dt>Tid</dt>
      <dd>{m.startTime ? `${m.startTime}–${m.endTime ?? ''}` : '–'}</dd>
      <dt>Sted</dt>
      <dd>{m.location || '–'}</dd>
      {m.cancellation ? (
        <>
          <dt>Aflyst</dt>
          <dd>
            {formatDate(m.cancellation.on)}: {m.cancellation.reason}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

export function MeetingPage(p: { view: MeetingView; refused?: RefusedForm }) {
  const { view, refused } = p;
  const m = view.meeting;
  const year = m.date ? m.date.slice(0, 4) : '';
  return (
    <Layout
      title={m.title}
      path="/moeder"
      municipalityName={view.municipality?.name ?? null}
      isDemo={view.municipality?.isDemo}
    >
      <Breadcrumbs
        trail={[{ href: `/moeder${year ? `?aar=${year}` : ''}`, label: 'Møder' }]}
        current={m.title}
      />
      <h1>{m.title}</h1>
      {refused ? <ErrorSummary state={refused.state} /> : null}
      <p>
        <MeetingStatusTag status={m.status} approvedBy={view.approvedBy} />
      </p>
      {view.readOnly ? (
        <p>
          Jeres organisation deltager i mødet, så I kan læse dagsorden og deltagere. Kommunen indkalder, fører
          deltagerlisten og skriver sammenfatningen, som I kan læse, når den er offentliggjort.
        </p>
      ) : null}
      <Warnings view={view} />
      <Conflicts view={view} />
      {view.material ? (
        <p>
          Materiale: <a href={view.material.href}>Sådan går det i de almene boligorganisationer</a> (
          <a href={view.material.pdf}>PDF</a>)
        </p>
      ) : null}
      <Facts view={view} />
      {m.publishedOn ? (
        <p>
          Redegørelsen er offentliggjort: <a href={publicAccountPath(m)}>se den offentlige redegørelse</a>
        </p>
      ) : null}
      <MeetingSteps view={view} refused={refused} />
      <ParticipantsSection view={view} refused={refused} />
      <AgendaSection view={view} refused={refused} />
      <OfficialRequestsSection view={view} refused={refused} />
      {view.can.editMinutes ? (
        <MinutesForm view={view} refused={refused} />
      ) : (
        <MinutesView meeting={m} form={view.minutesForm} />
      )}
      <AssessmentForm view={view} refused={refused} />
      <CommentsSection view={view} refused={refused} />
      <ApprovalsSection view={view} refused={refused} />
      <AccountCorrectionsSection view={view} refused={refused} />
      <RescheduleSection view={view} refused={refused} />
      <InvitationsSection invitations={view.invitations} notReachable={view.notReachable} />
    </Layout>
  );
}
