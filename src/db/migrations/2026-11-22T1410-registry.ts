import { type Kysely, sql } from 'kysely';

/** Registry: municipalities, housing organisations, departments, people and roles, bodies, election periods. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('municipality')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('supervising_unit', 'text', (c) => c.notNull())
    .addColumn('accounts_url', 'text')
    .addColumn('body_abbreviations', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();

  await db.schema
    .createTable('election_period')
    .addColumn('label', 'text', (c) => c.primaryKey())
    .addColumn('election_date', 'date', (c) => c.notNull())
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date', (c) => c.notNull())
    .execute();

  // `municipality` is the tenant that keeps the record; `seat_municipality` is where the
  // organisation has its seat (hjemsted) — they differ for organisations seated elsewhere.
  await db.schema
    .createTable('housing_organisation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('cvr', 'text', (c) => c.notNull())
    .addColumn('lbf_number', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('seat_municipality', 'text', (c) => c.notNull())
    .addColumn('administered_by', 'jsonb', (c) => c.notNull())
    .addColumn('accounting_year_end', 'text', (c) => c.notNull().defaultTo('12-31'))
    .addColumn('active_from', 'date', (c) => c.notNull())
    .addColumn('active_to', 'date')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('housing_organisation_cvr_unique', ['municipality', 'cvr'])
    .execute();

  await db.schema
    .createTable('department')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('housing_organisation.id'))
    .addColumn('lbf_number', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('location_municipality', 'text', (c) => c.notNull())
    .addColumn('homes', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('has_department_board', 'boolean', (c) => c.notNull())
    .addUniqueConstraint('department_lbf_unique', ['organisation_id', 'lbf_number'])
    .execute();

  await db.schema
    .createTable('person')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .execute();

  await db.schema
    .createTable('person_role')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('municipality', 'text')
    .addColumn('unit', 'text')
    .addColumn('party', 'text')
    .addColumn('organisation_id', 'text', (c) => c.references('housing_organisation.id'))
    .addColumn('from_date', 'date', (c) => c.notNull())
    .addColumn('to_date', 'date')
    .execute();

  await db.schema
    .createTable('body')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('abbreviation', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('supervises', 'boolean', (c) => c.notNull().defaultTo(false))
    .addUniqueConstraint('body_abbreviation_unique', ['municipality', 'abbreviation'])
    .execute();

  await db.schema
    .createTable('body_membership')
    .addColumn('body_id', 'text', (c) => c.notNull().references('body.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addColumn('election_period', 'text', (c) => c.notNull().references('election_period.label'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('body_membership_pk', ['body_id', 'person_id', 'election_period'])
    .execute();
}
