/** Public API of compliance: assessing obligations against recorded facts, and the yearly summary. */
export {
  type AssessComplianceInput,
  assessCompliance,
  unmatchedFacts,
} from './assess-compliance.ts';
export { COMPLIANCE_STATUS_LABELS, complianceStatusText } from './labels.ts';
export {
  type ComplianceSummary,
  type JointMeetingSummary,
  summariseCompliance,
} from './summarise-compliance.ts';
export type {
  AccountAssessment,
  ComplianceStatus,
  Evidence,
  Fact,
  FactKind,
  ObligationAssessment,
} from './types.ts';
