/**
 * The minutes form for the administration: attendance, minute taker, each agenda item's
 * discussion and conclusion, the municipality's assessment beside the organisation's (which the
 * organisation writes itself, almenboligloven § 164, stk. 2) and the agreements — or, for a theme
 * meeting (`view.minutesForm === 'summary'`), the municipality's summary instead of assessments
 * and agreements. Text areas are sized for real minutes; what was typed keeps its paragraphs.
 */
import {
  type Meeting,
  type MinutesContent,
  minutesContentFromMeeting,
  OBJECTIVE_AREA_LABELS,
  OBJECTIVE_AREAS,
  PARTY_LABELS,
} from '../../../domain/meetings/index.ts';
import {
  CheckboxField,
  Form,
  type FormState,
  SelectField,
  TextArea,
  TextField,
} from '../../components/form.tsx';
import { AuthorLine } from './assessment-author.tsx';
import { FormAlert } from './form-alert.tsx';
import { type MeetingView, meetingBase, type RefusedForm, stateOf } from './meeting-view-props.ts';
import { Paragraphs } from './paragraphs.tsx';

/** Rows of a text area for a discussion or an assessment: a real meeting's minutes, not a line. */
export const MINUTES_ROWS = 10;

/** The minutes as flat form values (`items.0.summary`, `present.2`, …). */
export function minutesFormValues(meeting: Meeting): Record<string, string> {
  const content: MinutesContent = meeting.minutes ?? minutesContentFromMeeting(meeting);
  const values: Record<string, string> = {
    minuteTaker: content.minuteTaker ?? '',
    organisationAssessment: content.organisationAssessment,
    municipalityAssessment: content.municipalityAssessment,
    summary: content.summary ?? '',
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

function AgreementRow(p: { state: FormState; i: number }) {
  const { state: s, i } = p;
  return (
    <div class="app-agreement-row">
      <p class="h4">Aftale {i + 1}</p>
      <input type="hidden" name={`agreements.${i}.id`} value={s.values[`agreements.${i}.id`] ?? ''} />
      <TextArea state={s} name={`agreements.${i}.text`} label={`Aftale ${i + 1}: tekst`} rows={4} />
      <SelectField
        state={s}
        name={`agreements.${i}.objectiveArea`}
        label={`Aftale ${i + 1}: målområde`}
        options={[
          { value: '', label: 'Vælg målområde' },
          ...OBJECTIVE_AREAS.map((a) => ({ value: a, label: OBJECTIVE_AREA_LABELS[a] })),
        ]}
      />
      <TextField state={s} name={`agreements.${i}.deadline`} label={`Aftale ${i + 1}: frist`} type="date" />
      <TextField state={s} name={`agreements.${i}.responsible`} label={`Aftale ${i + 1}: ansvarlig`} />
    </div>
  );
}

/** A theme meeting's summary (Norddjurs KB 15-11-2022, sag 22/8287): the municipality writes it. */
function SummaryFields(p: { state: FormState }) {
  return (
    <fieldset>
      <legend class="h3">Referat/sammenfatning</legend>
      <TextArea
        state={p.state}
        name="summary"
        label="Kommunens sammenfatning af mødet"
        hint="Hvad boligorganisationerne fortalte, hvad kommunalbestyrelsen drøftede, og hvad der går videre til dialogmøderne. Den offentliggøres i redegørelsen."
        required
        rows={MINUTES_ROWS}
      />
    </fieldset>
  );
}

/** Both parties' assessments (almenboligloven § 164, stk. 2) and the agreements. */
function AssessmentsAndAgreements(p: { view: MeetingView; state: FormState; agreementRows: number }) {
  const m = p.view.meeting;
  const s = p.state;
  const agreementRows = p.agreementRows;
  return (
    <>
      <fieldset>
        <legend class="h3">Vurderinger (almenboligloven § 164, stk. 2)</legend>
        <h3 class="h4">Boligorganisationens vurdering af sin virksomhed og udfordringer</h3>
        <p class="form-hint">Boligorganisationen skriver selv sin vurdering.</p>
        <Paragraphs text={m.minutes?.organisationAssessment ?? ''} empty="Ikke skrevet endnu." />
        <AuthorLine author={m.minutes?.assessmentAuthors?.organisation} />
        <TextArea
          state={s}
          name="municipalityAssessment"
          label="Kommunens vurdering af boligorganisationens virksomhed og udfordringer"
          required
          rows={MINUTES_ROWS}
        />
        <AuthorLine author={m.minutes?.assessmentAuthors?.administration} />
      </fieldset>
      <fieldset>
        <legend class="h3">Aftaler</legend>
        <CheckboxField state={s} name="noAgreements" label="Ingen aftaler" />
        {Array.from({ length: agreementRows }, (_, i) => (
          <AgreementRow state={s} i={i} />
        ))}
      </fieldset>
    </>
  );
}

export function MinutesForm(p: { view: MeetingView; refused: RefusedForm | undefined }) {
  const m = p.view.meeting;
  const agenda = m.sentAgenda ?? m.agenda;
  const refused = stateOf(p.refused, 'minutes');
  const s = refused ?? { values: minutesFormValues(m), errors: [] };
  const agreementRows = Math.max(
    3,
    Object.keys(s.values).filter((k) => /^agreements\.\d+\.text$/.test(k)).length + 1,
  );
  return (
    <section aria-labelledby="minutes-form-heading">
      <h2 id="minutes-form-heading">Referat</h2>
      <Form action={`${meetingBase(p.view)}/referat`}>
        <FormAlert state={refused} />
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
              <TextArea
                state={s}
                name={`items.${i}.summary`}
                label={`Drøftelse: ${item.title}`}
                rows={MINUTES_ROWS}
              />
              <TextArea state={s} name={`items.${i}.outcome`} label={`Konklusion: ${item.title}`} rows={4} />
            </div>
          ))}
        </fieldset>
        {p.view.minutesForm === 'summary' ? (
          <SummaryFields state={s} />
        ) : (
          <AssessmentsAndAgreements view={p.view} state={s} agreementRows={agreementRows} />
        )}
        <button type="submit" class="button button-primary">
          Gem referatet
        </button>
      </Form>
    </section>
  );
}
