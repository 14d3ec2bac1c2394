/** "Flyt eller aflys mødet": new date, time and place, or a cancellation with its reason. */
import { emptyForm, Form, TextArea, TextField } from '../../components/form.tsx';
import { FormAlert } from './form-alert.tsx';
import { type MeetingView, meetingBase, type RefusedForm, stateOf } from './meeting-view-props.ts';

export function RescheduleSection(p: { view: MeetingView; refused: RefusedForm | undefined }) {
  const { meeting: m, can } = p.view;
  if (!can.reschedule && !can.cancel) return null;
  const base = meetingBase(p.view);
  const moveRefused = stateOf(p.refused, 'reschedule');
  const move = moveRefused ?? {
    values: {
      date: m.date ?? '',
      startTime: m.startTime ?? '',
      endTime: m.endTime ?? '',
      location: m.location,
    },
    errors: [],
  };
  const cancelRefused = stateOf(p.refused, 'cancel');
  return (
    <section aria-labelledby="reschedule-heading">
      <h2 id="reschedule-heading">Flyt eller aflys mødet</h2>
      {can.reschedule ? (
        <Form action={`${base}/flyt`}>
          <FormAlert state={moveRefused} />
          <input type="hidden" name="version" value={String(m.version)} />
          <TextField
            state={move}
            name="date"
            label="Ny dato"
            type="date"
            hint="Et møde på en weekend eller helligdag er muligt, men du får en advarsel."
            required
          />
          <TextField state={move} name="startTime" label="Start (TT:MM)" required width="input-width-xs" />
          <TextField state={move} name="endTime" label="Slut (TT:MM)" required width="input-width-xs" />
          <TextField state={move} name="location" label="Sted" />
          <button type="submit" class="button button-secondary">
            Flyt mødet
          </button>
        </Form>
      ) : null}
      {can.cancel ? (
        <Form action={`${base}/aflys`}>
          <FormAlert state={cancelRefused} />
          <input type="hidden" name="version" value={String(m.version)} />
          <TextArea
            state={cancelRefused ?? emptyForm}
            name="cancelReason"
            label="Begrundelse for aflysning"
            required
            rows={3}
          />
          <button type="submit" class="button button-secondary">
            Aflys mødet
          </button>
        </Form>
      ) : null}
    </section>
  );
}
