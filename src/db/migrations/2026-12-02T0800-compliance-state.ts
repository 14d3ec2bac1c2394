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
 *   municipality named in `column` of the old and the new row. Kind `compliance` (model versions,
 *   organisations) changes which obligations exist: `structure_changed`, a full recompute. Kind
 *   `fact` changes only the assessment of the fact's obligation: its id goes into
 *   `compliance_dirty` and only that obligation's rows are recomputed. Kind `content` (agreements,
 *   the municipality) only bumps `version`, the ETag. Triggers on the tables compliance
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
    computed_at timestamptz,
    structure_changed boolean NOT NULL DEFAULT true,
    touched_by xid8
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
    obligation json NOT NULL,
    assessment json NOT NULL,
    fingerprint text NOT NULL,
    PRIMARY KEY (municipality, year, obligation_id, valid_from)
  )`.execute(db);
  await sql`CREATE INDEX compliance_obligation_read ON compliance_obligation
    (municipality, year, valid_to, position)`.execute(db);

  await sql`CREATE TABLE compliance_dirty (
    municipality text NOT NULL,
    obligation_id text NOT NULL,
    PRIMARY KEY (municipality, obligation_id)
  )`.execute(db);

  await sql`CREATE FUNCTION compliance_touch() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kind text := TG_ARGV[0];
  compliance_change integer := CASE WHEN kind = 'content' THEN 0 ELSE 1 END;
  structural boolean := kind = 'compliance';
  rec jsonb;
  code text;
BEGIN
  FOREACH rec IN ARRAY (CASE TG_OP WHEN 'INSERT' THEN ARRAY[to_jsonb(NEW)]
      WHEN 'DELETE' THEN ARRAY[to_jsonb(OLD)] ELSE ARRAY[to_jsonb(OLD), to_jsonb(NEW)] END) LOOP
    code := rec ->> TG_ARGV[1];
    CONTINUE WHEN code IS NULL;
    INSERT INTO compliance_content AS cc (municipality, compliance_version, touched_by)
      VALUES (code, 1 + compliance_change, pg_current_xact_id())
      ON CONFLICT (municipality) DO UPDATE
      SET version = cc.version + 1,
          compliance_version = cc.compliance_version + compliance_change,
          structure_changed = cc.structure_changed OR structural,
          touched_by = pg_current_xact_id();
    IF kind = 'fact' THEN
      INSERT INTO compliance_dirty (municipality, obligation_id)
        VALUES (code, rec ->> 'obligation_id') ON CONFLICT DO NOTHING;
    END IF;
  END LOOP;
  RETURN NULL;
END $$`.execute(db);

  const touched: [table: string, kind: 'compliance' | 'fact' | 'content', column: string][] = [
    ['obligation_fact', 'fact', 'municipality'],
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
