/**
 * The meetings port: meetings (with optimistic concurrency), the calendar invitations sent for
 * them, documentation packages and calendar feed tokens. Implemented in db/meetings/.
 */
import type {
  AccountWithdrawal,
  DocumentationPackage,
  Meeting,
  Participant,
  PublishedAccountVersion,
  PublishedVersionSummary,
} from '../../domain/meetings/index.ts';

export interface MeetingFilter {
  year?: number;
  /** Only these organisations (an organisation user's scope). */
  organisationIds?: readonly string[];
  statuses?: readonly string[];
}

/**
 * A meeting as a list shows it (issue 18): what picks a meeting out of a list, read from a
 * list query without the agenda, minutes, participants or requests of the whole document
 * (getMeeting reads that). `participants` carries only who takes part, as far as deciding who
 * may read the meeting needs it (access.ts); it never leaves the server.
 */
export interface MeetingSummary {
  id: string;
  municipality: string;
  kind: Meeting['kind'];
  organisationId: string | null;
  title: string;
  date: Meeting['date'];
  startTime: Meeting['startTime'];
  endTime: Meeting['endTime'];
  location: string;
  status: Meeting['status'];
  /** The year the meeting is filed under (the list's `year` filter). */
  year: number;
  version: number;
  invitedOn: Meeting['invitedOn'];
  publishedOn: Meeting['publishedOn'];
  participants: Pick<Participant, 'party' | 'personId' | 'email'>[];
}

/** A list's meeting as it leaves the use case: the summary without who takes part. */
export type MeetingListItem = Omit<MeetingSummary, 'participants'>;

export interface StoredInvitation {
  id: number;
  municipality: string;
  meetingId: string;
  toAddress: string;
  toName: string;
  method: 'REQUEST' | 'CANCEL';
  sequence: number;
  subject: string;
  ics: string;
  createdAt: string;
  /** The queued mail that carries it (null for invitations made before the mail queue). */
  outboxId: number | null;
  /** The ORGANIZER it names; updates and cancellations keep the first one (RFC 5546 § 2.1.5). */
  organizer: { name: string; email: string } | null;
  /** The participant it was made for (`participantKey`). */
  participantKey: string | null;
  /** The carrying mail's delivery state, from the mail queue. */
  delivery: InvitationDelivery | null;
}

export interface InvitationDelivery {
  state: 'queued' | 'sent' | 'failed' | 'withheld';
  attempts: number;
  sentAt: string | null;
  /** The SMTP server's last answer. */
  lastResponse: string | null;
}

export type NewInvitation = Omit<StoredInvitation, 'id' | 'createdAt' | 'delivery'> & {
  /** SHA-256 (hex) of the answer link's secret. */
  answerTokenHash: string | null;
};

export interface StoredPackage {
  pkg: DocumentationPackage;
  version: number;
}

export interface FeedToken {
  userId: string;
  municipality: string;
}

export interface MeetingStore {
  /** Ordered by date (undated last), then id. */
  listMeetings(municipality: string, filter?: MeetingFilter): Promise<Meeting[]>;
  /** The same meetings in the same order as summaries: a list query of their columns only. */
  listMeetingSummaries(municipality: string, filter?: MeetingFilter): Promise<MeetingSummary[]>;
  /** Published meetings of every municipality, for the public index (no filtering by actor). */
  listPublished(municipality: string): Promise<Meeting[]>;
  getMeeting(municipality: string, id: string): Promise<Meeting | null>;
  insertMeeting(meeting: Meeting, year: number): Promise<void>;
  /** Inserts many meetings in batched statements (a bulk load), in order. */
  insertMeetings(meetings: readonly { meeting: Meeting; year: number }[]): Promise<void>;
  /** Saves when the stored version equals meeting.version and bumps it; false for a stale write. */
  updateMeeting(meeting: Meeting, year: number): Promise<boolean>;

  /** Stores one publication; the versions are append-only (a trigger refuses changes). */
  insertPublishedVersion(
    municipality: string,
    meetingId: string,
    version: PublishedAccountVersion,
  ): Promise<void>;
  /** Stores many publications in batched statements (a bulk load), in order. */
  insertPublishedVersions(
    municipality: string,
    versions: readonly { meetingId: string; version: PublishedAccountVersion }[],
  ): Promise<void>;
  /** The versions of one meeting's account, oldest first, without the accounts themselves. */
  listPublishedVersions(municipality: string, meetingId: string): Promise<PublishedVersionSummary[]>;
  getPublishedVersion(
    municipality: string,
    meetingId: string,
    version: number,
  ): Promise<PublishedAccountVersion | null>;
  /** The newest version of every published account of the municipality, by meeting id. */
  latestPublishedVersions(municipality: string): Promise<Map<string, PublishedAccountVersion>>;

  /** Records the withdrawal of one published version (append-only, like the versions). */
  insertWithdrawal(municipality: string, meetingId: string, withdrawal: AccountWithdrawal): Promise<void>;
  /** Withdrawals of the municipality's accounts (of one meeting when given), by meeting id. */
  listWithdrawals(municipality: string, meetingId?: string): Promise<Map<string, AccountWithdrawal[]>>;

  insertInvitation(invitation: NewInvitation): Promise<StoredInvitation>;
  listInvitations(municipality: string, meetingId?: string): Promise<StoredInvitation[]>;
  getInvitation(municipality: string, id: number): Promise<StoredInvitation | null>;
  /** The invitation whose answer link carries the secret with this hash (any municipality). */
  findInvitationByAnswerHash(hash: string): Promise<StoredInvitation | null>;

  getPackage(
    municipality: string,
    organisationId: string,
    steeringYear: number,
  ): Promise<StoredPackage | null>;
  /** Inserts (expectedVersion null) or updates when the version matches; false for a stale write. */
  savePackage(
    municipality: string,
    pkg: DocumentationPackage,
    expectedVersion: number | null,
  ): Promise<boolean>;

  insertFeedToken(tokenHash: string, token: FeedToken): Promise<void>;
  findFeedToken(tokenHash: string): Promise<FeedToken | null>;
}
