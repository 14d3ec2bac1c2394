import { STATUS_LABELS } from '../../domain/agreements/labels.ts';
import type { AgreementStatus } from '../../domain/agreements/types.ts';

/** The app-status colour family of each agreement status (app.css); the words carry the meaning. */
const TONE: Record<AgreementStatus, string> = {
  agreed: 'due',
  inProgress: 'due',
  fulfilled: 'met',
  notFulfilled: 'missed',
  dropped: 'notApplicable',
};

/** An agreement status as text in a coloured frame, with "over deadline" spelled out when it is. */
export function AgreementStatusTag(props: { status: AgreementStatus; overdue?: boolean }) {
  return (
    <span class={`app-status app-status--${props.overdue ? 'overdue' : TONE[props.status]}`}>
      {STATUS_LABELS[props.status]}
      {props.overdue ? ' · over deadline' : ''}
    </span>
  );
}
