/** The Danish words for a meeting's status and kind: pages and exports use the same. */
import type { MeetingStatus } from './types.ts';

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
