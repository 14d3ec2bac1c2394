/**
 * The meeting's next steps as buttons (invite, mark held, publish) — each shown only when the
 * read model says the viewer may take it (`view.can`). Approval: minutes-dialogue-sections.tsx.
 */
import { Form } from '../../components/form.tsx';
import { FormAlert } from './form-alert.tsx';
import {
  type MeetingForm,
  type MeetingView,
  meetingBase,
  type RefusedForm,
  stateOf,
} from './meeting-view-props.ts';

function StepButton(p: {
  action: string;
  label: string;
  version: number;
  primary?: boolean;
  form: MeetingForm;
  refused: RefusedForm | undefined;
}) {
  return (
    <Form action={p.action}>
      <FormAlert state={stateOf(p.refused, p.form)} />
      <input type="hidden" name="version" value={String(p.version)} />
      <button type="submit" class={p.primary ? 'button button-primary' : 'button button-secondary'}>
        {p.label}
      </button>
    </Form>
  );
}

export function MeetingSteps(p: { view: MeetingView; refused: RefusedForm | undefined }) {
  const { meeting: m, can } = p.view;
  const base = meetingBase(p.view);
  if (!can.invite && !can.markHeld && !can.publish && p.view.invitationHints.length === 0) return null;
  return (
    <div class="app-actions">
      {p.view.invitationHints.map((hint) => (
        <p class="form-hint">{hint}</p>
      ))}
      {can.invite && p.view.notReachable.length > 0 ? (
        <p class="form-hint">
          Uden e-mailadresse – får ikke indkaldelsen: {p.view.notReachable.join(', ')}. Giv dem besked på
          anden vis, eller tilføj adressen under Personer før du sender.
        </p>
      ) : null}
      {can.invite ? (
        <StepButton
          action={`${base}/indkald`}
          label="Send indkaldelse"
          version={m.version}
          primary
          form="invite"
          refused={p.refused}
        />
      ) : null}
      {can.markHeld ? (
        <StepButton
          action={`${base}/afholdt`}
          label="Marker som afholdt"
          version={m.version}
          form="markHeld"
          refused={p.refused}
        />
      ) : null}
      {can.publish ? (
        <StepButton
          action={`${base}/offentliggoer`}
          label="Offentliggør redegørelsen"
          version={m.version}
          primary
          form="publish"
          refused={p.refused}
        />
      ) : null}
    </div>
  );
}
