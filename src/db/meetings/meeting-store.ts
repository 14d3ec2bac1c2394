/**
 * Kysely adapter for the meetings port. The Meeting is stored whole as jsonb; the columns beside
 * it (status, date, year, organisation) are copies for filtering. `version` is compared and
 * bumped here, never by the domain.
 */
import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  MeetingFilter,
  MeetingStore,
  MeetingSummary,
  StoredInvitation,
} from '../../app/meetings/meeting-store.ts';
import type {
  AccountWithdrawal,
  DocumentationPackage,
  Meeting,
  PublishedAccount,
  PublishedAccountVersion,
} from '../../domain/meetings/index.ts';
import { chunks } from '../batches.ts';
import type { Database, MeetingInvitationRow } from '../schema.ts';

function toMeeting(row: { meeting: Record<string, unknown>; version: number }): Meeting {
  return { ...(row.meeting as unknown as Meeting), version: row.version };
}

type InvitationJoinRow = Selectable<MeetingInvitationRow> & {
  delivery_state: string | null;
  delivery_attempts: number | null;
  delivery_sent_at: Date | null;
  delivery_response: string | null;
};

function toInvitation(r: InvitationJoinRow): StoredInvitation {
  return {
    id: r.id,
    municipality: r.municipality,
    meetingId: r.meeting_id,
    toAddress: r.to_address,
    toName: r.to_name,
    method: r.method as 'REQUEST' | 'CANCEL',
    sequence: r.sequence,
    subject: r.subject,
    ics: r.ics,
    createdAt: new Date(r.created_at).toISOString(),
    outboxId: r.outbox_id === null ? null : Number(r.outbox_id),
    organizer:
      r.organizer_email !== null
        ? { name: r.organizer_name ?? r.organizer_email, email: r.organizer_email }
        : null,
    participantKey: r.participant_key,
    delivery:
      r.delivery_state === null
        ? null
        : {
            state: r.delivery_state as 'queued' | 'sent' | 'failed' | 'withheld',
            attempts: r.delivery_attempts ?? 0,
            sentAt: r.delivery_sent_at ? new Date(r.delivery_sent_at).toISOString() : null,
            lastResponse: r.delivery_response,
          },
  };
}

/** meeting_invitation with its carrying mail's delivery state. */
function invitations(db: Kysely<Database>) {
  return db
    .selectFrom('meeting_invitation as i')
    .leftJoin('outbox as o', 'o.id', 'i.outbox_id')
    .selectAll('i')
    .select([
      'o.state as delivery_state',
      'o.attempts as delivery_attempts',
      'o.sent_at as delivery_sent_at',
      'o.last_response as delivery_response',
    ]);
}

function toVersion(r: {
  version: number;
  published_on: string;
  correction_reason: string | null;
  corrected_on: string | null;
  account?: Record<string, unknown>;
}): PublishedAccountVersion {
  return {
    version: r.version,
    publishedOn: r.published_on,
    correction:
      r.correction_reason !== null && r.corrected_on !== null
        ? { reason: r.correction_reason, on: r.corrected_on }
        : null,
    account: r.account as unknown as PublishedAccount,
  };
}

const versionColumns = ['version', 'published_on', 'correction_reason', 'corrected_on'] as const;

/** The row of one meeting: shared by the single insert and the bulk load. */
function meetingRow(meeting: Meeting, year: number) {
  return {
    id: meeting.id,
    municipality: meeting.municipality,
    organisation_id: meeting.organisationId,
    kind: meeting.kind,
    status: meeting.status,
    year,
    date: meeting.date,
    version: meeting.version,
    meeting: JSON.stringify(meeting),
  };
}

/** The row of one published account version: shared by the single insert and the bulk load. */
function publishedVersionRow(municipality: string, meetingId: string, v: PublishedAccountVersion) {
  return {
    municipality,
    meeting_id: meetingId,
    version: v.version,
    published_on: v.publishedOn,
    correction_reason: v.correction?.reason ?? null,
    corrected_on: v.correction?.on ?? null,
    account: JSON.stringify(v.account),
  };
}

/** A filter that can match nothing (an empty organisation or status list). */
function emptyFilter(filter: MeetingFilter): boolean {
  return filter.organisationIds?.length === 0 || filter.statuses?.length === 0;
}

/** The municipality's meeting rows under the filter (the columns are chosen by the caller). */
function filtered(db: Kysely<Database>, municipality: string, filter: MeetingFilter) {
  let q = db.selectFrom('meeting').where('municipality', '=', municipality);
  if (filter.year !== undefined) q = q.where('year', '=', filter.year);
  if (filter.organisationIds) q = q.where('organisation_id', 'in', [...filter.organisationIds]);
  if (filter.statuses) q = q.where('status', 'in', [...filter.statuses]);
  return q;
}

/**
 * A summary's fields out of the stored document, extracted by the database so that only they
 * travel: the participants reduced to party, person and e-mail (who may read the meeting).
 */
