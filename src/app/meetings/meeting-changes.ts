/**
 * What every use case that changes a meeting shares: turning a domain refusal into an AppError,
 * saving with the version that was read (a stale write is refused with 412 and nothing is
 * lost), the audit entry, and the compliance facts the meeting now gives (idempotent).
 */

import {
  factsForMeeting,
  type Meeting,
  type MeetingFailure,
  type MeetingResult,
} from '../../domain/meetings/index.ts';
import { parseObligationId } from '../../domain/obligations/obligation-id.ts';
import { AppError, type FieldError } from '../app-error.ts';
import type { Store } from '../ports.ts';

export function meetingError(failure: MeetingFailure): AppError {
  const fieldErrors: FieldError[] = failure.findings
    .filter((f) => f.severity === 'error')
    .map((f) => ({ field: f.ref ?? 'meeting', message: f.message }));
  switch (failure.code) {
    case 'invalidTransition':
      return new AppError('invalidTransition', 'Ikke muligt i mødets nuværende trin', failure.message);
    case 'incompleteMinutes':
      return new AppError('ruleViolation', 'Referatet er ikke færdigt', failure.message, fieldErrors);
    case 'invalidInput':
      return new AppError('invalidInput', 'Ugyldige oplysninger', failure.message, fieldErrors);
  }
}

export function unwrap(result: MeetingResult): Meeting {
  if (!result.ok) throw meetingError(result);
  return result.meeting;
}

export function staleMeeting(): AppError {
  return new AppError(
    'preconditionFailed',
    'Mødet er ændret af en anden',
    'En anden har gemt mødet, siden du åbnede det. Hent det igen og gentag din ændring – intet er gemt.',
  );
}

/** The year a meeting is listed under: its date's year, else its first obligation's period. */
export function meetingYear(meeting: Meeting): number {
  if (meeting.date) return Number(meeting.date.slice(0, 4));
  const parts = meeting.obligationIds[0] ? parseObligationId(meeting.obligationIds[0]) : null;
  return parts ? Number(parts.periodLabel.slice(0, 4)) : 0;
}

/**
 * The year a published account is listed under: the steering year of a yearly meeting; the year
 * it was held for a meeting of an election period (a theme meeting's period "2026-2029" would
 * otherwise put it under its first year, whenever in the period it was held).
 */
export function accountYearOf(meeting: Meeting): number {
  const parts = meeting.obligationIds[0] ? parseObligationId(meeting.obligationIds[0]) : null;
  return parts && /^\d{4}-\d{4}$/.test(parts.periodLabel) ? meetingYear(meeting) : steeringYearOf(meeting);
}

/** The steering year a meeting belongs to (its obligation's period), for agreements and packages. */
export function steeringYearOf(meeting: Meeting): number {
  const parts = meeting.obligationIds[0] ? parseObligationId(meeting.obligationIds[0]) : null;
  return parts ? Number(parts.periodLabel.slice(0, 4)) : meetingYear(meeting);
}

/** The audit view of a meeting: the fields worth comparing, not the whole agenda history. */
export function meetingForAudit(m: Meeting): Record<string, unknown> {
  return {
    status: m.status,
    date: m.date,
    startTime: m.startTime,
    endTime: m.endTime,
    location: m.location,
    sequence: m.sequence,
    participants: m.participants.map(
      (p) => `${p.name} (${p.party}${p.attendance ? `, ${p.attendance}` : ''})`,
    ),
    agenda: m.agenda.map((i) => i.title),
    officialRequests: m.officialRequests.map((r) => `${r.unit}: ${r.status}`),
    minutesVersion: m.minutes?.version ?? null,
    approvals: m.minutes?.approvals.map((a) => a.party) ?? [],
    publishedOn: m.publishedOn,
  };
}

/** Records the facts the meeting gives its obligations that are not recorded yet. */
export async function recordMeetingFacts(s: Store, meeting: Meeting): Promise<number> {
  const facts = factsForMeeting(meeting);
  if (facts.length === 0) return 0;
  const stored = await s.governance.listFacts(meeting.municipality);
  let added = 0;
  for (const fact of facts) {
    const known = stored.some(
      (f) => f.obligationId === fact.obligationId && f.kind === fact.kind && f.ref === fact.ref,
    );
    if (known) continue;
    await s.governance.insertFact(meeting.municipality, fact);
    added += 1;
  }
  return added;
}

/**
 * Saves `after` over `before` (whose version was read), appends the audit entry and records
 * the facts. Throws 412 for a stale write.
 */
export async function saveMeeting(
  s: Store,
  before: Meeting,
  after: Meeting,
  action: string,
): Promise<Meeting> {
  const toSave = { ...after, version: before.version };
  if (!(await s.meetings.updateMeeting(toSave, meetingYear(toSave)))) throw staleMeeting();
  const saved = { ...toSave, version: before.version + 1 };
  const b = meetingForAudit(before);
  const a = meetingForAudit(saved);
  const changed = Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  await s.audit.append({
    municipality: saved.municipality,
    action,
    entity: 'meeting',
    entityId: saved.id,
    before: Object.fromEntries(changed.map((k) => [k, b[k] ?? null])),
    after: { ...Object.fromEntries(changed.map((k) => [k, a[k] ?? null])), version: saved.version },
  });
  await recordMeetingFacts(s, saved);
  return saved;
}

/** Refuses a change based on an older version than the stored one (the form's or the If-Match version). */
export function checkVersion(meeting: Meeting, expected: number | undefined): void {
  if (expected !== undefined && expected !== meeting.version) throw staleMeeting();
}
