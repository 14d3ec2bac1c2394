/** Danish labels for the meeting pages. */
import {
  DIALOGUE_PARTY_NAMES,
  type DialogueParty,
  type MeetingStatus,
} from '../../../domain/meetings/index.ts';
import { MEETING_KIND_LABELS, MEETING_STATUS_LABELS } from '../../../domain/meetings/labels.ts';

export { MEETING_KIND_LABELS, MEETING_STATUS_LABELS };

export const ATTENDANCE_LABELS: Record<string, string> = {
  invited: 'Ikke registreret',
  accepted: 'Deltager (svaret ja)',
  present: 'Mødt',
  apology: 'Afbud',
};

export const REQUEST_STATUS_LABELS: Record<string, string> = {
  requested: 'Afventer svar',
  accepted: 'Imødekommet',
  declined: 'Afslået',
};

/**
 * A status as words in a frame; the words carry the meaning, not the colour. A draft one party
 * has approved says so ("Referat i udkast – godkendt af kommunen"), so the tag and the approvals
 * never disagree.
 */
export function MeetingStatusTag(props: { status: MeetingStatus; approvedBy?: readonly DialogueParty[] }) {
  const tone = props.status === 'published' ? 'met' : props.status === 'cancelled' ? 'notApplicable' : 'due';
  const approvedBy = props.status === 'minutesDrafted' ? (props.approvedBy ?? []) : [];
  const label =
    approvedBy.length > 0
      ? `${MEETING_STATUS_LABELS[props.status]} – godkendt af ${approvedBy.map((p) => DIALOGUE_PARTY_NAMES[p]).join(' og ')}`
      : MEETING_STATUS_LABELS[props.status];
  return <span class={`app-status app-status--${tone}`}>{label}</span>;
}
