/** Response whitelists for the meeting routes: only these fields leave the server. */
import { z } from 'zod';
import type { MeetingListItem } from '../../app/meetings/meeting-store.ts';
import { type Meeting, participantKey } from '../../domain/meetings/index.ts';

const participant = z.object({
  /** Names the participant in …/participants/{participant} (removal, deputy). */
  key: z.string(),
  personId: z.string().nullable(),
  name: z.string(),
  email: z.string().nullable(),
  party: z.string(),
  role: z.string(),
  attendance: z.string().nullable(),
});

const agendaItem = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  kind: z.string(),
  assignedTo: z.string().nullable(),
});

const officialRequest = z.object({
  id: z.string(),
  requestedBy: z.string(),
  unit: z.string(),
  personId: z.string().nullable(),
  reason: z.string(),
  status: z.string(),
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
});

const attendee = z.object({ name: z.string(), party: z.string(), role: z.string() });

export const minutesResponse = z
  .object({
    version: z.number(),
    participantsPresent: z.array(attendee),
    apologies: z.array(attendee),
    minuteTaker: z.string().nullable(),
    items: z.array(z.object({ agendaItemId: z.string(), summary: z.string(), outcome: z.string() })),
    organisationAssessment: z.string(),
    municipalityAssessment: z.string(),
    /** A theme meeting's summary instead of assessments (absent in minutes stored before it existed). */
    summary: z.string().optional(),
    agreements: z.array(
      z.object({
        id: z.string(),
        text: z.string(),
        objectiveArea: z.string(),
        deadline: z.string().nullable(),
        responsible: z.string(),
      }),
    ),
    noAgreements: z.boolean(),
    approvals: z.array(z.object({ party: z.string(), by: z.string(), at: z.string() })),
    locked: z.boolean(),
    changeReason: z.string().nullable(),
  })
  .meta({ id: 'Minutes' });

export const meetingResponse = z
  .object({
    id: z.string(),
    municipality: z.string(),
    obligationIds: z.array(z.string()),
    kind: z.string(),
    organisationId: z.string().nullable(),
    title: z.string(),
    date: z.string().nullable(),
    startTime: z.string().nullable(),
    endTime: z.string().nullable(),
    location: z.string(),
    status: z.string(),
    version: z.number(),
    sequence: z.number(),
    participants: z.array(participant),
    officialRequests: z.array(officialRequest),
    agenda: z.array(agendaItem),
    invitedOn: z.string().nullable(),
    minutes: minutesResponse.nullable(),
    publishedOn: z.string().nullable(),
    cancellation: z.object({ reason: z.string(), on: z.string() }).nullable(),
  })
  .meta({ id: 'Meeting' });

export function presentMeeting(m: Meeting): z.input<typeof meetingResponse> {
  return {
    id: m.id,
    municipality: m.municipality,
    obligationIds: m.obligationIds,
    kind: m.kind,
    organisationId: m.organisationId,
    title: m.title,
    date: m.date,
    startTime: m.startTime,
    endTime: m.endTime,
    location: m.location,
    status: m.status,
    version: m.version,
    sequence: m.sequence,
    participants: m.participants.map((p) => ({ ...p, key: participantKey(p) })),
    officialRequests: m.officialRequests,
    agenda: m.agenda,
    invitedOn: m.invitedOn,
    minutes: m.minutes,
    publishedOn: m.publishedOn,
    cancellation: m.cancellation,
  };
}

/**
 * One meeting of the list (GET …/meetings, issue 18): what picks a meeting out of the list. The
 * whole meeting (participants, agenda, minutes) is at `links.self`.
 */
export const meetingSummaryResponse = z
  .object({
    id: z.string(),
    kind: z.string().meta({ description: 'dialogueMeeting, themeMeeting, dialogueForum, …' }),
    title: z.string(),
    organisationId: z.string().nullable().meta({ description: 'null for joint and political meetings' }),
    organisationName: z.string().nullable(),
    date: z.string().nullable().meta({ description: 'YYYY-MM-DD, null while undated' }),
    startTime: z.string().nullable().meta({ description: 'HH:MM, Danish local time' }),
    endTime: z.string().nullable(),
    location: z.string(),
    status: z.string(),
    year: z.number().int().meta({ description: 'The year the meeting is listed under (`year`)' }),
    version: z.number().int().meta({ description: 'The version GET …/meetings/{id} answers as its ETag' }),
    invitedOn: z.string().nullable(),
    publishedOn: z.string().nullable(),
    links: z.object({
      self: z
        .string()
        .meta({ description: 'The whole meeting: GET /api/v1/municipalities/{code}/meetings/{id}' }),
    }),
  })
  .meta({ id: 'MeetingSummary' });

export function presentMeetingSummary(
  m: MeetingListItem,
  organisationName: string | null,
): z.input<typeof meetingSummaryResponse> {
  return {
    id: m.id,
    kind: m.kind,
    title: m.title,
    organisationId: m.organisationId,
    organisationName,
    date: m.date,
    startTime: m.startTime,
    endTime: m.endTime,
    location: m.location,
    status: m.status,
    year: m.year,
    version: m.version,
    invitedOn: m.invitedOn,
    publishedOn: m.publishedOn,
    links: {
      self: `/api/v1/municipalities/${encodeURIComponent(m.municipality)}/meetings/${encodeURIComponent(m.id)}`,
    },
  };
}

export const invitationResponse = z.object({
  id: z.number(),
  meetingId: z.string(),
  toAddress: z.string(),
  toName: z.string(),
  method: z.string(),
  sequence: z.number(),
  subject: z.string(),
  ics: z.string(),
  createdAt: z.string(),
  organizer: z.object({ name: z.string(), email: z.string() }).nullable(),
  /** The carrying mail's delivery: queued (waiting, or no SMTP configured), sent, failed; null before the mail queue. */
  delivery: z
    .object({
      state: z.enum(['queued', 'sent', 'failed', 'withheld']),
      attempts: z.number(),
      sentAt: z.string().nullable(),
      lastResponse: z.string().nullable(),
    })
    .nullable(),
});

/** A strong ETag of the meeting's stored version (RFC 9110 §8.8.3). */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** The version an If-Match header names, or undefined when there is none or it is not ours. */
export function versionFromIfMatch(header: string | string[] | undefined): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const m = value ? /^\s*(?:W\/)?"(\d+)"\s*$/.exec(value) : null;
  return m?.[1] ? Number(m[1]) : value ? -1 : undefined;
}
