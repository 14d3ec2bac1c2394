/**
 * Public API of agreements: types, labels, validation, status rules, follow-up and overviews,
 * the bulk status file, and the demo agreements.
 */
export {
  type AgreementSummary,
  compareForFollowUp,
  groupByObjectiveArea,
  groupBySteeringYear,
  isOverdue,
  openAgreementsForFollowUp,
  summariseAgreements,
} from './follow-up.ts';
export { OBJECTIVE_AREA_LABELS, RESPONSIBLE_KIND_LABELS, responsibleText, STATUS_LABELS } from './labels.ts';
export {
  allowedNextStatuses,
  applyStatusChange,
  CLOSED_STATUSES,
  checkStatusChange,
  isAllowedTransition,
  isClosed,
  requiresNote,
  type StatusChangeRequest,
} from './status-rules.ts';
export {
  AGREEMENT_STATUSES,
  type Agreement,
  type AgreementStatus,
  type CouncilApproval,
  OBJECTIVE_AREAS,
  type ObjectiveArea,
  type ProgressProposal,
  type ProposalState,
  type ResponsibleParty,
  type StatusChange,
} from './types.ts';
