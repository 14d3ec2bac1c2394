/**
 * The payloads of the webhook events, built from what the use cases just saved: ids, dates and
 * statuses only — no minutes text, no names, no contact data. A receiver that wants more asks
 * the API (or /oparl) with its own access.
 */
import type { AgreementStatus } from '../../domain/agreements/types.ts';
import type { AccountWithdrawal, PublishedAccountVersion } from '../../domain/meetings/publication.ts';
import { publicAccountPath } from '../../domain/meetings/publication.ts';
import type { Meeting } from '../../domain/meetings/types.ts';
import type { WebhookEvent } from '../../domain/webhooks/events.ts';

export function meetingEvent(
  type: 'meeting.planned' | 'meeting.moved' | 'meeting.cancelled',
  m: Meeting,
): WebhookEvent {
  return {
    type,
    municipality: m.municipality,
    data: {
      meetingId: m.id,
      kind: m.kind,
      organisationId: m.organisationId,
      date: m.date,
      startTime: m.startTime,
      endTime: m.endTime,
      status: m.status,
    },
  };
}

export function accountEvent(m: Meeting, version: PublishedAccountVersion): WebhookEvent {
  return {
    type: version.version === 1 ? 'account.published' : 'account.corrected',
    municipality: m.municipality,
    data: {
      meetingId: m.id,
      organisationId: m.organisationId,
      version: version.version,
      publishedOn: version.publishedOn,
      correctionReason: version.correction?.reason ?? null,
      path: publicAccountPath(m),
    },
  };
}

/** The newest published version withdrawn: the reason is the one the public page shows. */
export function accountWithdrawnEvent(m: Meeting, withdrawal: AccountWithdrawal): WebhookEvent {
  return {
    type: 'account.withdrawn',
    municipality: m.municipality,
    data: {
      meetingId: m.id,
      organisationId: m.organisationId,
      version: withdrawal.version,
      withdrawnOn: withdrawal.on,
      reason: withdrawal.reason,
      path: publicAccountPath(m),
    },
  };
}

export function agreementEvent(
  municipality: string,
  agreement: { id: string; organisationId: string; status: AgreementStatus },
  next: { status: AgreementStatus; date: string },
): WebhookEvent {
  return {
    type: 'agreement.statusChanged',
    municipality,
    data: {
      agreementId: agreement.id,
      organisationId: agreement.organisationId,
      previousStatus: agreement.status,
      status: next.status,
      date: next.date,
    },
  };
}
