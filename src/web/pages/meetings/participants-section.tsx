/**
 * The meeting's participants with their attendance, and the administration's forms: attendance,
 * adding a participant (officials grouped by unit), removing one, and registering a deputy.
 */
import { PARTY_LABELS, participantKey } from '../../../domain/meetings/index.ts';
import { Form, type FormState, SelectField, TextField } from '../../components/form.tsx';
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
      <ParticipantForms view={p.view} refused={p.refused} />
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

const fresh: FormState = { values: {}, errors: [] };

/** Add, remove, deputy: each folded away until used, open when it was refused. */
function ParticipantForms(p: { view: MeetingView; refused: RefusedForm | undefined }) {
  const { meeting: m, can } = p.view;
  const add = stateOf(p.refused, 'addParticipant');
  const remove = stateOf(p.refused, 'removeParticipant');
  const deputy = stateOf(p.refused, 'deputy');
  const invited = m.status === 'invited';
  // A deputy stands in for a participant; the deputies themselves are not offered.
  const people = m.participants.filter(
    (x) => !(x.personId === null && x.role.startsWith('Stedfortræder for ')),
  );
  return (
    <>
      {can.editParticipants ? (
        <details class="app-details" open={add !== undefined}>
          <summary>Tilføj deltager</summary>
          <Form action={`${meetingBase(p.view)}/deltagere`}>
            <FormAlert state={add} />
            <input type="hidden" name="version" value={String(m.version)} />
            <SelectField
              state={add ?? fresh}
              name="newParticipant"
              label="Person"
              hint={`Embedsmænd er samlet efter enhed, boligorganisationens folk under organisationen.${invited ? ' Den nye deltager får indkaldelsen med det samme.' : ''}`}
              required
              options={[
                { value: '', label: 'Vælg person' },
                ...p.view.candidates.map((c) => ({
                  value: c.personId,
                  label: `${c.name} – ${c.role}`,
                  group: c.group,
                })),
              ]}
            />
            <button type="submit" class="button button-secondary">
              Tilføj deltager
            </button>
          </Form>
        </details>
      ) : null}
      {can.editParticipants && m.participants.length > 0 ? (
        <details class="app-details" open={remove !== undefined}>
          <summary>Fjern deltager</summary>
          <Form action={`${meetingBase(p.view)}/deltagere/fjern`}>
            <FormAlert state={remove} />
            <input type="hidden" name="version" value={String(m.version)} />
            <SelectField
              state={remove ?? fresh}
              name="removeParticipant"
              label="Deltager"
              hint={invited ? 'Kun den fjernede får en aflysning; de øvrige deltagere får intet.' : undefined}
              required
              options={[
                { value: '', label: 'Vælg deltager' },
                ...m.participants.map((x) => ({ value: participantKey(x), label: `${x.name} – ${x.role}` })),
              ]}
            />
            <button type="submit" class="button button-secondary">
              Fjern deltager
            </button>
          </Form>
        </details>
      ) : null}
      {can.registerDeputy && people.length > 0 ? (
        <details class="app-details" open={deputy !== undefined}>
          <summary>Registrér stedfortræder</summary>
          <Form action={`${meetingBase(p.view)}/stedfortraeder`}>
            <FormAlert state={deputy} />
            <input type="hidden" name="version" value={String(m.version)} />
            <SelectField
              state={deputy ?? fresh}
              name="deputyFor"
              label="Stedfortræder for"
              required
              options={[
                { value: '', label: 'Vælg deltager' },
                ...people.map((x) => ({ value: participantKey(x), label: `${x.name} – ${x.role}` })),
              ]}
            />
            <TextField state={deputy ?? fresh} name="deputyName" label="Stedfortræderens navn" required />
            <button type="submit" class="button button-secondary">
              Registrér stedfortræder
            </button>
          </Form>
        </details>
      ) : null}
    </>
  );
}
