/**
 * A new meeting in status `planned`. Validation of ids and texts happens at the edge (zod in
 * http/); this only fills the lifecycle's fields consistently.
 */
import type { ClockTime } from '../calendar/clock-time.ts';
import type { MeetingKind } from '../governance-model/types.ts';
import type { MunicipalityCode } from '../registry/types.ts';
import type { IsoDate } from '../shared/iso-date.ts';
import type { AgendaItem, Meeting, Participant } from './types.ts';

export interface NewMeetingInput {
  id: string;
  municipality: MunicipalityCode;
  obligationIds: string[];
  kind: MeetingKind;
  organisationId: string | null;
  title: string;
  date?: IsoDate | null;
  startTime?: ClockTime | null;
  endTime?: ClockTime | null;
  location?: string;
  participants?: Participant[];
  agenda?: AgendaItem[];
}

export function newMeeting(input: NewMeetingInput): Meeting {
  return {
    id: input.id,
    municipality: input.municipality,
    obligationIds: [...input.obligationIds],
    kind: input.kind,
    organisationId: input.organisationId,
    title: input.title,
    date: input.date ?? null,
    startTime: input.startTime ?? null,
    endTime: input.endTime ?? null,
    location: input.location ?? '',
    status: 'planned',
    // The first stored version; the store bumps it on every later save.
    version: 1,
    // RFC 5545 §3.8.7.4: SEQUENCE starts at 0.
    sequence: 0,
    participants: input.participants ?? [],
    officialRequests: [],
    agenda: input.agenda ?? [],
    sentAgenda: null,
    invitedOn: null,
    minutes: null,
    minutesHistory: [],
    publishedOn: null,
    publications: [],
    cancellation: null,
  };
}
