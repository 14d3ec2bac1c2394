/** The meeting's participants with their attendance, and the attendance form for the administration. */
import { PARTY_LABELS, participantKey } from '../../../domain/meetings/index.ts';
import { Form, type FormState, SelectField } from '../../components/form.tsx';
import { FormAlert } from './form-alert.tsx';
import { ATTENDANCE_LABELS } from './labels.tsx';
import { type MeetingView, meetingBase, type RefusedForm, stateOf } from './meeting-view-props.ts';

export function ParticipantsSection(p: { view: MeetingView; refused: RefusedForm | undefined }) {
  const m = p.view.meeting;
  const refused = stateOf(p.refused, 'attendance');
  const state: FormState = refused ?? {
    values: Object.fromEntries(
      m.participants.map((x, i) => [`attendance.${i}.attendance`, x.attendance ?? 'invited']),
    ),
    errors: [],
  };
  return (
    <section aria-labelledby="participants-heading">
      <h2 id="participants-heading">Deltagere</h2>
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
      {p.view.can.recordAttendance ? (
        // Open when the form was refused: its errors must be visible, not folded away.
        <details class="app-details" open={refused !== undefined}>
          <summary>Registrér fremmøde og afbud</summary>
          <Form action={`${meetingBase(p.view)}/fremmoede`}>
            <FormAlert state={refused} />
            <input type="hidden" name="version" value={String(m.version)} />
            {m.participants.map((x, i) => (
              <>
                <input type="hidden" name={`attendance.${i}.participant`} value={participantKey(x)} />
                <SelectField
                  state={state}
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
