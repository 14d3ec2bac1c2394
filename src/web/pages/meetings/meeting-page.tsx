/**
 * One meeting: facts, the next steps for the viewer, participants and attendance, agenda,
 * official requests (ask / accept / decline), the minutes form and the approvals. Every form
 * posts plain HTML; a refused form is shown again with its message (422).
 */
import type { getMeeting } from '../../../app/meetings/get-meeting.ts';
import type { StoredInvitation } from '../../../app/meetings/meeting-store.ts';
import {
  DIALOGUE_PARTY_NAMES,
  type Meeting,
  type MinutesContent,
  minutesContentFromMeeting,
  OBJECTIVE_AREA_LABELS,
  OBJECTIVE_AREAS,
  PARTY_LABELS,
  participantKey,
  publicAccountPath,
} from '../../../domain/meetings/index.ts';
import { parseObligationId } from '../../../domain/obligations/obligation-id.ts';
import { Breadcrumbs } from '../../components/breadcrumbs.tsx';
import {
  CheckboxField,
  ErrorSummary,
  Form,
  type FormState,
  SelectField,
  TextArea,
  TextField,
} from '../../components/form.tsx';
import { Layout } from '../../components/layout.tsx';
import { formatDate } from '../../format.ts';
import {
  ATTENDANCE_LABELS,
  MEETING_KIND_LABELS,
  MeetingStatusTag,
  REQUEST_STATUS_LABELS,
} from './labels.tsx';

type MeetingView = Awaited<ReturnType<(typeof getMeeting)['run']>>;

export type MeetingForm =
  | 'reschedule'
  | 'cancel'
  | 'request'
  | 'decision'
  | 'attendance'
  | 'agenda'
  | 'minutes'
  | 'step';

export interface MeetingPageProps extends MeetingView {
  forms?: Partial<Record<MeetingForm, FormState>>;
}

const empty: FormState = { values: {}, errors: [] };

/** The minutes as flat form values (`items.0.summary`, `present.2`, …). */
export function minutesFormValues(meeting: Meeting): Record<string, string> {
  const content: MinutesContent = meeting.minutes ?? minutesContentFromMeeting(meeting);
  const values: Record<string, string> = {
    minuteTaker: content.minuteTaker ?? '',
    organisationAssessment: content.organisationAssessment,
    municipalityAssessment: content.municipalityAssessment,
    noAgreements: content.noAgreements ? 'true' : 'false',
  };
  meeting.participants.forEach((p, i) => {
    const present = content.participantsPresent.some((a) => a.name === p.name && a.party === p.party);
    const apology = content.apologies.some((a) => a.name === p.name && a.party === p.party);
    values[`present.${i}`] = present ? 'present' : apology ? 'apology' : 'absent';
  });
  const agenda = meeting.sentAgenda ?? meeting.agenda;
  agenda.forEach((item, i) => {
    const written = content.items.find((x) => x.agendaItemId === item.id);
    values[`items.${i}.summary`] = written?.summary ?? '';
    values[`items.${i}.outcome`] = written?.outcome ?? '';
  });
  content.agreements.forEach((a, i) => {
    values[`agreements.${i}.id`] = a.id;
    values[`agreements.${i}.text`] = a.text;
    values[`agreements.${i}.objectiveArea`] = a.objectiveArea;
    values[`agreements.${i}.deadline`] = a.deadline ?? '';
    values[`agreements.${i}.responsible`] = a.responsible;
  });
  return values;
}

function StepButton(p: { action: string; label: string; version: number; primary?: boolean }) {
  return (
    <Form action={p.action}>
      <input type="hidden" name="version" value={String(p.version)} />
      <button type="submit" class={p.primary ? 'button button-primary' : 'button button-secondary'}>
        {p.label}
      </button>
    </Form>
  );
}

