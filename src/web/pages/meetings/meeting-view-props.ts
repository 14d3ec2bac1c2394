/**
 * What the meeting page and its sections receive: the read model of getMeeting (with `can`, what
 * the viewer may do) and, after a refused submission, which form it was and its state.
 */
import type { getMeeting } from '../../../app/meetings/get-meeting.ts';
import type { FormState } from '../../components/form.tsx';

export type MeetingView = Awaited<ReturnType<(typeof getMeeting)['run']>>;

/** The forms of the meeting page, one per use case it posts to. */
export type MeetingForm =
  | 'invite'
  | 'markHeld'
  | 'publish'
  | 'approve'
  | 'reschedule'
  | 'cancel'
  | 'request'
  | 'decision'
  | 'attendance'
  | 'addParticipant'
  | 'removeParticipant'
  | 'deputy'
  | 'agenda'
  | 'minutes'
  | 'assessment'
  | 'comment'
  | 'reopen'
  | 'withdraw';

export interface RefusedForm {
  form: MeetingForm;
  /** For the decision form: which request it answered. */
  key?: string;
  state: FormState;
}

/** The state of `form` when it is the refused one (optionally for one `key`), else undefined. */
export function stateOf(
  refused: RefusedForm | undefined,
  form: MeetingForm,
  key?: string,
): FormState | undefined {
  return refused && refused.form === form && (key === undefined || refused.key === key)
    ? refused.state
    : undefined;
}

export function meetingBase(view: MeetingView): string {
  return `/moeder/${encodeURIComponent(view.meeting.id)}`;
}
