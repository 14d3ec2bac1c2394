/** Danish labels for the meeting pages. */
import type { MeetingStatus } from '../../../domain/meetings/index.ts';
import { MEETING_KIND_LABELS, MEETING_STATUS_LABELS } from '../../../domain/meetings/labels.ts';

export { MEETING_KIND_LABELS, MEETING_STATUS_LABELS };

export const ATTENDANCE_LABELS: Record<string, string> = {
  invited: 'Ikke registreret',
  present: 'Mødt',
  apology: 'Afbud',
};

export const REQUEST_STATUS_LABELS: Record<string, string> = {
  requested: 'Afventer svar',
  accepted: 'Imødekommet',
  declined: 'Afslået',
};

/** A status as words in a frame; the words carry the meaning, not the colour. */
export function MeetingStatusTag(props: { status: MeetingStatus }) {
  const tone = props.status === 'published' ? 'met' : props.status === 'cancelled' ? 'notApplicable' : 'due';
  return <span class={`app-status app-status--${tone}`}>{MEETING_STATUS_LABELS[props.status]}</span>;
}
