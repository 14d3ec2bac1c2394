/**
 * Every migration, in order. Names are timestamps so that order is the name order; add new
 * migrations at the end and never edit one that has shipped.
 */
import type { Migration } from 'kysely/migration';
import * as foundation from './2026-11-22T1400-foundation.ts';
import * as registry from './2026-11-22T1410-registry.ts';
import * as governance from './2026-11-22T1420-governance.ts';
import * as agreements from './2026-11-22T1430-agreements.ts';
import * as politicalCases from './2026-11-22T1440-political-cases.ts';
import * as meetings from './2026-11-22T1450-meetings.ts';
import * as auth from './2026-11-22T1500-auth.ts';
import * as municipalityNotices from './2026-12-01T1620-municipality-notices.ts';
import * as edgeHardening from './2026-12-01T1640-edge-hardening.ts';
import * as revocableSecrets from './2026-12-01T1650-revocable-secrets.ts';
import * as publishedAccountVersion from './2026-12-01T1700-published-account-version.ts';
import * as rowVersions from './2026-12-01T1700-row-versions.ts';
import * as mailQueue from './2026-12-02T0100-mail-queue.ts';
import * as invitationAnswers from './2026-12-02T0110-invitation-answers.ts';
import * as mailWithheld from './2026-12-02T0120-mail-withheld.ts';
import * as publishedAccountWithdrawal from './2026-12-02T0200-published-account-withdrawal.ts';
import * as keyFigures from './2026-12-02T0300-key-figures.ts';
import * as openDataTimestamps from './2026-12-02T0500-open-data-timestamps.ts';
import * as webhooks from './2026-12-02T0500-webhooks.ts';
import * as tenancy from './2026-12-02T0700-tenancy.ts';
import * as complianceState from './2026-12-02T0800-compliance-state.ts';
import * as reminders from './2026-12-03T0200-reminders.ts';
import * as agendaImportCorrections from './2026-12-03T0400-agenda-import-corrections.ts';
import * as pagingIndexes from './2026-12-03T0700-paging-indexes.ts';
import * as agreementPagingIndex from './2026-12-04T0100-agreement-paging-index.ts';
import * as agendaImportProfile from './2026-12-04T0500-agenda-import-profile.ts';
import * as readIndexes from './2026-12-05T0100-read-indexes.ts';

export const migrations: Record<string, Migration> = {
  '2026-11-22T1400-foundation': foundation,
  '2026-11-22T1410-registry': registry,
  '2026-11-22T1420-governance': governance,
  '2026-11-22T1430-agreements': agreements,
  '2026-11-22T1440-political-cases': politicalCases,
  '2026-11-22T1450-meetings': meetings,
  '2026-11-22T1500-auth': auth,
  '2026-12-01T1620-municipality-notices': municipalityNotices,
  '2026-12-01T1640-edge-hardening': edgeHardening,
  '2026-12-01T1650-revocable-secrets': revocableSecrets,
  '2026-12-01T1700-published-account-version': publishedAccountVersion,
  '2026-12-01T1700-row-versions': rowVersions,
  '2026-12-02T0100-mail-queue': mailQueue,
  '2026-12-02T0110-invitation-answers': invitationAnswers,
  '2026-12-02T0120-mail-withheld': mailWithheld,
  '2026-12-02T0300-key-figures': keyFigures,
  '2026-12-02T0500-open-data-timestamps': openDataTimestamps,
  '2026-12-02T0500-webhooks': webhooks,
  '2026-12-02T0700-tenancy': tenancy,
  '2026-12-02T0800-compliance-state': complianceState,
  '2026-12-02T0200-published-account-withdrawal': publishedAccountWithdrawal,
  '2026-12-03T0200-reminders': reminders,
  '2026-12-03T0400-agenda-import-corrections': agendaImportCorrections,
  '2026-12-03T0700-paging-indexes': pagingIndexes,
  '2026-12-04T0100-agreement-paging-index': agreementPagingIndex,
  '2026-12-04T0500-agenda-import-profile': agendaImportProfile,
  '2026-12-05T0100-read-indexes': readIndexes,
};
