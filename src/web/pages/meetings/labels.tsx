/** Danish labels for the meeting pages. */
import type { MeetingStatus } from '../../../domain/meetings/index.ts';

export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  planned: 'Planlagt',
  invited: 'Indkaldt',
  held: 'Afholdt',
  minutesDrafted: 'Referat i udkast',
  approved: 'Referat godkendt',
  published: 'Offentliggjort',
  cancelled: 'Aflyst',
};

export const MEETING_KIND_LABELS: Record<string, string> = {
  dialogueMeeting: 'Styringsdialogmøde',
  themeMeeting: 'Temamøde',
  dialogueForum: 'Dialogforum',
  coordinationGroup: 'Koordinationsgruppe',
};

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
