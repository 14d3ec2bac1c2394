/** Public API of governance models (styringsmodeller): types, input schema, validation, diff, Norddjurs data. */
export {
  type AlignedRule,
  alignRules,
  diffModels,
  type FieldChange,
  type ModelChange,
} from './diff-models.ts';
export {
  isStatutoryDialogueMeetingRule,
  LEGAL_FLOOR_BASIS,
  LEGAL_FLOOR_DIALOGUE_MEETING_RULE,
  LEGAL_FLOOR_FIRST_STEERING_YEAR,
} from './legal-floor.ts';
export {
  NORDDJURS_2022_DEFAULT_EFFECTIVE_DATE,
  NORDDJURS_MODEL_ID,
  NORDDJURS_MUNICIPALITY,
  type NorddjursModelOptions,
  norddjursModels,
} from './norddjurs-models.ts';
export {
  checkGovernanceModel,
  fieldPath,
  type GovernanceModelInput,
  governanceModelSchema,
  meetingRuleSchema,
  type ParseResult,
  parseGovernanceModel,
} from './schema.ts';
export type {
  Cadence,
  CadenceUnit,
  GovernanceModel,
  LegalBasis,
  MeetingKind,
  MeetingRule,
  MeetingWindow,
  OptionalParticipants,
  Party,
  PublishMinutes,
  RequestingParty,
  RouteStep,
  Scope,
  StandardMeetingKind,
} from './types.ts';
export { validateModel, validateModelHistory } from './validate-model.ts';
