/** The agenda, a note when it changed after the invitation, and "Tilføj et punkt" for the administration. */
import { emptyForm, Form, TextArea, TextField } from '../../components/form.tsx';
import { FormAlert } from './form-alert.tsx';
import { type MeetingView, meetingBase, type RefusedForm, stateOf } from './meeting-view-props.ts';
import { Paragraphs } from './paragraphs.tsx';

export function AgendaSection(p: { view: MeetingView; refused: RefusedForm | undefined }) {
  const m = p.view.meeting;
  const refused = stateOf(p.refused, 'agenda');
  const state = refused ?? emptyForm;
  return (
    <section aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">Dagsorden</h2>
      {p.view.agendaChanged ? (
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
            <Paragraphs text={item.description} />
          </li>
        ))}
      </ol>
      {p.view.can.editAgenda ? (
        // Open when the form was refused: errors inside a folded <details> cannot be seen.
        <details class="app-details" open={refused !== undefined}>
          <summary>Tilføj et punkt</summary>
          <Form action={`${meetingBase(p.view)}/dagsorden`}>
            <FormAlert state={refused} />
            <input type="hidden" name="version" value={String(m.version)} />
            <TextField state={state} name="agendaTitle" label="Punktets titel" required />
            <TextArea state={state} name="agendaDescription" label="Beskrivelse" rows={4} />
            <button type="submit" class="button button-secondary">
              Tilføj punktet
            </button>
          </Form>
        </details>
      ) : null}
    </section>
  );
}
