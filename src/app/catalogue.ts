/**
 * Every use case, in one typed object. The HTTP API, the web pages and the CLI call use cases
 * through runUseCase; this catalogue is what the architecture tests walk (every use case that
 * changes data writes an audit entry; every use case in src/app is listed here).
 *
 * Adding a use case is one line: import it and add it below under its own name.
 */
import type { z } from 'zod';
import { getAgreementDocument } from './agreements/agreement-document.ts';
import { changeAgreementStatus } from './agreements/change-agreement-status.ts';
import { getAgreement } from './agreements/get-agreement.ts';
import { importAgreementStatuses } from './agreements/import-agreement-statuses.ts';
import { listAgreements } from './agreements/list-agreements.ts';
import { listFollowUpAgreements } from './agreements/list-follow-up-agreements.ts';
import {
  confirmProgressProposal,
  proposeAgreementProgress,
  rejectProgressProposal,
} from './agreements/progress-proposals.ts';
import { createAgreement, updateAgreement } from './agreements/save-agreement.ts';
import { listAuditEntries } from './audit/list-audit-entries.ts';
import { addUser } from './auth/add-user.ts';
import { createApiToken } from './auth/create-api-token.ts';
import { createOwnApiToken } from './auth/create-own-api-token.ts';
import { deactivateUser } from './auth/deactivate-user.ts';
import { seedDemoUsers } from './auth/demo-users.ts';
import { getCurrentUser } from './auth/get-current-user.ts';
import { getMyAccess } from './auth/get-my-access.ts';
import { getUser } from './auth/get-user.ts';
import { grantRole } from './auth/grant-role.ts';
import { listApiTokens } from './auth/list-api-tokens.ts';
import { listUsers } from './auth/list-users.ts';
import { logIn } from './auth/log-in.ts';
import { logInWithOidc } from './auth/log-in-with-oidc.ts';
import { logOut } from './auth/log-out.ts';
import { requestPasswordReset } from './auth/request-password-reset.ts';
import { resetPassword } from './auth/reset-password.ts';
import { revokeApiToken } from './auth/revoke-api-token.ts';
import { revokeOwnApiToken } from './auth/revoke-own-api-token.ts';
import { revokeRole } from './auth/revoke-role.ts';
import { adoptModelFromTemplate } from './governance/adopt-model-from-template.ts';
import { adoptModelVersion } from './governance/adopt-model-version.ts';
import { complianceGrid } from './governance/compliance-grid.ts';
import { complianceVersion } from './governance/compliance-version.ts';
import { frontPage } from './governance/front-page.ts';
import { listModels } from './governance/list-models.ts';
import { listObligations } from './governance/list-obligations.ts';
import { checkStoredCompliance, rebuildCompliance } from './governance/rebuild-compliance.ts';
import { recordFact } from './governance/record-fact.ts';
import { getBriefing } from './key-figures/get-briefing.ts';
import { getOrganisationKeyFigures } from './key-figures/get-organisation-key-figures.ts';
import { importKeyFigures } from './key-figures/import-key-figures.ts';
import { saveKeyFigure } from './key-figures/save-key-figure.ts';
import { saveKeyFigureThresholds } from './key-figures/save-key-figure-thresholds.ts';
import { addParticipant } from './meetings/add-participant.ts';
import { answerInvitation, getInvitationAnswer } from './meetings/answer-invitation.ts';
import { approveMinutes } from './meetings/approve-minutes.ts';
import { createCalendarFeed, getCalendarFeed } from './meetings/calendar-feed.ts';
import { cancelMeeting } from './meetings/cancel-meeting.ts';
import { commentMinutes } from './meetings/comment-minutes.ts';
import { confirmYearPlan } from './meetings/confirm-year-plan.ts';
import { createMeeting } from './meetings/create-meeting.ts';
import { decideOfficialRequest } from './meetings/decide-official-request.ts';
import {
  getDocumentationPackage,
  markPackageHeldInPortal,
  recordPackageDocument,
} from './meetings/documentation-packages.ts';
import { editAgenda } from './meetings/edit-agenda.ts';
import { getMeeting } from './meetings/get-meeting.ts';
import { getPublishedAccount } from './meetings/get-published-account.ts';
import { inviteMeeting } from './meetings/invite-meeting.ts';
import { getInvitationIcs, listInvitations } from './meetings/list-invitations.ts';
import { listMeetings } from './meetings/list-meetings.ts';
import { listPublishedAccounts } from './meetings/list-published-accounts.ts';
import { markHeld } from './meetings/mark-held.ts';
import { proposeYearPlan } from './meetings/propose-year-plan.ts';
import { publishMeeting } from './meetings/publish-meeting.ts';
import { recordAttendance } from './meetings/record-attendance.ts';
import { registerDeputy } from './meetings/register-deputy.ts';
import { removeParticipant } from './meetings/remove-participant.ts';
import { reopenMinutes } from './meetings/reopen-minutes.ts';
import { requestOfficial } from './meetings/request-official.ts';
import { rescheduleMeeting } from './meetings/reschedule-meeting.ts';
import { resendInvitation } from './meetings/resend-invitation.ts';
import { revokeCalendarFeed } from './meetings/revoke-calendar-feed.ts';
import { saveAssessment } from './meetings/save-assessment.ts';
import { saveMinutes } from './meetings/save-minutes.ts';
import { withdrawPublishedAccount } from './meetings/withdraw-published-account.ts';
import { getNavigation } from './navigation/get-navigation.ts';
import { getOpenBody } from './open-data/get-open-body.ts';
import { getOpenDataObject } from './open-data/get-open-data-object.ts';
import { listOpenBodies } from './open-data/list-open-bodies.ts';
import { listOpenData } from './open-data/list-open-data.ts';
import { draftOrientationAgendaItem } from './political-cases/draft-orientation-agenda-item.ts';
import { exportPoliticalCaseMarkdown } from './political-cases/export-political-case-markdown.ts';
import { getPoliticalCase } from './political-cases/get-political-case.ts';
import { importAgenda } from './political-cases/import-agenda.ts';
import { linkCaseToModel } from './political-cases/link-case-to-model.ts';
import { listImportCorrections } from './political-cases/list-import-corrections.ts';
import { listPoliticalCases } from './political-cases/list-political-cases.ts';
import { pinLayoutProfile } from './political-cases/pin-layout-profile.ts';
import { previewAgendaImport } from './political-cases/preview-agenda-import.ts';
import { removeImportCorrection } from './political-cases/remove-import-correction.ts';
import { getMunicipality } from './registry/get-municipality.ts';
import { getOrganisation } from './registry/get-organisation.ts';
import { importRegistry } from './registry/import-registry.ts';
import { importRegistryFiles } from './registry/import-registry-files.ts';
import { listBodies } from './registry/list-bodies.ts';
import { listElectionPeriods } from './registry/list-election-periods.ts';
import { listMunicipalities } from './registry/list-municipalities.ts';
import { listOrganisations } from './registry/list-organisations.ts';
import { getPerson, listPeople } from './registry/list-people.ts';
import { loadDemo } from './registry/load-demo.ts';
import { saveDepartment } from './registry/save-department.ts';
import { updateMunicipality } from './registry/save-municipality.ts';
import { createOrganisation, updateOrganisation } from './registry/save-organisation.ts';
import { savePerson } from './registry/save-person.ts';
import { updateMunicipalityNotices } from './registry/update-municipality-notices.ts';
import { runReminderDigest } from './reminders/run-reminder-digest.ts';
import { saveReminderSettings } from './reminders/save-reminder-settings.ts';
import { setMyReminders } from './reminders/set-my-reminders.ts';
import { checkHealth } from './system/check-health.ts';
import { addNationalAdmin } from './tenancy/add-national-admin.ts';
import { createMunicipality } from './tenancy/create-municipality.ts';
import { getNationalOverview } from './tenancy/get-national-overview.ts';
import { getOnboarding } from './tenancy/get-onboarding.ts';
import { grantFirstAdmin } from './tenancy/grant-first-admin.ts';
import { listCrossMunicipalityWork } from './tenancy/list-cross-municipality-work.ts';
import { setMunicipalitySuspension } from './tenancy/suspend-municipality.ts';
import type { UseCase } from './use-case.ts';
import { createWebhook, listWebhooks, redeliverWebhook, removeWebhook } from './webhooks/manage-webhooks.ts';

