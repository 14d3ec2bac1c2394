/** Public API of the obligation engine. */
export { type DeriveObligationsInput, deriveObligations } from './derive-obligations.ts';
export {
  electionPeriodRules,
  modelForYear,
  modelInForceOn,
  type RuleInModel,
  versionsOf,
} from './model-selection.ts';
export {
  ALL_ORGANISATIONS,
  LEGAL_FLOOR_RULE_KEY,
  type ObligationIdParts,
  obligationId,
  parseObligationId,
} from './obligation-id.ts';
export type { Obligation, ObligationKind, ObligationOrganisation, PeriodKind } from './types.ts';