const summaryFields = [
  sql<string | null>`meeting->>'title'`.as('title'),
  sql<string | null>`meeting->>'date'`.as('meeting_date'),
  sql<string | null>`meeting->>'startTime'`.as('start_time'),
  sql<string | null>`meeting->>'endTime'`.as('end_time'),
  sql<string | null>`meeting->>'location'`.as('location'),
  sql<string | null>`meeting->>'invitedOn'`.as('invited_on'),
  sql<string | null>`meeting->>'publishedOn'`.as('published_on'),
  sql<
    unknown[] | null
  >`(select jsonb_agg(jsonb_build_object('party', p->'party', 'personId', p->'personId', 'email', p->'email')) from jsonb_array_elements(meeting->'participants') as p)`.as(
    'participants',
  ),
] as const;

export function createMeetingStore(db: Kysely<Database>): MeetingStore {
  return {
    async insertPublishedVersion(municipality, meetingId, v) {
      await db
        .insertInto('published_account_version')
        .values(publishedVersionRow(municipality, meetingId, v))
        .execute();
    },

    async insertPublishedVersions(municipality, versions) {
      for (const batch of chunks(versions, 100)) {
        await db
          .insertInto('published_account_version')
          .values(
            batch.map(({ meetingId, version }) => publishedVersionRow(municipality, meetingId, version)),
          )
          .execute();
      }
    },

    async insertWithdrawal(municipality, meetingId, w) {
      await db
        .insertInto('published_account_withdrawal')
        .values({
          municipality,
          meeting_id: meetingId,
          version: w.version,
          withdrawn_on: w.on,
          reason: w.reason,
          withdrawn_by: w.by,
        })
        .execute();
    },

    async listWithdrawals(municipality, meetingId) {
      let q = db
        .selectFrom('published_account_withdrawal')
        .select(['meeting_id', 'version', 'withdrawn_on', 'reason', 'withdrawn_by'])
        .where('municipality', '=', municipality);
      if (meetingId !== undefined) q = q.where('meeting_id', '=', meetingId);
      const out = new Map<string, AccountWithdrawal[]>();
      for (const r of await q.orderBy('meeting_id').orderBy('version').execute()) {
        const w: AccountWithdrawal = {
          version: r.version,
          on: r.withdrawn_on,
          reason: r.reason,
          by: r.withdrawn_by,
        };
        out.set(r.meeting_id, [...(out.get(r.meeting_id) ?? []), w]);
      }
      return out;
    },

    async listPublishedVersions(municipality, meetingId) {
      const rows = await db
        .selectFrom('published_account_version')
        .select(versionColumns)
        .where('municipality', '=', municipality)
        .where('meeting_id', '=', meetingId)
        .orderBy('version')
        .execute();
      return rows.map((r) => {
        const { account: _a, ...summary } = toVersion(r);
        return summary;
      });
    },

    async getPublishedVersion(municipality, meetingId, version) {
      const row = await db
        .selectFrom('published_account_version')
        .select([...versionColumns, 'account'])
        .where('municipality', '=', municipality)
        .where('meeting_id', '=', meetingId)
        .where('version', '=', version)
        .executeTakeFirst();
      return row ? toVersion(row) : null;
    },

    async latestPublishedVersions(municipality) {
      const rows = await db
        .selectFrom('published_account_version as v')
        .select([
          'v.meeting_id',
          'v.version',
          'v.published_on',
          'v.correction_reason',
          'v.corrected_on',
          'v.account',
        ])
        .where('v.municipality', '=', municipality)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('published_account_version as newer')
                .select('newer.version')
                .whereRef('newer.municipality', '=', 'v.municipality')
                .whereRef('newer.meeting_id', '=', 'v.meeting_id')
                .whereRef('newer.version', '>', 'v.version'),
            ),
          ),
        )
        .execute();
      return new Map(rows.map((r) => [r.meeting_id, toVersion(r)]));
    },

    async listMeetings(municipality, filter = {}) {
      if (emptyFilter(filter)) return [];
      const rows = await filtered(db, municipality, filter)
        .select(['meeting', 'version'])
        .orderBy(sql`date nulls last`)
        .orderBy('id')
        .execute();
      return rows.map(toMeeting);
    },

    async listMeetingSummaries(municipality, filter = {}) {
      if (emptyFilter(filter)) return [];
      const rows = await filtered(db, municipality, filter)
        .select(['id', 'municipality', 'kind', 'organisation_id', 'status', 'year', 'version'])
        .select(summaryFields)
        .orderBy(sql`date nulls last`)
        .orderBy('id')
        .execute();
      return rows.map(
        (r): MeetingSummary => ({
          id: r.id,
          municipality: r.municipality,
          kind: r.kind as MeetingSummary['kind'],
          organisationId: r.organisation_id,
          title: r.title ?? '',
          date: r.meeting_date as MeetingSummary['date'],
          startTime: r.start_time as MeetingSummary['startTime'],
          endTime: r.end_time as MeetingSummary['endTime'],
          location: r.location ?? '',
          status: r.status as MeetingSummary['status'],
          year: r.year,
          version: r.version,
          invitedOn: r.invited_on,
          publishedOn: r.published_on,
          participants: (r.participants ?? []) as MeetingSummary['participants'],
        }),
      );
    },

    async listPublished(municipality) {
      const rows = await db
        .selectFrom('meeting')
        .select(['meeting', 'version'])
        .where('municipality', '=', municipality)
        // Reopened minutes (status minutesDrafted) keep their last published version public.
        .where(sql<boolean>`meeting->>'publishedOn' is not null`)
        .orderBy(sql`date nulls last`)
        .orderBy('id')
        .execute();
      return rows.map(toMeeting);
    },

    async getMeeting(municipality, id) {
      const row = await db
        .selectFrom('meeting')
        .select(['meeting', 'version'])
        .where('municipality', '=', municipality)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toMeeting(row) : null;
    },

    async insertMeeting(meeting, year) {
      await db.insertInto('meeting').values(meetingRow(meeting, year)).execute();
    },

    async insertMeetings(meetings) {
      for (const batch of chunks(meetings, 100)) {
        await db
          .insertInto('meeting')
          .values(batch.map(({ meeting, year }) => meetingRow(meeting, year)))
          .execute();
      }
    },

    async updateMeeting(meeting, year) {
      const next = meeting.version + 1;
      const result = await db
        .updateTable('meeting')
        .set({
          status: meeting.status,
          year,
          date: meeting.date,
          version: next,
          meeting: JSON.stringify({ ...meeting, version: next }),
          updated_at: new Date(),
        })
        .where('municipality', '=', meeting.municipality)
        .where('id', '=', meeting.id)
        .where('version', '=', meeting.version)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async insertInvitation(invitation) {
      const row = await db
        .insertInto('meeting_invitation')
        .values({
          municipality: invitation.municipality,
          meeting_id: invitation.meetingId,
          to_address: invitation.toAddress,
          to_name: invitation.toName,
          method: invitation.method,
          sequence: invitation.sequence,
          subject: invitation.subject,
          ics: invitation.ics,
          outbox_id: invitation.outboxId,
          organizer_name: invitation.organizer?.name ?? null,
          organizer_email: invitation.organizer?.email ?? null,
          participant_key: invitation.participantKey,
          answer_token_hash: invitation.answerTokenHash,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const stored = await invitations(db).where('i.id', '=', row.id).executeTakeFirstOrThrow();
      return toInvitation(stored);
    },

    async listInvitations(municipality, meetingId) {
      let q = invitations(db).where('i.municipality', '=', municipality);
      if (meetingId !== undefined) q = q.where('i.meeting_id', '=', meetingId);
      const rows = await q.orderBy('i.id', 'desc').execute();
      return rows.map(toInvitation);
    },

    async getInvitation(municipality, id) {
      const row = await invitations(db)
        .where('i.municipality', '=', municipality)
        .where('i.id', '=', id)
        .executeTakeFirst();
      return row ? toInvitation(row) : null;
    },

    async findInvitationByAnswerHash(hash) {
      const row = await invitations(db).where('i.answer_token_hash', '=', hash).executeTakeFirst();
      return row ? toInvitation(row) : null;
    },

    async getPackage(municipality, organisationId, steeringYear) {
      const row = await db
        .selectFrom('documentation_package')
        .select(['package', 'version'])
        .where('municipality', '=', municipality)
        .where('organisation_id', '=', organisationId)
        .where('steering_year', '=', steeringYear)
        .executeTakeFirst();
      return row ? { pkg: row.package as unknown as DocumentationPackage, version: row.version } : null;
    },

    async savePackage(municipality, pkg, expectedVersion) {
      if (expectedVersion === null) {
        const result = await db
          .insertInto('documentation_package')
          .values({
            municipality,
            organisation_id: pkg.organisationId,
            steering_year: pkg.steeringYear,
            package: JSON.stringify(pkg),
          })
          .onConflict((oc) => oc.columns(['municipality', 'organisation_id', 'steering_year']).doNothing())
          .returning('version')
          .executeTakeFirst();
        return result !== undefined;
      }
      const result = await db
        .updateTable('documentation_package')
        .set({ package: JSON.stringify(pkg), version: expectedVersion + 1, updated_at: new Date() })
        .where('municipality', '=', municipality)
        .where('organisation_id', '=', pkg.organisationId)
        .where('steering_year', '=', pkg.steeringYear)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async insertFeedToken(tokenHash, token) {
      await db
        .insertInto('calendar_feed_token')
        .values({ token_hash: tokenHash, user_id: token.userId, municipality: token.municipality })
        .execute();
    },

    async findFeedToken(tokenHash) {
      const row = await db
        .selectFrom('calendar_feed_token')
        .select(['user_id', 'municipality'])
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return row ? { userId: row.user_id, municipality: row.municipality } : null;
    },
  };
}