function Participants(p: { meeting: Meeting; canEdit: boolean; state: FormState; base: string }) {
  const m = p.meeting;
  return (
    <section aria-labelledby="participants-heading">
      <h2 id="participants-heading">Deltagere</h2>
      {p.canEdit ? <ErrorSummary state={p.state} /> : null}
      <table class="table table--compact">
        <caption class="sr-only">Mødets deltagere og fremmøde</caption>
        <thead>
          <tr>
            <th scope="col">Navn</th>
            <th scope="col">Part</th>
            <th scope="col">Rolle</th>
            <th scope="col">Fremmøde</th>
          </tr>
        </thead>
        <tbody>
          {m.participants.map((x) => (
            <tr>
              <td>{x.name}</td>
              <td>{PARTY_LABELS[x.party]}</td>
              <td>{x.role}</td>
              <td>{ATTENDANCE_LABELS[x.attendance ?? 'invited']}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {p.canEdit && m.participants.length > 0 ? (
        <details class="app-details">
          <summary>Registrér fremmøde og afbud</summary>
          <Form action={`${p.base}/fremmoede`}>
            <input type="hidden" name="version" value={String(m.version)} />
            {m.participants.map((x, i) => (
              <>
                <input type="hidden" name={`attendance.${i}.participant`} value={participantKey(x)} />
                <SelectField
                  state={{
                    values: { [`attendance.${i}.attendance`]: x.attendance ?? 'invited' },
                    errors: [],
                  }}
                  name={`attendance.${i}.attendance`}
                  label={x.name}
                  required
                  options={Object.entries(ATTENDANCE_LABELS).map(([value, label]) => ({ value, label }))}
                />
              </>
            ))}
            <button type="submit" class="button button-secondary">
              Gem fremmøde
            </button>
          </Form>
        </details>
      ) : null}
    </section>
  );
}

function Agenda(p: { meeting: Meeting; canEdit: boolean; state: FormState; base: string; changed: boolean }) {
  const m = p.meeting;
  return (
    <section aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">Dagsorden</h2>
      {p.changed ? (
        <div class="alert alert-warning" role="note">
          <div class="alert-body">
            <p class="alert-text">Dagsordenen er ændret, siden indkaldelsen blev sendt.</p>
          </div>
        </div>
      ) : null}
      <ol>
        {m.agenda.map((item) => (
          <li>
            <strong>{item.title}</strong>
            {item.description ? <p>{item.description}</p> : null}
          </li>
        ))}
      </ol>
      {p.canEdit ? (
        <details class="app-details">
          <summary>Tilføj et punkt</summary>
          <ErrorSummary state={p.state} />
          <Form action={`${p.base}/dagsorden`}>
            <input type="hidden" name="version" value={String(m.version)} />
            <TextField state={p.state} name="agendaTitle" label="Punktets titel" required />
            <TextArea state={p.state} name="agendaDescription" label="Beskrivelse" rows={3} />
            <button type="submit" class="button button-secondary">
              Tilføj punktet
            </button>
          </Form>
        </details>
      ) : null}
    </section>
  );
}

function OfficialRequests(p: MeetingPageProps & { base: string }) {
  const m = p.meeting;
  const open = m.status === 'planned' || m.status === 'invited';
  const mayAsk = open && (p.viewer.planner || p.viewer.organisationParty);
  const requestState = p.forms?.request ?? { values: { unit: '' }, errors: [] };
  const decisionState = p.forms?.decision ?? empty;
  return (
    <section aria-labelledby="requests-heading">
      <h2 id="requests-heading">Anmodninger om deltagelse af embedsmænd</h2>
      <p>
        Begge parter kan bede om, at relevante embedsmænd deltager efter parternes behov (Norddjurs
        Kommunalbestyrelse 15-11-2022, sag 22/8287).
      </p>
      {m.officialRequests.length === 0 ? <p>Der er ingen anmodninger.</p> : null}
      {m.officialRequests.map((r) => (
        <div class="app-request">
          <h3 class="h4">
            {r.unit} – {REQUEST_STATUS_LABELS[r.status]}
          </h3>
          <p>
            Anmodet af {DIALOGUE_PARTY_NAMES[r.requestedBy]}: {r.reason}
          </p>
          {r.decisionReason ? <p>Svar: {r.decisionReason}</p> : null}
          {r.status === 'requested' && p.viewer.planner && open ? (
            <Form action={`${p.base}/anmodninger/${encodeURIComponent(r.id)}`}>
              <ErrorSummary state={decisionState} />
              <input type="hidden" name="version" value={String(m.version)} />
              <div class="form-group">
                <label class="form-label" for={`decision-${r.id}-person`}>
                  Embedsmand, der deltager (ved imødekommelse)
                </label>
                <select class="form-select" id={`decision-${r.id}-person`} name="personId">
                  <option value="">Vælg embedsmand</option>
                  {p.officials.map((o) => (
                    <option
                      value={o.personId}
                      selected={
                        o.unit === r.unit &&
                        p.officials.filter((x) => x.unit === r.unit)[0]?.personId === o.personId
                      }
                    >
                      {o.name} ({o.unit})
                    </option>
                  ))}
                </select>
              </div>
              <div class="form-group">
                <label class="form-label" for={`decision-${r.id}-reason`}>
                  Begrundelse <span class="weight-normal">(påkrævet ved afslag)</span>
                </label>
                <textarea class="form-input" id={`decision-${r.id}-reason`} name="decisionReason" rows={2} />
              </div>
              <button type="submit" name="decision" value="accepted" class="button button-primary">
                Imødekom
              </button>{' '}
              <button type="submit" name="decision" value="declined" class="button button-secondary">
                Afslå
              </button>
            </Form>
          ) : null}
        </div>
      ))}
      {mayAsk ? (
        <>
          <h3 id="request-form-heading">Bed om en embedsmand</h3>
          <ErrorSummary state={requestState} />
          <Form action={`${p.base}/anmodninger`}>
            <input type="hidden" name="version" value={String(m.version)} />
            <TextField
              state={requestState}
              name="unit"
              label="Enhed"
              hint="Fx Social, Plan eller Beskæftigelse"
              required
            />
            <TextArea
              state={requestState}
              name="reason"
              label="Hvorfor skal embedsmanden deltage?"
              required
              rows={3}
            />
            <button type="submit" class="button button-primary">
              Send anmodningen
            </button>
          </Form>
        </>
      ) : null}
    </section>
  );
}

function MinutesForm(p: { meeting: Meeting; state: FormState; base: string }) {
  const m = p.meeting;
  const agenda = m.sentAgenda ?? m.agenda;
  const s = p.state;
  const agreementRows = Math.max(
    3,
    Object.keys(s.values).filter((k) => /^agreements\.\d+\.text$/.test(k)).length + 1,
  );
  return (
    <section aria-labelledby="minutes-form-heading">
      <h2 id="minutes-form-heading">Referat</h2>
      <ErrorSummary state={s} />
      <Form action={`${p.base}/referat`}>
        <input type="hidden" name="version" value={String(m.version)} />
        <fieldset>
          <legend class="h3">Deltagere og afbud</legend>
          {m.participants.map((x, i) => (
            <SelectField
              state={s}
              name={`present.${i}`}
              label={`${x.name} (${PARTY_LABELS[x.party]})`}
              required
              options={[
                { value: 'present', label: 'Deltog' },
                { value: 'apology', label: 'Afbud' },
                { value: 'absent', label: 'Deltog ikke' },
              ]}
            />
          ))}
          <TextField state={s} name="minuteTaker" label="Referent" required />
        </fieldset>
        <fieldset>
          <legend class="h3">Punkter</legend>
          {agenda.map((item, i) => (
            <div class="app-minutes-item">
              <h4>{item.title}</h4>
              <input type="hidden" name={`items.${i}.agendaItemId`} value={item.id} />
              <TextArea state={s} name={`items.${i}.summary`} label={`Drøftelse: ${item.title}`} rows={3} />
              <TextArea state={s} name={`items.${i}.outcome`} label={`Konklusion: ${item.title}`} rows={2} />
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend class="h3">Vurderinger (almenboligloven § 164, stk. 2)</legend>
          <TextArea
            state={s}
            name="organisationAssessment"
            label="Boligorganisationens vurdering af sin virksomhed og udfordringer"
            required
            rows={4}
          />
          <TextArea
            state={s}
            name="municipalityAssessment"
            label="Kommunens vurdering af boligorganisationens virksomhed og udfordringer"
            required
            rows={4}
          />
        </fieldset>
        <fieldset>
          <legend class="h3">Aftaler</legend>
          <CheckboxField state={s} name="noAgreements" label="Ingen aftaler" />
          {Array.from({ length: agreementRows }, (_, i) => (
            <div class="app-agreement-row">
              <p class="h4">Aftale {i + 1}</p>
              <input type="hidden" name={`agreements.${i}.id`} value={s.values[`agreements.${i}.id`] ?? ''} />
              <TextArea state={s} name={`agreements.${i}.text`} label={`Aftale ${i + 1}: tekst`} rows={2} />
              <SelectField
                state={s}
                name={`agreements.${i}.objectiveArea`}
                label={`Aftale ${i + 1}: målområde`}
                options={[
                  { value: '', label: 'Vælg målområde' },
                  ...OBJECTIVE_AREAS.map((a) => ({ value: a, label: OBJECTIVE_AREA_LABELS[a] })),
                ]}
              />
              <TextField
                state={s}
                name={`agreements.${i}.deadline`}
                label={`Aftale ${i + 1}: frist`}
                type="date"
              />
              <TextField
                state={s}
                name={`agreements.${i}.responsible`}
                label={`Aftale ${i + 1}: ansvarlig`}
              />
            </div>
          ))}
        </fieldset>
        <button type="submit" class="button button-primary">
          Gem referatet
        </button>
      </Form>
    </section>
  );
}

function MinutesView(p: { meeting: Meeting }) {
  const minutes = p.meeting.minutes;
  if (!minutes) return null;
  const titles = new Map([...(p.meeting.sentAgenda ?? []), ...p.meeting.agenda].map((i) => [i.id, i.title]));
  return (
    <section aria-labelledby="minutes-heading">
      <h2 id="minutes-heading">Referat (version {minutes.version})</h2>
      <dl class="app-facts">
        <dt>Deltagere</dt>
        <dd>{minutes.participantsPresent.map((a) => a.name).join(', ') || '–'}</dd>
        <dt>Afbud</dt>
        <dd>{minutes.apologies.map((a) => a.name).join(', ') || '–'}</dd>
        <dt>Referent</dt>
        <dd>{minutes.minuteTaker ?? '–'}</dd>
      </dl>
      {minutes.items.map((i) => (
        <div>
          <h3 class="h4">{titles.get(i.agendaItemId) ?? i.agendaItemId}</h3>
          {i.summary ? <p>{i.summary}</p> : null}
          {i.outcome ? <p>Konklusion: {i.outcome}</p> : null}
        </div>
      ))}
      <h3>Boligorganisationens vurdering</h3>
      <p>{minutes.organisationAssessment || '–'}</p>
      <h3>Kommunens vurdering</h3>
      <p>{minutes.municipalityAssessment || '–'}</p>
      <h3>Aftaler</h3>
      {minutes.noAgreements ? (
        <p>Ingen aftaler.</p>
      ) : (
        <ul>
          {minutes.agreements.map((a) => (
            <li>
              {a.text} ({OBJECTIVE_AREA_LABELS[a.objectiveArea]}
              {a.deadline ? `, frist ${formatDate(a.deadline)}` : ''}
              {a.responsible ? `, ansvarlig: ${a.responsible}` : ''})
            </li>
          ))}
        </ul>
      )}
      <h3>Godkendelser</h3>
      {minutes.approvals.length === 0 ? (
        <p>Referatet er ikke godkendt endnu.</p>
      ) : (
        <ul>
          {minutes.approvals.map((a) => (
            <li>
              Godkendt for {DIALOGUE_PARTY_NAMES[a.party]} af {a.by}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Invitations(p: { invitations: StoredInvitation[] }) {
  if (p.invitations.length === 0) return null;
  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">Sendte invitationer</h2>
      <ul>
        {p.invitations.map((i) => (
          <li>
            {i.toName}: {i.method === 'CANCEL' ? 'aflysning' : `invitation (version ${i.sequence})`} –{' '}
            <a href={`/moeder/udbakke/${i.id}/invitation.ics`}>
              hent .ics<span class="sr-only"> til {i.toName}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function MeetingPage(p: MeetingPageProps) {
  const m = p.meeting;
  const base = `/moeder/${encodeURIComponent(m.id)}`;
  const planner = p.viewer.planner;
  const allowed = p.allowedActions;
  const year = m.date ? m.date.slice(0, 4) : '';
  const step = p.forms?.step;
  const minutesState = p.forms?.minutes ?? { values: minutesFormValues(m), errors: [] };
  const steeringYear = m.obligationIds[0] ? parseObligationId(m.obligationIds[0])?.periodLabel : null;
  const packageHref =
    m.kind === 'dialogueMeeting' &&
    m.organisationId &&
    steeringYear &&
    (planner || p.viewer.organisationParty)
      ? `/moeder/dokumentationspakke/${encodeURIComponent(m.organisationId)}/${steeringYear}`
      : null;
  const rescheduleState = p.forms?.reschedule ?? {
    values: {
      date: m.date ?? '',
      startTime: m.startTime ?? '',
      endTime: m.endTime ?? '',
      location: m.location,
    },
    errors: [],
  };
  const canEditMinutes = planner && allowed.includes('draftMinutes');
  const canApprove =
    m.status === 'minutesDrafted' &&
    m.minutes !== null &&
    ((planner && p.missingApprovals.includes('administration')) ||
      (p.viewer.organisationParty && p.missingApprovals.includes('organisation')));
  return (
    <Layout
      title={m.title}
      path="/moeder"
      municipalityName={p.municipality?.name ?? null}
      isDemo={p.municipality?.isDemo}
    >
      <Breadcrumbs
        trail={[{ href: `/moeder${year ? `?aar=${year}` : ''}`, label: 'Møder' }]}
        current={m.title}
      />
      <h1>{m.title}</h1>
      <p>
        <MeetingStatusTag status={m.status} />
      </p>
      {step ? <ErrorSummary state={step} /> : null}
      <dl class="app-facts">
        <dt>Møde</dt>
        <dd>{MEETING_KIND_LABELS[m.kind] ?? m.kind}</dd>
        <dt>Boligorganisation</dt>
        <dd>{p.organisation?.name ?? '(alle)'}</dd>
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
      {m.publishedOn ? (
        <p>
          Redegørelsen er offentliggjort: <a href={publicAccountPath(m)}>se den offentlige redegørelse</a>
        </p>
      ) : null}
      {planner ? (
        <div class="app-actions">
          {allowed.includes('invite') ? (
            <StepButton action={`${base}/indkald`} label="Send indkaldelse" version={m.version} primary />
          ) : null}
          {allowed.includes('markHeld') ? (
            <StepButton action={`${base}/afholdt`} label="Marker som afholdt" version={m.version} />
          ) : null}
          {allowed.includes('publish') ? (
            <StepButton
              action={`${base}/offentliggoer`}
              label="Offentliggør redegørelsen"
              version={m.version}
              primary
            />
          ) : null}
        </div>
      ) : null}
      <Participants
        meeting={m}
        canEdit={planner && !['approved', 'published', 'cancelled'].includes(m.status)}
        state={p.forms?.attendance ?? empty}
        base={base}
      />
      <Agenda
        meeting={m}
        canEdit={planner && (m.status === 'planned' || m.status === 'invited')}
        state={p.forms?.agenda ?? empty}
        base={base}
        changed={p.agendaChanged}
      />
      {m.kind === 'dialogueMeeting' || m.officialRequests.length > 0 ? (
        <OfficialRequests {...p} base={base} />
      ) : null}
      {canEditMinutes ? (
        <MinutesForm meeting={m} state={minutesState} base={base} />
      ) : (
        <MinutesView meeting={m} />
      )}
      {canApprove ? (
        <section aria-labelledby="approve-heading">
          <h2 id="approve-heading">Godkend referatet</h2>
          <p>
            Mangler godkendelse fra {p.missingApprovals.map((x) => DIALOGUE_PARTY_NAMES[x]).join(' og ')}.
          </p>
          {p.viewer.organisationParty && p.missingApprovals.includes('organisation') ? (
            <StepButton
              action={`${base}/godkend`}
              label="Godkend for boligorganisationen"
              version={m.version}
              primary
            />
          ) : null}
          {planner && p.missingApprovals.includes('administration') ? (
            <StepButton action={`${base}/godkend`} label="Godkend for kommunen" version={m.version} primary />
          ) : null}
        </section>
      ) : null}
      {planner && allowed.includes('reschedule') ? (
        <section aria-labelledby="reschedule-heading">
          <h2 id="reschedule-heading">Flyt eller aflys mødet</h2>
          <ErrorSummary state={rescheduleState} />
          <Form action={`${base}/flyt`}>
            <input type="hidden" name="version" value={String(m.version)} />
            <TextField state={rescheduleState} name="date" label="Ny dato" type="date" required />
            <TextField
              state={rescheduleState}
              name="startTime"
              label="Start (TT:MM)"
              required
              width="input-width-xs"
            />
            <TextField
              state={rescheduleState}
              name="endTime"
              label="Slut (TT:MM)"
              required
              width="input-width-xs"
            />
            <TextField state={rescheduleState} name="location" label="Sted" />
            <button type="submit" class="button button-secondary">
              Flyt mødet
            </button>
          </Form>
          <ErrorSummary state={p.forms?.cancel ?? empty} />
          <Form action={`${base}/aflys`}>
            <input type="hidden" name="version" value={String(m.version)} />
            <TextArea
              state={p.forms?.cancel ?? empty}
              name="cancelReason"
              label="Begrundelse for aflysning"
              required
              rows={2}
            />
            <button type="submit" class="button button-secondary">
              Aflys mødet
            </button>
          </Form>
        </section>
      ) : null}
      {planner ? <Invitations invitations={p.invitations} /> : null}
    </Layout>
  );
}