export type AnyUseCase = UseCase<z.ZodType, unknown>;

export const catalogue = {
  // system
  checkHealth,
  getNavigation,
  // registry
  listMunicipalities,
  getMunicipality,
  updateMunicipality,
  updateMunicipalityNotices,
  listOrganisations,
  getOrganisation,
  createOrganisation,
  updateOrganisation,
  saveDepartment,
  listPeople,
  getPerson,
  savePerson,
  listBodies,
  listElectionPeriods,
  loadDemo,
  importRegistry,
  importRegistryFiles,
  // key figures and the briefing
  importKeyFigures,
  getBriefing,
  getOrganisationKeyFigures,
  saveKeyFigure,
  saveKeyFigureThresholds,
  // governance models
  listModels,
  adoptModelVersion,
  listObligations,
  complianceGrid,
  complianceVersion,
  rebuildCompliance,
  checkStoredCompliance,
  frontPage,
  recordFact,
  // accounts and access
  logIn,
  logInWithOidc,
  logOut,
  getCurrentUser,
  getMyAccess,
  requestPasswordReset,
  resetPassword,
  addUser,
  listUsers,
  getUser,
  grantRole,
  revokeRole,
  createApiToken,
  listApiTokens,
  revokeApiToken,
  createOwnApiToken,
  revokeOwnApiToken,
  deactivateUser,
  seedDemoUsers,
  // agreements
  listAgreements,
  getAgreement,
  createAgreement,
  updateAgreement,
  changeAgreementStatus,
  proposeAgreementProgress,
  confirmProgressProposal,
  rejectProgressProposal,
  importAgreementStatuses,
  getAgreementDocument,
  listFollowUpAgreements,
  // political cases
  previewAgendaImport,
  importAgenda,
  listImportCorrections,
  removeImportCorrection,
  pinLayoutProfile,
  listPoliticalCases,
  getPoliticalCase,
  exportPoliticalCaseMarkdown,
  linkCaseToModel,
  draftOrientationAgendaItem,
  // meetings
  proposeYearPlan,
  confirmYearPlan,
  createMeeting,
  listMeetings,
  getMeeting,
  editAgenda,
  inviteMeeting,
  rescheduleMeeting,
  cancelMeeting,
  requestOfficial,
  decideOfficialRequest,
  recordAttendance,
  addParticipant,
  removeParticipant,
  registerDeputy,
  markHeld,
  saveMinutes,
  saveAssessment,
  commentMinutes,
  approveMinutes,
  reopenMinutes,
  publishMeeting,
  withdrawPublishedAccount,
  listInvitations,
  getInvitationIcs,
  resendInvitation,
  getInvitationAnswer,
  answerInvitation,
  getPublishedAccount,
  listPublishedAccounts,
  getDocumentationPackage,
  recordPackageDocument,
  markPackageHeldInPortal,
  createCalendarFeed,
  getCalendarFeed,
  revokeCalendarFeed,
  // audit log
  listAuditEntries,
  // open data (OParl)
  listOpenBodies,
  getOpenBody,
  listOpenData,
  getOpenDataObject,
  // webhooks
  listWebhooks,
  createWebhook,
  removeWebhook,
  redeliverWebhook,
  // the installation (national administrator, issue 17)
  getNationalOverview,
  createMunicipality,
  setMunicipalitySuspension,
  grantFirstAdmin,
  addNationalAdmin,
  getOnboarding,
  adoptModelFromTemplate,
  listCrossMunicipalityWork,
  // reminders (issue 13, point 8)
  runReminderDigest,
  setMyReminders,
  saveReminderSettings,
} satisfies Record<string, AnyUseCase>;

export type UseCaseName = keyof typeof catalogue;

/** The catalogue as a list, in declaration order. */
export function allUseCases(): AnyUseCase[] {
  return Object.values(catalogue);
}
