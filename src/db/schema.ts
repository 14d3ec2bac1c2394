/**
 * The database's shape as Kysely sees it (row types per table). Row types end in `Row`; the
 * adapters translate them to domain types.
 */
import type { ColumnType, Generated } from 'kysely';

/** A jsonb column: selected as T, written as JSON text. */
type Json<T> = ColumnType<T, string, string>;
type NullableJson<T> = ColumnType<T | null, string | null, string | null>;

type DateText = string;

export interface AppMetaRow {
  key: string;
  value: Json<unknown>;
}

export interface AuditEntryRow {
  id: Generated<number>;
  at: ColumnType<Date, Date | string | undefined, never>;
  municipality: string | null;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before: NullableJson<Record<string, unknown>>;
  after: NullableJson<Record<string, unknown>>;
  request_id: string | null;
}

export interface MunicipalityRow {
  code: string;
  name: string;
  supervising_unit: string;
  accounts_url: string | null;
  body_abbreviations: Json<Record<string, string>>;
  is_demo: Generated<boolean>;
  /** Null: the built-in page /tilgaengelighed is linked. */
  accessibility_statement_url: string | null;
  /** Null: the built-in page /privatliv is linked. */
  privacy_notice_url: string | null;
  version: Generated<number>;
  /** Set by the open-data-timestamps migration's defaults and trigger. */
  created_at: Generated<Date>;
  modified_at: Generated<Date>;
  address: string | null;
  /** Set while the municipality is suspended: its users cannot sign in or act there. */
  suspended_at: NullableInstant;
  suspension_reason: string | null;
}

export interface ElectionPeriodRow {
  label: string;
  election_date: DateText;
  starts_on: DateText;
  ends_on: DateText;
  /** Set by the open-data-timestamps migration's defaults and trigger. */
  created_at: Generated<Date>;
  modified_at: Generated<Date>;
}

export interface HousingOrganisationRow {
  id: string;
  municipality: string;
  name: string;
  cvr: string;
  lbf_number: string | null;
  kind: string;
  seat_municipality: string;
  administered_by: Json<Record<string, unknown>>;
  accounting_year_end: Generated<string>;
  active_from: DateText;
  active_to: DateText | null;
  version: Generated<number>;
  /** Set by the open-data-timestamps migration's defaults and trigger. */
  created_at: Generated<Date>;
  modified_at: Generated<Date>;
}

export interface DepartmentRow {
  id: string;
  organisation_id: string;
  lbf_number: string;
  name: string;
  address: string;
  location_municipality: string;
  homes: number;
  kind: string;
  has_department_board: boolean;
  version: Generated<number>;
}

export interface PersonRow {
  id: string;
  municipality: string;
  name: string;
  email: string | null;
  phone: string | null;
  version: Generated<number>;
  /** Set by the open-data-timestamps migration's defaults and trigger. */
  created_at: Generated<Date>;
  modified_at: Generated<Date>;
}

export interface PersonRoleRow {
  id: Generated<number>;
  person_id: string;
  kind: string;
  municipality: string | null;
  unit: string | null;
  party: string | null;
  organisation_id: string | null;
  from_date: DateText;
  to_date: DateText | null;
}

export interface BodyRow {
  id: string;
  municipality: string;
  abbreviation: string;
  name: string;
  kind: string;
  supervises: Generated<boolean>;
  /** Set by the open-data-timestamps migration's defaults and trigger. */
  created_at: Generated<Date>;
  modified_at: Generated<Date>;
}

export interface BodyMembershipRow {
  body_id: string;
  person_id: string;
  election_period: string;
  role: string;
  /** Set by the open-data-timestamps migration's defaults and trigger. */
  created_at: Generated<Date>;
  modified_at: Generated<Date>;
}

