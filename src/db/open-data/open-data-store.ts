/**
 * The Kysely adapter of the open-data port: created/modified instants per record, read in one
 * query per table. No decisions about what is public: the use cases make those.
 */
import type { Kysely } from 'kysely';
import {
  membershipKey,
  type OpenDataStamps,
  type OpenDataStore,
} from '../../app/open-data/open-data-store.ts';
import type { Stamps } from '../../domain/open-data/stamps.ts';
import type { Database } from '../schema.ts';

const iso = (value: Date | string): string => new Date(value).toISOString();

function byKey<R>(rows: R[], key: (r: R) => string, created: (r: R) => Date, modified: (r: R) => Date) {
  return new Map<string, Stamps>(
    rows.map((r) => [key(r), { created: iso(created(r)), modified: iso(modified(r)) }]),
  );
}

export function createOpenDataStore(db: Kysely<Database>): OpenDataStore {
  return {
    async municipalityStamps() {
      const rows = await db
        .selectFrom('municipality')
        .select(['code', 'created_at', 'modified_at'])
        .execute();
      return byKey(
        rows,
        (r) => r.code,
        (r) => r.created_at,
        (r) => r.modified_at,
      );
    },
    async stampsOf(municipality): Promise<OpenDataStamps> {
      const [organisations, bodies, people, memberships, periods, meetings, cases, agreements] =
        await Promise.all([
          db
            .selectFrom('housing_organisation')
            .select(['id', 'created_at', 'modified_at'])
            .where('municipality', '=', municipality)
            .execute(),
          db
            .selectFrom('body')
            .select(['id', 'created_at', 'modified_at'])
            .where('municipality', '=', municipality)
            .execute(),
          db
            .selectFrom('person')
            .select(['id', 'created_at', 'modified_at'])
            .where('municipality', '=', municipality)
            .execute(),
          db
            .selectFrom('body_membership')
            .innerJoin('body', 'body.id', 'body_membership.body_id')
            .select([
              'body_membership.body_id',
              'body_membership.person_id',
              'body_membership.election_period',
              'body_membership.created_at',
              'body_membership.modified_at',
            ])
            .where('body.municipality', '=', municipality)
            .execute(),
          db.selectFrom('election_period').select(['label', 'created_at', 'modified_at']).execute(),
          db
            .selectFrom('meeting')
            .select(['id', 'created_at', 'modified_at'])
            .where('municipality', '=', municipality)
            .execute(),
          db
            .selectFrom('political_case')
            .select(['id', 'imported_at', 'modified_at'])
            .where('municipality', '=', municipality)
            .execute(),
          db
            .selectFrom('agreement')
            .select(['id', 'created_at', 'modified_at'])
            .where('municipality', '=', municipality)
            .execute(),
        ]);
      return {
        organisations: byKey(
          organisations,
          (r) => r.id,
          (r) => r.created_at,
          (r) => r.modified_at,
        ),
        bodies: byKey(
          bodies,
          (r) => r.id,
          (r) => r.created_at,
          (r) => r.modified_at,
        ),
        people: byKey(
          people,
          (r) => r.id,
          (r) => r.created_at,
          (r) => r.modified_at,
        ),
        memberships: byKey(
          memberships,
          (r) =>
            membershipKey({ bodyId: r.body_id, personId: r.person_id, electionPeriod: r.election_period }),
          (r) => r.created_at,
          (r) => r.modified_at,
        ),
        electionPeriods: byKey(
          periods,
          (r) => r.label,
          (r) => r.created_at,
          (r) => r.modified_at,
        ),
        meetings: byKey(
          meetings,
          (r) => r.id,
          (r) => r.created_at,
          (r) => r.modified_at,
        ),
        politicalCases: byKey(
          cases,
          (r) => r.id,
          (r) => r.imported_at,
          (r) => r.modified_at,
        ),
        agreements: byKey(
          agreements,
          (r) => r.id,
          (r) => r.created_at,
          (r) => r.modified_at,
        ),
      };
    },
  };
}
