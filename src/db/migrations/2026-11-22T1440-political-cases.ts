import { type Kysely, sql } from 'kysely';

/**
 * Political cases (issue 8): the municipality's published agenda items, shaped after OParl —
 * one row is a Paper (reference = case_number, name = title); its decisions, one per body on the
 * route, are the Paper's Consultations and are kept as jsonb beside the sections,
 * recommendation and attachments (attachment titles only; files are not stored). The row also
 * keeps where the text came from: the format, the file name and the import report.
 *
 * A case number is unique within a municipality: a re-import of the same case updates the row
 * (see domain/political-case/reimport.ts). Cases without a case number (a PDF prints none) are
 * not constrained. The link to the governance model version a case adopted is the model's own
 * legalBasis.politicalCaseId, so it is not repeated here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('political_case')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality', 'text', (c) => c.notNull().references('municipality.code'))
    .addColumn('case_number', 'text')
    .addColumn('title', 'text')
    .addColumn('access', 'text', (c) => c.check(sql`access IN ('open', 'closed')`))
    .addColumn('route', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('sections', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('recommendation', 'jsonb')
    .addColumn('decisions', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('attachments', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('source_format', 'text', (c) => c.notNull())
    .addColumn('source_file_name', 'text')
    .addColumn('import_report', 'jsonb')
    .addColumn('imported_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('imported_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('political_case_number_unique')
    .on('political_case')
    .columns(['municipality', 'case_number'])
    .unique()
    .where(sql.ref('case_number'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('political_case_municipality')
    .on('political_case')
    .columns(['municipality', 'imported_at'])
    .execute();
}
