/**
 * Requests that officials join (Norddjurs KB 15-11-2022, sag 22/8287): the list, the decision
 * form per pending request and the request form — each only when `view.can` allows it.
 */
import { DIALOGUE_PARTY_NAMES } from '../../../domain/meetings/index.ts';
import { Form, type FormState, SelectField, TextArea, TextField } from '../../components/form.tsx';
import { FormAlert } from './form-alert.tsx';
import { REQUEST_STATUS_LABELS } from './labels.tsx';
import { type MeetingView, meetingBase, type RefusedForm, stateOf } from './meeting-view-props.ts';
import { Paragraphs } from './paragraphs.tsx';

/** The decision form's field names carry the request id: several requests may wait at once. */
export function decisionField(requestId: string, field: 'reason' | 'personId'): string {
  return `decision.${requestId}.${field}`;
}

function DecisionForm(p: { view: MeetingView; requestId: string; refused: RefusedForm | undefined }) {
  const refused = stateOf(p.refused, 'decision', p.requestId);
  const person = decisionField(p.requestId, 'personId');
  const state: FormState = refused ?? {
    values: { [person]: p.view.suggestedOfficials[p.requestId] ?? '' },
    errors: [],
  };
  return (
    <Form action={`${meetingBase(p.view)}/anmodninger/${encodeURIComponent(p.requestId)}`}>
      <FormAlert state={refused} />
      <input type="hidden" name="version" value={String(p.view.meeting.version)} />
      <SelectField
        state={state}
        name={person}
        label="Embedsmand, der deltager (ved imødekommelse)"
        options={[
          { value: '', label: 'Vælg embedsmand' },
          ...p.view.officials.map((o) => ({ value: o.personId, label: `${o.name} (${o.unit})` })),
        ]}
      />
      <TextArea
        state={state}
        name={decisionField(p.requestId, 'reason')}
        label="Begrundelse"
        hint="Påkrævet ved afslag"
        rows={3}
      />
      <button type="submit" name="decision" value="accepted" class="button button-primary">
        Imødekom
      </button>{' '}
      <button type="submit" name="decision" value="declined" class="button button-secondary">
        Afslå
      </button>
    </Form>
  );
}

export function OfficialRequestsSection(p: { view: MeetingView; refused: RefusedForm | undefined }) {
  const { meeting: m, can } = p.view;
  if (m.kind !== 'dialogueMeeting' && m.officialRequests.length === 0) return null;
  const refused = stateOf(p.refused, 'request');
  const requestState = refused ?? { values: {}, errors: [] };
  return (
    <section aria-labelledby="requests-heading">
      <h2 id="requests-heading">Anmodninger om deltagelse af embedsmænd</h2>
      <p>
        Parterne kan bede om, at relevante embedsmænd deltager efter parternes behov, når styringsmodellen
        giver mulighed for det (Norddjurs Kommunalbestyrelse 15-11-2022, sag 22/8287).
      </p>
      {m.officialRequests.length === 0 ? <p>Der er ingen anmodninger.</p> : null}
      {m.officialRequests.map((r) => (
        <div class="app-request">
          <h3 class="h4">
            {r.unit} – {REQUEST_STATUS_LABELS[r.status]}
          </h3>
          <Paragraphs text={r.reason} prefix={`Anmodet af ${DIALOGUE_PARTY_NAMES[r.requestedBy]}: `} />
          <Paragraphs text={r.decisionReason} prefix="Svar: " />
          {r.status === 'requested' && can.decideRequests ? (
            <DecisionForm view={p.view} requestId={r.id} refused={p.refused} />
          ) : null}
        </div>
      ))}
      {can.requestOfficial ? (
        <>
          <h3 id="request-form-heading">Bed om en embedsmand</h3>
          <Form action={`${meetingBase(p.view)}/anmodninger`}>
            <FormAlert state={refused} />
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
              rows={4}
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
