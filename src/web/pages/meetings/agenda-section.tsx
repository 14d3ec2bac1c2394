/**
 * The agenda: live from the agreement register until the invitation, then as invited (kept
 * beside the minutes) with the current one when it changed since; "Tilføj et punkt" for the
 * administration.
 */
import { emptyForm, Form, TextArea, TextField } from '../../components/form.tsx';
import { formatDate } from '../../format.ts';
import { FormAlert } from './form-alert.tsx';
import { type MeetingView, meetingBase, type RefusedForm, stateOf } from './meeting-view-props.ts';
import { Paragraphs } from './paragraphs.tsx';

function AgendaList(p: { items: MeetingView['meeting']['agenda'] }) {
  return (
    <ol>
      {p.items.map((item) => (
        <li>
          <strong>{item.title}</strong>
          <Paragraphs text={item.description} />
        </li>
      ))}
    </ol>
  );
}

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
      {m.sentAgenda && m.invitedOn ? (
        <p>Dagsordenen som indkaldt {formatDate(m.invitedOn)}:</p>
      ) : m.status === 'planned' ? (
        <p class="form-hint">Opfølgningspunkterne hentes fra aftaleregistret, indtil der indkaldes.</p>
      ) : null}
      <AgendaList items={m.sentAgenda ?? m.agenda} />
      {p.view.agendaChanged ? (
        <>
          <h3 class="h4">Dagsordenen nu</h3>
          <AgendaList items={m.agenda} />
        </>
      ) : null}
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