export interface GovernanceModelVersionRow {
  model_id: string;
  version: number;
  municipality: string;
  valid_from: DateText;
  valid_to: DateText | null;
  model: Json<Record<string, unknown>>;
  reason: string | null;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface ObligationFactRow {
  id: Generated<number>;
  municipality: string;
  obligation_id: string;
  kind: string;
  date: DateText;
  ref: string | null;
  note: string | null;
  recorded_at: ColumnType<Date, Date | string | undefined, never>;
}

/** timestamptz: selected as Date, written as Date (or ISO text). */
type Instant = ColumnType<Date, Date | string, Date | string>;
type NullableInstant = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface AppUserRow {
  id: string;
  email: string;
  name: string;
  /** Null for a national administrator, whom no municipality manages. */
  municipality: string | null;
  password_hash: string | null;
  active: Generated<boolean>;
  created_at: Instant;
  last_login_at: NullableInstant;
  reminders_enabled: Generated<boolean>;
}

export interface UserGrantRow {
  id: Generated<number>;
  user_id: string;
  role: string;
  /** Null only for the nationalAdmin role. */
  municipality: string | null;
  organisation_id: string | null;
  unit: string | null;
  created_at: Instant;
}

export interface SessionRow {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Instant;
  last_seen_at: Instant;
  expires_at: Instant;
}

export interface ApiTokenRow {
  id: Generated<number>;
  user_id: string;
  token_hash: string;
  label: string;
  created_at: Instant;
  expires_at: Instant;
  revoked_at: NullableInstant;
  last_used_at: NullableInstant;
}

export interface LoginAttemptRow {
  id: Generated<number>;
  email: string;
  ip: string | null;
  at: Instant;
  outcome: 'success' | 'failure';
}

export interface PasswordLinkRow {
  id: Generated<number>;
  user_id: string;
  token_hash: string;
  purpose: 'reset' | 'invite';
  created_at: Instant;
  expires_at: Instant;
  used_at: NullableInstant;
}

export interface PasswordResetRequestRow {
  id: Generated<number>;
  email: string;
  ip: string | null;
  at: Instant;
}

export interface OutboxRow {
  id: Generated<number>;
  to_address: string;
  subject: string;
  /** The plain-text body. */
  body: string;
  created_at: Instant;
  sent_at: NullableInstant;
  to_name: string | null;
  html: string | null;
  calendar_method: string | null;
  calendar: string | null;
  attachments: ColumnType<unknown, string | undefined, string>;
  kind: Generated<string>;
  municipality: string | null;
  message_id: string | null;
  state: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
  claim_token: string | null;
  claimed_until: NullableInstant;
  last_response: string | null;
}

export interface MailDeliveryLogRow {
  id: Generated<number>;
  outbox_id: number;
  at: Instant;
  event: string;
  attempt: Generated<number>;
  detail: string | null;
  actor: string | null;
}

export interface AgreementRow {
  id: string;
  municipality: string;
  organisation_id: string;
  meeting_id: string | null;
  steering_year: number;
  agreed_on: DateText;
  objective_area: string;
  department_ids: Json<string[]>;
  text: string;
  target: string | null;
  responsible: Json<Record<string, unknown>>;
  deadline: DateText | null;
  council_approval: NullableJson<Record<string, unknown>>;
  status: string;
  version: Generated<number>;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  /** Set on every change by the open-data-timestamps trigger. */
  modified_at: Generated<Date>;
}

export interface AgreementStatusChangeRow {
  id: Generated<number>;
  agreement_id: string;
  status: string;
  date: DateText;
  changed_by: string;
  changed_by_name: string;
  note: string | null;
  evidence_url: string | null;
  meeting_id: string | null;
  proposed_by_name: string | null;
  recorded_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface AgreementProgressProposalRow {
  id: string;
  agreement_id: string;
  status: string;
  note: string;
  evidence_url: string | null;
  proposed_on: DateText;
  proposed_by: string;
  proposed_by_name: string;
  state: string;
  decided_on: DateText | null;
  decided_by: string | null;
  decided_by_name: string | null;
  decision_note: string | null;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

/** A political case (OParl Paper) with its decisions (Consultations) as jsonb; see the migration. */
export interface PoliticalCaseRow {
  id: string;
  municipality: string;
  case_number: string | null;
  title: string | null;
  access: string | null;
  route: Json<unknown[]>;
  sections: Json<unknown[]>;
  recommendation: NullableJson<Record<string, unknown>>;
  decisions: Json<unknown[]>;
  attachments: Json<unknown[]>;
  source_format: string;
  source_file_name: string | null;
  import_report: NullableJson<Record<string, unknown>>;
  imported_at: ColumnType<Date, Date | string | undefined, never>;
  imported_by: string;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  version: Generated<number>;
  /** Set on every change by the open-data-timestamps trigger. */
  modified_at: Generated<Date>;
}

/** A meeting: the domain Meeting as jsonb plus the columns lists filter on (meetings migration). */
export interface MeetingRow {
  id: string;
  municipality: string;
  organisation_id: string | null;
  kind: string;
  status: string;
  year: number;
  date: DateText | null;
  version: Generated<number>;
  meeting: Json<Record<string, unknown>>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  /** Set by the open-data-timestamps migration's defaults and trigger. */
  created_at: Generated<Date>;
  modified_at: Generated<Date>;
}

/** One publication of an account, never changed (published-account-version migration). */
export interface PublishedAccountVersionRow {
  municipality: string;
  meeting_id: string;
  version: number;
  published_on: DateText;
  correction_reason: string | null;
  corrected_on: DateText | null;
  account: Json<Record<string, unknown>>;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

/** A withdrawn published version, never changed (published-account-withdrawal migration). */
export interface PublishedAccountWithdrawalRow {
  municipality: string;
  meeting_id: string;
  version: number;
  withdrawn_on: DateText;
  reason: string;
  withdrawn_by: string;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface MeetingInvitationRow {
  id: Generated<number>;
  municipality: string;
  meeting_id: string;
  to_address: string;
  to_name: string;
  method: string;
  sequence: number;
  subject: string;
  ics: string;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  outbox_id: number | null;
  organizer_name: string | null;
  organizer_email: string | null;
  participant_key: string | null;
  answer_token_hash: string | null;
}

export interface DocumentationPackageRow {
  municipality: string;
  organisation_id: string;
  steering_year: number;
  package: Json<Record<string, unknown>>;
  version: Generated<number>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface CalendarFeedTokenRow {
  token_hash: string;
  user_id: string;
  municipality: string;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  revoked_at: NullableInstant;
}

/** A remembered correction of agenda imports (agenda-import-corrections migration). */
export interface AgendaImportCorrectionRow {
  id: string;
  municipality: string;
  kind: string;
  text: string;
  target: string | null;
  example: ColumnType<string, string | undefined, string>;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  created_by: string;
}

export interface AgendaImportProfileRow {
  municipality: string;
  layout_profile: string;
  pinned_at: ColumnType<Date, Date | string | undefined, Date | string>;
  pinned_by: string;
}

export interface WebhookRow {
  id: string;
  municipality: string;
  url: string;
  secret: string;
  events: Json<string[]>;
  description: Generated<string>;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  created_by: string;
  removed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface WebhookDeliveryRow {
  id: string;
  municipality: string;
  webhook_id: string;
  event_id: string;
  event_type: string;
  payload: string;
  status: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: ColumnType<Date, Date | string, Date | string>;
  claimed_until: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  last_status: number | null;
  last_error: string | null;
  redelivery_of: string | null;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  delivered_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface WebhookAttemptRow {
  id: Generated<number>;
  delivery_id: string;
  at: ColumnType<Date, Date | string, never>;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}

/** A key figure (key figures migration); organisation null = a national figure. */
export interface KeyFigureRow {
  id: Generated<number>;
  municipality: string;
  organisation_id: string | null;
  department_id: string | null;
  steering_year: number;
  code: string;
  value: number;
  unit: string;
  source: string;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** The municipality's flag thresholds for the briefing. */
export interface KeyFigureSettingRow {
  municipality: string;
  efficiency_below: number;
  vacancy_above: number;
}

export interface ComplianceContentRow {
  municipality: string;
  version: ColumnType<number, never, never>;
  compliance_version: ColumnType<number, never, never>;
  computed_version: ColumnType<number, never, number>;
  first_year: number | null;
  last_year: number | null;
  computed_at: ColumnType<Date | null, never, Date | string>;
  structure_changed: ColumnType<boolean, never, boolean>;
}

export interface ComplianceDirtyRow {
  municipality: string;
  obligation_id: string;
}

export interface ComplianceObligationRow {
  municipality: string;
  year: number;
  obligation_id: string;
  valid_from: DateText;
  valid_to: DateText;
  position: number;
  status: string;
  obligation: Json<Record<string, unknown>>;
  assessment: Json<Record<string, unknown>>;
  fingerprint: string;
}

export interface JobRunRow {
  job: string;
  day: DateText;
  started_at: Instant;
  finished_at: NullableInstant;
  result: NullableJson<Record<string, unknown>>;
}

export interface ReminderSettingRow {
  municipality: string;
  package_days_before: number;
  account_days_after: number;
  agreement_days_ahead: number;
}

export interface Database {
  app_meta: AppMetaRow;
  audit_entry: AuditEntryRow;
  municipality: MunicipalityRow;
  election_period: ElectionPeriodRow;
  housing_organisation: HousingOrganisationRow;
  department: DepartmentRow;
  person: PersonRow;
  person_role: PersonRoleRow;
  body: BodyRow;
  body_membership: BodyMembershipRow;
  governance_model_version: GovernanceModelVersionRow;
  obligation_fact: ObligationFactRow;
  agreement: AgreementRow;
  agreement_status_change: AgreementStatusChangeRow;
  agreement_progress_proposal: AgreementProgressProposalRow;
  political_case: PoliticalCaseRow;
  agenda_import_correction: AgendaImportCorrectionRow;
  agenda_import_profile: AgendaImportProfileRow;
  app_user: AppUserRow;
  user_grant: UserGrantRow;
  session: SessionRow;
  api_token: ApiTokenRow;
  login_attempt: LoginAttemptRow;
  password_link: PasswordLinkRow;
  password_reset_request: PasswordResetRequestRow;
  outbox: OutboxRow;
  mail_delivery_log: MailDeliveryLogRow;
  meeting: MeetingRow;
  meeting_invitation: MeetingInvitationRow;
  published_account_version: PublishedAccountVersionRow;
  published_account_withdrawal: PublishedAccountWithdrawalRow;
  documentation_package: DocumentationPackageRow;
  calendar_feed_token: CalendarFeedTokenRow;
  webhook: WebhookRow;
  webhook_delivery: WebhookDeliveryRow;
  webhook_attempt: WebhookAttemptRow;
  key_figure: KeyFigureRow;
  key_figure_setting: KeyFigureSettingRow;
  compliance_content: ComplianceContentRow;
  compliance_obligation: ComplianceObligationRow;
  compliance_dirty: ComplianceDirtyRow;
  job_run: JobRunRow;
  reminder_setting: ReminderSettingRow;
}
