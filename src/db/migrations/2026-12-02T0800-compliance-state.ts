import { type Kysely, sql } from 'kysely';

/**
 * Compliance as stored state (issue 18): a municipality's obligations and their assessment are
 * computed when something they depend on changes, not on every read.
 *
 * - `compliance_content`, one row per municipality: `version` counts every change of what the
 *   Overblik shows (the ETag), `compliance_version` every change of what compliance is computed
 *   from, `computed_version` the compliance_version the stored rows were computed at. Stale while
 *   computed_version <> compliance_version (a partial index finds them).
 * - `compliance_obligation`: per municipality, calendar year and obligation, the obligation and
 *   its assessment for the dates [valid_from, valid_to) — an assessment only changes with the date
 *   at a few known days (a deadline passes), so each such span is one row and a read for any day
 *   is an indexed select. `fingerprint` (a hash of the row) lets a recompute rewrite only the
 *   rows that changed.
 * - `compliance_touch(kind, column)`: an AFTER ROW trigger bumping the versions of the
 *   municipality named in `column` of the old and the new row. Triggers on the tables compliance
 *   is computed from make the bump impossible to forget; runUseCase recomputes before commit.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE compliance_content (
    municipality text PRIMARY KEY,
    version integer NOT NULL DEFAULT 1,
    compliance_version integer NOT NULL DEFAULT 1,
    computed_version integer NOT NULL DEFAULT 0,
    first_year integer,
    last_year integer,
    computed_at timestamptz
  )`.execute(db);
  await sql`CREATE INDEX compliance_content_stale ON compliance_content (municipality)
    WHERE computed_version <> compliance_version`.execute(db);
  await sql`INSERT INTO compliance_content (municipality) SELECT code FROM municipality`.execute(db);

  await sql`CREATE TABLE compliance_obligation (
    municipality text NOT NULL,
    year integer NOT NULL,
    obligation_id text NOT NULL,
    valid_from date NOT NULL,
    valid_to date NOT NULL,
    position integer NOT NULL,
    status text NOT NULL,
    obligation jsonb NOT NULL,
    assessment jsonb NOT NULL,
    fingerprint text NOT NULL,
    PRIMARY KEY (municipality, year, obligation_id, valid_from)
  )`.execute(db);
  await sql`CREATE INDEX compliance_obligation_read ON compliance_obligation
    (municipality, year, valid_to, position)`.execute(db);

  await sql`CREATE FUNCTION compliance_touch() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  compliance_change integer := CASE WHEN TG_ARGV[0] = 'compliance' THEN 1 ELSE 0 END;
  codes text[] := ARRAY[]::text[];
  code text;
BEGIN
  IF TG_OP <> 'INSERT' THEN codes := codes || (to_jsonb(OLD) ->> TG_ARGV[1]); END IF;
  IF TG_OP <> 'DELETE' THEN codes := codes || (to_jsonb(NEW) ->> TG_ARGV[1]); END IF;
  FOREACH code IN ARRAY (SELECT coalesce(array_agg(DISTINCT c), '{}') FROM unnest(codes) c WHERE c IS NOT NULL) LOOP
    INSERT INTO compliance_content AS cc (municipality, compliance_version)
      VALUES (code, 1 + compliance_change)
      ON CONFLICT (municipality) DO UPDATE
      SET version = cc.version + 1, compliance_version = cc.compliance_version + compliance_change;
  END LOOP;
  RETURN NULL;
END $$`.execute(db);

  const touched: [table: string, kind: 'compliance' | 'content', column: string][] = [
    ['obligation_fact', 'compliance', 'municipality'],
    ['governance_model_version', 'compliance', 'municipality'],
    ['housing_organisation', 'compliance', 'municipality'],
    ['municipality', 'content', 'code'],
    ['agreement', 'content', 'municipality'],
  ];
  for (const [table, kind, column] of touched) {
    await sql
      .raw(
        `CREATE TRIGGER ${table}_compliance AFTER INSERT OR UPDATE OR DELETE ON ${table}
         FOR EACH ROW EXECUTE FUNCTION compliance_touch('${kind}', '${column}')`,
      )
      .execute(db);
  }
}
